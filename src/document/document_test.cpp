// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "document/document.hpp"

using cg::make_document;

TEST_CASE("valid UTF-8 becomes a document with a stable id") {
  auto a = make_document("Headline\n\nBody text.", "a.txt");
  auto b = make_document("Headline\n\nBody text.", "b.txt");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->id == b->id);
  CHECK(a->id.size() == 16);
  CHECK(a->slice(a->headline) == "Headline");
  CHECK(a->slice(a->body) == "\nBody text.");
}

TEST_CASE("no headline when the first line does not stand alone") {
  auto d = make_document("One line.\nAnother line.", "x");
  REQUIRE(d.ok());
  CHECK(d->headline.empty());
  CHECK(d->body.begin == 0);
}

TEST_CASE("invalid UTF-8 is an error naming file, line, column and byte") {
  auto d = make_document("ok line\nab\xFF" "cd", "bad.txt");
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().where.file == "bad.txt");
  CHECK(d.error().where.line == 2);
  CHECK(d.error().where.column == 3);
  CHECK(d.error().where.byte == 10);
  CHECK(d.error().describe().rfind("bad.txt:2:3: invalid UTF-8 (bytes 0xFF)", 0) == 0);
}

TEST_CASE("overlong forms, surrogates and truncated sequences are rejected") {
  CHECK_FALSE(make_document("a\xC0\xAF", "x").ok());
  CHECK_FALSE(make_document("a\xED\xA0\x80", "x").ok());
  CHECK_FALSE(make_document("a\xE2\x82", "x").ok());
  CHECK_FALSE(make_document("a\xF4\x90\x80\x80", "x").ok());  // above U+10FFFF
  CHECK(make_document("a\xF0\x9F\x98\x80", "x").ok());         // an emoji is fine
}

TEST_CASE("NUL bytes are rejected as binary input") {
  auto d = make_document(std::string("text\0more", 9), "x");
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().message.find("NUL") != std::string::npos);
  CHECK(d.error().where.column == 5);
}

TEST_CASE("columns count code points, not bytes") {
  auto d = make_document("Guaidó \xFF", "x");
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().where.column == 8);
  CHECK(d.error().where.byte == 8);
}

TEST_CASE("a byte-order mark is dropped and text is normalized to NFC") {
  auto d = make_document("\xEF\xBB\xBF" "Cafe\xCC\x81", "x");  // e + combining acute
  REQUIRE(d.ok());
  CHECK(d->text == "Caf\xC3\xA9");
  CHECK(d->normalized);
}

TEST_CASE("characters XML does not allow are replaced, offsets unchanged") {
  // (Literals split so that hex escapes end where they should.)
  auto doc = cg::make_document("a\x01" "b\x1f" "\tc\r\n\x7f \xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD", "t");
  REQUIRE(doc.ok());
  CHECK(doc->text == "a b \tc\r\n\x7f \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(doc->code_point_length() == 13);
}

TEST_CASE("code point offsets across block boundaries") {
  std::string text(300, 'a');
  text += "é";
  text += std::string(300, 'b');
  auto d = make_document(text, "x");
  REQUIRE(d.ok());
  CHECK(d->code_point_offset(300) == 300);
  CHECK(d->code_point_offset(302) == 301);
  CHECK(d->code_point_length() == 601);
}

TEST_CASE("empty input is an empty document") {
  auto d = make_document("", "x");
  REQUIRE(d.ok());
  CHECK(d->text.empty());
  CHECK(d->code_point_length() == 0);
}
