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

std::size_t count(const cg::Model& m, const std::string& s, const std::string& p, const std::string& o) {
  cg::Node sn = s.empty() ? cg::Node() : m.iri(Iri::trusted(s));
  cg::Node pn = p.empty() ? cg::Node() : m.iri(Iri::trusted(p));
  cg::Node on = o.empty() ? cg::Node() : m.iri(Iri::trusted(o));
  return sord_count(m.get(), sn.get(), pn.get(), on.get(), nullptr);
}

const std::string kCg(cg::vocab::kCg);
const std::string kRdf(cg::vocab::kRdf);
const std::string kBase = "https://example.org/kg/";

}  // namespace

TEST_CASE("claims become cg:Claim nodes; only positive asserted ones are also plain triples") {
  auto a = cg::test::run("Brazil backs Guaido. Cuba does not recognize Guaido. Peru will recognize Guaido.");
  cg::World world;
  cg::GraphOptions options;
  options.base = Iri::trusted(kBase);
  const cg::Model m = cg::build_graph(a->document, a->resolution, a->extraction, cg::test::knowledge(), options, world);
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

TEST_CASE("the same input gives the same IRIs") {
  auto a = cg::test::run("Chile condemned Maduro.");
  auto b = cg::test::run("Chile condemned Maduro.");
  cg::World world;
  const cg::Model ma = cg::build_graph(a->document, a->resolution, a->extraction, cg::test::knowledge(), {}, world);
  const cg::Model mb = cg::build_graph(b->document, b->resolution, b->extraction, cg::test::knowledge(), {}, world);
  CHECK(ma.size() == mb.size());
  CHECK(ma.size() > 10);
  cg::Iter it(sord_begin(ma.get()));
  for (; !it.end(); it.next()) {
    SordQuad q = {it.node(SORD_SUBJECT), it.node(SORD_PREDICATE), it.node(SORD_OBJECT), nullptr};
    CHECK(sord_contains(mb.get(), q));
  }
}
