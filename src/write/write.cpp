// SPDX-License-Identifier: MIT
#include "write/write.hpp"

#include <serd/serd.h>

#include <memory>

#include "graph/vocabulary.hpp"

namespace cg {

namespace {

struct WriterFree {
  void operator()(SerdWriter* w) const noexcept { serd_writer_free(w); }
};

std::size_t append_sink(const void* buf, std::size_t len, void* stream) {
  // Must not throw across the C boundary; an allocation failure ends the
  // process the same way it would anywhere else in C++.
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
  return len;
}

SerdNode uri_node(const char* s) { return serd_node_from_string(SERD_URI, reinterpret_cast<const std::uint8_t*>(s)); }

}  // namespace

std::optional<Format> parse_format(std::string_view name) noexcept {
  if (name == "turtle" || name == "ttl") return Format::Turtle;
  if (name == "ntriples" || name == "nt" || name == "n-triples") return Format::NTriples;
  if (name == "nquads" || name == "nq" || name == "n-quads") return Format::NQuads;
  if (name == "trig") return Format::TriG;
  if (name == "dot") return Format::Dot;
  return std::nullopt;
}

bool has_graphs(Format format) noexcept { return format == Format::NQuads || format == Format::TriG; }

std::string_view format_extension(Format format) noexcept {
  switch (format) {
    case Format::Turtle: return ".ttl";
    case Format::NTriples: return ".nt";
    case Format::NQuads: return ".nq";
    case Format::TriG: return ".trig";
    case Format::Dot: return ".dot";
  }
  return ".ttl";
}

GraphWriter::GraphWriter(Format format, bool declare_prefixes)
    : format_(format), env_(serd_env_new(nullptr)), prefixes_written_(!declare_prefixes) {
  // Only Turtle and TriG abbreviate IRIs; a writer is made per article.
  if (format != Format::Turtle && format != Format::TriG) return;
  for (const vocab::Prefix& p : vocab::kPrefixes) {
    serd_env_set_prefix_from_strings(env_, reinterpret_cast<const std::uint8_t*>(std::string(p.name).c_str()),
                                     reinterpret_cast<const std::uint8_t*>(std::string(p.iri).c_str()));
  }
}

GraphWriter::~GraphWriter() { serd_env_free(env_); }

Status GraphWriter::write(const ArticleGraph& graph) { return write_model(graph.model, &graph); }

Status GraphWriter::write_all(const Model& model) { return write_model(model, nullptr); }

std::string GraphWriter::prefixes(Format format) {
  if (format != Format::Turtle && format != Format::TriG) return {};
  GraphWriter header(format);
  World world;
  const Model empty(world);
  if (!header.write_all(empty)) return {};
  return header.take();
}

// With `graph`, formats with graphs write its article's graph, then the
// shared one; without, every statement goes out, graphs merged.
Status GraphWriter::write_model(const Model& model, const ArticleGraph* graph) {
  const bool abbreviated = format_ == Format::Turtle || format_ == Format::TriG;
  const SerdSyntax syntax = format_ == Format::Turtle     ? SERD_TURTLE
                            : format_ == Format::NTriples ? SERD_NTRIPLES
                            : format_ == Format::NQuads   ? SERD_NQUADS
                                                          : SERD_TRIG;
  // BULK: Serd fills 4 KiB pages and calls the sink once a page, not once a
  // token; serd_writer_finish() below hands over the last page.
  const auto style = static_cast<SerdStyle>(SERD_STYLE_BULK |
                                            (abbreviated ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0));
  // Room for what is about to be written (N-Triples averages 170 bytes a
  // statement): a long article's output then grows without copying itself
  // over and over, and room never written is never touched.
  buffer_.reserve(buffer_.size() + static_cast<std::size_t>(sord_num_quads(model.get())) * 192);
  std::unique_ptr<SerdWriter, WriterFree> writer(
      serd_writer_new(syntax, style, env_, nullptr, append_sink, &buffer_));
  if (!writer) return make_error("cannot create the RDF writer");
  if (abbreviated && !prefixes_written_) {
    // Declared through the writer so that "@prefix" lines are emitted; the
    // env alone would give CURIEs without declarations.
    for (const vocab::Prefix& p : vocab::kPrefixes) {
      const std::string name(p.name);
      const std::string iri(p.iri);
      const SerdNode n = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const std::uint8_t*>(name.c_str()));
      const SerdNode u = uri_node(iri.c_str());
      serd_writer_set_prefix(writer.get(), &n, &u);
    }
    prefixes_written_ = true;
  }
  // Writes the statements `it` yields; `keep_graph` passes each one's graph
  // on, otherwise a statement repeated in two graphs is written once (the
  // index orders by graph last, so repeats are adjacent).
  auto write_all = [&](Iter& it, bool keep_graph) -> Status {
    SordQuad previous = {nullptr, nullptr, nullptr, nullptr};
    for (; !it.end(); it.next()) {
      const SordNode* subject = it.node(SORD_SUBJECT);
      const SordNode* predicate = it.node(SORD_PREDICATE);
      const SordNode* object = it.node(SORD_OBJECT);
      if (!keep_graph && subject == previous[0] && predicate == previous[1] && object == previous[2]) continue;
      previous[0] = subject;
      previous[1] = predicate;
      previous[2] = object;
      const SordNode* dt = sord_node_get_datatype(object);
      const char* lang = sord_node_get_language(object);
      SerdNode lang_node{};
      if (lang) lang_node = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const std::uint8_t*>(lang));
      const SordNode* g = keep_graph ? it.node(SORD_GRAPH) : nullptr;
      const SerdStatus st = serd_writer_write_statement(
          writer.get(), 0, g ? sord_node_to_serd_node(g) : nullptr, sord_node_to_serd_node(subject),
          sord_node_to_serd_node(predicate), sord_node_to_serd_node(object),
          dt ? sord_node_to_serd_node(dt) : nullptr, lang ? &lang_node : nullptr);
      if (st != SERD_SUCCESS) {
        return make_error(std::string("RDF writer failed: ") + reinterpret_cast<const char*>(serd_strerror(st)));
      }
    }
    return {};
  };
  if (graph && has_graphs(format_)) {
    for (const Iri* name : {&graph->article, &graph->entities}) {
      const Node g = model.iri(*name);
      const SordQuad pattern = {nullptr, nullptr, nullptr, g.get()};
      Iter it(sord_find(model.get(), pattern));
      if (Status st = write_all(it, true); !st) return st;
    }
  } else {
    // Sord's SPO index yields statements sorted and grouped by subject,
    // which Serd's streaming abbreviation needs.
    Iter it(sord_begin(model.get()));
    if (Status st = write_all(it, false); !st) return st;
  }
  serd_writer_finish(writer.get());
  return {};
}

std::string GraphWriter::take() {
  std::string out;
  out.swap(buffer_);
  return out;
}

}  // namespace cg
