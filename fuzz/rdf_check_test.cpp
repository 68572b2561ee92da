// SPDX-License-Identifier: MIT
// The fuzz targets' oracle must see what it is there to see.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "rdf_check.hpp"

namespace {

constexpr std::string_view kBase = "https://w3id.org/claimgraph/id/";

std::string problem(const std::string& rdf, SerdSyntax syntax = SERD_NTRIPLES, std::string_view allowed = {}) {
  std::size_t statements = 0;
  return cg::fuzz::rdf_problem(rdf, syntax, kBase, allowed, statements);
}

}  // namespace

TEST_CASE("well-formed output of ours passes, and its statements are counted") {
  const std::string nt =
      "<https://w3id.org/claimgraph/id/entity/russia> <http://www.w3.org/2000/01/rdf-schema#label> \"Russia\"@en .\n"
      "<https://w3id.org/claimgraph/id/claim/ab12> <https://w3id.org/claimgraph/ns#subject> "
      "<https://w3id.org/claimgraph/id/entity/russia> .\n";
  std::size_t statements = 0;
  CHECK(cg::fuzz::rdf_problem(nt, SERD_NTRIPLES, kBase, {}, statements).empty());
  CHECK(statements == 2);
  const std::string ttl =
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
      "<https://w3id.org/claimgraph/id/entity/russia> a rdfs:Class ; rdfs:label \"\"\"a \"q\" b\"\"\"@en .\n";
  CHECK(cg::fuzz::rdf_problem(ttl, SERD_TURTLE, kBase, {}, statements).empty());
  CHECK(statements == 2);
}

TEST_CASE("bytes Serd's reader would let through are findings") {
  const std::string head = "<https://w3id.org/claimgraph/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"";
  CHECK(problem(head + "a\xC0\xAF\" .\n").starts_with("invalid UTF-8 in the output at byte"));  // overlong '/'
  CHECK(problem(head + "a\xED\xA0\x80\" .\n").starts_with("invalid UTF-8"));                   // a surrogate
  CHECK(problem(head + std::string("a\0b", 3) + "\" .\n") == "a NUL byte in the output at byte " + std::to_string(head.size() + 1));
}

TEST_CASE("syntax errors are findings") {
  CHECK(problem("<https://w3id.org/claimgraph/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"x\"\n")
            .starts_with("Serd's reader rejects the output"));
  CHECK(problem("<https://w3id.org/claimgraph/id/a b> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n")
            .starts_with("Serd's reader rejects the output"));
}

TEST_CASE("IRIs not minted by us are findings, unless allowed") {
  const std::string evil = "<http://evil.example/x> <http://schema.org/url> <http://evil.example/x> .\n";
  CHECK(problem(evil) == "an IRI outside the base and the vocabularies: <http://evil.example/x>");
  CHECK(problem(evil, SERD_NTRIPLES, "http://evil.example/x").empty());
  CHECK(problem("<https://w3id.org/claimgraph/id/entity/o%3Cbrien> <http://schema.org/name> \"x\" .\n") ==
        "an IRI with characters no minted IRI has: <https://w3id.org/claimgraph/id/entity/o%3Cbrien>");
  // Prefixed names are expanded before they are checked.
  CHECK(problem("@prefix ex: <http://evil.example/> .\nex:a ex:b ex:c .\n", SERD_TURTLE)
            .starts_with("an IRI outside the base and the vocabularies: <http://evil.example/a>"));
}
