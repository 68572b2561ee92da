// SPDX-License-Identifier: MIT
#pragma once

/// Stage 2, segment: a Document becomes tokens, sentences, paragraphs and
/// quotations. Purely orthographic: no word lists beyond abbreviations, so
/// that later stages decide what words mean.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "util/string_map.hpp"

namespace cg {

enum class TokenKind : std::uint8_t {
  Word,        ///< letters and digits, with inner hyphens and apostrophes ("35-year-old", "O'Brien")
  Number,      ///< "72", "1,000", "3.5"
  Punct,       ///< one punctuation mark, or "..." for an ellipsis
  Quote,       ///< a quotation mark; see `Token::quote`
  Dash,        ///< an en or em dash, or a free-standing hyphen
  Possessive,  ///< "'s" or a bare "'" after a plural ("the Tories' plan")
  Clitic,      ///< "n't", "'re", "'ve", "'ll", "'d", "'m"
};

enum class QuoteMark : std::uint8_t { None, Open, Close };

/// One token. `norm` is what rules match on: lower case, accents removed,
/// typographic apostrophes made ASCII, clitics spelt out ("n't" -> "not").
struct Token {
  // (Members in an order that packs: a 50 MB article has ten million tokens.)
  Span span;
  std::string_view text;  ///< Into Document::text.
  std::string norm;
  std::string plain;      ///< Accents removed, case kept: "Guaidó" -> "Guaido".
  /// hash_short_string(norm), made once: the stages look each norm up in a
  /// dozen tables.
  std::uint64_t norm_hash = 0;
  std::uint32_t sentence = 0;
  std::int32_t quotation = -1;  ///< Innermost double-quoted span containing the token.
  TokenKind kind = TokenKind::Word;
  bool capitalized = false;  ///< Starts with an upper-case letter.
  bool all_caps = false;     ///< Two or more letters, all upper case ("US", "NATO").
  QuoteMark quote = QuoteMark::None;
  bool single_quote = false;  ///< For Quote tokens: ' or ‘ ’ rather than " or “ ”.

  /// True when `norm` is `word`. Rules compare norms with literals in their
  /// hundreds; through a view that is a length check and an inlined compare
  /// (std::string == const char* calls strlen and compare out of line).
  [[nodiscard]] bool norm_is(std::string_view word) const noexcept { return std::string_view(norm) == word; }
};

/// Tokens [first, last) of one sentence.
struct Sentence {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  Span span;
  std::uint32_t paragraph = 0;
  bool headline = false;
  bool shouting = false;  ///< Mostly upper-case letters (wire headlines): case says nothing.
};

struct Paragraph {
  std::uint32_t first_sentence = 0;
  std::uint32_t last_sentence = 0;  ///< Exclusive.
  Span span;
};

/// Text between a pair of double quotation marks (or to the end of the
/// paragraph when the closing mark is missing).
struct Quotation {
  std::uint32_t open_token = 0;
  std::uint32_t close_token = 0;  ///< One past the last inner token when unclosed.
  bool closed = false;
  Span inner;
  std::uint32_t paragraph = 0;
};

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  std::vector<Quotation> quotations;
};

/// Splits `doc` into paragraphs (blank lines, indented lines of hard-wrapped
/// wire copy, or one line each), sentences (abbreviations such as "Mr", "U.S."
/// and "Sen." do not end one) and tokens.
Segmentation segment(const Document& doc);

/// Tokens of a standalone phrase (a gazetteer name, a lexicon pattern word),
/// split exactly as article text is. `Token::text` is left empty: only
/// `norm`, `plain` and the flags are meaningful.
std::vector<Token> tokenize_phrase(std::string_view phrase);

}  // namespace cg
