// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "../../test/unit/support.hpp"

using cg::test::run;

namespace {

const cg::Mention* find(const cg::Analysis& a, const std::string& text) {
  for (const cg::Mention& m : a.recognition.mentions) {
    if (m.text == text) return &m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a title before a capitalised name makes a person, with the title and its qualifier") {
  auto a = run("Chilean Interior Minister Rodrigo Delgado met the press.");
  const cg::Mention* m = find(*a, "Rodrigo Delgado");
  REQUIRE(m);
  CHECK(m->type == cg::EntityType::Person);
  CHECK(m->title == "Interior Minister");
  REQUIRE(m->qualifier >= 0);
  CHECK(a->recognition.mentions[static_cast<std::size_t>(m->qualifier)].text == "Chilean");
}

TEST_CASE("lower-case titles count only for real offices; 'former' is noted") {
  auto a = run("The rally was led by former president Olusegun Obasanjo and a major Ntando Bhekimpilo.");
  const cg::Mention* m = find(*a, "Olusegun Obasanjo");
  REQUIRE(m);
  CHECK(m->former);
  CHECK(m->title == "president");
  const cg::Mention* other = find(*a, "Ntando Bhekimpilo");
  CHECK((other == nullptr || !other->has_title()));
}

TEST_CASE("runs headed by an organization word are organizations, with 'of' inside") {
  auto a = run("A report by the Peruvian Institute of Electoral Studies was published.");
  const cg::Mention* m = find(*a, "Peruvian Institute of Electoral Studies");
  REQUIRE(m);
  CHECK(cg::is_organization(m->type));
  CHECK_FALSE(m->candidate);
}

TEST_CASE("an acronym defined in parentheses names the organization") {
  auto a = run("The Andean Council for Water Rights (ACWR) met. Later the ACWR voted.");
  REQUIRE(a->recognition.acronyms.size() == 1);
  CHECK(a->recognition.acronyms[0].acronym == "ACWR");
  const auto& res = a->resolution;
  int linked = 0;
  for (std::size_t i = 0; i < a->recognition.mentions.size(); ++i) {
    if (a->recognition.mentions[i].text == "ACWR" && res.mention_entity[i] >= 0) {
      CHECK(res.entities[static_cast<std::size_t>(res.mention_entity[i])].label == "Andean Council for Water Rights");
      ++linked;
    }
  }
  CHECK(linked == 2);
}

TEST_CASE("a given name starts a person; sentence-initial function words are not names") {
  auto a = run("Yesterday Maria Sanchez-Ortiz spoke. The Kremlin answered.");
  const cg::Mention* m = find(*a, "Maria Sanchez-Ortiz");
  REQUIRE(m);
  CHECK(m->type == cg::EntityType::Person);
  CHECK_FALSE(m->candidate);
  CHECK(find(*a, "Yesterday") == nullptr);
  const cg::Mention* k = find(*a, "The Kremlin");
  REQUIRE(k);
  CHECK(k->role == cg::PhraseRole::Metonym);
}

TEST_CASE("a title with no name after it is a descriptor") {
  auto a = run("Peru's foreign minister arrived.");
  bool descriptor = false;
  for (const cg::Mention& m : a->recognition.mentions) descriptor = descriptor || (m.descriptor && m.title == "foreign minister");
  CHECK(descriptor);
}
