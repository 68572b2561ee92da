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
  return std::nullopt;
}

std::string_view format_extension(Format format) noexcept {
  switch (format) {
    case Format::Turtle: return ".ttl";
    case Format::NTriples: return ".nt";
    case Format::NQuads: return ".nq";
  }
  return ".ttl";
}

GraphWriter::GraphWriter(Format format) : format_(format), env_(serd_env_new(nullptr)) {
  for (const vocab::Prefix& p : vocab::kPrefixes) {
    serd_env_set_prefix_from_strings(env_, reinterpret_cast<const std::uint8_t*>(std::string(p.name).c_str()),
                                     reinterpret_cast<const std::uint8_t*>(std::string(p.iri).c_str()));
  }
}

GraphWriter::~GraphWriter() { serd_env_free(env_); }

Status GraphWriter::write(const Model& model, const Iri* graph) {
  const SerdSyntax syntax = format_ == Format::Turtle     ? SERD_TURTLE
                            : format_ == Format::NTriples ? SERD_NTRIPLES
                                                          : SERD_NQUADS;
  const auto style = static_cast<SerdStyle>(format_ == Format::Turtle ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0);
  std::unique_ptr<SerdWriter, WriterFree> writer(
      serd_writer_new(syntax, style, env_, nullptr, append_sink, &buffer_));
  if (!writer) return make_error("cannot create the RDF writer");
  if (format_ == Format::Turtle && !prefixes_written_) {
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
  SerdNode graph_node{};
  const SerdNode* g = nullptr;
  if (graph && format_ == Format::NQuads) {
    graph_node = uri_node(graph->str().c_str());
    g = &graph_node;
  }
  // Sord's SPO index yields statements sorted and grouped by subject, which
  // Serd's streaming abbreviation needs.
  Iter it(sord_begin(model.get()));
  for (; !it.end(); it.next()) {
    const SerdNode* s = sord_node_to_serd_node(it.node(SORD_SUBJECT));
    const SerdNode* p = sord_node_to_serd_node(it.node(SORD_PREDICATE));
    const SordNode* object = it.node(SORD_OBJECT);
    const SerdNode* o = sord_node_to_serd_node(object);
    const SordNode* dt = sord_node_get_datatype(object);
    const char* lang = sord_node_get_language(object);
    SerdNode lang_node{};
    if (lang) lang_node = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const std::uint8_t*>(lang));
    const SerdStatus st = serd_writer_write_statement(writer.get(), 0, g, s, p, o,
                                                      dt ? sord_node_to_serd_node(dt) : nullptr,
                                                      lang ? &lang_node : nullptr);
    if (st != SERD_SUCCESS) return make_error(std::string("RDF writer failed: ") + reinterpret_cast<const char*>(serd_strerror(st)));
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
