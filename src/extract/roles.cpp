// SPDX-License-Identifier: MIT
#include "extract/roles.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "util/text.hpp"

namespace cg {

namespace {

// Offices of a state: with nothing else to go on, they are offices of the
// country the article is about. ("Spokesman" or "chairman" could be of anything.)
constexpr std::array<std::string_view, 12> kNationalOffices = {
    "president", "minister", "secretary", "chancellor", "premier", "king",
    "queen",     "emir",     "sultan",    "ruler",      "prime minister", "vice president"};

bool national_office(std::string_view title) {
  const std::string t = " " + fold_key(title) + " ";
  for (std::string_view office : kNationalOffices) {
    if (t.find(" " + std::string(office) + " ") != std::string::npos) return true;
  }
  return false;
}

class RoleFinder {
 public:
  RoleFinder(const Segmentation& seg, const Recognition& rec, const Resolution& res, const Syntax& syntax,
             const Knowledge& k)
      : seg_(seg), rec_(rec), res_(res), syntax_(syntax), k_(k) {}

  std::vector<Role> run() {
    for (std::uint32_t mi = 0; mi < rec_.mentions.size(); ++mi) {
      const Mention& m = rec_.mentions[mi];
      if (!m.has_title() || m.honorific || m.former) continue;
      if (m.descriptor) {
        apposition(mi);
      } else {
        titled(mi);
      }
    }
    return std::move(roles_);
  }

 private:
  std::optional<std::uint32_t> entity_by_key(std::string_view key) const {
    for (std::uint32_t e = 0; e < res_.entities.size(); ++e) {
      if (res_.entities[e].key == key) return e;
    }
    return std::nullopt;
  }

  std::int32_t qualifier_entity(const Mention& m) const {
    if (m.qualifier < 0) return -1;
    return res_.mention_entity[static_cast<std::size_t>(m.qualifier)];
  }

  // The country a qualifier mention names through the gazetteer ("Russian"):
  // its key ("country:RU"), or empty.
  std::string qualifier_country(const Mention& q) const {
    for (const std::uint32_t ge : q.known) {
      const KnownEntity& ke = k_.gazetteer.entities()[ge];
      if (ke.type == EntityType::Country && !ke.country.empty()) return "country:" + ke.country;
    }
    return {};
  }

  // "President Nicolas Maduro of Venezuela": the body after "of".
  std::int32_t of_after(std::uint32_t at, std::uint32_t limit, std::uint32_t* end) const {
    if (at + 1 >= limit) return -1;
    const std::string_view w = seg_.tokens[at].norm;
    if (w != "of" && w != "for" && w != "at") return -1;
    const auto list = syntax_.noun_phrases_forward(at + 1, limit, Possessed::No);
    if (!list) {
      // "spokesman for the Medical Foundation": the body inside a description
      // that resolve made of the whole phrase.
      std::uint32_t x = at + 1;
      if (x < limit && syntax_.is(x, WordClass::Determiner)) ++x;
      const std::int32_t r = x < limit ? res_.token_reference[x] : -1;
      if (r < 0) return -1;
      const Reference& ref = res_.references[static_cast<std::size_t>(r)];
      if (ref.kind != ReferenceKind::Description || res_.entities[ref.entity].type == EntityType::Person) return -1;
      *end = ref.last;
      return static_cast<std::int32_t>(ref.entity);
    }
    const std::uint32_t e = list->items.front().entity;
    if (res_.entities[e].type == EntityType::Person) return -1;
    *end = list->items.size() == 1 ? list->last : list->items.front().last;
    return static_cast<std::int32_t>(e);
  }

  void add(std::uint32_t person, const Mention& m, std::int32_t organization, std::string known,
           std::uint32_t first, std::uint32_t last) {
    if (res_.entities[person].type != EntityType::Person) return;
    if (organization >= 0 && static_cast<std::uint32_t>(organization) == person) return;
    Role r;
    r.person = person;
    r.title = m.title;
    r.organization = organization;
    r.known_organization = organization >= 0 ? std::string() : std::move(known);
    r.evidence = Span{seg_.tokens[first].span.begin, seg_.tokens[last - 1].span.end};
    const auto key = std::make_tuple(r.person, fold_key(r.title), r.organization, r.known_organization);
    if (!seen_.insert(key).second) return;
    roles_.push_back(std::move(r));
  }

