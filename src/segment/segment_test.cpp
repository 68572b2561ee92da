// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "segment/segment.hpp"

namespace {

struct Segmented {
  cg::Document doc;
  cg::Segmentation seg;
};

std::unique_ptr<Segmented> run(const std::string& text) {
  auto s = std::make_unique<Segmented>();
  s->doc = std::move(*cg::make_document(text, "t"));
  s->seg = cg::segment(s->doc);
  return s;
}

std::vector<std::string> sentences(const Segmented& s) {
  std::vector<std::string> out;
  for (const cg::Sentence& x : s.seg.sentences) out.emplace_back(s.doc.slice(x.span));
  return out;
}

std::vector<std::string> norms(const Segmented& s) {
  std::vector<std::string> out;
  for (const cg::Token& t : s.seg.tokens) out.push_back(t.norm);
  return out;
}

}  // namespace

TEST_CASE("abbreviations and initials do not end sentences") {
  auto s = run("Mr. Smith met Gen. Jones in St. Louis. George W. Bush spoke. Then U.S. officials left.");
  CHECK(sentences(*s) == std::vector<std::string>{"Mr. Smith met Gen. Jones in St. Louis.", "George W. Bush spoke.",
                                                  "Then U.S. officials left."});
}

TEST_CASE("an acronym at a sentence end before a sentence opener ends it") {
  auto s = run("The sanctions hit the U.S. The move angered Moscow.");
  CHECK(sentences(*s).size() == 2);
}

TEST_CASE("closing quotes stay with their sentence; an ellipsis before lower case does not split") {
  auto s = run("He said: \xE2\x80\x9CWe will win.\xE2\x80\x9D The crowd cheered... and left. Done.");
  CHECK(sentences(*s) == std::vector<std::string>{"He said: \xE2\x80\x9CWe will win.\xE2\x80\x9D",
                                                  "The crowd cheered... and left.", "Done."});
}

TEST_CASE("clitics and possessives are separate tokens with spelt-out norms") {
  auto s = run("Russia\xE2\x80\x99s envoy didn't come; the Tories' plan can't work.");
  CHECK(norms(*s) == std::vector<std::string>{"russia", "'s", "envoy", "did", "not", "come", ";", "the", "tories",
                                              "'", "plan", "can", "not", "work", "."});
}

TEST_CASE("hyphenated words, numbers and dashes") {
  auto s = run("The 35-year-old paid 1,000 dollars \xE2\x80\x93 or 3.5 per cent.");
  CHECK(norms(*s) == std::vector<std::string>{"the", "35-year-old", "paid", "1,000", "dollars", "-", "or", "3.5",
                                              "per", "cent", "."});
  CHECK(s->seg.tokens[3].kind == cg::TokenKind::Number);
  CHECK(s->seg.tokens[5].kind == cg::TokenKind::Dash);
}

TEST_CASE("accents are folded in norms and plain forms keep case") {
  auto s = run("Guaid\xC3\xB3 arrived.");
  CHECK(s->seg.tokens[0].plain == "Guaido");
  CHECK(s->seg.tokens[0].norm == "guaido");
  CHECK(s->seg.tokens[0].capitalized);
}

TEST_CASE("quotations pair curly and straight marks and end with the paragraph") {
  auto s = run("\xE2\x80\x9CYes,\xE2\x80\x9D she said. He said \"no\".\n\n\"Open to the end\nNext paragraph.");
  REQUIRE(s->seg.quotations.size() == 3);
  CHECK(s->doc.slice(s->seg.quotations[0].inner) == "Yes,");
  CHECK(s->doc.slice(s->seg.quotations[1].inner) == "no");
  CHECK(s->seg.quotations[0].closed);
  CHECK_FALSE(s->seg.quotations[2].closed);
}

TEST_CASE("hard-wrapped wire copy keeps paragraphs together") {
  auto s = run("LEADERS AGREE ON PLAN\n\nLONDON - Leaders met today and\nagreed on a plan.\n    A second paragraph\nstarts indented.\n");
  REQUIRE(s->seg.paragraphs.size() == 3);  // headline + two paragraphs
  CHECK(s->seg.sentences[0].headline);
  CHECK(s->seg.sentences[0].shouting);
  CHECK(sentences(*s)[1] == "LONDON - Leaders met today and\nagreed on a plan.");
}

TEST_CASE("one paragraph per line when lines are long") {
  const std::string line(120, 'x');
  auto s = run("First paragraph " + line + ".\nSecond paragraph " + line + ".");
  CHECK(s->seg.paragraphs.size() == 2);
}

TEST_CASE("tokenize_phrase splits like article text") {
  const auto tokens = cg::tokenize_phrase("U.S. State Department");
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].plain == "U.S.");
  CHECK(tokens[0].all_caps);
}

TEST_CASE("a sentence is cut after 256 tokens, so that later stages stay linear") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "word ";
  text += "end. Next sentence.";
  auto s = run(text);
  REQUIRE(s->seg.sentences.size() == 3);
  CHECK(s->seg.sentences[0].last - s->seg.sentences[0].first == 256);
  CHECK(s->seg.sentences[1].last - s->seg.sentences[1].first == 46);  // 44 words, "end", "."
  CHECK(sentences(*s)[2] == "Next sentence.");
}
