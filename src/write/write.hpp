// SPDX-License-Identifier: MIT
#pragma once

/// Stage 7, write: a model serialized by Serd, in Turtle, N-Triples or
/// N-Quads. Serd 0.30 neither validates terms (graph/term.hpp does) nor
/// reports I/O errors, so output goes to a memory buffer first and the
/// caller writes it out, checking every write.

#include <optional>
#include <string>
#include <string_view>

#include "graph/model.hpp"
#include "util/result.hpp"

struct SerdEnvImpl;

namespace cg {

enum class Format { Turtle, NTriples, NQuads };

/// Parses "turtle", "ntriples", "nquads" (and "ttl", "nt", "nq").
std::optional<Format> parse_format(std::string_view name) noexcept;
/// Conventional file extension (".ttl", ".nt", ".nq").
std::string_view format_extension(Format format) noexcept;

/// Serializes models one after another into one stream: Turtle prefixes are
/// declared once, before the first model.
class GraphWriter {
 public:
  explicit GraphWriter(Format format);
  ~GraphWriter();
  GraphWriter(const GraphWriter&) = delete;
  GraphWriter& operator=(const GraphWriter&) = delete;

  /// Appends `model`'s statements, grouped by subject, to the buffer. With
  /// N-Quads, `graph` names the graph they go in.
  Status write(const Model& model, const Iri* graph);

  /// The bytes written so far; clears the buffer.
  std::string take();

 private:
  Format format_;
  SerdEnvImpl* env_ = nullptr;
  bool prefixes_written_ = false;
  std::string buffer_;
};

}  // namespace cg
