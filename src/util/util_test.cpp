// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "util/string_map.hpp"
#include "util/text.hpp"

using namespace cg;

TEST_CASE("a string map finds what was put in, by view, through growth") {
  StringMap<int> map;
  CHECK(map.empty());
  CHECK(map.find("absent") == map.end());
  for (int i = 0; i < 1000; ++i) CHECK(map.try_emplace("key" + std::to_string(i), i).second);
  CHECK(map.size() == 1000);
  for (int i = 0; i < 1000; ++i) {
    const std::string key = "key" + std::to_string(i);
    const auto it = map.find(std::string_view(key));
    REQUIRE(it != map.end());
    CHECK(it->first == key);
    CHECK(it->second == i);
  }
  CHECK(map.count("key1000") == 0);
  CHECK(map.count("") == 0);
  // An existing key keeps its value, as std::unordered_map::try_emplace.
  const auto [it, added] = map.try_emplace("key7", 70);
  CHECK_FALSE(added);
  CHECK(it->second == 7);
  map["key7"] += 1;
  CHECK(map.at("key7") == 8);
  CHECK_THROWS_AS((void)map.at("nope"), std::out_of_range);
}

TEST_CASE("references to entries stay valid as the map grows") {
  StringMap<std::vector<int>> map;
  std::vector<int>& first = map["first"];
  first.push_back(1);
  for (int i = 0; i < 500; ++i) map["k" + std::to_string(i)].push_back(i);
  first.push_back(2);
  CHECK(map.at("first") == std::vector<int>{1, 2});
}

TEST_CASE("a copied map has entries of its own; a moved one keeps them") {
  StringMap<int> original;
  for (int i = 0; i < 40; ++i) original.emplace(std::to_string(i), i);
  StringMap<int> copy = original;
  copy["3"] = 300;
  CHECK(original.at("3") == 3);
  CHECK(copy.at("3") == 300);
  CHECK(copy.at("39") == 39);
  original = copy;
  CHECK(original.at("3") == 300);
  const StringMap<int> moved = std::move(copy);
  CHECK(moved.at("3") == 300);
  CHECK(moved.size() == 40);
}

TEST_CASE("a string set tells members from strangers") {
  StringSet set;
  CHECK(set.insert("said").second);
  CHECK_FALSE(set.insert("said").second);
  CHECK(set.count("said") == 1);
  CHECK(set.count("say") == 0);
  CHECK(set.count("said ") == 0);  // lengths differ
  std::vector<std::string> seen;
  set.insert("told");
  set.for_each([&](const std::string& w) { seen.push_back(w); });
  CHECK(seen == std::vector<std::string>{"said", "told"});  // insertion order
  const StringSet copy = set;
  CHECK(copy.count("told") == 1);
}

TEST_CASE("the short-string hash separates keys that differ in one byte or in length") {
  CHECK(hash_short_string("abcdefgh") != hash_short_string("abcdefgi"));
  CHECK(hash_short_string("abc") != hash_short_string(std::string_view("abc\0", 4)));
  CHECK(hash_short_string("") != hash_short_string(std::string_view("\0", 1)));
  CHECK(hash_short_string("the") == hash_short_string(std::string("the")));
}

TEST_CASE("printable text keeps UTF-8 and shows broken bytes and controls as \\xNN") {
  CHECK(cg::printable("Guaidó, “quoted” — ok") == "Guaidó, “quoted” — ok");
  CHECK(cg::printable("bad \xC3( byte") == "bad \\xC3( byte");
  CHECK(cg::printable("overlong \xC0\xAF") == "overlong \\xC0\\xAF");
  CHECK(cg::printable("esc \x1B[31mred\x7F") == "esc \\x1B[31mred\\x7F");
  CHECK(cg::printable(std::string("nul\0tab\tnewline\n", 16)) == "nul\\x00tab\\x09newline\\x0A");
}
