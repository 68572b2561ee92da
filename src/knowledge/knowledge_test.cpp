// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>

#include "../../test/unit/support.hpp"
#include "knowledge/relations.hpp"
#include "knowledge/words.hpp"

using cg::test::knowledge;

TEST_CASE("the built-in data loads") {
  const cg::Knowledge& k = knowledge();
  CHECK(k.gazetteer.entities().size() > 1000);
  CHECK(k.relations.patterns().size() > 100);
  CHECK(k.relations.modifiers().size() > 20);
}

TEST_CASE("regular inflections, doubling and British spellings") {
  auto forms = [](const char* lemma) {
    std::vector<std::string> out;
    for (const auto& f : cg::regular_inflections(lemma)) out.push_back(f.first);
    return out;
  };
  const auto back = forms("back");
  CHECK(std::find(back.begin(), back.end(), "backed") != back.end());
  CHECK(std::find(back.begin(), back.end(), "backing") != back.end());
  const auto expel = forms("expel");
  CHECK(std::find(expel.begin(), expel.end(), "expelled") != expel.end());
  const auto recognize = forms("recognize");
  CHECK(std::find(recognize.begin(), recognize.end(), "recognised") != recognize.end());
  CHECK(std::find(recognize.begin(), recognize.end(), "recognizing") != recognize.end());
  const auto rally = forms("rally");
  CHECK(std::find(rally.begin(), rally.end(), "rallies") != rally.end());
  CHECK(std::find(rally.begin(), rally.end(), "rallied") != rally.end());
}

TEST_CASE("irregular verbs and verb shapes") {
  const cg::WordClasses& w = knowledge().words;
  CHECK(w.lemma_of("broke") == "break");
  CHECK((w.shapes("broken") & cg::kPast) != 0);
  CHECK((w.shapes("backing") & cg::kGerund) != 0);
  CHECK(w.is("said", cg::WordClass::SpeechVerb));
  CHECK(w.is("the", cg::WordClass::Determiner));
  CHECK_FALSE(w.is("venezuela", cg::WordClass::Determiner));
}

TEST_CASE("gazetteer lookups: countries, their short forms, capitals and demonyms") {
  const cg::Gazetteer& g = knowledge().gazetteer;
  const auto us = g.country("US");
  REQUIRE(us);
  CHECK(g.entities()[*us].wikidata == "Q30");
  for (const char* phrase : {"United States", "U.S.", "US", "America"}) {
    const auto tokens = cg::tokenize_phrase(phrase);
    const auto m = g.longest_match(tokens, 0, tokens.size(), false);
    REQUIRE_MESSAGE(m, phrase);
    CHECK(g.phrases()[m->phrase].entities.front() == *us);
  }
  const auto us_lower = cg::tokenize_phrase("us");
  CHECK_FALSE(g.longest_match(us_lower, 0, 1, false));  // the pronoun is not the country
  const auto venezuelan = cg::tokenize_phrase("Venezuelan");
  const auto m = g.longest_match(venezuelan, 0, 1, false);
  REQUIRE(m);
  CHECK(g.phrases()[m->phrase].role == cg::PhraseRole::Demonym);
  const cg::KnownEntity* caracas = g.find("place:caracas");
  REQUIRE(caracas);
  CHECK(caracas->capital);
  CHECK(caracas->country == "VE");
}

TEST_CASE("titles: offices, portfolios, modifiers, honorifics") {
  const cg::Gazetteer& g = knowledge().gazetteer;
  cg::TitleKind kind{};
  const auto tokens = cg::tokenize_phrase("Secretary of State Mike");
  CHECK(g.match_title(tokens, 0, tokens.size(), &kind) == 3);
  CHECK(kind == cg::TitleKind::Office);
  const auto mr = cg::tokenize_phrase("Mr");
  CHECK(g.match_title(mr, 0, 1, &kind) == 1);
  CHECK(kind == cg::TitleKind::Honorific);
}

TEST_CASE("patterns compile, and passives are derived for simple verb patterns") {
  cg::WordClasses words = knowledge().words;
  auto p = cg::compile_pattern("S ~back O", words);
  REQUIRE(p.ok());
  CHECK(p->anchor == 1);
  CHECK(p->elements[1].words.count("backs") == 1);
  CHECK_FALSE(cg::compile_pattern("S ~back", words).ok());         // no object
  CHECK_FALSE(cg::compile_pattern("S:Planet ~back O", words).ok());  // unknown type
  const auto& patterns = knowledge().relations.patterns();
  const bool passive = std::any_of(patterns.begin(), patterns.end(), [](const cg::RelationPattern& r) {
    return r.passive && r.property == cg::Property::Supports && r.source.rfind("S ~back|", 0) == 0;
  });
  CHECK(passive);
}

TEST_CASE("every relation pattern names a property of the core") {
  for (const auto& p : knowledge().relations.patterns()) {
    CHECK(cg::parse_property(cg::property_name(p.property)).has_value());
  }
}
