// SPDX-License-Identifier: MIT
#include "knowledge/gazetteer.hpp"

#include <algorithm>
#include <array>

#include "knowledge/tsv.hpp"
#include "util/text.hpp"

namespace cg {

namespace {

struct TypeName {
  std::string_view name;
  EntityType type;
};
constexpr std::array kTypeNames = {
    TypeName{"Person", EntityType::Person},
    TypeName{"Country", EntityType::Country},
    TypeName{"Organization", EntityType::Organization},
    TypeName{"GovernmentBody", EntityType::GovernmentBody},
    TypeName{"InternationalOrganization", EntityType::InternationalOrganization},
    TypeName{"ArmedForces", EntityType::ArmedForces},
    TypeName{"PoliticalParty", EntityType::PoliticalParty},
    TypeName{"Group", EntityType::Group},
    TypeName{"Place", EntityType::Place},
};

bool has_upper(std::string_view plain) {
  for (std::size_t i = 0; i < plain.size();) {
    const DecodedChar c = decode_utf8(plain, i);
    if (!c.length) return false;
    if (is_upper(c.code_point)) return true;
    i += c.length;
  }
  return false;
}

std::string field_or_empty(std::string_view f) { return f == "-" ? std::string() : std::string(f); }

// Hyphens do not distinguish names: "Co-operation" is "Cooperation".
std::string without_hyphens(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c != '-') out += c;
  }
  return out;
}

// The key of a phrase's first two folded tokens.
std::string two_token_key(std::string_view first, std::string_view second) {
  std::string key;
  key.reserve(first.size() + 1 + second.size());
  key.append(first);
  key += ' ';
  key.append(second);
  return key;
}

// Whether `text` with its hyphens taken out is `name` (which has none),
// without building the string.
bool equal_without_hyphens(std::string_view text, std::string_view name) {
  std::size_t j = 0;
  for (const char c : text) {
    if (c == '-') continue;
    if (j == name.size() || name[j] != c) return false;
    ++j;
  }
  return j == name.size();
}

}  // namespace

bool is_organization(EntityType type) noexcept {
  switch (type) {
    case EntityType::Organization:
    case EntityType::GovernmentBody:
    case EntityType::InternationalOrganization:
    case EntityType::ArmedForces:
    case EntityType::PoliticalParty:
      return true;
    default:
      return false;
  }
}

bool is_agent(EntityType type) noexcept { return type != EntityType::Place; }

std::string_view type_name(EntityType type) noexcept {
  for (const TypeName& t : kTypeNames) {
    if (t.type == type) return t.name;
  }
  return "Organization";
}

std::optional<EntityType> parse_type(std::string_view name) noexcept {
  for (const TypeName& t : kTypeNames) {
    if (t.name == name) return t.type;
  }
  return std::nullopt;
}

std::uint32_t Gazetteer::add_entity(KnownEntity entity) {
  const auto index = static_cast<std::uint32_t>(entities_.size());
  by_key_.emplace(entity.key, index);
  // Files load countries first, so a country keeps the plain slug.
  entity.slug = slugify(entity.name);
  if (by_slug_.count(entity.slug)) {
    entity.slug += "-" + (entity.country.empty() ? ascii_lower(type_name(entity.type)) : ascii_lower(entity.country));
  }
  for (int n = 2; by_slug_.count(entity.slug); ++n) entity.slug = slugify(entity.name) + "-" + std::to_string(n);
  by_slug_.emplace(entity.slug, index);
  entities_.push_back(std::move(entity));
  return index;
}

