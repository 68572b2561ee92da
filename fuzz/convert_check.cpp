// SPDX-License-Identifier: MIT
#include "convert_check.hpp"

#include <cstdlib>

#include "graph/graph.hpp"
#include "rdf_check.hpp"
#include "write/write.hpp"

namespace cg::fuzz {

const Knowledge& knowledge() {
  static const Result<Knowledge> loaded = Knowledge::load();
  if (!loaded) fail("cannot load the knowledge: " + loaded.error().describe());
  return *loaded;
}

void convert_and_check(const Analysis& a) {
  GraphOptions options;
  options.include_text = true;
  options.mentions = true;
  const World world;
  const ArticleGraph graph = build_graph(a.document, a.segmentation, a.resolution, a.extraction, knowledge(),
                                         options, world);
  const auto written = [&](Format format) {
    GraphWriter writer(format);
    if (Status st = writer.write(graph); !st) fail("the writer refused the graph: " + st.error().message);
    return writer.take();
  };
  const std::string base = options.base.str();
  const std::size_t ntriples = parse_strictly(written(Format::NTriples), SERD_NTRIPLES, base, a.document.url);
  const std::size_t turtle = parse_strictly(written(Format::Turtle), SERD_TURTLE, base, a.document.url);
  const std::size_t nquads = parse_strictly(written(Format::NQuads), SERD_NQUADS, base, a.document.url);
  const std::size_t trig = parse_strictly(written(Format::TriG), SERD_TRIG, base, a.document.url);
  if (ntriples != turtle) {
    fail("N-Triples and Turtle differ: " + std::to_string(ntriples) + " and " + std::to_string(turtle) + " statements");
  }
  if (nquads != trig) {
    fail("N-Quads and TriG differ: " + std::to_string(nquads) + " and " + std::to_string(trig) + " statements");
  }
  if (ntriples == 0 || ntriples > nquads) {
    fail("N-Triples holds " + std::to_string(ntriples) + " statements, N-Quads " + std::to_string(nquads));
  }
}

}  // namespace cg::fuzz
