// SPDX-License-Identifier: MIT
#include "resolve/resolve.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "util/string_map.hpp"
#include "util/text.hpp"

namespace cg {

namespace {

/// How a title is compared when a description looks for its holder: lower
/// case, "acting" and "self-proclaimed" read as "interim", "new" dropped.
std::string normalize_title(std::string_view title) {
  std::string out;
  const std::string folded = fold_key(title);
  for (std::string_view w : split(folded, ' ')) {
    if (w.empty() || w == "new" || w == "top" || w == "the") continue;
    std::string word(w);
    if (word == "acting" || word == "self-proclaimed" || word == "self-declared" ||
        word == "caretaker" || word == "self") {
      word = "interim";
    }
    if (word == "proclaimed" || word == "declared") continue;  // "self proclaimed"
    if (!out.empty() && out.size() >= 7 && out.substr(out.size() - 7) == "interim" && word == "interim") continue;
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

bool ends_with_year_old(std::string_view norm) {
  return norm.size() > 9 && norm.substr(norm.size() - 9) == "-year-old";
}

class Resolver {
 public:
  Resolver(const Document& doc, const Segmentation& seg, const Recognition& rec, const Knowledge& k)
      : doc_(doc), seg_(seg), tokens_(seg.tokens), rec_(rec), k_(k), g_(k.gazetteer), w_(k.words) {
    if (rec.words.size() == tokens_.size()) {
      info_ = rec.words;
    } else {  // a Recognition made by hand (tests)
      info_.reserve(tokens_.size());
      for (const Token& t : tokens_) info_.push_back(w_.info(t.norm, t.norm_hash));
    }
  }

  Resolution run() {
    out_.mention_entity.assign(rec_.mentions.size(), -1);
    main_country_ = find_main_country();
    find_acting_capitals();
    for (std::uint32_t mi = 0; mi < rec_.mentions.size(); ++mi) first_pass(mi);
    for (std::uint32_t mi = 0; mi < rec_.mentions.size(); ++mi) second_pass(mi);
    countries_from_roles();
    bodies();
    governments_and_officials();
    for (std::uint32_t mi = 0; mi < rec_.mentions.size(); ++mi) descriptor(mi);
    year_olds_and_country();
    definite_heads();
    pronouns();
    finish();
    return std::move(out_);
  }

 private:
  [[nodiscard]] bool is(std::uint32_t i, WordClass c) const { return info_[i].is(c); }

  // The country entity of the gazetteer that an ambiguous phrase most likely
  // names: one of the main country when there is such, else the first.
  std::uint32_t choose(const std::vector<std::uint32_t>& known) const {
    if (known.size() > 1 && !main_iso_.empty()) {
      for (std::uint32_t e : known) {
        if (g_.entities()[e].country == main_iso_) return e;
      }
    }
    return known.front();
  }

  // The country the article is mostly about: its name counts three, the
  // country of a known body, person or place named ("Labour", "the Home
  // Office", "Caracas") one; the headline counts double.
  std::int32_t find_main_country() {
    std::map<std::uint32_t, std::pair<int, std::uint32_t>> counts;  // gazetteer index -> (count, first token)
    for (const Mention& m : rec_.mentions) {
      if (m.known.size() != 1) continue;
      const KnownEntity& e = g_.entities()[m.known.front()];
      std::optional<std::uint32_t> country;
      int weight = 1;
      if (e.type == EntityType::Country) {
        country = m.known.front();
        weight = 3;
      } else if (!e.country.empty()) {
        country = g_.country(e.country);
      }
      if (!country) continue;
      auto& c = counts[*country];
      if (c.first == 0) c.second = m.first;
      c.first += weight * (seg_.sentences[m.sentence].headline ? 2 : 1);
    }
    std::int32_t best = -1;
    std::pair<int, std::uint32_t> best_count{0, 0};
    for (const auto& [e, c] : counts) {
      if (c.first > best_count.first || (c.first == best_count.first && c.second < best_count.second)) {
        best = static_cast<std::int32_t>(e);
        best_count = c;
      }
    }
    if (best >= 0) main_iso_ = g_.entities()[static_cast<std::uint32_t>(best)].country;
    return best;
  }

  std::uint32_t entity_for(const std::string& key, EntityType type, const std::string& label,
                           std::uint32_t first_token) {
    if (const auto it = by_key_.find(key); it != by_key_.end()) return it->second;
    Entity e;
    e.key = key;
    e.type = type;
    e.label = label;
    e.first_token = first_token;
    const auto index = static_cast<std::uint32_t>(out_.entities.size());
    out_.entities.push_back(std::move(e));
    by_key_.emplace(key, index);
    return index;
  }

  std::uint32_t known_entity(std::uint32_t gazetteer_index, std::uint32_t first_token) {
    const KnownEntity& ke = g_.entities()[gazetteer_index];
    const std::uint32_t e = entity_for(ke.key, ke.type, ke.name, first_token);
    out_.entities[e].wikidata = ke.wikidata;
    out_.entities[e].country = ke.country;
    return e;
  }

  std::uint32_t main_country_entity(std::uint32_t first_token) {
    return known_entity(static_cast<std::uint32_t>(main_country_), first_token);
  }

  void add_label(std::uint32_t entity, std::string_view surface) {
    labels_[entity].insert(std::string(trim(surface)));
  }

  void add_reference(std::uint32_t first, std::uint32_t last, std::uint32_t entity,
                     ReferenceKind kind, std::int32_t mention) {
    const auto index = static_cast<std::uint32_t>(refs_.size());
    refs_.push_back(Reference{first, last, entity, kind, mention});
    dropped_.push_back(false);
    if (kind == ReferenceKind::Name) {
      if (name_positions_.size() <= entity) {
        name_positions_.resize(entity + 1);
        positions_sorted_.resize(entity + 1, true);
      }
      name_positions_[entity].push_back(first);
      positions_sorted_[entity] = false;
      // Bodies by the last word of the name they were called ("Executive").
      if (last > first) bodies_by_head_[tokens_[last - 1].norm].emplace_back(first, entity);
    }
    starting_.add(first, index);
    ending_.add(last, index);
  }

  // References by token, as lists threaded through two arrays: per token
  // the latest reference there, per reference the one before it at the same
  // token. (A vector per token cost 24 bytes a token and an allocation a
  // reference.)
  struct ByToken {
    std::vector<std::int32_t> latest;   ///< Per token; -1: none.
    std::vector<std::int32_t> earlier;  ///< Per reference; -1: none.
    void reset(std::size_t tokens) {
      latest.assign(tokens, -1);
      earlier.clear();
    }
    void add(std::uint32_t token, std::uint32_t reference) {
      if (earlier.size() <= reference) earlier.resize(reference + 1, -1);
      earlier[reference] = latest[token];
      latest[token] = static_cast<std::int32_t>(reference);
    }
  };

  // The latest live reference at `token` in `by` that passes `keep`.
  template <class Keep>
  std::int32_t latest(const ByToken& by, std::uint32_t token, Keep keep) const {
    for (std::int32_t r = by.latest[token]; r >= 0; r = by.earlier[static_cast<std::size_t>(r)]) {
      if (!dropped_[static_cast<std::size_t>(r)] && keep(refs_[static_cast<std::size_t>(r)])) return r;
    }
    return -1;
  }

  // A capital "acts" for its government unless it follows a preposition or
  // determiner ("in Washington", "the streets of Caracas").
  bool agentive(const Mention& m) const {
    const Sentence& s = seg_.sentences[m.sentence];
    // A dateline ("ROME, March 3 -", "MOSCOW (Reuters) -") places the story.
    if (m.last + 1 < s.last && tokens_[m.last].norm_is(",") &&
        (is(m.last + 1, WordClass::Calendar) || tokens_[m.last + 1].kind == TokenKind::Number)) {
      return false;
    }
    if (m.first == s.first && m.last < s.last && (tokens_[m.last].text == "(" || tokens_[m.last].kind == TokenKind::Dash)) {
      return false;
    }
    if (m.first == s.first) return true;
    const std::uint32_t prev = m.first - 1;
    if (tokens_[prev].kind == TokenKind::Punct && tokens_[prev].norm_is(",")) {
      return true;
    }
    // "pledged that Beijing would …": "that" opens a clause here, it determines nothing.
    if (tokens_[prev].norm_is("that") && m.last < s.last &&
        (is(m.last, WordClass::Auxiliary) || (info_[m.last].shapes & (kThird | kPast)) != 0)) {
      return true;
    }
    return !(is(prev, WordClass::Preposition) || is(prev, WordClass::Determiner));
  }

  void link_mention(std::uint32_t mi, std::uint32_t entity, ReferenceKind kind) {
    const Mention& m = rec_.mentions[mi];
    out_.mention_entity[mi] = static_cast<std::int32_t>(entity);
    if (!m.descriptor) add_label(entity, m.text);
    // "US President Donald Trump" refers to Trump as a whole.
    std::uint32_t first = m.span_first();
    if (m.qualifier >= 0) first = std::min(first, rec_.mentions[static_cast<std::size_t>(m.qualifier)].first);
    add_reference(first, m.last, entity, kind, static_cast<std::int32_t>(mi));
  }

  // Capitals that act somewhere in the article ("Washington said"): there,
  // every mention of them is the country, as readers take it.
  void find_acting_capitals() {
    for (const Mention& m : rec_.mentions) {
      if (m.known.empty() || m.role != PhraseRole::Name || m.descriptor) continue;
      const std::uint32_t ge = choose(m.known);
      const KnownEntity& ke = g_.entities()[ge];
      if (ke.type == EntityType::Place && (ke.capital || g_.metonym(fold_key(m.text))) && agentive(m)) {
        acting_capitals_.insert(ge);
      }
    }
  }

  void first_pass(std::uint32_t mi) {
    const Mention& m = rec_.mentions[mi];
    if (m.descriptor) return;
    if (!m.known.empty()) {
      if (m.role == PhraseRole::Demonym) return;  // only with a government noun, see below
      const std::uint32_t ge = choose(m.known);
      const KnownEntity& ke = g_.entities()[ge];
      if (m.role == PhraseRole::Metonym) {
        link_mention(mi, known_entity(ge, m.first), ReferenceKind::Metonym);
        return;
      }
      if (ke.type == EntityType::Place && (agentive(m) || acting_capitals_.count(ge))) {
        if (const auto target = metonym_target(m)) {
          link_mention(mi, known_entity(*target, m.first), ReferenceKind::Metonym);
          return;
        }
        if (ke.capital && !ke.country.empty()) {
          if (const auto c = g_.country(ke.country)) {
            link_mention(mi, known_entity(*c, m.first), ReferenceKind::Metonym);
            return;
          }
        }
      }
      link_mention(mi, known_entity(ge, m.first), ReferenceKind::Name);
      if (ke.type == EntityType::Person) register_person(out_.mention_entity[mi], m);
      return;
    }
    if (m.candidate) return;
    const std::uint32_t words = m.last - m.first;
    if (m.type == EntityType::Person) {
      if (words < 2) return;  // a surname alone: linked in the second pass
      const std::uint32_t e = entity_for("name:" + fold_key(m.text), EntityType::Person, m.text, m.first);
      link_mention(mi, e, ReferenceKind::Name);
      register_person(static_cast<std::int32_t>(e), m);
      return;
    }
    const std::uint32_t e = entity_for("name:" + fold_key(m.text), m.type, m.text, m.first);
    link_mention(mi, e, ReferenceKind::Name);
    names_[fold_key(m.text)] = e;
  }

  // "Brussels" acting is the EU: a metonym phrase with the same words as a place.
  std::optional<std::uint32_t> metonym_target(const Mention& m) const {
    return g_.metonym(fold_key(m.text));
  }

  void register_person(std::int32_t entity, const Mention& m) {
    if (entity < 0 || m.last - m.first < 1) return;
    const auto e = static_cast<std::uint32_t>(entity);
    names_[fold_key(m.text)] = e;
    const std::string surname = fold_key(tokens_[m.last - 1].plain);
    auto& list = surnames_[surname];
    if (std::find(list.begin(), list.end(), e) == list.end()) list.push_back(e);
    if (m.last - m.first >= 2 && m.last - m.first <= 3) {
      // Family name first ("Kim Jong-un", "Xi Jinping", "Wang Yi"): a first
      // word that is no given name, or before a hyphenated given name.
      const Token& head = tokens_[m.first];
      const bool hyphenated = tokens_[m.last - 1].plain.find('-') != std::string::npos;
      if (!g_.is_given_name(head.plain) || hyphenated) {
        auto& lf = surnames_[fold_key(head.plain)];
        if (std::find(lf.begin(), lf.end(), e) == lf.end()) lf.push_back(e);
      }
    }
    if (m.last - m.first >= 2) {
      // The canonical name's surname too ("Nicolas Maduro Moros" -> "Moros" and "Maduro").
      const std::string& label = out_.entities[e].label;
      const auto space = label.rfind(' ');
      if (space != std::string::npos) {
        auto& l2 = surnames_[fold_key(label.substr(space + 1))];
        if (std::find(l2.begin(), l2.end(), e) == l2.end()) l2.push_back(e);
      }
    }
  }

  // The person a surname names: the most recent one before, else the first after.
  std::optional<std::uint32_t> person_by_surname(std::string_view surname, std::uint32_t at) const {
    const auto it = surnames_.find(fold_key(surname));
    if (it == surnames_.end() || it->second.empty()) return std::nullopt;
    std::optional<std::uint32_t> before;
    std::optional<std::uint32_t> after;
    for (std::uint32_t e : it->second) {
      const std::uint32_t first = out_.entities[e].first_token;
      if (first <= at) {
        if (!before || out_.entities[*before].first_token < first) before = e;
      } else if (!after || out_.entities[*after].first_token > first) {
        after = e;
      }
    }
    return before ? before : after;
  }

  // Capitalised words that a person's context names a person: next to a
  // speech verb ("said Ana Ruiz", "Ana Ruiz told"), or in apposition with a
  // title ("Ana Ruiz, the finance minister," / "the head of X, Ana Ruiz,").
  bool person_context(const Mention& m) const {
    const Sentence& s = seg_.sentences[m.sentence];
    if (m.last < s.last && is(m.last, WordClass::SpeechVerb)) return true;
    if (m.first > s.first && is(m.first - 1, WordClass::SpeechVerb)) return true;
    if (m.first > s.first + 1 && tokens_[m.first - 1].norm_is("to") && tokens_[m.first - 2].norm_is("according")) {
      return true;
    }
    for (const std::uint32_t di : descriptors_by_sentence_[m.sentence]) {
      const Mention& d = rec_.mentions[di];
      // After: "Ana Ruiz, the finance minister"
      if (m.last < s.last && tokens_[m.last].norm_is(",") && d.title_first > m.last && d.title_first <= m.last + 4) {
        return true;
      }
      // Before: "the head of the World Bank, Ajay Banga"
      if (m.first > s.first + 1 && tokens_[m.first - 1].norm_is(",") && d.title_last < m.first &&
          m.first - d.title_last <= 12) {
        bool verb = false;
        for (std::uint32_t i = d.title_last; i + 1 < m.first; ++i) {
          if (info_[i].shapes & (kThird | kPast)) verb = true;
        }
        if (!verb) return true;
      }
    }
    return false;
  }

  // Whether the word at `i` is a noun that a name before it qualifies ("the
  // Obama administration"), not a function word ("talks with the North to").
  bool names_a_body(std::uint32_t i) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::Word || tokens_[i].capitalized) return false;
    return !(is(i, WordClass::Preposition) || is(i, WordClass::Conjunction) || is(i, WordClass::Auxiliary) ||
             is(i, WordClass::Relative) || is(i, WordClass::Subordinator) || is(i, WordClass::Adverb) ||
             tokens_[i].norm_is("to") || (info_[i].shapes & (kThird | kPast)) != 0);
  }

  void second_pass(std::uint32_t mi) {
    const Mention& m = rec_.mentions[mi];
    if (m.descriptor || out_.mention_entity[mi] >= 0 || !m.known.empty()) return;
    const std::string key = fold_key(m.text);
    // Acronyms defined in the text (the first definition of each counts).
    if (const auto found = acronym_definitions_.find(key); found != acronym_definitions_.end()) {
      const AcronymDefinition& d = rec_.acronyms[found->second];
      std::int32_t target = out_.mention_entity[d.mention];
      if (target < 0) {
        const Mention& def = rec_.mentions[d.mention];
        const EntityType type = def.candidate || def.type == EntityType::Person ? EntityType::Organization : def.type;
        target = static_cast<std::int32_t>(entity_for("name:" + fold_key(def.text), type, def.text, def.first));
        link_mention(d.mention, static_cast<std::uint32_t>(target), ReferenceKind::Name);
      }
      link_mention(mi, static_cast<std::uint32_t>(target), ReferenceKind::Name);
      return;
    }
    // Names seen in full elsewhere in the article.
    if (const auto it = names_.find(key); it != names_.end()) {
      link_mention(mi, it->second, ReferenceKind::Name);
      return;
    }
    // "the North", "the Left": a word after "the" is no one's surname,
    // unless it names whose body follows ("the Obama administration").
    if (m.candidate && m.first > 0 && tokens_[m.first - 1].norm_is("the") && !names_a_body(m.last)) return;
    if (m.last - m.first == 1) {
      if (const auto p = person_by_surname(m.text, m.first)) {
        link_mention(mi, *p, ReferenceKind::Name);
        return;
      }
      // A surname the gazetteer gives to one well-known person only; one it
      // gives to several ("Bush") still names a person, just not which.
      if (m.type == EntityType::Person || m.candidate) {
        const std::string surname = fold_key(tokens_[m.first].plain);
        if (const auto known = g_.person_by_surname(surname)) {
          const std::uint32_t e = known_entity(*known, m.first);
          link_mention(mi, e, ReferenceKind::Name);
          register_person(static_cast<std::int32_t>(e), m);
          return;
        }
        if (m.candidate && g_.is_surname(surname) && !seg_.sentences[m.sentence].headline) {
          const std::uint32_t e = entity_for("name:" + key, EntityType::Person, m.text, m.first);
          link_mention(mi, e, ReferenceKind::Name);
          register_person(static_cast<std::int32_t>(e), m);
          return;
        }
      }
      if (!m.candidate && m.type == EntityType::Person) {
        // A titled surname nobody named in full: "President Obama".
        const std::uint32_t e = entity_for("name:" + key, EntityType::Person, m.text, m.first);
        link_mention(mi, e, ReferenceKind::Name);
        register_person(static_cast<std::int32_t>(e), m);
      }
      return;
    }
    if (m.candidate && !seg_.sentences[m.sentence].headline && person_context(m)) {
      const std::uint32_t e = entity_for("name:" + key, EntityType::Person, m.text, m.first);
      link_mention(mi, e, ReferenceKind::Name);
      register_person(static_cast<std::int32_t>(e), m);
    }
  }

  // The country a phrase ending before `at` is tied to: an adjacent country
  // or demonym mention, possibly with "'s" and adjectives between; "the
  // country's" for the main country. Returns the first token of the qualifier.
  std::optional<std::pair<std::string, std::uint32_t>> country_before(std::uint32_t at,
                                                                      std::uint32_t sentence_first) const {
    std::uint32_t j = at;
    int adjectives = 0;
    while (j > sentence_first) {
      const std::uint32_t p = j - 1;
      const Token& t = tokens_[p];
      if (t.kind == TokenKind::Possessive) {
        j = p;
        continue;
      }
      if (const Mention* m = mention_ending_at(p + 1)) {
        if (!m->known.empty()) {
          const KnownEntity& ke = g_.entities()[choose(m->known)];
          if (ke.type == EntityType::Country) return std::make_pair(ke.country, m->first);
          if (ke.type == EntityType::Place && ke.capital) return std::make_pair(ke.country, m->first);
        }
        return std::nullopt;
      }
      if (t.kind == TokenKind::Word && (t.norm_is("country") || t.norm_is("nation")) && p > sentence_first &&
          tokens_[p - 1].norm_is("the") && j < at && tokens_[j].kind == TokenKind::Possessive) {
        if (main_country_ >= 0) return std::make_pair(main_iso_, p - 1);
        return std::nullopt;
      }
      if (t.kind == TokenKind::Word && !t.capitalized && adjectives < 3 &&
          !is(p, WordClass::Determiner) && !is(p, WordClass::Preposition) && !is(p, WordClass::Possessive) &&
          !is(p, WordClass::Conjunction) && !info_[p].is_verb_form()) {
        ++adjectives;
        j = p;
        continue;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  const Mention* mention_ending_at(std::uint32_t end) const {
    const auto it = mention_by_end_.find(end);
    return it == mention_by_end_.end() ? nullptr : &rec_.mentions[it->second];
  }

  // Span start: a determiner right before `first` belongs to the description.
  std::uint32_t with_determiner(std::uint32_t first, std::uint32_t sentence_first) const {
    if (first > sentence_first && is(first - 1, WordClass::Determiner)) return first - 1;
    return first;
  }

  bool covered(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t i = first; i < last; ++i) {
      if (mention_token_[i]) return true;
    }
    return false;
  }

  // Generic bodies: "the armed forces", "Russia's foreign ministry".
  void bodies() {
    for (const Sentence& s : seg_.sentences) {
      for (std::uint32_t i = s.first; i < s.last; ++i) {
        if (tokens_[i].kind != TokenKind::Word || mention_token_[i]) continue;
        const auto match = g_.match_body(tokens_, i, s.last);
        if (!match) continue;
        const auto [body_index, length] = *match;
        if (covered(i, i + length)) continue;
        const BodyKind& body = g_.body_kinds()[body_index];
        const auto qualifier = country_before(i, s.first);
        // "the military", "Russia's army"; plural forces need no article
        // ("troops loyal to Maduro").
        const std::string_view head = tokens_[i + length - 1].norm;
        const bool bare = head == "troops" || head == "soldiers" || head == "forces";
        const bool determined = (i > s.first && (tokens_[i - 1].norm_is("the") || qualifier)) || bare;
        if (!determined) continue;
        std::string iso = qualifier ? qualifier->first : main_iso_;
        if (iso.empty()) continue;
        std::uint32_t first = qualifier ? qualifier->second : (i > s.first && tokens_[i - 1].norm_is("the") ? i - 1 : i);
        first = with_determiner(first, s.first);
        std::uint32_t entity = 0;
        bool named = false;
        if (body.legislature) {
          // The article's own name for it ("National Assembly").
          for (std::uint32_t e = 0; e < out_.entities.size(); ++e) {
            const Entity& ent = out_.entities[e];
            if (!is_organization(ent.type)) continue;
            if (!ent.country.empty() && ent.country != iso) continue;
            const std::string name = fold_key(ent.label);
            for (std::string_view head : {"assembly", "parliament", "congress", "duma", "knesset", "bundestag", "diet", "majlis", "sejm", "rada", "cortes", "storting", "riksdag", "althing", "folketing", "lok sabha"}) {
              if (name.find(head) != std::string::npos) {
                entity = e;
                named = true;
                break;
              }
            }
            if (named) break;
          }
        }
        if (!named) {
          const auto country = g_.country(iso);
          if (!country) continue;
          const KnownEntity& ce = g_.entities()[*country];
          entity = entity_for("body:" + body.kind + ":" + iso, body.type, body.label + " of " + ce.name, i);
          out_.entities[entity].country = iso;
        }
        if (!named) add_label(entity, join_tokens(doc_, seg_, i, i + length));
        // A qualifier mention inside the span is replaced by the body.
        drop_references_in(first, i + length);
        add_reference(first, i + length, entity, ReferenceKind::Description, -1);
        mark(first, i + length);
        i += length - 1;
      }
    }
  }

  void drop_references_in(std::uint32_t first, std::uint32_t last) {
    for (std::uint32_t i = first; i < last && i < starting_.latest.size(); ++i) {
      for (std::int32_t r = starting_.latest[i]; r >= 0; r = starting_.earlier[static_cast<std::size_t>(r)]) {
        if (refs_[static_cast<std::size_t>(r)].last <= last) dropped_[static_cast<std::size_t>(r)] = true;
      }
    }
  }

  void mark(std::uint32_t first, std::uint32_t last) {
    for (std::uint32_t i = first; i < last; ++i) mention_token_[i] = true;
  }

  // The body most recently named before `at` whose name ends in `noun`: "the
  // executive" after "the Scottish Executive", "the junta" after "the Military Junta".
  std::optional<std::uint32_t> body_named_with(std::string_view noun, std::uint32_t at) const {
    const auto it = bodies_by_head_.find(noun);
    if (it == bodies_by_head_.end()) return std::nullopt;
    // (sorted by position when the descriptions are resolved)
    const auto& named = it->second;
    auto past = std::lower_bound(named.begin(), named.end(), std::make_pair(at, std::uint32_t{0}));
    while (past != named.begin()) {
      --past;
      if (is_organization(out_.entities[past->second].type)) return past->second;
    }
    return std::nullopt;
  }

  // A person's country from their office, where no gazetteer entry gave one:
  // "Russian Deputy Foreign Minister Sergei Ryabkov" is Russia's, "Secretary
  // of State X" the US's (the title implies its body).
  void countries_from_roles() {
    for (std::uint32_t mi = 0; mi < rec_.mentions.size(); ++mi) {
      const Mention& m = rec_.mentions[mi];
      const std::int32_t e = out_.mention_entity[mi];
      if (e < 0 || m.descriptor || !m.has_title() || m.honorific || m.former) continue;
      Entity& person = out_.entities[static_cast<std::size_t>(e)];
      if (person.type != EntityType::Person || !person.country.empty()) continue;
      std::string iso;
      if (m.qualifier >= 0) {
        const Mention& q = rec_.mentions[static_cast<std::size_t>(m.qualifier)];
        const std::int32_t qe = out_.mention_entity[static_cast<std::size_t>(m.qualifier)];
        if (qe >= 0 && out_.entities[static_cast<std::size_t>(qe)].type == EntityType::Country) {
          iso = out_.entities[static_cast<std::size_t>(qe)].country;
        } else if (!q.known.empty()) {
          const KnownEntity& ke = g_.entities()[choose(q.known)];
          if (ke.type == EntityType::Country) iso = ke.country;
        }
      } else if (m.implied_by_title.rfind("country:", 0) == 0) {
        iso = m.implied_by_title.substr(8);
      }
      if (!iso.empty()) person.country = iso;
    }
  }

  // The capital named in an opening "In Washington," of the sentence.
  std::optional<std::string> locative_country(const Sentence& s) const {
    if (s.last - s.first < 3 || !tokens_[s.first].norm_is("in")) return std::nullopt;
    const auto found = mention_by_first_.find(s.first + 1);
    if (found == mention_by_first_.end()) return std::nullopt;
    const Mention* m = &rec_.mentions[found->second];
    if (m->known.empty()) return std::nullopt;
    const KnownEntity& ke = g_.entities()[choose(m->known)];
    if (ke.type == EntityType::Place && ke.capital) return ke.country;
    if (ke.type == EntityType::Country) return ke.country;
    return std::nullopt;
  }

  // "the Maduro regime", "Maduro's government", "the US government",
  // "Venezuelan authorities", "US officials", "a top administration official".
  void governments_and_officials() {
    bodies_by_head_.for_each([](const std::string&, auto& named) { std::sort(named.begin(), named.end()); });
    for (const Sentence& s : seg_.sentences) {
      for (std::uint32_t i = s.first; i < s.last; ++i) {
        const Token& t = tokens_[i];
        if (t.kind != TokenKind::Word) continue;
        // "the Government" in wire copy is the same as "the government".
        if (t.capitalized && !(i > s.first && tokens_[i - 1].norm_is("the"))) continue;
        const bool government = is(i, WordClass::GovernmentNoun);
        const bool official = is(i, WordClass::OfficialNoun);
        const bool people = t.norm_is("people");
        if (!government && !official && !people) continue;
        if (i == s.first) continue;
        // "Putin's spokesman Dmitry Peskov": the name after it is who is meant.
        if (official && i + 1 < s.last && mention_by_first_.count(i + 1) &&
            rec_.mentions[mention_by_first_.at(i + 1)].type == EntityType::Person) {
          continue;
        }
        std::uint32_t p = i - 1;
        bool possessive = false;
        if (tokens_[p].kind == TokenKind::Possessive && p > s.first) {
          possessive = true;
          --p;
        }
        const Mention* m = mention_ending_at(p + 1);
        const std::int32_t ref = reference_ending_at(p + 1);
        std::optional<std::uint32_t> entity;
        std::uint32_t first = p + 1;
        if (m && ref >= 0) {
          const std::uint32_t e = refs_[static_cast<std::size_t>(ref)].entity;
          const EntityType type = out_.entities[e].type;
          if (type == EntityType::Person && t.norm_is("administration")) {
            // "the Trump administration": a body of its own, named after him.
            // (Copies: entity_for may grow the vector the leader lives in.)
            const std::string label = out_.entities[e].label;
            const std::string key = out_.entities[e].key;
            const std::string country = out_.entities[e].country;
            const std::string surname = label.substr(label.rfind(' ') + 1);
            const std::uint32_t admin =
                entity_for("administration:" + key, EntityType::GovernmentBody, surname + " administration", p);
            out_.entities[admin].country = country;
            add_label(admin, surname + " administration");
            entity = admin;
          } else if (type == EntityType::Person && (government || possessive)) {
            entity = e;  // "the Maduro regime", "Maduro's government"
          } else if (type == EntityType::Country || is_organization(type)) {
            if (!people || type == EntityType::Country) entity = e;
          }
          first = refs_[static_cast<std::size_t>(ref)].first;
        } else if (m && m->role == PhraseRole::Demonym && !m->known.empty()) {
          const KnownEntity& ke = g_.entities()[choose(m->known)];
          if (ke.type == EntityType::Country) entity = known_entity(choose(m->known), m->first);
          first = m->first;
        } else if (official && !possessive && (tokens_[p].norm_is("administration") || tokens_[p].norm_is("government"))) {
          if (const auto iso = locative_country(s)) {
            if (const auto c = g_.country(*iso)) entity = known_entity(*c, p);
          }
          first = p;
        } else if (government && (tokens_[p].norm_is("the") || the_before_adjectives(p, s.first))) {
          // "the government of Peru", "the government led by X": the country or
          // leader after it; "the government" alone: the article's main country.
          if (i + 2 < s.last && tokens_[i + 1].norm_is("of")) {
            const std::int32_t r = reference_starting_at(i + 2);
            if (r >= 0 && out_.entities[refs_[static_cast<std::size_t>(r)].entity].type != EntityType::Place) {
              entity = refs_[static_cast<std::size_t>(r)].entity;
            }
          } else if (const auto body = body_named_with(t.norm, i)) {
            entity = body;  // "the Scottish Executive" … "the executive"
          } else if (main_country_ >= 0 && !(i + 1 < s.last && (tokens_[i + 1].norm_is("led") || tokens_[i + 1].norm_is("headed")))) {
            entity = main_country_entity(i);
          }
          first = p;
        }
        if (!entity) continue;
        // Adjectives and a determiner before the qualifier ("a top US official").
        while (first > s.first && tokens_[first - 1].kind == TokenKind::Word && !tokens_[first - 1].capitalized &&
               !is(first - 1, WordClass::Preposition) && !is(first - 1, WordClass::Conjunction) &&
               !info_[first - 1].is_verb_form() && !is(first - 1, WordClass::Auxiliary) &&
               !is(first - 1, WordClass::Relative) && !is(first - 1, WordClass::Possessive) &&
               (is(first - 1, WordClass::Determiner) || first - 1 + 3 >= p)) {
          const bool det = is(first - 1, WordClass::Determiner);
          --first;
          if (det) break;
        }
        drop_references_in(first, i + 1);
        add_reference(first, i + 1, *entity, ReferenceKind::Description, -1);
        mark(first, i + 1);
      }
    }
  }

  static constexpr std::ptrdiff_t kNearestHolders = 64;

  struct Holder {
    std::uint32_t first;
    std::uint32_t entity;
    std::int32_t qualifier;  // entity of the title's qualifier, or -1
  };

  // People named with a title, by normalized title, in text order; built on
  // first use, after every name is resolved.
  const StringMap<std::vector<Holder>>& holders() {
    if (holders_built_) return holders_;
    holders_built_ = true;
    for (std::uint32_t oi = 0; oi < rec_.mentions.size(); ++oi) {
      const Mention& o = rec_.mentions[oi];
      if (!o.has_title() || o.honorific || o.former) continue;
      std::int32_t q = o.qualifier >= 0 ? out_.mention_entity[static_cast<std::size_t>(o.qualifier)] : -1;
      std::int32_t holder = out_.mention_entity[oi];
      // "the head of the National Assembly": the body after "of" qualifies.
      if (q < 0 && o.title_last + 1 < tokens_.size() && tokens_[o.title_last].norm_is("of")) {
        if (const std::int32_t r = reference_starting_at(o.title_last + 1); r >= 0) {
          const std::uint32_t body = refs_[static_cast<std::size_t>(r)].entity;
          if (out_.entities[body].type != EntityType::Person) q = static_cast<std::int32_t>(body);
        }
      }
      if (o.descriptor) {
        // In apposition: "Venezuela's new president, Nicolas Maduro" or
        // "Nicolas Maduro, the president,".
        holder = -1;
        if (o.indefinite) continue;
        const Sentence& s = seg_.sentences[o.sentence];
        if (o.title_last + 1 < s.last && tokens_[o.title_last].norm_is(",")) {
          if (const std::int32_t r = reference_starting_at(o.title_last + 1); r >= 0) {
            holder = static_cast<std::int32_t>(refs_[static_cast<std::size_t>(r)].entity);
          }
        }
        const std::uint32_t start = with_determiner(o.qualifier >= 0 ? rec_.mentions[static_cast<std::size_t>(o.qualifier)].first
                                                                     : o.title_first,
                                                    s.first);
        if (holder < 0 && start > s.first + 1 && tokens_[start - 1].norm_is(",")) {
          if (const std::int32_t r = reference_ending_at(start - 1); r >= 0) {
            holder = static_cast<std::int32_t>(refs_[static_cast<std::size_t>(r)].entity);
          }
        }
        if (holder < 0 || out_.entities[static_cast<std::size_t>(holder)].type != EntityType::Person) continue;
      }
      if (holder < 0) continue;
      holders_[normalize_title(o.title)].push_back(Holder{o.first, static_cast<std::uint32_t>(holder), q});
    }
    // (descriptors come in text order with the rest)
    holders_.for_each([](const std::string&, std::vector<Holder>& list) {
      std::stable_sort(list.begin(), list.end(), [](const Holder& a, const Holder& b) { return a.first < b.first; });
    });
    return holders_;
  }

  // "the next government": "the" and up to two lower-case adjectives.
  bool the_before_adjectives(std::uint32_t p, std::uint32_t floor) const {
    for (std::uint32_t x = p + 1, n = 0; x-- > floor && n < 3; ++n) {
      const Token& t = tokens_[x];
      if (t.norm_is("the")) return n > 0;
      if (t.kind != TokenKind::Word || t.capitalized || info_[x].classes != 0) return false;
    }
    return false;
  }

  // "the executive", "the party", "the ministry": a body named before whose
  // name ends in that word (the Scottish Executive, the Labour Party).
  void definite_heads() {
    // Organizations by the last word of a name of theirs of two words or
    // more ("Executive" for "the Scottish Executive"), each list ordered by
    // where the organization was first named: the body meant is the latest
    // named before the phrase, found by bisection (a text of many bodies and
    // many "the executive"s stays linear).
    struct Named {
      std::uint32_t first_token;
      std::uint32_t entity;
    };
    StringMap<std::vector<Named>> by_head;
    for (std::uint32_t e = 0; e < out_.entities.size(); ++e) {
      const Entity& ent = out_.entities[e];
      if (!is_organization(ent.type)) continue;
      for (const std::string& name : labels_[e]) {
        const auto space = name.rfind(' ');
        if (space == std::string::npos) continue;
        auto& named = by_head[fold_key(std::string_view(name).substr(space + 1))];
        if (named.empty() || named.back().entity != e) named.push_back(Named{ent.first_token, e});
      }
    }
    // Latest first named; of those named at the same token, the first entity.
    by_head.for_each([](const std::string&, std::vector<Named>& named) {
      std::sort(named.begin(), named.end(), [](const Named& a, const Named& b) {
        return a.first_token != b.first_token ? a.first_token < b.first_token : a.entity > b.entity;
      });
    });
    std::vector<Reference> added;
    for (std::uint32_t i = 1; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.kind != TokenKind::Word || mention_token_[i] || !tokens_[i - 1].norm_is("the")) continue;
      if (!is(i, WordClass::OrganizationHead) || is(i, WordClass::GovernmentNoun)) continue;
      if (i + 1 < tokens_.size() && (tokens_[i + 1].norm_is("of") || tokens_[i + 1].capitalized)) continue;
      const auto found = by_head.find(t.norm, t.norm_hash);
      if (found == by_head.end()) continue;
      const std::vector<Named>& named = found->second;
      const auto after = std::partition_point(named.begin(), named.end(), [&](const Named& n) { return n.first_token < i; });
      if (after == named.begin()) continue;
      added.push_back(Reference{i - 1, i + 1, std::prev(after)->entity, ReferenceKind::Description, -1});
    }
    for (const Reference& r : added) {
      add_reference(r.first, r.last, r.entity, r.kind, r.mention);
      mark(r.first, r.last);
    }
  }

  std::int32_t reference_ending_at(std::uint32_t end) const {
    return latest(ending_, end, [](const Reference&) { return true; });
  }

  // "Venezuela's acting president", "the minister", "a State Department spokesman".
  void descriptor(std::uint32_t mi) {
    const Mention& m = rec_.mentions[mi];
    if (!m.descriptor || m.former) return;
    const Sentence& s = seg_.sentences[m.sentence];
    std::uint32_t first = m.title_first;
    std::optional<std::uint32_t> qualifier_entity;
    if (m.qualifier >= 0) {
      const std::int32_t qe = out_.mention_entity[static_cast<std::size_t>(m.qualifier)];
      const Mention& q = rec_.mentions[static_cast<std::size_t>(m.qualifier)];
      if (qe >= 0) qualifier_entity = static_cast<std::uint32_t>(qe);
      else if (q.role == PhraseRole::Demonym && !q.known.empty()) qualifier_entity = known_entity(choose(q.known), q.first);
      first = q.first;
    }
    first = with_determiner(first, s.first);
    // "the president of Venezuela": the body after "of" qualifies too.
    std::uint32_t title_end = m.title_last;
    if (!qualifier_entity && m.title_last + 1 < s.last && tokens_[m.title_last].norm_is("of")) {
      const std::int32_t r = reference_starting_at(m.title_last + 1);
      if (r >= 0) {
        const Reference& q = refs_[static_cast<std::size_t>(r)];
        if (out_.entities[q.entity].type == EntityType::Country || is_organization(out_.entities[q.entity].type)) {
          qualifier_entity = q.entity;
          title_end = q.last;
        }
      }
    }
    const std::string wanted = normalize_title(m.title);
    // A spokesman speaks for the body he is spokesman of.
    const std::string head = wanted.substr(wanted.rfind(' ') == std::string::npos ? 0 : wanted.rfind(' ') + 1);
    if (w_.is(head, WordClass::OfficialNoun)) {
      std::optional<std::uint32_t> body = qualifier_entity;
      std::uint32_t last = m.title_last;
      if (!body && m.title_last + 1 < s.last && tokens_[m.title_last].norm_is("for")) {
        if (const std::int32_t r = reference_starting_at(m.title_last + 1); r >= 0) {
          body = refs_[static_cast<std::size_t>(r)].entity;
          last = refs_[static_cast<std::size_t>(r)].last;
        }
      }
      if (body && out_.entities[*body].type != EntityType::Person) {
        drop_references_in(first, last);
        add_reference(first, last, *body, ReferenceKind::Description, static_cast<std::int32_t>(mi));
        mark(first, last);
      }
      return;
    }
    // In apposition with a name: "the Syrian president, Bashar al-Assad" or
    // "Bashar al-Assad, the Syrian president".
    std::optional<std::uint32_t> apposed;
    if (m.title_last + 1 < s.last && tokens_[m.title_last].norm_is(",")) {
      const std::int32_t r = reference_starting_at(m.title_last + 1);
      if (r >= 0) apposed = refs_[static_cast<std::size_t>(r)].entity;
    }
    if (!apposed && first > s.first + 1 && tokens_[first - 1].norm_is(",")) {
      const std::int32_t r = reference_ending_at(first - 1);
      if (r >= 0) apposed = refs_[static_cast<std::size_t>(r)].entity;
    }
    if (apposed && out_.entities[*apposed].type == EntityType::Person) {
      drop_references_in(first, m.title_last);
      add_reference(first, m.title_last, *apposed, ReferenceKind::Description, static_cast<std::int32_t>(mi));
      mark(first, m.title_last);
      return;
    }
    if (m.indefinite) return;  // "a minister" is nobody in particular
    // Holders of the same title elsewhere in the article: the one named, in
    // any form, within two sentences before ("Mr. Trump has said …; Mr. Hill
    // said the president should …"), else the one the article names most
    // ("the president" of a piece about Trump that once mentioned President
    // Bush is Trump); among equals the latest before, else the first after.
    std::optional<std::uint32_t> before;
    std::optional<std::uint32_t> after;
    std::vector<std::uint32_t> candidates;
    if (const auto it = holders().find(wanted); it != holders().end()) {
      // Only the holders nearest the title count, kNearestHolders on each
      // side: an article names a title's holders a few times, and a text
      // that names thousands must not make each description cost as much.
      const std::vector<Holder>& all = it->second;  // in text order
      const auto at = std::partition_point(all.begin(), all.end(),
                                           [&](const Holder& h) { return h.first < m.title_first; });
      const auto from = at - std::min<std::ptrdiff_t>(at - all.begin(), kNearestHolders);
      const auto to = at + std::min<std::ptrdiff_t>(all.end() - at, kNearestHolders);
      for (auto h_it = from; h_it != to; ++h_it) {
        const Holder& h = *h_it;
        if (h.first == m.first) continue;  // its own apposition names no one else
        if (qualifier_entity && h.qualifier >= 0 && static_cast<std::uint32_t>(h.qualifier) != *qualifier_entity) {
          continue;
        }
        // An unqualified holder is "X's" only as a person of that country.
        if (qualifier_entity && h.qualifier < 0 &&
            (out_.entities[*qualifier_entity].type != EntityType::Country ||
             out_.entities[h.entity].country != out_.entities[*qualifier_entity].country)) {
          continue;
        }
        // A holder known to serve another country is not "Venezuela's" president.
        if (qualifier_entity && out_.entities[*qualifier_entity].type == EntityType::Country &&
            !out_.entities[h.entity].country.empty() &&
            out_.entities[h.entity].country != out_.entities[*qualifier_entity].country) {
          continue;
        }
        candidates.push_back(h.entity);
        if (h.first < m.title_first) {
          before = h.entity;
        } else if (!after) {
          after = h.entity;
        }
      }
    }
    std::optional<std::uint32_t> holder;
    std::uint32_t named_at = 0;
    for (const std::uint32_t c : candidates) {
      const auto at = last_named_before(c, m.title_first);
      if (at && tokens_[*at].sentence + 2 >= m.sentence && (!holder || *at > named_at)) {
        holder = c;
        named_at = *at;
      }
    }
    if (!holder) {
      holder = before ? before : after;
      std::size_t most = holder ? name_count(*holder) : 0;
      for (const std::uint32_t c : candidates) {
        if (const std::size_t n = name_count(c); n > most) {
          most = n;
          holder = c;
        }
      }
    }
    if (!holder) return;
    drop_references_in(first, title_end);
    add_reference(first, title_end, *holder, ReferenceKind::Description, static_cast<std::int32_t>(mi));
    mark(first, title_end);
  }

  // Where the article last named `entity` before token `at`, if it did.
  std::optional<std::uint32_t> last_named_before(std::uint32_t entity, std::uint32_t at) {
    if (entity >= name_positions_.size()) return std::nullopt;
    auto& positions = name_positions_[entity];
    // (sorted on demand: references are added pass by pass, not in text order)
    if (!positions_sorted_[entity]) {
      std::sort(positions.begin(), positions.end());
      positions_sorted_[entity] = true;
    }
    const auto it = std::lower_bound(positions.begin(), positions.end(), at);
    if (it == positions.begin()) return std::nullopt;
    return *(it - 1);
  }

  // How often the article has named an entity so far.
  std::size_t name_count(std::uint32_t entity) const {
    return entity < name_positions_.size() ? name_positions_[entity].size() : 0;
  }

  // The reference at `first`, or at the name after a "the" there (a
  // description's span includes its "the", a name's does not).
  std::int32_t reference_starting_at(std::uint32_t first) const {
    const auto any = [](const Reference&) { return true; };
    if (first >= tokens_.size()) return -1;
    if (const std::int32_t r = latest(starting_, first, any); r >= 0) return r;
    if (first > 0 && tokens_[first - 1].norm_is("the")) {
      if (const std::int32_t r = latest(starting_, first - 1, any); r >= 0) return r;
    }
    if (tokens_[first].norm_is("the")) return latest(starting_, first + 1, any);
    return -1;
  }

  // Most recent reference before token `at` (same or previous two sentences)
  // whose entity passes `accept`.
  template <class Accept>
  std::optional<std::uint32_t> antecedent(std::uint32_t at, Accept accept) const {
    const std::uint32_t sentence = tokens_[at].sentence;
    // A pronoun opening a sentence continues the subject of the sentence
    // before ("North Korea condemned the sanctions. It said …").
    if (at == seg_.sentences[sentence].first && sentence > 0 && !seg_.sentences[sentence - 1].headline) {
      if (const auto subject = sentence_subject(sentence - 1, accept)) return subject;
    }
    const std::uint32_t floor = seg_.sentences[sentence >= 2 ? sentence - 2 : 0].first;
    for (std::uint32_t end = at; end > floor; --end) {
      const std::int32_t r = latest(ending_, end, [&](const Reference& ref) {
        return ref.kind != ReferenceKind::Pronoun && ref.first >= floor && accept(out_.entities[ref.entity]);
      });
      if (r >= 0) return refs_[static_cast<std::size_t>(r)].entity;
    }
    return std::nullopt;
  }

  // The first reference of a sentence that is not inside a prepositional
  // phrase: its grammatical subject, as far as names tell.
  template <class Accept>
  std::optional<std::uint32_t> sentence_subject(std::uint32_t sentence, Accept accept) const {
    const Sentence& s = seg_.sentences[sentence];
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      const std::int32_t r = latest(starting_, i, [](const Reference& ref) { return ref.kind != ReferenceKind::Pronoun; });
      if (r < 0) continue;
      const Reference& ref = refs_[static_cast<std::size_t>(r)];
      if (ref.first > s.first && is(ref.first - 1, WordClass::Preposition)) {
        i = ref.last - 1;
        continue;
      }
      if (accept(out_.entities[ref.entity])) return ref.entity;
      return std::nullopt;  // the subject is of another kind: no guess
    }
    return std::nullopt;
  }

  // The sex of each person as the article tells it: an honorific before a
  // name of theirs ("Mrs May", "Mr. Kim") or, failing that, the first word of
  // their label as a given name ("Hillary Clinton").
  std::vector<Sex> sexes() const {
    std::vector<Sex> sex(out_.entities.size(), Sex::Unknown);
    for (std::size_t e = 0; e < out_.entities.size(); ++e) {
      const Entity& x = out_.entities[e];
      if (x.type != EntityType::Person) continue;
      const std::string_view label = x.label;
      sex[e] = g_.sex_of_given_name(strip_accents(label.substr(0, label.find(' '))));
    }
    for (const Reference& r : refs_) {
      if (r.kind != ReferenceKind::Name || out_.entities[r.entity].type != EntityType::Person) continue;
      for (std::uint32_t i = r.first >= 2 ? r.first - 2 : 0; i <= r.first && i < tokens_.size(); ++i) {
        const std::string_view w = tokens_[i].norm;
        if (w == "mr" || w == "sir" || w == "lord" || w == "king" || w == "prince" || w == "sheikh") {
          sex[r.entity] = Sex::Male;
        } else if (w == "mrs" || w == "ms" || w == "miss" || w == "madam" || w == "lady" || w == "dame" ||
                   w == "queen" || w == "princess" || w == "baroness") {
          sex[r.entity] = Sex::Female;
        }
      }
    }
    return sex;
  }

  void pronouns() {
    const std::vector<Sex> sex = sexes();
    std::vector<Reference> added;
    for (std::uint32_t i = 0; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.kind != TokenKind::Word || mention_token_[i]) continue;
      // Inside quotations "I" and "we" are the speaker's (extract binds them);
      // "he" and "it" point back as anywhere else.
      const std::string_view w = t.norm;
      std::optional<std::uint32_t> e;
      if (w == "he" || w == "him" || w == "his" || w == "she" || w == "her") {
        const Sex other = w[0] == 'h' && w != "her" ? Sex::Female : Sex::Male;
        e = antecedent(i, [&](const Entity& x) {
          return x.type == EntityType::Person && sex[static_cast<std::size_t>(&x - out_.entities.data())] != other;
        });
      } else if (w == "it" || w == "its") {
        e = antecedent(i, [](const Entity& x) { return x.type == EntityType::Country || is_organization(x.type); });
      } else if (w == "they" || w == "them" || w == "their") {
        // Only a body or country named in the same sentence: "they" is too
        // often a crowd.
        const auto cand = antecedent(i, [](const Entity& x) {
          return x.type == EntityType::Country || is_organization(x.type) || x.type == EntityType::Group;
        });
        if (cand) {
          bool same_sentence = false;
          for (std::uint32_t x = seg_.sentences[t.sentence].first; x < i && !same_sentence; ++x) {
            same_sentence = latest(starting_, x, [&](const Reference& r) {
                              return r.entity == *cand && r.last <= i;
                            }) >= 0;
          }
          if (same_sentence) e = cand;
        }
      }
      if (e) added.push_back(Reference{i, i + 1, *e, ReferenceKind::Pronoun, -1});
    }
    for (const Reference& r : added) add_reference(r.first, r.last, r.entity, r.kind, r.mention);
  }

