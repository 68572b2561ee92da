// SPDX-License-Identifier: MIT
#include <algorithm>

#include <doctest/doctest.h>

#include "../../test/unit/support.hpp"

using cg::test::entity;
using cg::test::run;

namespace {

// The entity id of the reference covering the first token whose text is `word`.
std::string referent(const cg::Analysis& a, const std::string& word, int occurrence = 0) {
  for (std::size_t i = 0; i < a.segmentation.tokens.size(); ++i) {
    if (a.segmentation.tokens[i].text != word || occurrence-- > 0) continue;
    const std::int32_t r = a.resolution.token_reference[i];
    if (r < 0) return "";
    return a.resolution.entities[a.resolution.references[static_cast<std::size_t>(r)].entity].id;
  }
  return "?";
}

}  // namespace

TEST_CASE("full names, surnames and honorifics resolve to one person") {
  auto a = run("Opposition leader Leopoldo Lopez spoke. Mr Lopez was cheered, and Lopez waved.");
  const cg::Entity* e = entity(*a, "leopoldo-lopez");
  REQUIRE(e);
  CHECK(referent(*a, "Lopez", 1) == "leopoldo-lopez");
  CHECK(referent(*a, "Lopez", 2) == "leopoldo-lopez");
  CHECK(std::find(e->alt_labels.begin(), e->alt_labels.end(), "Lopez") != e->alt_labels.end());
}

TEST_CASE("a surname in the headline resolves to the full name in the body") {
  auto a = run("Kovacs hits back\n\nPrime Minister Andras Kovacs defended the budget.");
  CHECK(referent(*a, "Kovacs", 0) == "andras-kovacs");
}

TEST_CASE("a capital acting is its country, in the whole article; one that never acts is a place") {
  auto a = run("Moscow rejected the offer. Talks were held in Moscow.");
  CHECK(referent(*a, "Moscow", 0) == "russia");
  CHECK(referent(*a, "Moscow", 1) == "russia");
  const cg::Entity* russia = entity(*a, "russia");
  REQUIRE(russia);
  CHECK(russia->wikidata == "Q159");
  auto b = run("Talks were held in Moscow. Delegates flew to Moscow.");
  CHECK(referent(*b, "Moscow", 0) == "moscow");
  CHECK(referent(*b, "Moscow", 1) == "moscow");
}

TEST_CASE("accents are folded when names are compared") {
  auto a = run("President Luiz Inácio Lula da Silva spoke. Later Luiz Inacio Lula da Silva left.");
  int people = 0;
  for (const cg::Entity& e : a->resolution.entities) people += e.type == cg::EntityType::Person;
  CHECK(people == 1);
}

TEST_CASE("governments, regimes and officials refer to their country or leader") {
  auto a = run("The Maduro regime struck. Russian officials agreed. The Iranian government objected.");
  CHECK(referent(*a, "regime") == "nicolas-maduro");
  CHECK(referent(*a, "officials") == "russia");
  CHECK(referent(*a, "government") == "iran");
}

TEST_CASE("generic bodies belong to the country named with them, else the main country") {
  auto a = run("Peru and Peru and Chile. Chile's foreign ministry protested. The military stayed neutral.");
  CHECK(referent(*a, "ministry") == "foreign-ministry-of-chile");
  CHECK(referent(*a, "military") == "armed-forces-of-peru");
}

TEST_CASE("a description with a title finds the holder of that title") {
  auto a = run("Interim President Jeanine Anez spoke. Bolivia's acting president later left.");
  CHECK(referent(*a, "president", 0) == "jeanine-anez");
}

TEST_CASE("pronouns take the most recent fitting antecedent") {
  auto a = run("Prime Minister Kaja Kallas met the NATO chief. She said it was useful.");
  CHECK(referent(*a, "She") == "kaja-kallas");
}

TEST_CASE("the main country is the most mentioned") {
  auto a = run("Peru voted. Chile and Peru met. Peru won.");
  REQUIRE(a->resolution.main_country >= 0);
  CHECK(a->resolution.entities[static_cast<std::size_t>(a->resolution.main_country)].id == "peru");
}

TEST_CASE("he and she agree in sex with their antecedent, from given names and honorifics") {
  auto a = run("Senator John Dayton praised Maria Fernandes. She thanked him.");
  CHECK(referent(*a, "She") == "maria-fernandes");
  CHECK(referent(*a, "him") == "john-dayton");
  auto b = run("Mr Okafor met Ms Adeyemi. Later he left.");
  CHECK(referent(*b, "he") == "okafor");
}

TEST_CASE("'the North' after a preposition is no one's surname") {
  auto a = run("Oliver North spoke. Seoul wants talks with the North to calm things down.");
  CHECK(referent(*a, "North", 1) == "");
}

TEST_CASE("'the executive' is the body named so before it, not the main country") {
  auto a = run("Britain and the UK government disagree with the Scottish Executive. Critics say the executive is slow.");
  CHECK(referent(*a, "executive") == referent(*a, "Executive"));
  CHECK(referent(*a, "Executive") != "united-kingdom");
}

TEST_CASE("'the president of X' before the holder is named in apposition later") {
  auto a = run("His best hope may be the president of Ruritania, who was in Paris. "
               "Attention turned to Ruritania's new president, Anton Vasek, on Monday.");
  CHECK(referent(*a, "president", 0) == "anton-vasek");
}

TEST_CASE("a person's country from their office") {
  auto a = run("Russian Deputy Foreign Minister Sergei Ryabkov spoke. Congressman Jim Banks replied.");
  const cg::Entity* ryabkov = entity(*a, "sergei-ryabkov");
  const cg::Entity* banks = entity(*a, "jim-banks");
  REQUIRE(ryabkov);
  REQUIRE(banks);
  CHECK(ryabkov->country == "RU");
  CHECK(banks->country == "US");
}
