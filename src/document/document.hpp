// SPDX-License-Identifier: MIT
#pragma once

/// Stage 1, document: bytes in, a validated article out. Everything later
/// works on `Document::text` (UTF-8, NFC) through byte offsets; NIF evidence
/// needs code-point offsets, which `code_point_offset` gives.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace cg {

/// A half-open byte range [begin, end) into `Document::text`.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  [[nodiscard]] bool empty() const noexcept { return end <= begin; }
  [[nodiscard]] std::uint32_t size() const noexcept { return empty() ? 0 : end - begin; }
};

/// One article, ready for segmentation.
struct Document {
  std::string source;   ///< The input's name as the user gave it ("-" for stdin).
  std::string text;     ///< The article, UTF-8 in Unicode normalization form C.
  std::string id;       ///< 16 hex digits of a hash of `text`: the same article always gets the same IRI.
  Span headline;        ///< The first line when it stands alone above a blank line; else empty.
  Span body;            ///< Everything after the headline.
  bool normalized = false;  ///< True when NFC changed the input (offsets then refer to the normalized text).
  /// What the input says about the article besides its text (empty when
  /// unknown): the day it was published (YYYY-MM-DD) and where it was
  /// published (an absolute IRI). Checked by whoever sets them.
  std::string date;
  std::string url;
  std::string title;  ///< The headline the input's metadata gives; else the text's own (`headline`).
  std::string external_id;  ///< The id the input's metadata gives (a JSON line's "id").

  [[nodiscard]] std::string_view slice(Span span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
  /// Code points before byte offset `byte` (which must start a character).
  [[nodiscard]] std::uint32_t code_point_offset(std::uint32_t byte) const noexcept;
  /// Total length of `text` in code points.
  [[nodiscard]] std::uint32_t code_point_length() const noexcept {
    return code_point_offset(static_cast<std::uint32_t>(text.size()));
  }

  /// Code points before each 256-byte block, so offsets cost O(1) memory per block.
  std::vector<std::uint32_t> block_code_points;
};

/// Largest article accepted, in bytes; more is almost surely not an article,
/// and offsets are 32-bit.
inline constexpr std::size_t kMaxDocumentBytes = 64u * 1024u * 1024u;

/// Why an input is refused for its size: "input of N bytes is larger than
/// the ...-byte limit for one article" (without N when it is not known, as
/// from a pipe read only to the limit).
std::string too_large_message(std::optional<std::uintmax_t> bytes = std::nullopt);

/// Replaces the characters XML has not (C0 controls other than tab, line
/// feed and carriage return; U+FFFE and U+FFFF), which make an xsd:string
/// ill-typed and strict stores reject, with a space or U+FFFD, byte for byte.
void replace_non_xml_characters(std::string& text);

/// Validates `bytes` as UTF-8 text (rejecting overlong forms, surrogates,
/// truncated sequences and NUL bytes), drops a byte-order mark, normalizes to
/// NFC, replaces characters XML (and so xsd:string) does not allow (C0
/// controls other than tab, LF and CR become spaces; U+FFFE and U+FFFF become
/// U+FFFD, offsets unchanged) and finds the headline. An error names `source`, line, column and byte.
Result<Document> make_document(std::string_view bytes, std::string source);

}  // namespace cg