  // "the 35-year-old" after a person; "the country" for the main country.
  void year_olds_and_country() {
    std::vector<Reference> added;
    for (std::uint32_t i = 1; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.kind != TokenKind::Word || mention_token_[i] || !tokens_[i - 1].norm_is("the")) continue;
      if (ends_with_year_old(t.norm)) {
        // "the 35-year-old Guaido" names him; alone it points back.
        if (i + 1 < tokens_.size() && mention_token_[i + 1]) continue;
        if (const auto e = antecedent(i, [](const Entity& x) { return x.type == EntityType::Person; })) {
          added.push_back(Reference{i - 1, i + 1, *e, ReferenceKind::Description, -1});
        }
      } else if ((t.norm_is("country") || t.norm_is("nation")) && main_country_ >= 0) {
        if (i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::Possessive) continue;  // bodies()
        // "The country" opening a sentence is the country its predecessor
        // was about ("Bolivia joined … The country becomes …").
        std::optional<std::uint32_t> e;
        if (i - 1 == seg_.sentences[t.sentence].first) {
          e = antecedent(i - 1, [](const Entity& x) { return x.type == EntityType::Country; });
        }
        if (!e) e = main_country_entity(i);
        added.push_back(Reference{i - 1, i + 1, *e, ReferenceKind::Description, -1});
      }
    }
    for (const Reference& r : added) {
      add_reference(r.first, r.last, r.entity, r.kind, r.mention);
      mark(r.first, r.last);
    }
  }

