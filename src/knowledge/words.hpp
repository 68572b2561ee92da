// SPDX-License-Identifier: MIT
#pragma once

/// Word classes and verb morphology from data/lexicon/words.tsv: what the
/// rules need to know about English without a tagger.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/result.hpp"
#include "util/string_map.hpp"

namespace cg {

enum class WordClass : std::uint8_t {
  Determiner,
  Possessive,
  PronounPerson,
  PronounThing,
  PronounPlural,
  PronounFirst,
  PronounSecond,
  Relative,
  Auxiliary,
  Negation,
  Preposition,
  Conjunction,
  Subordinator,
  Adverb,
  NumberWord,
  TimeNoun,
  GovernmentNoun,
  OfficialNoun,
  GroupNoun,
  CollectiveNoun,
  SpeechVerb,
  Verb,
  ControlVerb,
  OrganizationHead,
  PartyHead,
  ArmedHead,
  GovernmentHead,
  NameParticle,
  Calendar,
  CompoundHead,
  ActNoun,
  Classifier,
  ProtestNoun,
  DeathWord,
  VictimNoun,
  VictimLink,
  ComplaintVerb,
  NonEventHead,
  Count
};

/// A set of word classes, one bit per class.
using WordClassSet = std::uint64_t;
static_assert(static_cast<unsigned>(WordClass::Count) <= 64, "WordClassSet holds one bit per class");
constexpr WordClassSet bit(WordClass c) noexcept { return WordClassSet{1} << static_cast<unsigned>(c); }

/// Grammatical shapes of a verb form; a form may have several ("cut").
enum VerbShape : std::uint8_t {
  kBase = 1,        ///< "back"
  kThird = 2,       ///< "backs"
  kPast = 4,        ///< "backed", "broke", "broken" (past and participle)
  kGerund = 8,      ///< "backing"
};

/// What the word lists say about one word form: its classes and verb shapes.
struct WordInfo {
  WordClassSet classes = 0;
  std::uint8_t shapes = 0;
  [[nodiscard]] bool is(WordClass c) const noexcept { return (classes & bit(c)) != 0; }
  [[nodiscard]] bool is_verb_form() const noexcept { return shapes != 0; }
};

/// Word classes of lower-case, accent-free word forms, and the verb forms of lemmas.
class WordClasses {
 public:
  /// Parses words.tsv.
  static Result<WordClasses> load(std::string_view name, std::string_view text);

  [[nodiscard]] bool is(std::string_view norm, WordClass c) const;
  /// Every class of `norm` as a bit set (bit c for WordClass c), in one lookup.
  [[nodiscard]] WordClassSet classes(std::string_view norm) const;
  /// Classes and verb shapes of `norm` together: stages look each token up
  /// once and keep the answer, rather than asking again for every rule.
  /// `hash` is hash_short_string(norm), known already (Token::norm_hash).
  [[nodiscard]] WordInfo info(std::string_view norm, std::uint64_t hash) const;
  /// Every form of `lemma` (regular rules plus the irregular table), the lemma included.
  [[nodiscard]] std::vector<std::string> inflections(std::string_view lemma) const;
  /// The lemma of a known verb form; empty when unknown.
  [[nodiscard]] std::string_view lemma_of(std::string_view form) const;
  /// The shapes `form` has as a form of any lemma the rules know; 0 when none.
  [[nodiscard]] std::uint8_t shapes(std::string_view form) const;
  /// Registers `lemma` (e.g. a trigger verb) so that lemma_of() and shapes() know its forms.
  void add_verb(std::string_view lemma);
  /// True for a verb form of any registered lemma (words.tsv verbs and triggers).
  [[nodiscard]] bool is_verb_form(std::string_view norm) const { return shapes(norm) != 0; }

 private:
  struct FormInfo {
    std::string lemma;
    std::uint8_t shapes = 0;
  };
  void add_class(std::string_view word, WordClass c);
  void add_forms(std::string_view lemma, WordClass c);
  StringMap<WordClassSet> classes_;
  StringMap<FormInfo> forms_;
  StringMap<std::vector<std::pair<std::string, std::uint8_t>>> irregular_;
};

/// Regular English inflections of a one-word lemma with their shapes,
/// over-generating where spelling is unsure ("visitted" beside "visited"),
/// and both -ize and -ise spellings.
std::vector<std::pair<std::string, std::uint8_t>> regular_inflections(std::string_view lemma);

}  // namespace cg
