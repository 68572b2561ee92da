// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <string>

#include "../../test/unit/support.hpp"
#include "graph/term.hpp"
#include "graph/vocabulary.hpp"

using cg::Iri;
using cg::Literal;

TEST_CASE("IRIs: absolute, and free of characters the syntaxes forbid") {
  CHECK(Iri::make("https://example.org/a/b#c").ok());
  CHECK(Iri::make("urn:x-test:1").ok());
  CHECK(Iri::make("https://example.org/%C3%A9").ok());
  CHECK(Iri::make("https://example.org/é").ok());
  for (const char* bad : {"", "relative/path", "1http://x", "http://a b", "http://a<b", "http://a>b", "http://a\"b",
                          "http://a{b", "http://a}b", "http://a|b", "http://a^b", "http://a`b", "http://a\\b",
                          "http://a\tb", "http://a%zz", "http://a%4", "http://a\xFF"}) {
    CHECK_MESSAGE(!Iri::make(bad).ok(), bad);
  }
}

TEST_CASE("language tags") {
  CHECK(cg::is_valid_language_tag("en"));
  CHECK(cg::is_valid_language_tag("en-gb"));
  CHECK_FALSE(cg::is_valid_language_tag("en us"));
  CHECK_FALSE(cg::is_valid_language_tag("en_US"));
  CHECK_FALSE(cg::is_valid_language_tag("EN"));
  CHECK_FALSE(cg::is_valid_language_tag(""));
  CHECK_FALSE(cg::is_valid_language_tag("en-"));
}

TEST_CASE("literals refuse invalid UTF-8") {
  CHECK(Literal::plain("ok \"quoted\"\n").ok());
  CHECK_FALSE(Literal::plain("bad \xC3\x41").ok());
  CHECK_FALSE(Literal::tagged("x", "e n").ok());
  CHECK(Literal::non_negative(42).text() == "42");
}

namespace {

const std::string kCg(cg::vocab::kCg);
const std::string kRdf(cg::vocab::kRdf);
const std::string kProv(cg::vocab::kProv);
const std::string kNif(cg::vocab::kNif);
const std::string kSchema(cg::vocab::kSchema);
const std::string kBase = "https://example.org/kg/";

// Statements matching the pattern ("" matches anything) in `graph` ("" for
// any graph).
std::size_t count(const cg::ArticleGraph& g, const std::string& s, const std::string& p, const std::string& o,
                  const std::string& graph = "") {
  const cg::Model& m = g.model;
  cg::Node sn = s.empty() ? cg::Node() : m.iri(Iri::trusted(s));
  cg::Node pn = p.empty() ? cg::Node() : m.iri(Iri::trusted(p));
  cg::Node on = o.empty() ? cg::Node() : m.iri(Iri::trusted(o));
  cg::Node gn = graph.empty() ? cg::Node() : m.iri(Iri::trusted(graph));
  return sord_count(m.get(), sn.get(), pn.get(), on.get(), gn.get());
}

cg::ArticleGraph graph_of(const cg::Analysis& a, const cg::GraphOptions& options, const cg::World& world) {
  return cg::build_graph(a.document, a.segmentation, a.resolution, a.extraction, cg::test::knowledge(), options,
                         world);
}

cg::GraphOptions at_base() {
  cg::GraphOptions options;
  options.base = Iri::trusted(kBase);
  return options;
}

}  // namespace

TEST_CASE("claims become cg:Claim nodes; only positive asserted ones are also plain triples") {
  auto a = cg::test::run("Brazil backs Guaido. Cuba does not recognize Guaido. Peru will recognize Guaido.");
  cg::World world;
  const cg::ArticleGraph m = graph_of(*a, at_base(), world);
  const std::string brazil = kBase + "entity/brazil", cuba = kBase + "entity/cuba", peru = kBase + "entity/peru";
  const std::string guaido = kBase + "entity/juan-guaido";
  CHECK(count(m, "", kRdf + "type", kCg + "Claim") == 3);
  CHECK(count(m, brazil, kCg + "supports", guaido) == 1);
  CHECK(count(m, cuba, kCg + "recognizes", guaido) == 0);
  CHECK(count(m, peru, kCg + "recognizes", guaido) == 0);
  CHECK(count(m, "", kCg + "polarity", kCg + "Negative") == 1);
  CHECK(count(m, "", kCg + "modality", kCg + "Future") == 1);
  CHECK(count(m, "", kCg + "evidence", "") == 3);
  CHECK(count(m, brazil, "http://www.w3.org/2002/07/owl#sameAs", "http://www.wikidata.org/entity/Q155") == 1);
}

TEST_CASE("every claim links to its CAMEO concept; attacks by states are fights, others assaults") {
  auto a = cg::test::run("Chile condemned Maduro. Russia attacked Ukraine. Hezbollah bombed Israel.");
  cg::World world;
  const cg::ArticleGraph m = graph_of(*a, at_base(), world);
  const std::string cameo(cg::vocab::kCameo);
  CHECK(count(m, "", kCg + "eventType", "") == count(m, "", kRdf + "type", kCg + "Claim"));
  CHECK(count(m, "", kCg + "eventType", cameo + "111") == 1);
  CHECK(count(m, "", kCg + "eventType", cameo + "19") == 1);
  CHECK(count(m, "", kCg + "eventType", cameo + "18") == 1);
}