  void finish() {
    // Labels: the gazetteer's name, else the longest name seen.
    for (std::uint32_t e = 0; e < out_.entities.size(); ++e) {
      Entity& ent = out_.entities[e];
      std::set<std::string>& seen = labels_[e];
      if (ent.key.rfind("name:", 0) == 0 && ent.type == EntityType::Person) {
        for (const std::string& l : seen) {
          if (l.size() > ent.label.size()) ent.label = l;
        }
      }
      std::set<std::string> folded_label{fold_key(ent.label)};
      for (const std::string& l : seen) {
        if (l.empty() || fold_key(l) == fold_key(ent.label)) continue;
        ent.alt_labels.push_back(l);
      }
      std::sort(ent.alt_labels.begin(), ent.alt_labels.end());
      ent.alt_labels.erase(std::unique(ent.alt_labels.begin(), ent.alt_labels.end()), ent.alt_labels.end());
    }
    // IRIs: a known entity's slug from the gazetteer; for others the slug of
    // the label, with the type appended when a known entity or another
    // entity of the article has it.
    StringMap<std::uint32_t> used;
    for (std::uint32_t e = 0; e < out_.entities.size(); ++e) {
      Entity& ent = out_.entities[e];
      const KnownEntity* known = k_.gazetteer.find(ent.key);
      std::string id = known ? known->slug : slugify(ent.label);
      if (used.count(id) || (!known && k_.gazetteer.slug_taken(id))) id += "-" + ascii_lower(type_name(ent.type));
      while (used.count(id)) id += "-" + std::to_string(e);
      used.emplace(id, e);
      ent.id = id;
    }
    // References: sorted, overlaps resolved in favour of the longer span.
    std::vector<Reference> live;
    for (std::size_t r = 0; r < refs_.size(); ++r) {
      if (!dropped_[r]) live.push_back(refs_[r]);
    }
    refs_ = std::move(live);
    std::sort(refs_.begin(), refs_.end(), [](const Reference& a, const Reference& b) {
      if (a.first != b.first) return a.first < b.first;
      return a.last > b.last;
    });
    std::vector<Reference> kept;
    for (const Reference& r : refs_) {
      if (!kept.empty() && r.first < kept.back().last) continue;
      kept.push_back(r);
    }
    out_.references = std::move(kept);
    out_.token_reference.assign(tokens_.size(), -1);
    for (std::size_t r = 0; r < out_.references.size(); ++r) {
      for (std::uint32_t i = out_.references[r].first; i < out_.references[r].last; ++i) {
        out_.token_reference[i] = static_cast<std::int32_t>(r);
      }
    }
    if (main_country_ >= 0) {
      const auto it = by_key_.find(g_.entities()[static_cast<std::uint32_t>(main_country_)].key);
      if (it != by_key_.end()) out_.main_country = static_cast<std::int32_t>(it->second);
    }
  }

