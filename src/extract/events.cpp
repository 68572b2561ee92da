// SPDX-License-Identifier: MIT
#include "extract/events.hpp"

#include <charconv>
#include <optional>

namespace cg {

namespace {

// Words that may stand between a death word and its number ("killed at
// least 13", "killing more than 20").
bool approximator(std::string_view w) {
  return w == "at" || w == "least" || w == "more" || w == "than" || w == "some" || w == "about" || w == "nearly" ||
         w == "almost" || w == "over" || w == "around";
}

// Prepositions that put an event somewhere ("in Caracas", "across Venezuela").
bool locative(std::string_view w) {
  return w == "in" || w == "at" || w == "across" || w == "near" || w == "outside" || w == "throughout" ||
         w == "around";
}

class EventFinder {
 public:
  EventFinder(const Segmentation& seg, const Resolution& res, const Syntax& syntax, const Knowledge& k)
      : seg_(seg), res_(res), syntax_(syntax), k_(k) {
    event_classes_.reserve(seg.tokens.size());
    for (const Token& t : seg.tokens) event_classes_.push_back(k.event_words.info(t.norm, t.norm_hash).classes);
  }

  std::vector<Event> run() const {
    std::vector<Event> events;
    for (const Sentence& s : seg_.sentences) {
      if (auto e = event_in(s)) events.push_back(*e);
    }
    return events;
  }

 private:
  // Tokens inside a quotation are someone's words, not the article's report.
  bool reported(std::uint32_t i) const { return seg_.tokens[i].quotation < 0; }

  bool event_word(std::uint32_t i, WordClass c) const {
    return reported(i) && seg_.tokens[i].kind == TokenKind::Word && (event_classes_[i] & bit(c)) != 0;
  }

  // A count of people: digits ("13", "1,200") or a small number word; not a
  // year.
  std::optional<std::uint32_t> count_at(std::uint32_t i) const {
    const Token& t = seg_.tokens[i];
    if (t.kind == TokenKind::Number) {
      // Digits, grouped by commas in threes when grouped at all ("1,200"
      // but not "1,00").
      std::string digits;
      std::size_t since_comma = 0;
      bool grouped = false;
      for (const char c : t.text) {
        if (c == ',') {
          if ((grouped && since_comma != 3) || since_comma == 0 || since_comma > 3) return std::nullopt;
          grouped = true;
          since_comma = 0;
          continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        digits += c;
        ++since_comma;
      }
      if (grouped && since_comma != 3) return std::nullopt;
      std::uint32_t n = 0;
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
      if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
      if (digits.size() == 4 && n >= 1800 && n <= 2100) return std::nullopt;  // a year
      return n;
    }
    static constexpr std::string_view kWords[] = {"one", "two",   "three", "four",  "five",   "six",
                                                  "seven", "eight", "nine", "ten", "eleven", "twelve"};
    for (std::uint32_t n = 0; n < std::size(kWords); ++n) {
      if (t.norm == kWords[n]) return n + 1;
    }
    return std::nullopt;
  }

  // The death word at j after a number reports deaths unless it is an
  // adjective of something else ("5 dead fish") or the number is the
  // subject of a transitive "killed" ("5 members killed the proposal").
  bool deaths_reported(std::uint32_t j, const Sentence& s) const {
    if (j + 1 >= s.last || seg_.tokens[j + 1].kind != TokenKind::Word) return true;
    const std::uint32_t next = j + 1;
    if (syntax_.is(next, WordClass::Determiner) || syntax_.is(next, WordClass::Possessive)) return false;
    if (seg_.tokens[j].norm_is("dead")) {
      return syntax_.is(next, WordClass::Preposition) || syntax_.is(next, WordClass::Conjunction) ||
             syntax_.is(next, WordClass::Auxiliary);
    }
    return true;
  }

  // "13 people killed", "13 were killed", "13 dead", "killing 13 civilians",
  // "killed at least 13"; not "killing 91 foxes".
  std::optional<std::uint32_t> deaths(const Sentence& s) const {
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (!reported(i)) continue;
      const auto n = count_at(i);
      if (!n) continue;
      for (std::uint32_t j = i + 1; j < s.last && j <= i + 4; ++j) {
        if (event_word(j, WordClass::DeathWord)) {
          if (deaths_reported(j, s)) return n;
          break;
        }
        if (!event_word(j, WordClass::VictimNoun) && !event_word(j, WordClass::VictimLink)) break;
      }
      const bool people_after = i + 1 >= s.last || seg_.tokens[i + 1].kind != TokenKind::Word ||
                                event_word(i + 1, WordClass::VictimNoun) ||
                                syntax_.is(i + 1, WordClass::Preposition);
      if (!people_after) continue;
      for (std::uint32_t j = i; j-- > s.first && j + 4 > i;) {
        if (event_word(j, WordClass::DeathWord)) return n;
        if (seg_.tokens[j].kind != TokenKind::Word || !approximator(seg_.tokens[j].norm)) break;
      }
    }
    return std::nullopt;
  }

  // A protest noun that names a protest happening: not "a demonstration of
  // unity", "lodged a protest", "a protest song".
  bool protest_at(std::uint32_t i, const Sentence& s) const {
    if (!event_word(i, WordClass::ProtestNoun)) return false;
    if (i + 1 < s.last && (seg_.tokens[i + 1].norm_is("of") || event_word(i + 1, WordClass::NonEventHead))) return false;
    for (std::uint32_t j = i; j-- > s.first && j + 4 > i;) {
      if (event_word(j, WordClass::ComplaintVerb)) return false;
    }
    return true;
  }