void Gazetteer::add_phrase(std::string_view surface, std::uint32_t entity, PhraseRole role) {
  std::vector<Token> tokens = tokenize_phrase(surface);
  if (tokens.empty()) return;
  Phrase phrase;
  phrase.role = role;
  for (const Token& t : tokens) {
    phrase.tokens.push_back(without_hyphens(t.plain));
    phrase.folded.push_back(without_hyphens(t.norm));
    // Lower-case words in a name ("the" Kremlin, Bank "of" England) may be
    // capitalised at a sentence start; capitalised ones must match exactly.
    phrase.fold_case.push_back(!has_upper(t.plain));
  }
  // The same surface form again: one phrase, several candidate entities;
  // a place never shadows a country of the same name ("Singapore").
  auto& bucket = by_first_folded_[phrase.folded.front()].phrases;
  for (std::uint32_t existing : bucket) {
    Phrase& other = phrases_[existing];
    if (other.tokens == phrase.tokens && other.role == role) {
      const EntityType new_type = entities_[entity].type;
      const bool shadowed = std::any_of(other.entities.begin(), other.entities.end(), [&](std::uint32_t e) {
        return e == entity || (new_type == EntityType::Place && entities_[e].type == EntityType::Country);
      });
      if (!shadowed) other.entities.push_back(entity);
      return;
    }
  }
  phrase.entities.push_back(entity);
  bucket.push_back(static_cast<std::uint32_t>(phrases_.size()));
  phrases_.push_back(std::move(phrase));
}

