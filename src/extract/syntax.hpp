// SPDX-License-Identifier: MIT
#pragma once

/// Shallow English syntax over tokens and references: noun-phrase lists,
/// the subject of a trigger, the subject of a clause. No parser: word
/// classes from words.tsv, references from the resolve stage, and the
/// shapes of verb forms are enough for the constructions news uses.

#include <cstdint>
#include <optional>
#include <vector>

#include "extract/extract.hpp"

namespace cg {

/// An argument found in the text: an entity and the tokens naming it.
struct Argument {
  std::uint32_t entity = 0;
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

/// A coordination of arguments ("Brazil, Argentina and Canada").
struct ArgumentList {
  std::vector<Argument> items;
  std::uint32_t first = 0;  ///< First token of the list.
  std::uint32_t last = 0;   ///< One past its last token.
  [[nodiscard]] bool empty() const noexcept { return items.empty(); }
};

/// Whether "X's NOUN" (or "his NOUN") may stand for X: not at all, only
/// when the noun is an act of X's ("Maduro's proposal", "his speech"), or
/// for any noun ("criticized Iran's missile program").
enum class Possessed : std::uint8_t { No, Acts, Any };

/// What lies between a subject and its verb: negation and modality.
struct Modifiers {
  bool negate = false;
  Modality modality = Modality::Asserted;
};

/// Why a leftward subject search stopped without a subject.
enum class Stop : std::uint8_t { Found, Boundary, Coordination, Preposition, Noun, Infinitive, Other };

struct SubjectSearch {
  ArgumentList subjects;
  Modifiers modifiers;
  Stop stop = Stop::Other;
  std::uint32_t stop_token = 0;
};

class Syntax {
 public:
  /// `words`, when given, holds what the word lists say about each token
  /// (Recognition::words); otherwise they are asked here.
  Syntax(const Segmentation& seg, const Resolution& res, const Knowledge& knowledge,
         const std::vector<WordInfo>* words = nullptr);

  /// Makes first- and second-person pronouns inside quotation `q` refer to
  /// its speaker and addressee.
  void bind_quote_pronouns(const Quotation& q, std::uint32_t speaker, std::int32_t addressee);

  [[nodiscard]] bool is(std::uint32_t token, WordClass c) const {
    return (classes_[token] & bit(c)) != 0;
  }
  [[nodiscard]] const Token& token(std::uint32_t i) const { return seg_.tokens[i]; }
  [[nodiscard]] std::uint8_t verb_shapes(std::uint32_t i) const { return shapes_[i]; }
  [[nodiscard]] bool transparent(std::uint32_t i) const;  ///< Quotation marks.
  [[nodiscard]] bool adverb(std::uint32_t i) const;

  /// The argument whose tokens start at `i`, if any (quote pronouns included).
  [[nodiscard]] std::optional<Argument> argument_at(std::uint32_t i) const;
  /// The argument whose tokens end just before `end`.
  [[nodiscard]] std::optional<Argument> argument_ending_at(std::uint32_t end) const;

  /// A noun phrase list starting at `i` (determiners, up to three modifiers
  /// and quotation marks skipped): "the “imperialist” US government",
  /// "Brazil, Argentina and Canada". `possessed_nouns` accepts "Maduro's
  /// plan" and "his policy" as naming their possessor.
  [[nodiscard]] std::optional<ArgumentList> noun_phrases_forward(std::uint32_t i, std::uint32_t limit,
                                                                 Possessed possessed_nouns) const;
  /// The same for the last argument of a pattern: a name that only modifies
  /// a noun after it ("US forces", "the Iran deal") does not count.
  [[nodiscard]] std::optional<ArgumentList> final_noun_phrases(std::uint32_t i, std::uint32_t limit,
                                                               Possessed possessed_nouns) const;

  /// "the two leaders", "both countries": the pair named just before, as a
  /// list, when the phrase starts at `i` (or ends at `end`).
  [[nodiscard]] const ArgumentList* pair_at(std::uint32_t i) const;
  [[nodiscard]] const ArgumentList* pair_ending_at(std::uint32_t end) const;

  /// The subject of a verb or trigger starting at `i`, searching left to
  /// `floor`: across adverbs, auxiliaries, negation, modal and control
  /// verbs, relative pronouns, appositions and "among those".
  [[nodiscard]] SubjectSearch subject_before(std::uint32_t i, std::uint32_t floor) const;

  /// The subject of the clause containing token `i`.
  [[nodiscard]] ArgumentList clause_subject(std::uint32_t i, std::uint32_t floor) const;

  /// First token of the clause containing `i` (after a subordinator,
  /// semicolon or opening quotation mark), not before `floor`.
  [[nodiscard]] std::uint32_t clause_start(std::uint32_t i, std::uint32_t floor) const;

  /// A time phrase ("on Sunday", "last week") ending at `end` (exclusive): its length, or 0.
  [[nodiscard]] std::uint32_t time_phrase_ending_at(std::uint32_t end, std::uint32_t floor) const;

  /// Modifier phrase (modifiers.tsv) ending at `end` (exclusive): its length, or 0.
  [[nodiscard]] std::uint32_t modifier_ending_at(std::uint32_t end, std::uint32_t floor, Effect* effect) const;

  [[nodiscard]] const Resolution& resolution() const { return res_; }
  [[nodiscard]] const Knowledge& knowledge() const { return k_; }

 private:
  [[nodiscard]] ArgumentList list_backward(Argument last, std::uint32_t floor) const;
  /// A subject pronoun ("he", "they"), never a preposition's object.
  [[nodiscard]] bool nominative(const Argument& a) const;

  const Segmentation& seg_;
  const Resolution& res_;
  const Knowledge& k_;
  std::vector<WordClassSet> classes_;
  std::vector<std::uint8_t> shapes_;
  std::vector<std::int32_t> quote_entity_;  ///< Per token: entity of a quote pronoun, or -1.
  std::vector<ArgumentList> pairs_;         ///< "the two leaders" phrases, in text order.

  void find_pairs();
};

}  // namespace cg
