// SPDX-License-Identifier: MIT
#include "util/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdio>

namespace cg {

DecodedChar decode_utf8_multibyte(std::string_view text, std::size_t pos) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const std::size_t n = text.size();
  if (pos >= n) return {};
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) return {b0, 1};
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {};  // continuation byte, overlong lead (C0, C1) or F5..FF
  }
  if (pos + len > n) return {};
  for (std::size_t i = 1; i < len; ++i) {
    const unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, len};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid_utf8(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar c = decode_utf8(text, i);
    if (c.length == 0) return false;
    i += c.length;
  }
  return true;
}

std::size_t count_code_points(std::string_view text) noexcept {
  std::size_t count = 0;
  for (const char ch : text) {
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++count;
  }
  return count;
}

namespace {

bool is_ascii(std::string_view text) noexcept {
  for (const char ch : text) {
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return true;
}

// Letters that Unicode does not decompose into a base letter plus accent, so
// NFD alone would leave them; the news spellings drop the stroke.
const char* undecomposed_latin(char32_t cp) {
  switch (cp) {
    case U'ø': return "o";
    case U'Ø': return "O";
    case U'ł': return "l";
    case U'Ł': return "L";
    case U'đ': return "d";
    case U'Đ': return "D";
    case U'æ': return "ae";
    case U'Æ': return "AE";
    case U'œ': return "oe";
    case U'Œ': return "OE";
    case U'ß': return "ss";
    case U'þ': return "th";
    case U'Þ': return "Th";
    case U'ı': return "i";
    default: return nullptr;
  }
}

// Typographic punctuation that names are written with interchangeably.
const char* ascii_punctuation(char32_t cp) {
  switch (cp) {
    case U'\u2018': case U'\u2019': case U'\u02BC': case U'\u0060': return "'";
    case U'\u201C': case U'\u201D': return "\"";
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': return "-";
    case U'\u00A0': return " ";
    default: return nullptr;
  }
}

}  // namespace

std::string strip_accents(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(),
                                                                    static_cast<int32_t>(text.size()))),
                     status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 cp = decomposed.char32At(i);
    i += U16_LENGTH(cp);
    if (u_charType(cp) == U_NON_SPACING_MARK) continue;
    if (const char* repl = undecomposed_latin(static_cast<char32_t>(cp))) {
      out += repl;
    } else {
      append_utf8(out, static_cast<char32_t>(cp));
    }
  }
  return out;
}

std::string fold_key(std::string_view text) {
  // Fast path: ASCII with single inner spaces, the common case of a token.
  bool simple = true;
  for (std::size_t i = 0; i < text.size() && simple; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    simple = c >= 0x21 && c < 0x7F && c != '`' ? true
             : c == ' ' ? (i > 0 && i + 1 < text.size() && text[i + 1] != ' ')
                        : false;
  }
  if (simple) return ascii_lower(text);
  const std::string stripped = strip_accents(text);
  std::string folded;
  if (is_ascii(stripped)) {
    folded = ascii_lower(stripped);
  } else {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(stripped.data(), static_cast<int32_t>(stripped.size())));
    u.foldCase();
    u.toUTF8String(folded);
  }
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < folded.size();) {
    const DecodedChar c = decode_utf8(folded, i);
    if (c.length == 0) {  // cannot happen for valid input; keep the byte
      out += folded[i++];
      continue;
    }
    i += c.length;
    const char* repl = ascii_punctuation(c.code_point);
    if (is_space(c.code_point) || (repl && repl[0] == ' ')) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (repl) {
      out += repl;
    } else {
      append_utf8(out, c.code_point);
    }
  }
  return out;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

std::string slugify(std::string_view text) {
  const std::string stripped = strip_accents(text);
  std::string slug;
  bool dash = false;
  for (const char raw : stripped) {
    const char ch = (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
    const bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (keep) {
      if (dash && !slug.empty()) slug += '-';
      slug += ch;
      dash = false;
    } else if (ch != '\'' && ch != '.') {  // "Côte d'Ivoire" -> "cote-divoire", "U.S." -> "us"
      dash = true;
    }
  }
  if (slug.empty()) slug = "x-" + stable_hash_hex(text);
  return slug;
}

std::uint64_t stable_hash(std::string_view text) noexcept {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char ch : text) {
    hash ^= static_cast<unsigned char>(ch);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string stable_hash_hex(std::string_view text) {
  std::array<char, 17> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%016llx",
                static_cast<unsigned long long>(stable_hash(text)));
  return std::string(buffer.data(), 16);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) {
      fields.push_back(text.substr(start));
      return fields;
    }
    fields.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::string_view trim(std::string_view text) noexcept {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

bool is_word_char_unicode(char32_t cp) noexcept {
  return u_isalnum(static_cast<UChar32>(cp)) || u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}

bool is_upper_unicode(char32_t cp) noexcept {
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool is_space_unicode(char32_t cp) noexcept {
  return u_isUWhiteSpace(static_cast<UChar32>(cp));
}

std::string printable(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar c = decode_utf8(text, i);
    if (c.length == 0 || c.code_point < 0x20 || c.code_point == 0x7F) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(text[i]);
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
      ++i;
      continue;
    }
    out.append(text, i, c.length);
    i += c.length;
  }
  return out;
}

}  // namespace cg
