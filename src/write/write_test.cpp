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

cg::ArticleGraph graph_of(const cg::Analysis& a, const cg::World& world) {
  return cg::build_graph(a.document, a.segmentation, a.resolution, a.extraction, cg::test::knowledge(), {}, world);
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
  CHECK(cg::parse_format("trig") == cg::Format::TriG);
  CHECK(cg::format_extension(cg::Format::TriG) == ".trig");
  CHECK(cg::has_graphs(cg::Format::TriG));
  CHECK_FALSE(cg::has_graphs(cg::Format::Turtle));
}

TEST_CASE("Turtle declares prefixes once for many articles, and every statement parses") {
  auto a = cg::test::run("Chile condemned Maduro. \"Quotes\" and back\\slashes\ttabs \x01 controls, emoji \xF0\x9F\x98\x80.");
  auto b = cg::test::run("Peru praised Guaido.");
  cg::World world;
  const cg::ArticleGraph ga = graph_of(*a, world);
  const cg::ArticleGraph gb = graph_of(*b, world);
  cg::GraphWriter writer(cg::Format::Turtle);
  REQUIRE(writer.write(ga).ok());
  REQUIRE(writer.write(gb).ok());
  const std::string out = writer.take();
  CHECK(occurrences(out, "@prefix cg:") == 1);
  CHECK(parse(out, SERD_TURTLE) == static_cast<long>(ga.model.size() + gb.model.size()));
  CHECK(writer.take().empty());
}

TEST_CASE("N-Triples: one statement per line, the named graphs merged") {
  auto a = cg::test::run("Chile condemned Maduro.");
  cg::World world;
  const cg::ArticleGraph g = graph_of(*a, world);
  cg::GraphWriter nt(cg::Format::NTriples);
  REQUIRE(nt.write(g).ok());
  const std::string triples = nt.take();
  CHECK(occurrences(triples, "\n") == g.model.size());
  CHECK(parse(triples, SERD_NTRIPLES) == static_cast<long>(g.model.size()));
}

TEST_CASE("N-Quads and TriG keep the article's graph and the shared entity graph apart") {
  auto a = cg::test::run("Chile condemned Maduro.");
  cg::World world;
  const cg::ArticleGraph g = graph_of(*a, world);
  cg::GraphWriter nq(cg::Format::NQuads);
  REQUIRE(nq.write(g).ok());
  const std::string quads = nq.take();
  const std::size_t in_article = occurrences(quads, "<" + g.article.str() + "> .\n");
  const std::size_t in_entities = occurrences(quads, "<" + g.entities.str() + "> .\n");
  CHECK(in_article > 10);
  CHECK(in_entities >= 4);  // Chile and Maduro: a type and a label each
  CHECK(in_article + in_entities == g.model.size());
  CHECK(parse(quads, SERD_NQUADS) == static_cast<long>(g.model.size()));
  // The article's graph comes first, then the shared one.
  CHECK(quads.find("<" + g.entities.str() + "> .\n") > quads.rfind("<" + g.article.str() + "> .\n"));

  cg::GraphWriter trig(cg::Format::TriG);
  REQUIRE(trig.write(g).ok());
  const std::string text = trig.take();
  CHECK(occurrences(text, "@prefix cg:") == 1);
  CHECK(occurrences(text, "{") == 2);
  CHECK(parse(text, SERD_TRIG) == static_cast<long>(g.model.size()));
}