 public:
  void prepare() {
    mention_token_.assign(tokens_.size(), false);
    for (std::uint32_t i = 0; i < rec_.acronyms.size(); ++i) {
      acronym_definitions_.try_emplace(fold_key(rec_.acronyms[i].acronym), i);
    }
    starting_.reset(tokens_.size() + 1);
    ending_.reset(tokens_.size() + 1);
    descriptors_by_sentence_.assign(seg_.sentences.size(), {});
    for (std::uint32_t mi = 0; mi < rec_.mentions.size(); ++mi) {
      const Mention& m = rec_.mentions[mi];
      mention_by_end_[m.last] = mi;
      mention_by_first_.emplace(m.first, mi);
      if (m.descriptor) descriptors_by_sentence_[m.sentence].push_back(mi);
      for (std::uint32_t i = m.span_first(); i < m.last; ++i) mention_token_[i] = true;
    }
  }

 private:
  const Document& doc_;
  const Segmentation& seg_;
  const std::vector<Token>& tokens_;
  const Recognition& rec_;
  const Knowledge& k_;
  const Gazetteer& g_;
  const WordClasses& w_;
  std::vector<WordInfo> info_;  ///< What the word lists say about each token.

  Resolution out_;
  std::vector<Reference> refs_;
  std::vector<bool> dropped_;                         ///< Per reference: replaced by a longer one.
  ByToken starting_;  ///< References by the token they start at.
  ByToken ending_;    ///< References by the token they end before.
  std::vector<std::vector<std::uint32_t>> descriptors_by_sentence_;
  std::map<std::uint32_t, std::uint32_t> mention_by_first_;
  std::set<std::uint32_t> acting_capitals_;
  StringMap<std::vector<Holder>> holders_;
  bool holders_built_ = false;
  StringMap<std::uint32_t> by_key_;
  StringMap<std::uint32_t> names_;
  /// Folded acronym -> its first definition in Recognition::acronyms.
  StringMap<std::uint32_t> acronym_definitions_;
  std::vector<std::vector<std::uint32_t>> name_positions_;  ///< Per entity: first tokens of its Name references.
  std::vector<bool> positions_sorted_;                      ///< Per entity: name_positions_ sorted.
  StringMap<std::vector<std::pair<std::uint32_t, std::uint32_t>>> bodies_by_head_;  ///< last word -> (first, entity)
  StringMap<std::vector<std::uint32_t>> surnames_;
  std::map<std::uint32_t, std::set<std::string>> labels_;
  std::map<std::uint32_t, std::uint32_t> mention_by_end_;
  std::vector<bool> mention_token_;
  std::int32_t main_country_ = -1;
  std::string main_iso_;
};

}  // namespace

Resolution resolve(const Document& doc, const Segmentation& seg, const Recognition& rec,
                   const Knowledge& knowledge) {
  Resolver resolver(doc, seg, rec, knowledge);
  resolver.prepare();
  return resolver.run();
}

}  // namespace cg