  void titled(std::uint32_t mi) {
    const Mention& m = rec_.mentions[mi];
    const std::int32_t person = res_.mention_entity[mi];
    if (person < 0) return;
    const Entity& p = res_.entities[static_cast<std::size_t>(person)];
    const std::uint32_t limit = seg_.sentences[m.sentence].last;
    std::uint32_t last = m.last;
    std::int32_t org = qualifier_entity(m);
    std::uint32_t first = m.qualifier >= 0 ? rec_.mentions[static_cast<std::size_t>(m.qualifier)].first : m.title_first;
    std::string known;
    // The body a gazetteer key names: its entity in this article, else the key.
    const auto body_by_key = [&](const std::string& key) {
      if (const auto e = entity_by_key(key)) org = static_cast<std::int32_t>(*e);
      else known = key;
    };
    const auto unknown = [&] { return org < 0 && known.empty(); };
    // "Russian Deputy Foreign Minister X": a demonym that acts nowhere has no
    // entity of its own, but still names the country of the office.
    if (org < 0 && m.qualifier >= 0) {
      if (const std::string key = qualifier_country(rec_.mentions[static_cast<std::size_t>(m.qualifier)]); !key.empty()) {
        body_by_key(key);
      }
    }
    if (unknown()) org = of_after(m.last, limit, &last);
    // "Putin's spokesman Dmitry Peskov", "the ministry's spokesman X": the
    // possessor's body, or a person's country.
    if (unknown() && m.title_first >= 2 && seg_.tokens[m.title_first - 1].kind == TokenKind::Possessive) {
      if (const auto owner = syntax_.argument_ending_at(m.title_first - 1)) {
        const Entity& e = res_.entities[owner->entity];
        if (e.type != EntityType::Person) org = static_cast<std::int32_t>(owner->entity);
        else if (!e.country.empty()) body_by_key("country:" + e.country);
        first = std::min(first, owner->first);
      }
    }
    if (org < 0 && !m.implied_by_title.empty()) body_by_key(m.implied_by_title);
    if (unknown() && !p.country.empty() && national_office(m.title)) body_by_key("country:" + p.country);
    if (unknown() && national_office(m.title)) org = res_.main_country;
    add(static_cast<std::uint32_t>(person), m, org, known, first, last);
  }

  // "X, the head of Y," and "the head of Y, X,".
  void apposition(std::uint32_t mi) {
    const Mention& d = rec_.mentions[mi];
    const Sentence& s = seg_.sentences[d.sentence];
    std::uint32_t end = d.title_last;
    std::int32_t org = qualifier_entity(d);
    if (org < 0 && d.qualifier >= 0) return;  // qualified by something that is not an entity
    if (org < 0) org = of_after(d.title_last, s.last, &end);
    // Skip a parenthesised acronym after the body: "(OAS)".
    if (end + 2 < s.last && seg_.tokens[end].text == "(" && seg_.tokens[end + 2].text == ")") end += 3;
    std::uint32_t start = d.qualifier >= 0 ? rec_.mentions[static_cast<std::size_t>(d.qualifier)].first : d.title_first;
    if (start > s.first && syntax_.is(start - 1, WordClass::Determiner)) --start;
    // Before: "Juan Guaido, the head of …"
    if (start > s.first + 1 && seg_.tokens[start - 1].norm_is(",")) {
      if (const auto person = syntax_.argument_ending_at(start - 1)) {
        if (res_.entities[person->entity].type == EntityType::Person) {
          add(person->entity, d, org, {}, person->first, end);
          return;
        }
      }
    }
    // After: "the head of the OAS, Luis Almagro, …"
    if (end + 1 < s.last && seg_.tokens[end].norm_is(",")) {
      if (const auto person = syntax_.argument_at(end + 1)) {
        if (res_.entities[person->entity].type == EntityType::Person) {
          add(person->entity, d, org, {}, start, person->last);
        }
      }
    }
  }

  const Segmentation& seg_;
  const Recognition& rec_;
  const Resolution& res_;
  const Syntax& syntax_;
  const Knowledge& k_;
  std::vector<Role> roles_;
  std::set<std::tuple<std::uint32_t, std::string, std::int32_t, std::string>> seen_;
};

}  // namespace

std::vector<Role> find_roles(const Segmentation& seg, const Recognition& rec, const Resolution& res,
                             const Syntax& syntax, const Knowledge& knowledge) {
  return RoleFinder(seg, rec, res, syntax, knowledge).run();
}

}  // namespace cg
