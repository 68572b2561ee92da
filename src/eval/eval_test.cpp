// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "eval/gold.hpp"
#include "eval/score.hpp"

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = std::string("eval_test_") + name;
  std::ofstream(path) << text;
  return path;
}

const char* kOutput = R"(@prefix cg: <https://w3id.org/claimgraph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
<e/us> a cg:Country ; rdfs:label "United States"@en ; skos:altLabel "US"@en .
<e/g> a cg:Person ; rdfs:label "Juan Guaidó"@en ; cg:holdsRole <r/1> .
<e/m> a cg:Person ; rdfs:label "Nicolas Maduro"@en .
<e/x> a cg:GovernmentBody, cg:Organization ; rdfs:label "The Ministry"@en .
<r/1> a cg:Role ; cg:roleTitle "interim President"@en ; cg:roleIn <e/us> .
<c/1> a cg:Claim ; rdf:subject <e/us> ; rdf:predicate cg:recognizes ; rdf:object <e/g> ; cg:polarity cg:Positive .
<c/2> a cg:Claim ; rdf:subject <e/us> ; rdf:predicate cg:recognizes ; rdf:object <e/g> ; cg:polarity cg:Positive .
<c/3> a cg:Claim ; rdf:subject <e/us> ; rdf:predicate cg:recognizes ; rdf:object <e/m> ; cg:polarity cg:Positive .
<c/4> a cg:Claim ; rdf:subject <e/m> ; rdf:predicate cg:meetsWith ; rdf:object <e/us> ; cg:polarity cg:Positive .
<q/1> a cg:Quote ; cg:speaker <e/g> ; cg:text "I swear, to you all"@en .
)";

const char* kGold =
    "# test gold\n"
    "entity\tCountry\tUnited States|USA\n"
    "entity\tPerson\tJuan Guaido\n"
    "entity\tPerson\tDonald Trump\n"
    "entity\tOrganization\tMinistry\n"
    "claim\tUS\trecognizes\tJuan Guaido\t+\trequired\n"
    "claim\tUS\trecognizes\tNicolas Maduro\t-\trequired\n"
    "claim\tUS\tmeetsWith\tNicolas Maduro\t+\toptional\n"
    "role\tJuan Guaido\tinterim president|acting president\tUnited States\n"
    "quote\tJuan Guaido\tI swear to you\n"
    "quote\tMaduro\tGet out\n";

}  // namespace

TEST_CASE("name keys ignore case, accents and a leading 'the'") {
  CHECK(cg::eval::name_key("The Ministry") == cg::eval::name_key("ministry"));
  CHECK(cg::eval::name_key("Guaidó") == "guaido");
}

TEST_CASE("scoring follows the gold format's rules") {
  const auto out = cg::eval::read_output(write_temp("out.ttl", kOutput));
  REQUIRE(out.ok());
  const auto gold = cg::eval::read_gold(write_temp("gold.tsv", kGold));
  REQUIRE(gold.ok());
  const cg::eval::Score s = cg::eval::score(*out, *gold);
  const auto& claims = s.counts[cg::eval::kClaims];
  CHECK(claims.predicted == 3);  // the duplicate of c/1 counts once
  CHECK(claims.correct == 2);    // c/1, and c/4 (symmetric, optional); c/3 has the wrong polarity
  CHECK(claims.gold == 2);       // optional lines do not count for recall
  CHECK(claims.found == 1);
  const auto& entities = s.counts[cg::eval::kEntities];
  CHECK(entities.predicted == 4);
  CHECK(entities.correct == 3);  // Maduro is not in the gold
  CHECK(entities.found == 3);    // Trump is missed
  CHECK(s.counts[cg::eval::kRoles].found == 1);
  CHECK(s.counts[cg::eval::kQuotes].found == 1);  // punctuation does not matter; Maduro's quote is missed
  CHECK(s.counts[cg::eval::kQuotes].gold == 2);
  std::remove("eval_test_out.ttl");
  std::remove("eval_test_gold.tsv");
}

TEST_CASE("bad gold lines are errors with a position") {
  const auto gold = cg::eval::read_gold(write_temp("bad.tsv", "claim\tUS\trecognizes\tX\t?\trequired\n"));
  REQUIRE_FALSE(gold.ok());
  CHECK(gold.error().where.line == 1);
  std::remove("eval_test_bad.tsv");
}
