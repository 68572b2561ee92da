// SPDX-License-Identifier: MIT
#pragma once

/// Stage 7, write: an article's graph serialized by Serd, in Turtle,
/// N-Triples, N-Quads or TriG. Serd 0.30 neither validates terms (graph/term.hpp does) nor
/// reports I/O errors, so output goes to a memory buffer first and the
/// caller writes it out, checking every write.

#include <optional>
#include <string>
#include <string_view>

#include "graph/graph.hpp"
#include "util/result.hpp"

struct SerdEnvImpl;

namespace cg {

/// Output syntaxes; Dot is the stance network for Graphviz (write/dot.hpp),
/// not RDF.
enum class Format { Turtle, NTriples, NQuads, TriG, Dot };

/// Parses "turtle", "ntriples", "nquads", "trig", "dot" (and "ttl", "nt", "nq").
std::optional<Format> parse_format(std::string_view name) noexcept;
/// True for the formats that keep named graphs (N-Quads, TriG).
bool has_graphs(Format format) noexcept;
/// Conventional file extension (".ttl", ".nt", ".nq", ".trig", ".dot").
std::string_view format_extension(Format format) noexcept;

/// Serializes article graphs one after another into one stream: prefixes
/// are declared once, before the first. Turtle and N-Triples merge the
/// named graphs into one; N-Quads and TriG keep them.
class GraphWriter {
 public:
  /// With `declare_prefixes` false, CURIEs are written without their
  /// "@prefix" lines, for a stream whose header prefixes() gave once.
  explicit GraphWriter(Format format, bool declare_prefixes = true);
  ~GraphWriter();
  GraphWriter(const GraphWriter&) = delete;
  GraphWriter& operator=(const GraphWriter&) = delete;

  /// Appends the article's statements to the buffer, grouped by subject
  /// (and, with graphs, the article's graph before the shared one).
  Status write(const ArticleGraph& graph);
  /// Appends every statement of `model`, graphs merged, grouped by subject.
  Status write_all(const Model& model);

  /// The "@prefix" lines a Turtle or TriG stream starts with ("" for others).
  static std::string prefixes(Format format);

  /// The bytes written so far; clears the buffer.
  std::string take();

 private:
  Status write_model(const Model& model, const ArticleGraph* graph);
  Format format_;
  SerdEnvImpl* env_ = nullptr;
  bool prefixes_written_ = false;
  std::string buffer_;
};

}  // namespace cg
