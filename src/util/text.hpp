// SPDX-License-Identifier: MIT
#pragma once

/// Text helpers shared by every stage: UTF-8 decoding, the folding that makes
/// "Guaidó" and "GUAIDO" one name, slugs for IRIs, and a stable content hash.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cg {

/// One decoded code point and how many bytes it took; `length == 0` means
/// the bytes at that position are not valid UTF-8 (overlong forms,
/// surrogates, values above U+10FFFF and truncated sequences included).
struct DecodedChar {
  char32_t code_point = 0;
  std::size_t length = 0;
};

/// Decodes the code point starting at `text[pos]`, strictly. Inline for the
/// ASCII case: the tokenizer asks once per character.
DecodedChar decode_utf8_multibyte(std::string_view text, std::size_t pos) noexcept;
inline DecodedChar decode_utf8(std::string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) return {};
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  return decode_utf8_multibyte(text, pos);
}

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// True when every byte sequence in `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text) noexcept;

/// Number of code points in valid UTF-8 `text`.
std::size_t count_code_points(std::string_view text) noexcept;

/// Removes accents but keeps case: "Guaidó" -> "Guaido", "Øresund" -> "Oresund".
std::string strip_accents(std::string_view text);

/// The comparison key for names: accents removed, case folded, typographic
/// apostrophes and dashes made ASCII, runs of spaces collapsed.
std::string fold_key(std::string_view text);

/// ASCII lower-case of `text` (other bytes unchanged); cheap for ASCII tokens.
std::string ascii_lower(std::string_view text);

/// A readable IRI path segment: "Nicolás Maduro" -> "nicolas-maduro".
/// Never empty: text with no Latin letters or digits gets "x-" and a hash.
std::string slugify(std::string_view text);

/// Stable 64-bit FNV-1a hash, the same on every platform and run.
std::uint64_t stable_hash(std::string_view text) noexcept;

/// `stable_hash` as 16 lower-case hex digits.
std::string stable_hash_hex(std::string_view text);

/// Splits on a single character; keeps empty fields.
std::vector<std::string_view> split(std::string_view text, char separator);

/// `text` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view text) noexcept;

/// True for ASCII letters, digits and any non-ASCII code point that ICU
/// classes as a letter or digit.
bool is_word_char_unicode(char32_t cp) noexcept;
inline bool is_word_char(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return is_word_char_unicode(cp);
}

/// True for upper-case and title-case letters (ICU's classes).
bool is_upper_unicode(char32_t cp) noexcept;
inline bool is_upper(char32_t cp) noexcept { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : is_upper_unicode(cp); }

/// True for Unicode white space, including no-break space.
bool is_space_unicode(char32_t cp) noexcept;
inline bool is_space(char32_t cp) noexcept {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
  return is_space_unicode(cp);
}

/// `text` fit for a terminal and a log: bytes of invalid UTF-8 and control
/// characters (a hostile file name, a JSON parser quoting a broken line)
/// become "\xNN"; everything else is kept.
std::string printable(std::string_view text);

}  // namespace cg
