// SPDX-License-Identifier: MIT
#include "graph/term.hpp"

#include "util/text.hpp"

namespace cg {

bool is_valid_iri(std::string_view value) noexcept {
  if (value.empty() || !is_valid_utf8(value)) return false;
  // Scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  const auto colon = value.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(value[0])) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    const char c = value[i];
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c <= 0x20 || c == 0x7F) return false;
    switch (c) {
      case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
        return false;
      case '%':
        // A percent sign must start an escape: %HH.
        if (i + 2 >= value.size() || !std::isxdigit(static_cast<unsigned char>(value[i + 1])) ||
            !std::isxdigit(static_cast<unsigned char>(value[i + 2]))) {
          return false;
        }
        break;
      default:
        break;
    }
  }
  // Non-ASCII is allowed in IRIs except the C1 controls and non-characters
  // that RDF parsers reject.
  for (std::size_t i = 0; i < value.size();) {
    const DecodedChar c = decode_utf8(value, i);
    if (c.code_point >= 0x80 && c.code_point <= 0x9F) return false;
    if (c.code_point == 0xFFFE || c.code_point == 0xFFFF) return false;
    i += c.length;
  }
  return true;
}

bool is_valid_language_tag(std::string_view tag) noexcept {
  // langtag ::= [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*, lower case by our convention.
  if (tag.empty()) return false;
  std::size_t run = 0;
  bool first = true;
  for (const char c : tag) {
    if (c == '-') {
      if (run == 0) return false;
      run = 0;
      first = false;
      continue;
    }
    const bool lower = c >= 'a' && c <= 'z';
    const bool digit = c >= '0' && c <= '9';
    if (!lower && !(digit && !first)) return false;
    if (++run > 8) return false;
  }
  return run > 0;
}

Result<Iri> Iri::make(std::string value) {
  if (!is_valid_iri(value)) return make_error("not an absolute IRI: <" + value + ">");
  return Iri(std::move(value));
}

Result<Literal> Literal::tagged(std::string text, std::string language) {
  if (!is_valid_utf8(text)) return make_error("literal is not valid UTF-8");
  if (!is_valid_language_tag(language)) return make_error("bad language tag '" + language + "'");
  Literal l;
  l.text_ = std::move(text);
  l.language_ = std::move(language);
  return l;
}

Result<Literal> Literal::plain(std::string text) {
  if (!is_valid_utf8(text)) return make_error("literal is not valid UTF-8");
  Literal l;
  l.text_ = std::move(text);
  return l;
}

Result<Literal> Literal::date(std::string_view d) {
  auto digits = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (d[i] < '0' || d[i] > '9') return -1;
      v = v * 10 + (d[i] - '0');
    }
    return v;
  };
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return make_error("not a date of the form YYYY-MM-DD: '" + std::string(d) + "'");
  const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) {
    return make_error("not a calendar date: '" + std::string(d) + "'");
  }
  Literal l;
  l.text_ = std::string(d);
  l.datatype_ = "http://www.w3.org/2001/XMLSchema#date";
  return l;
}

Literal Literal::non_negative(std::uint64_t value) {
  Literal l;
  l.text_ = std::to_string(value);
  l.datatype_ = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";
  return l;
}

}  // namespace cg