Result<Gazetteer> Gazetteer::load() {
  Gazetteer g;
  auto file = [](std::string_view name) { return data_file(name); };

  // Countries: iso2, iso3, wikidata, name, aliases, demonyms.
  {
    const std::string_view name = "data/gazetteer/countries.tsv";
    auto text = file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 6, [&](const TsvRow& r) -> std::string {
      KnownEntity e;
      e.key = "country:" + std::string(r.fields[0]);
      if (g.by_key_.count(e.key)) return "duplicate country " + std::string(r.fields[0]);
      e.type = EntityType::Country;
      e.wikidata = field_or_empty(r.fields[2]);
      e.name = std::string(r.fields[3]);
      e.country = std::string(r.fields[0]);
      const std::uint32_t idx = g.add_entity(e);
      g.add_phrase(e.name, idx, PhraseRole::Name);
      for (std::string_view a : alternatives(r.fields[4])) g.add_phrase(a, idx, PhraseRole::Name);
      for (std::string_view d : alternatives(r.fields[5])) g.add_phrase(d, idx, PhraseRole::Demonym);
      return {};
    });
    if (!st) return st.error();
  }
  // Organizations: id, type, wikidata, name, aliases, country.
  {
    const std::string_view name = "data/gazetteer/organizations.tsv";
    auto text = file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 6, [&](const TsvRow& r) -> std::string {
      KnownEntity e;
      e.key = "org:" + std::string(r.fields[0]);
      if (g.by_key_.count(e.key)) return "duplicate organization id " + std::string(r.fields[0]);
      const auto type = parse_type(r.fields[1]);
      if (!type || !is_organization(*type)) return "unknown organization type " + std::string(r.fields[1]);
      e.type = *type;
      e.wikidata = field_or_empty(r.fields[2]);
      e.name = std::string(r.fields[3]);
      e.country = field_or_empty(r.fields[5]);
      const std::uint32_t idx = g.add_entity(e);
      g.add_phrase(e.name, idx, PhraseRole::Name);
      for (std::string_view a : alternatives(r.fields[4])) g.add_phrase(a, idx, PhraseRole::Name);
      return {};
    });
    if (!st) return st.error();
  }
  // People: name, wikidata, aliases, country, kind.
  {
    const std::string_view name = "data/gazetteer/people.tsv";
    auto text = file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 5, [&](const TsvRow& r) -> std::string {
      KnownEntity e;
      e.key = "person:" + slugify(r.fields[0]);
      if (g.by_key_.count(e.key)) return {};  // namesakes: the first listed wins
      e.type = EntityType::Person;
      e.name = std::string(r.fields[0]);
      e.wikidata = field_or_empty(r.fields[1]);
      e.country = field_or_empty(r.fields[3]);
      const std::uint32_t idx = g.add_entity(e);
      g.add_phrase(e.name, idx, PhraseRole::Name);
      std::vector<std::string_view> names = alternatives(r.fields[2]);
      names.push_back(r.fields[0]);
      for (std::string_view a : names) {
        if (a != r.fields[0]) g.add_phrase(a, idx, PhraseRole::Name);
        // "Maduro" alone names Nicolas Maduro when no one else is so called;
        // "al-Assad" is also "Assad".
        const std::vector<Token> tokens = tokenize_phrase(a);
        if (tokens.size() < 2) continue;
        // Family name first ("Kim Jong-un", "Xi Jinping"): only in short
        // names whose given name is hyphenated; the list of given names is
        // not loaded yet, so the hyphen is the sign.
        if (tokens.size() <= 3 && tokens.back().plain.find('-') != std::string::npos) {
          auto& first = g.surnames_[tokens.front().norm];
          if (std::find(first.begin(), first.end(), idx) == first.end()) first.push_back(idx);
        }
        std::string surname = tokens.back().norm;
        auto& bucket = g.surnames_[surname];
        if (std::find(bucket.begin(), bucket.end(), idx) == bucket.end()) bucket.push_back(idx);
        for (std::string_view particle : {"al-", "el-", "ad-", "as-", "an-", "ash-"}) {
          if (surname.rfind(particle, 0) == 0 && surname.size() > particle.size() + 2) {
            auto& b2 = g.surnames_[surname.substr(particle.size())];
            if (std::find(b2.begin(), b2.end(), idx) == b2.end()) b2.push_back(idx);
          }
        }
      }
      return {};
    });
    if (!st) return st.error();
  }
  // Places: name, wikidata, country, kind, aliases.
  {
    const std::string_view name = "data/gazetteer/places.tsv";
    auto text = file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 5, [&](const TsvRow& r) -> std::string {
      KnownEntity e;
      e.key = "place:" + slugify(r.fields[0]);
      if (g.by_key_.count(e.key)) e.key += "-" + ascii_lower(r.fields[2]);
      if (g.by_key_.count(e.key)) return {};
      e.type = EntityType::Place;
      e.name = std::string(r.fields[0]);
      e.wikidata = field_or_empty(r.fields[1]);
      e.country = field_or_empty(r.fields[2]);
      e.capital = r.fields[3] == "capital";
      const std::uint32_t idx = g.add_entity(e);
      g.add_phrase(e.name, idx, PhraseRole::Name);
      for (std::string_view a : alternatives(r.fields[4])) g.add_phrase(a, idx, PhraseRole::Name);
      return {};
    });
    if (!st) return st.error();
  }
  // Metonyms: phrase, target key.
  {
    const std::string_view name = "data/gazetteer/metonyms.tsv";
    auto text = file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 2, [&](const TsvRow& r) -> std::string {
      const auto target = g.index_of(r.fields[1]);
      if (!target) return "metonym target " + std::string(r.fields[1]) + " is not in the gazetteer";
      for (std::string_view p : alternatives(r.fields[0])) g.add_phrase(p, *target, PhraseRole::Metonym);
      return {};
    });
    if (!st) return st.error();
  }
  // Generic bodies: kind, type, label, phrases.
  {
    const std::string_view name = "data/gazetteer/bodies.tsv";
    auto text = file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 4, [&](const TsvRow& r) -> std::string {
      BodyKind b;
      b.kind = std::string(r.fields[0]);
      const auto type = parse_type(r.fields[1]);
      if (!type || !is_organization(*type)) return "unknown body type " + std::string(r.fields[1]);
      b.type = *type;
      b.label = std::string(r.fields[2]);
      b.legislature = b.kind == "legislature";
      const auto idx = static_cast<std::uint32_t>(g.body_kinds_.size());
      g.body_kinds_.push_back(b);
      for (std::string_view p : alternatives(r.fields[3])) {
        std::string key;
        const std::vector<Token> tokens = tokenize_phrase(p);
        for (const Token& t : tokens) key += (key.empty() ? "" : " ") + t.norm;
        if (!tokens.empty()) g.body_first_words_.insert(tokens.front().norm);
        g.body_phrases_.emplace(key, idx);
      }
      return {};
    });
    if (!st) return st.error();
  }
  // Titles: phrase, kind, implies.
  {
    const std::string_view name = "data/gazetteer/titles.tsv";
    auto text = file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 3, [&](const TsvRow& r) -> std::string {
      TitleInfo info;
      const std::string_view kind = r.fields[1];
      if (kind == "office") info.kind = TitleKind::Office;
      else if (kind == "honorific") info.kind = TitleKind::Honorific;
      else if (kind == "portfolio") info.kind = TitleKind::Portfolio;
      else if (kind == "modifier") info.kind = TitleKind::Modifier;
      else return "unknown title kind " + std::string(kind);
      if (r.fields[2] != "-") {
        const std::string implied(r.fields[2]);
        const std::string key = implied.size() == 2 ? "country:" + implied : "org:" + implied;
        if (!g.index_of(key)) return "title implies unknown entity " + implied;
        info.implies = key;
      }
      std::string key;
      const std::vector<Token> tokens = tokenize_phrase(r.fields[0]);
      for (const Token& t : tokens) key += (key.empty() ? "" : " ") + t.norm;
      if (!tokens.empty()) g.title_first_words_.insert(tokens.front().norm);
      g.titles_.emplace(key, info);
      return {};
    });
    if (!st) return st.error();
  }
  // Given names: the name and its bearers' sex (F, M or -).
  {
    const std::string_view name = "data/gazetteer/given-names.tsv";
    auto text = file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 2, [&](const TsvRow& r) -> std::string {
      Sex sex = Sex::Unknown;
      if (r.fields[1] == "F") sex = Sex::Female;
      else if (r.fields[1] == "M") sex = Sex::Male;
      else if (r.fields[1] != "-") return "sex must be F, M or -";
      g.given_names_.emplace(strip_accents(r.fields[0]), sex);
      return {};
    });
    if (!st) return st.error();
  }

  g.by_first_folded_.for_each([&](const std::string&, FirstToken& first) {
    std::vector<std::uint32_t>& bucket = first.phrases;
    std::stable_sort(bucket.begin(), bucket.end(), [&](std::uint32_t a, std::uint32_t b) {
      return g.phrases_[a].tokens.size() > g.phrases_[b].tokens.size();
    });
    // Longest first still, in each of the two indexes.
    std::vector<std::uint32_t> single;
    for (const std::uint32_t id : bucket) {
      const Phrase& p = g.phrases_[id];
      if (p.folded.size() >= 2) {
        g.by_first_two_folded_[two_token_key(p.folded[0], p.folded[1])].push_back(id);
        first.longer = true;
      } else {
        single.push_back(id);
      }
    }
    bucket = std::move(single);
  });
  for (const Phrase& p : g.phrases_) {
    if (p.role != PhraseRole::Metonym) continue;
    std::string key;
    for (const std::string& t : p.folded) key += (key.empty() ? "" : " ") + t;
    g.metonyms_.emplace(key, p.entities.front());
  }
  return g;
}