TEST_CASE("quotes are attributed to their speaker; claims, quotes and roles carry modality and provenance") {
  auto a = cg::test::run("\"We will never give in to such pressure,\" said Foreign Minister Sergei Lavrov. "
                         "Chile condemned Maduro.");
  cg::World world;
  const cg::ArticleGraph m = graph_of(*a, at_base(), world);
  const std::string lavrov = kBase + "entity/sergei-lavrov";
  const std::size_t quotes = count(m, "", kRdf + "type", kCg + "Quote");
  const std::size_t roles = count(m, "", kRdf + "type", kCg + "Role");
  const std::size_t claims = count(m, "", kRdf + "type", kCg + "Claim");
  REQUIRE(quotes == 1);
  REQUIRE(roles == 1);
  REQUIRE(claims == 1);
  CHECK(count(m, "", kProv + "wasAttributedTo", lavrov) == 1);
  CHECK(count(m, "", kCg + "speaker", lavrov) == 1);
  CHECK(count(m, "", kCg + "modality", "") == quotes + roles + claims);
  CHECK(count(m, "", kProv + "wasDerivedFrom", m.article.str()) == quotes + roles + claims);
  CHECK(count(m, "", kCg + "evidence", "") == quotes + roles + claims);
}

TEST_CASE("entity descriptions go in the shared graph, the article's statements in its own") {
  auto a = cg::test::run("Brazil backs Guaido.");
  cg::World world;
  const cg::ArticleGraph m = graph_of(*a, at_base(), world);
  CHECK(m.entities.str() == kBase + "graph/entities");
  const std::string brazil = kBase + "entity/brazil";
  const std::string rdfs_label = "http://www.w3.org/2000/01/rdf-schema#label";
  CHECK(count(m, brazil, kRdf + "type", kCg + "Country", m.entities.str()) == 1);
  CHECK(count(m, "", rdfs_label, "", m.article.str()) == 0);
  CHECK(count(m, brazil, kCg + "supports", "", m.article.str()) == 1);
  CHECK(count(m, "", kRdf + "type", kCg + "Claim", m.article.str()) == 1);
  CHECK(count(m, "", "", "", m.article.str()) + count(m, "", "", "", m.entities.str()) == m.model.size());
}

TEST_CASE("the article's text, date and URL only when given; mentions only when asked") {
  auto a = cg::test::run("Peru praised Guaido. He thanked Peru.");
  cg::World world;
  const cg::ArticleGraph plain = graph_of(*a, at_base(), world);
  CHECK(count(plain, "", kNif + "isString", "") == 0);
  CHECK(count(plain, "", kSchema + "datePublished", "") == 0);
  CHECK(count(plain, "", kRdf + "type", kNif + "Phrase") == 0);

  a->document.date = "2019-01-24";
  a->document.url = "https://example.org/news/1";
  cg::GraphOptions options = at_base();
  options.include_text = true;
  options.mentions = true;
  const cg::ArticleGraph full = graph_of(*a, options, world);
  CHECK(count(full, full.article.str(), kNif + "isString", "") == 1);
  CHECK(count(full, full.article.str(), kSchema + "url", "https://example.org/news/1") == 1);
  const cg::Node date_predicate = full.model.iri(Iri::trusted(kSchema + "datePublished"));
  CHECK(sord_count(full.model.get(), nullptr, date_predicate.get(), nullptr, nullptr) == 1);
  // Peru, Guaido, He, Peru: four mentions, each a phrase naming its entity.
  CHECK(count(full, "", kRdf + "type", kNif + "Phrase") == 4);
  CHECK(count(full, "", "http://www.w3.org/2005/11/its/rdf#taIdentRef", kBase + "entity/juan-guaido") == 2);
}

TEST_CASE("the same input gives the same IRIs") {
  auto a = cg::test::run("Chile condemned Maduro.");
  auto b = cg::test::run("Chile condemned Maduro.");
  cg::World world;
  const cg::ArticleGraph ma = graph_of(*a, {}, world);
  const cg::ArticleGraph mb = graph_of(*b, {}, world);
  CHECK(ma.model.size() == mb.model.size());
  CHECK(ma.model.size() > 10);
  cg::Iter it(sord_begin(ma.model.get()));
  for (; !it.end(); it.next()) {
    SordQuad q = {it.node(SORD_SUBJECT), it.node(SORD_PREDICATE), it.node(SORD_OBJECT), it.node(SORD_GRAPH)};
    CHECK(sord_contains(mb.model.get(), q));
  }
}

TEST_CASE("dates are checked") {
  CHECK(Literal::date("2019-01-24").ok());
  CHECK(Literal::date("2020-02-29").ok());
  CHECK_FALSE(Literal::date("2019-02-29").ok());
  CHECK_FALSE(Literal::date("2019-13-01").ok());
  CHECK_FALSE(Literal::date("2019-1-24").ok());
  CHECK_FALSE(Literal::date("24/01/2019").ok());
  CHECK_FALSE(Literal::date("2019-01-2x").ok());
}