  bool protest(const Sentence& s) const {
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (protest_at(i, s)) return true;
      // "took to the streets"
      if (i + 3 < s.last && reported(i) && seg_.tokens[i + 1].norm_is("to") && seg_.tokens[i + 2].norm_is("the") &&
          seg_.tokens[i + 3].norm_is("streets") && k_.words.lemma_of(seg_.tokens[i].norm) == "take") {
        return true;
      }
    }
    return false;
  }

  std::int32_t entity_at(std::uint32_t i) const {
    const std::int32_t r = res_.token_reference[i];
    if (r < 0) return -1;
    const Reference& ref = res_.references[static_cast<std::size_t>(r)];
    return ref.first == i ? static_cast<std::int32_t>(ref.entity) : -1;
  }

  // The first place named after a locative preposition ("in Caracas",
  // "the streets of Caracas"); a country only when no place is named.
  std::int32_t place(const Sentence& s) const {
    std::int32_t country = -1;
    for (std::uint32_t i = s.first + 1; i < s.last; ++i) {
      const std::string_view before = seg_.tokens[i - 1].norm;
      const bool streets_of = before == "of" && i >= s.first + 2 && seg_.tokens[i - 2].norm_is("streets");
      if (!locative(before) && !streets_of) continue;
      const std::int32_t e = entity_at(i);
      if (e < 0) continue;
      const EntityType type = res_.entities[static_cast<std::size_t>(e)].type;
      if (type == EntityType::Place) return e;
      if (type == EntityType::Country && country < 0) country = e;
    }
    return country;
  }

  // Who reports it: "according to X", or a speech verb that frames the
  // whole sentence: "X said (that) …" opening it, "…, X said." or "…, said
  // X." closing it. A speech verb inside it ("protesters who say China …")
  // reports something else. Only agents report.
  std::int32_t reporter(const Sentence& s) const {
    auto agent = [&](std::uint32_t e) {
      return is_agent(res_.entities[e].type) ? static_cast<std::int32_t>(e) : -1;
    };
    // A comma right before token i, or before a determiner at i ("…, the
    // Observatory said").
    auto comma = [&](std::uint32_t i) {
      if (i > s.first + 1 && syntax_.is(i - 1, WordClass::Determiner)) --i;
      return i > s.first && seg_.tokens[i - 1].norm_is(",");
    };
    // The end of the sentence, final punctuation and quotation marks aside.
    std::uint32_t end = s.last;
    while (end > s.first && seg_.tokens[end - 1].kind != TokenKind::Word) --end;
    for (std::uint32_t v = s.first; v < s.last; ++v) {
      if (!reported(v)) continue;
      if (seg_.tokens[v].norm_is("according") && v + 2 < s.last && seg_.tokens[v + 1].norm_is("to")) {
        if (const auto list = syntax_.noun_phrases_forward(v + 2, s.last, Possessed::No)) {
          return agent(list->items.front().entity);
        }
      }
      if (!syntax_.is(v, WordClass::SpeechVerb)) continue;
      const SubjectSearch subject = syntax_.subject_before(v, s.first);
      if (!subject.subjects.empty()) {
        const ArgumentList& who = subject.subjects;
        const bool opens = who.first == s.first && who.last == v;
        const bool closes = v + 1 == end && comma(who.first) && who.last == v;
        if (opens || closes) return agent(who.items.front().entity);
        continue;
      }
      if (comma(v)) {
        if (const auto list = syntax_.noun_phrases_forward(v + 1, s.last, Possessed::No); list && list->last == end) {
          return agent(list->items.front().entity);
        }
      }
    }
    return -1;
  }

  // A sentence that denies, doubts or forecasts ("no protests were
  // reported", "denied that 30 were killed", "protests could turn violent")
  // reports no event that happened; events carry no polarity, so it gives none.
  bool hedged(const Sentence& s) const {
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (!reported(i)) continue;
      const std::string_view w = seg_.tokens[i].norm;
      if (w == "no" || w == "none" || w == "n't" || syntax_.is(i, WordClass::Negation)) return true;
      if (w == "could" || w == "would" || w == "may" || w == "might" || w == "will" || w == "should" ||
          w == "'ll") {
        return true;
      }
      const std::string_view lemma = k_.words.lemma_of(w);
      if (lemma == "deny" || lemma == "plan" || lemma == "threaten" || lemma == "warn") return true;
    }
    return false;
  }

  std::optional<Event> event_in(const Sentence& s) const {
    if (hedged(s)) return std::nullopt;
    Event e;
    e.protest = protest(s);
    e.killed = deaths(s);
    if (!e.protest && !e.killed) return std::nullopt;
    e.place = place(s);
    // A protest with neither place nor deaths is as often a manner of
    // speaking ("resigned in protest") as an event.
    if (!e.killed && e.place < 0) return std::nullopt;
    e.reported_by = reporter(s);
    e.evidence = s.span;
    return e;
  }

  const Segmentation& seg_;
  const Resolution& res_;
  const Syntax& syntax_;
  std::vector<WordClassSet> event_classes_;  ///< Each token's classes in the event word list.
  const Knowledge& k_;
};

}  // namespace

std::vector<Event> find_events(const Segmentation& seg, const Resolution& res, const Syntax& syntax,
                               const Knowledge& knowledge) {
  return EventFinder(seg, res, syntax, knowledge).run();
}

}  // namespace cg
