// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <serd/serd.h>

#include <string>

#include "../../test/unit/support.hpp"
#include "write/write.hpp"

namespace {

// Parses `text` strictly with Serd; returns the number of statements or -1.
long parse(const std::string& text, SerdSyntax syntax) {
  long count = 0;
  auto on_statement = [](void* handle, SerdStatementFlags, const SerdNode*, const SerdNode*, const SerdNode*,
                         const SerdNode*, const SerdNode*, const SerdNode*) -> SerdStatus {
    ++*static_cast<long*>(handle);
    return SERD_SUCCESS;
  };
  SerdEnv* env = serd_env_new(nullptr);
  SerdReader* reader = serd_reader_new(syntax, &count, nullptr, nullptr, nullptr, on_statement, nullptr);
  serd_reader_set_strict(reader, true);
  const SerdStatus st = serd_reader_read_string(reader, reinterpret_cast<const std::uint8_t*>(text.c_str()));
  serd_reader_free(reader);
  serd_env_free(env);
  return st == SERD_SUCCESS ? count : -1;
}

std::size_t occurrences(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("formats and extensions") {
  CHECK(cg::parse_format("turtle") == cg::Format::Turtle);
  CHECK(cg::parse_format("nt") == cg::Format::NTriples);
  CHECK(cg::parse_format("nquads") == cg::Format::NQuads);
  CHECK_FALSE(cg::parse_format("rdfxml"));
  CHECK(cg::format_extension(cg::Format::NQuads) == ".nq");
}

TEST_CASE("Turtle declares prefixes once for many models, and every statement parses") {
  auto a = cg::test::run("Chile condemned Maduro. \"Quotes\" and back\\slashes\ttabs \x01 controls, emoji \xF0\x9F\x98\x80.");
  auto b = cg::test::run("Peru praised Guaido.");
  cg::World world;
  const cg::Model ma = cg::build_graph(a->document, a->resolution, a->extraction, cg::test::knowledge(), {}, world);
  const cg::Model mb = cg::build_graph(b->document, b->resolution, b->extraction, cg::test::knowledge(), {}, world);
  cg::GraphWriter writer(cg::Format::Turtle);
  REQUIRE(writer.write(ma, nullptr).ok());
  REQUIRE(writer.write(mb, nullptr).ok());
  const std::string out = writer.take();
  CHECK(occurrences(out, "@prefix cg:") == 1);
  CHECK(parse(out, SERD_TURTLE) == static_cast<long>(ma.size() + mb.size()));
  CHECK(writer.take().empty());
}

TEST_CASE("N-Triples and N-Quads: one statement per line; N-Quads names the article graph") {
  auto a = cg::test::run("Chile condemned Maduro.");
  cg::World world;
  const cg::Model m = cg::build_graph(a->document, a->resolution, a->extraction, cg::test::knowledge(), {}, world);
  const cg::Iri graph = cg::article_iri(cg::Iri::trusted("https://w3id.org/claimgraph/id/"), a->document);
  cg::GraphWriter nt(cg::Format::NTriples);
  REQUIRE(nt.write(m, &graph).ok());
  const std::string triples = nt.take();
  CHECK(occurrences(triples, "\n") == m.size());
  CHECK(parse(triples, SERD_NTRIPLES) == static_cast<long>(m.size()));
  cg::GraphWriter nq(cg::Format::NQuads);
  REQUIRE(nq.write(m, &graph).ok());
  const std::string quads = nq.take();
  CHECK(occurrences(quads, "<" + graph.str() + "> .\n") == m.size());
  CHECK(parse(quads, SERD_NQUADS) == static_cast<long>(m.size()));
}