const KnownEntity* Gazetteer::find(std::string_view key) const {
  const auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &entities_[it->second];
}

std::optional<std::uint32_t> Gazetteer::index_of(std::string_view key) const {
  const auto it = by_key_.find(key);
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Gazetteer::person_by_surname(std::string_view folded_surname) const {
  const auto it = surnames_.find(folded_surname);
  if (it == surnames_.end() || it->second.size() != 1) return std::nullopt;
  return it->second.front();
}

std::optional<std::uint32_t> Gazetteer::country(std::string_view iso2) const {
  return index_of("country:" + std::string(iso2));
}

std::optional<PhraseMatch> Gazetteer::longest_match(const std::vector<Token>& tokens,
                                                    std::size_t start, std::size_t end,
                                                    bool ignore_case) const {
  if (start >= end) return std::nullopt;
  std::string first_scratch;
  std::string second_scratch;
  auto folded = [&](std::size_t i, std::string& scratch) -> std::string_view {
    const std::string& norm = tokens[i].norm;
    if (norm.find('-') == std::string::npos) return norm;
    scratch = without_hyphens(norm);
    return scratch;
  };
  const Token& first = tokens[start];
  const auto it = first.norm.find('-') == std::string::npos
                      ? by_first_folded_.find(first.norm, first.norm_hash)
                      : by_first_folded_.find(folded(start, first_scratch));
  if (it == by_first_folded_.end()) return std::nullopt;
  // A phrase of two or more tokens matches only where its second folded
  // token does (an exact match is a folded one too); those come first, as
  // the longer.
  if (it->second.longer && start + 1 < end) {
    const auto longer = by_first_two_folded_.find(two_token_key(it->first, folded(start + 1, second_scratch)));
    if (longer != by_first_two_folded_.end()) {
      if (auto match = first_match(longer->second, tokens, start, end, ignore_case)) return match;
    }
  }
  return first_match(it->second.phrases, tokens, start, end, ignore_case);
}

// The first of `candidates` (longest first) that the tokens at `start` spell.
std::optional<PhraseMatch> Gazetteer::first_match(const std::vector<std::uint32_t>& candidates,
                                                  const std::vector<Token>& tokens, std::size_t start,
                                                  std::size_t end, bool ignore_case) const {
  for (const std::uint32_t id : candidates) {
    const Phrase& p = phrases_[id];
    if (start + p.tokens.size() > end) continue;
    bool match = true;
    for (std::size_t i = 0; i < p.tokens.size() && match; ++i) {
      const Token& t = tokens[start + i];
      const bool hyphenated = t.norm.find('-') != std::string::npos;
      // "ROME, March 3 -": a word in capitals of three letters or more is the
      // name in any case (two-letter ones like "US" must match exactly).
      const bool capitals = t.all_caps && t.norm.size() >= 3;
      if (ignore_case || p.fold_case[i] || capitals) {
        match = hyphenated ? equal_without_hyphens(t.norm, p.folded[i]) : t.norm == p.folded[i];
      } else {
        match = hyphenated ? equal_without_hyphens(t.plain, p.tokens[i]) : t.plain == p.tokens[i];
      }
    }
    if (match) return PhraseMatch{id, static_cast<std::uint32_t>(p.tokens.size())};
  }
  return std::nullopt;
}

std::optional<std::pair<std::uint32_t, std::uint32_t>> Gazetteer::match_body(
    const std::vector<Token>& tokens, std::size_t start, std::size_t end) const {
  constexpr std::size_t kLongest = 5;
  if (start >= end || !body_first_words_.count(tokens[start].norm, tokens[start].norm_hash)) return std::nullopt;
  for (std::size_t len = std::min(kLongest, end - start); len >= 1; --len) {
    std::string key;
    for (std::size_t i = 0; i < len; ++i) key += (i ? " " : "") + tokens[start + i].norm;
    if (const auto it = body_phrases_.find(key); it != body_phrases_.end()) {
      return std::make_pair(it->second, static_cast<std::uint32_t>(len));
    }
  }
  return std::nullopt;
}

const TitleInfo* Gazetteer::title(std::string_view phrase) const {
  const auto it = titles_.find(phrase);
  return it == titles_.end() ? nullptr : &it->second;
}

namespace {
// A word of a title as the title list has it: "Mr." and "Gen." are "Mr" and "Gen".
std::string_view title_word(const Token& token) {
  std::string_view n = token.norm;
  if (n.size() > 1 && n.back() == '.' && n.find('.') == n.size() - 1) n.remove_suffix(1);
  return n;
}
}  // namespace

bool Gazetteer::may_start_title(const Token& token) const {
  const std::string_view word = title_word(token);
  return (word.size() == token.norm.size() ? title_first_words_.count(word, token.norm_hash)
                                           : title_first_words_.count(word)) != 0;
}

std::uint32_t Gazetteer::match_title(const std::vector<Token>& tokens, std::size_t start,
                                     std::size_t end, TitleKind* kind) const {
  constexpr std::size_t kLongest = 5;
  auto word = [&](std::size_t i) { return title_word(tokens[i]); };
  if (start >= end || !may_start_title(tokens[start])) return 0;
  for (std::size_t len = std::min(kLongest, end - start); len >= 1; --len) {
    std::string key;
    for (std::size_t i = 0; i < len; ++i) {
      if (i) key += ' ';
      key += word(start + i);
    }
    if (const TitleInfo* info = title(key)) {
      if (kind) *kind = info->kind;
      return static_cast<std::uint32_t>(len);
    }
  }
  return 0;
}

}  // namespace cg
