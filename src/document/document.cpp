// SPDX-License-Identifier: MIT
#include "document/document.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "util/text.hpp"

namespace cg {

namespace {

constexpr std::uint32_t kBlock = 256;

SourcePosition locate(std::string_view bytes, std::size_t offset, const std::string& source) {
  SourcePosition where;
  where.file = source;
  where.byte = offset;
  where.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++where.line;
      line_start = i + 1;
    }
  }
  // Columns count code points; the bytes before the error are valid UTF-8.
  where.column = count_code_points(bytes.substr(line_start, offset - line_start)) + 1;
  return where;
}

std::string hex_bytes(std::string_view bytes, std::size_t offset) {
  std::string out;
  for (std::size_t i = offset; i < bytes.size() && i < offset + 4; ++i) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%s0x%02X", out.empty() ? "" : " ",
                  static_cast<unsigned>(static_cast<unsigned char>(bytes[i])));
    out += buf;
    // Show the whole bad sequence but stop at the next plausible start byte.
    if (i + 1 < bytes.size() && (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) != 0x80) break;
  }
  return out;
}

Status validate(std::string_view bytes, const std::string& source) {
  // A UTF-16 or UTF-32 file says so in its byte-order mark: name the
  // encoding rather than its first byte.
  const auto starts = [&](std::string_view mark) { return bytes.substr(0, mark.size()) == mark; };
  struct Mark {
    std::string_view bytes;
    const char* encoding;
    const char* shown;
  };
  static constexpr Mark kMarks[] = {
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE", "FF FE 00 00"},
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE", "00 00 FE FF"},
      {"\xFF\xFE", "UTF-16LE", "FF FE"},
      {"\xFE\xFF", "UTF-16BE", "FE FF"},
  };
  for (const Mark& mark : kMarks) {
    if (!starts(mark.bytes)) continue;
    return make_error(std::string("text in ") + mark.encoding + " (byte-order mark " + mark.shown +
                          "); claimgraph reads UTF-8: convert it first (iconv -f " + mark.encoding + " -t UTF-8)",
                      locate(bytes, 0, source));
  }
  for (std::size_t i = 0; i < bytes.size();) {
    if (bytes[i] == '\0') {
      return make_error("NUL byte in text (is this a binary file?)", locate(bytes, i, source));
    }
    const DecodedChar c = decode_utf8(bytes, i);
    if (c.length == 0) {
      return make_error("invalid UTF-8 (bytes " + hex_bytes(bytes, i) + ")",
                        locate(bytes, i, source));
    }
    i += c.length;
  }
  return {};
}

bool blank(std::string_view line) { return trim(line).empty(); }

void find_headline(Document& doc) {
  const std::string_view text = doc.text;
  const std::size_t first_end = text.find('\n');
  doc.body = Span{0, static_cast<std::uint32_t>(text.size())};
  if (first_end == std::string_view::npos) return;
  const std::string_view first = text.substr(0, first_end);
  if (blank(first) || first.size() > 300) return;
  // The headline stands alone: the next line is blank.
  const std::size_t second_end = text.find('\n', first_end + 1);
  const std::string_view second =
      text.substr(first_end + 1, second_end == std::string_view::npos ? std::string_view::npos
                                                                       : second_end - first_end - 1);
  if (!blank(second)) return;
  // …and a body follows: a single line is the body itself.
  if (second_end == std::string_view::npos || trim(text.substr(second_end)).empty()) return;
  const std::string_view trimmed = trim(first);
  // A first paragraph that ends like a sentence and quotes someone, or runs
  // long, is body text, not a headline (headlines may end in "U.S.").
  std::string_view end = trimmed;
  while (!end.empty() && (end.back() == '"' || end.back() == '\'' || static_cast<unsigned char>(end.back()) >= 0x80)) {
    end.remove_suffix(1);  // closing quotation marks (curly ones are multi-byte)
  }
  std::size_t words = 1;
  for (const char c : trimmed) words += c == ' ';
  const bool quotes = trimmed.find('"') != std::string_view::npos ||
                      trimmed.find("\xE2\x80\x9C") != std::string_view::npos;
  if (!end.empty() && end.back() == '.' && (quotes || words > 20)) return;
  const auto lead = static_cast<std::uint32_t>(trimmed.data() - text.data());
  doc.headline = Span{lead, lead + static_cast<std::uint32_t>(trimmed.size())};
  doc.body = Span{static_cast<std::uint32_t>(first_end + 1), static_cast<std::uint32_t>(text.size())};
}

}  // namespace

std::uint32_t Document::code_point_offset(std::uint32_t byte) const noexcept {
  const std::uint32_t block = byte / kBlock;
  std::uint32_t count = block < block_code_points.size() ? block_code_points[block] : 0;
  for (std::uint32_t i = block * kBlock; i < byte && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

// Each becomes a character of the same length in bytes, so that every
// offset stays what it was in the input.
void replace_non_xml_characters(std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      text[i] = ' ';
    } else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
      text[i + 2] = static_cast<char>(0xBD);
    }
  }
}

std::string too_large_message(std::optional<std::uintmax_t> bytes) {
  return (bytes ? "input of " + std::to_string(*bytes) + " bytes" : std::string("input")) + " is larger than the " +
         std::to_string(kMaxDocumentBytes) + "-byte limit for one article";
}

Result<Document> make_document(std::string_view bytes, std::string source) {
  if (bytes.size() > kMaxDocumentBytes) {
    return make_error(too_large_message(bytes.size()),
                      [&] {
                        SourcePosition p;
                        p.file = source;
                        return p;
                      }());
  }
  if (Status st = validate(bytes, source); !st) return st.error();
  std::size_t skip = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") skip = 3;  // a byte-order mark is not text
  const std::string_view content = bytes.substr(skip);

  Document doc;
  doc.source = std::move(source);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  // Checked on the UTF-8 itself: converting every article to UTF-16 first
  // cost more than the check.
  const icu::StringPiece utf8(content.data(), static_cast<int32_t>(content.size()));
  if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(utf8, status) && U_SUCCESS(status)) {
    const icu::UnicodeString normalized = nfc->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    if (U_FAILURE(status)) return make_error("Unicode normalization failed");
    normalized.toUTF8String(doc.text);
    doc.normalized = true;
  } else {
    doc.text.assign(content);
  }
  if (doc.text.size() > kMaxDocumentBytes) return make_error("article too large after normalization");
  replace_non_xml_characters(doc.text);

  doc.id = stable_hash_hex(doc.text);
  find_headline(doc);
  doc.block_code_points.reserve(doc.text.size() / kBlock + 1);
  std::uint32_t count = 0;
  for (std::size_t i = 0; i < doc.text.size(); ++i) {
    if (i % kBlock == 0) doc.block_code_points.push_back(count);
    if ((static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) ++count;
  }
  return doc;
}

}  // namespace cg
