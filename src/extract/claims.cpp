// SPDX-License-Identifier: MIT
#include "extract/claims.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace cg {

namespace {

std::uint8_t type_bit(EntityType type) {
  switch (type) {
    case EntityType::Person: return kPersonType;
    case EntityType::Country: return kCountryType;
    case EntityType::Group: return kGroupType;
    case EntityType::Place: return 0;
    default: return kOrganizationType;
  }
}

bool type_allowed(const PatternElement& slot, EntityType type) {
  if (type == EntityType::Place) return false;
  return slot.types == kAnyAgent || (slot.types & type_bit(type)) != 0;
}

// Stances toward what someone did ("rejected Maduro's proposal", "denounced
// his policy") name the doer; support and praise do so only for acts
// ("backed his plan", not "backed Portugal's economy").
Possessed possessed_objects(Property p) {
  if (p == Property::Condemns || p == Property::Rejects || p == Property::Opposes || p == Property::Accuses) {
    return Possessed::Any;
  }
  if (p == Property::Supports || p == Property::Praises) return Possessed::Acts;
  return Possessed::No;
}

struct Match {
  std::optional<ArgumentList> subjects;
  std::optional<ArgumentList> objects;
  std::uint32_t core_first = 0;
  std::uint32_t core_last = 0;
  std::uint32_t first = 0;  ///< Evidence begins.
  std::uint32_t last = 0;   ///< Evidence ends (exclusive).
  Modifiers modifiers;
};

class ClaimFinder {
 public:
  ClaimFinder(const Segmentation& seg, const Resolution& res, const Syntax& syntax, const Knowledge& k,
              const std::vector<Attribution>& speakers)
      : seg_(seg), res_(res), syntax_(syntax), k_(k), speakers_(speakers),
        required_seen_(k.relations.required_count(), 0) {}

  std::vector<Claim> run() {
    std::uint32_t sentence_number = 0;
    for (const Sentence& s : seg_.sentences) {
      // Headlines state claims too ("Blair rejects Tory offer"); their
      // compressed grammar gets only direct subjects (see try_pattern).
      const std::size_t before = claims_.size();
      // Which required pattern words the sentence has (a pattern can only
      // match with all of its own): marked with the sentence's number.
      ++sentence_number;
      for (std::uint32_t i = s.first; i < s.last; ++i) {
        const Token& t = seg_.tokens[i];
        if (const auto* required = k_.relations.required_at(t.norm, t.norm_hash)) {
          for (const std::uint32_t r : *required) required_seen_[r] = sentence_number;
        }
      }
      auto may_match = [&](const RelationPattern& p) {
        return std::all_of(p.required.begin(), p.required.end(),
                           [&](std::uint32_t r) { return required_seen_[r] == sentence_number; });
      };
      for (std::uint32_t i = s.first; i < s.last; ++i) {
        const Token& t = seg_.tokens[i];
        if (t.kind != TokenKind::Word && t.kind != TokenKind::Punct) continue;  // "X, an ally of Y" anchors on ","
        const auto* candidates = k_.relations.anchored_at(t.norm, t.norm_hash);
        if (!candidates) continue;
        for (const std::uint32_t pi : *candidates) {
          const RelationPattern& p = k_.relations.patterns()[pi];
          if (may_match(p)) try_pattern(p, i, s);
        }
      }
      ellipsis(s, before);
      between(s);
      evaluations(s);
    }
    return std::move(claims_);
  }

 private:
  bool modifier_token(std::uint32_t j) const {
    const Token& t = seg_.tokens[j];
    if (t.kind != TokenKind::Word || t.capitalized) return false;
    if (syntax_.argument_at(j)) return false;
    return !(syntax_.is(j, WordClass::Preposition) || syntax_.is(j, WordClass::Conjunction) ||
             syntax_.is(j, WordClass::Relative) || syntax_.is(j, WordClass::Subordinator) ||
             syntax_.is(j, WordClass::Possessive) || syntax_.is(j, WordClass::Auxiliary) ||
             syntax_.is(j, WordClass::PronounPerson) || syntax_.is(j, WordClass::PronounPlural));
  }

  // Whether a "*" (modifiers) or "**" (any words, names included: "Netanyahu",
  // "Arizona Republican"; no punctuation) element may span the token at j.
  bool spans(const PatternElement& el, std::uint32_t j) const {
    if (el.kind == PatternElement::Kind::Modifiers) return modifier_token(j);
    const Token& t = seg_.tokens[j];
    return t.kind == TokenKind::Word || t.kind == TokenKind::Number;
  }

  std::uint32_t skip_marks(std::uint32_t j, std::uint32_t end) const {
    while (j < end && syntax_.transparent(j)) ++j;
    return j;
  }

  // A possessive at j: "its", "their", or a name with "'s". Returns the
  // owner and the position after.
  std::optional<std::pair<std::optional<Argument>, std::uint32_t>> possessive_at(std::uint32_t j,
                                                                                std::uint32_t end) const {
    if (j >= end) return std::nullopt;
    if (syntax_.is(j, WordClass::Possessive)) return std::make_pair(syntax_.argument_at(j), j + 1);
    std::uint32_t at = j;
    if (seg_.tokens[at].norm_is("the") && at + 1 < end) ++at;
    if (const auto a = syntax_.argument_at(at)) {
      if (a->last < end && seg_.tokens[a->last].kind == TokenKind::Possessive) {
        return std::make_pair(std::optional<Argument>(*a), a->last + 1);
      }
    }
    if (seg_.tokens[j].norm_is("the")) {
      if (const auto owner = owner_of_definite_act(j, end)) return std::make_pair(owner, j + 1);
    }
    return std::nullopt;
  }

  // "… can't consider his request. Three have denied the request": a
  // definite act noun ("the request", "the asylum request") whose owner an
  // earlier "his request" or "Snowden's request" named, two sentences back
  // at most. The owner, spanning the "the".
  std::optional<Argument> owner_of_definite_act(std::uint32_t the, std::uint32_t end) const {
    std::uint32_t noun = the + 1;
    if (noun + 1 < end && !syntax_.is(noun, WordClass::ActNoun) && modifier_token(noun)) ++noun;
    if (noun >= end || !syntax_.is(noun, WordClass::ActNoun)) return std::nullopt;
    // "the request of/by/from X" names its owner itself.
    if (noun + 1 < end) {
      const std::string_view next = seg_.tokens[noun + 1].norm;
      if (next == "of" || next == "by" || next == "from") return std::nullopt;
    }
    const std::uint32_t sentence = seg_.tokens[the].sentence;
    const std::uint32_t floor = seg_.sentences[sentence >= 2 ? sentence - 2 : 0].first;
    const std::string_view word = seg_.tokens[noun].norm;
    for (std::uint32_t x = the; x-- > floor + 1;) {
      if (seg_.tokens[x].norm != word) continue;
      // The possessor right before, or before one modifier ("his asylum request").
      for (std::uint32_t back = 1; back <= 2 && x >= floor + back; ++back) {
        const std::uint32_t p = x - back;
        if (syntax_.is(p, WordClass::Possessive)) {
          if (const auto a = syntax_.argument_at(p)) return Argument{a->entity, the, the + 1};
          break;
        }
        if (seg_.tokens[p].kind == TokenKind::Possessive) {
          if (const auto a = syntax_.argument_ending_at(p)) return Argument{a->entity, the, the + 1};
          break;
        }
        if (!modifier_token(p)) break;
      }
      // Another "the request" points back further; any other has no owner.
      if (x > floor && (seg_.tokens[x - 1].norm_is("the") ||
                        (x > floor + 1 && modifier_token(x - 1) && seg_.tokens[x - 2].norm_is("the")))) {
        continue;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  bool bind(Match& m, SlotRole role, const ArgumentList& list) const {
    auto& slot = role == SlotRole::Subject ? m.subjects : m.objects;
    if (slot) return false;
    slot = list;
    return true;
  }

  static ArgumentList single(const Argument& a) {
    ArgumentList l;
    l.items.push_back(a);
    l.first = a.first;
    l.last = a.last;
    return l;
  }

  // Elements after the anchor, left to right, with backtracking over
  // optional elements and modifier runs.
  // `m` by reference: most steps leave it as it is, and a copy of its
  // argument lists cost an allocation per step.
  bool forward(const RelationPattern& p, std::size_t e, std::uint32_t j, std::uint32_t end, const Match& m,
               Match* result) const {
    if (e == p.elements.size()) {
      *result = m;
      if (result->core_last == 0) result->core_last = j;
      return true;
    }
    const PatternElement& el = p.elements[e];
    if (e != p.anchor) j = skip_marks(j, end);
    switch (el.kind) {
      case PatternElement::Kind::Words: {
        if (j < end && el.words.count(seg_.tokens[j].norm, seg_.tokens[j].norm_hash)) {
          if (forward(p, e + 1, j + 1, end, m, result)) return true;
        }
        // An adverb between words of a trigger: "stood firmly behind".
        if (e != p.anchor && j + 1 < end && syntax_.adverb(j) &&
            el.words.count(seg_.tokens[j + 1].norm, seg_.tokens[j + 1].norm_hash)) {
          if (forward(p, e + 1, j + 2, end, m, result)) return true;
        }
        return el.optional && forward(p, e + 1, j, end, m, result);
      }
      case PatternElement::Kind::Modifiers:
      case PatternElement::Kind::Any: {
        for (std::uint32_t n = 0; n <= 3; ++n) {
          if (n > 0 && (j + n - 1 >= end || !spans(el, j + n - 1))) break;
          if (forward(p, e + 1, j + n, end, m, result)) return true;
        }
        return false;
      }
      case PatternElement::Kind::Number: {
        if (j < end && (seg_.tokens[j].kind == TokenKind::Number || syntax_.is(j, WordClass::NumberWord))) {
          return forward(p, e + 1, j + 1, end, m, result);
        }
        return el.optional && forward(p, e + 1, j, end, m, result);
      }
      case PatternElement::Kind::Possessive: {
        if (const auto poss = possessive_at(j, end)) {
          Match next = m;
          if (el.role != SlotRole::None) {
            if (!poss->first) return false;
            if (!bind(next, el.role, single(*poss->first))) {
              // Already bound (subject found to the left): the possessive must agree or is ignored.
            }
          }
          if (forward(p, e + 1, poss->second, end, next, result)) return true;
        }
        return el.optional && forward(p, e + 1, j, end, m, result);
      }
      case PatternElement::Kind::Slot: {
        const bool last = e + 1 == p.elements.size();
        const Possessed possessed = last ? possessed_objects(p.property) : Possessed::No;
        const auto list = last ? syntax_.final_noun_phrases(j, end, possessed) : syntax_.noun_phrases_forward(j, end, possessed);
        if (!list) return false;
        ArgumentList kept;
        kept.first = list->first;
        kept.last = list->last;
        for (const Argument& a : list->items) {
          if (type_allowed(el, res_.entities[a.entity].type)) kept.items.push_back(a);
        }
        if (kept.empty()) return false;
        Match next = m;
        if (last) next.core_last = j;
        if (!bind(next, el.role, kept)) return false;
        return forward(p, e + 1, list->last, end, next, result);
      }
    }
    return false;
  }

  // Elements before the anchor (after the left slot), right to left.
  bool backward(const RelationPattern& p, std::size_t e, std::size_t stop, std::uint32_t j,
                std::uint32_t floor, Match* m) const {
    // e: one past the element to match; j: one past the token to match.
    if (e == stop) {
      m->core_first = j;
      return true;
    }
    const PatternElement& el = p.elements[e - 1];
    switch (el.kind) {
      case PatternElement::Kind::Words:
        if (j > floor && el.words.count(seg_.tokens[j - 1].norm, seg_.tokens[j - 1].norm_hash)) {
          if (backward(p, e - 1, stop, j - 1, floor, m)) return true;
        }
        return el.optional && backward(p, e - 1, stop, j, floor, m);
      case PatternElement::Kind::Modifiers:
      case PatternElement::Kind::Any:
        for (std::uint32_t n = 0; n <= 3; ++n) {
          if (n > 0 && (j < floor + n || !spans(el, j - n))) break;
          if (backward(p, e - 1, stop, j - n, floor, m)) return true;
        }
        return false;
      case PatternElement::Kind::Possessive: {
        // "its", "their", or NAME 's right before j.
        if (j > floor && syntax_.is(j - 1, WordClass::Possessive)) {
          Match next = *m;
          if (el.role != SlotRole::None) {
            const auto a = syntax_.argument_at(j - 1);
            if (!a) return false;
            bind(next, el.role, single(*a));
          }
          if (backward(p, e - 1, stop, j - 1, floor, &next)) {
            *m = next;
            return true;
          }
        }
        // The "'s" of NAME 's: right before j or, for a subject, before the
        // first noun of a list ("Iran's dangerous escalation, threats to Israel").
        std::uint32_t marks[2];
        std::size_t mark_count = 0;
        if (j > floor + 1 && seg_.tokens[j - 1].kind == TokenKind::Possessive) marks[mark_count++] = j - 1;
        if (el.role == SlotRole::Subject && j > floor + 2 &&
            (seg_.tokens[j - 1].norm_is(",") || seg_.tokens[j - 1].norm_is("and"))) {
          std::uint32_t x = j - 1;
          for (int words = 0; x > floor + 1 && words < 3 && modifier_token(x - 1); ++words) --x;
          if (x < j - 1 && seg_.tokens[x - 1].kind == TokenKind::Possessive) marks[mark_count++] = x - 1;
        }
        for (std::size_t k = 0; k < mark_count; ++k) {
          if (const auto a = syntax_.argument_ending_at(marks[k])) {
            Match next = *m;
            if (el.role != SlotRole::None) bind(next, el.role, single(*a));
            if (backward(p, e - 1, stop, a->first, floor, &next)) {
              *m = next;
              return true;
            }
          }
        }
        return el.optional && backward(p, e - 1, stop, j, floor, m);
      }
      case PatternElement::Kind::Number:
        if (j > floor && (seg_.tokens[j - 1].kind == TokenKind::Number || syntax_.is(j - 1, WordClass::NumberWord))) {
          return backward(p, e - 1, stop, j - 1, floor, m);
        }
        return el.optional && backward(p, e - 1, stop, j, floor, m);
      case PatternElement::Kind::Slot:
        return false;  // only the first element may be a slot before the anchor
    }
    return false;
  }

  void try_pattern(const RelationPattern& p, std::uint32_t anchor, const Sentence& s) {
    Match m;
    const bool left_slot = p.elements.front().kind == PatternElement::Kind::Slot;
    const std::size_t stop = left_slot ? 1 : 0;
    if (!backward(p, p.anchor, stop, anchor, s.first, &m)) return;
    Match done;
    // Claims inside a quotation stay inside it.
    const std::int32_t quotation = seg_.tokens[anchor].quotation;
    std::uint32_t end = s.last;
    if (quotation >= 0) {
      end = std::min(end, seg_.quotations[static_cast<std::size_t>(quotation)].close_token);
    }
    std::uint32_t floor = s.first;
    if (quotation >= 0) {
      // A quoted fragment inside the reporter's sentence (the regime vowed to
      // "punish Seoul") continues that sentence: its subject may stand before it.
      const std::uint32_t open = seg_.quotations[static_cast<std::size_t>(quotation)].open_token;
      const bool fragment = open > s.first && seg_.tokens[open - 1].kind == TokenKind::Word &&
                            !syntax_.is(open - 1, WordClass::SpeechVerb) && !seg_.tokens[open - 1].norm_is("that");
      if (!fragment) floor = std::max(floor, open + 1);
    }
    if (!forward(p, p.anchor, anchor, end, m, &done)) return;
    m = done;

    if (left_slot) {
      const PatternElement& slot = p.elements.front();
      const bool verbal = p.elements[p.anchor].verb && p.anchor == 1;
      std::optional<ArgumentList> found;
      if (slot.adjacent) {
        if (const auto a = syntax_.argument_ending_at(m.core_first)) found = single(*a);
      } else if (verbal) {
        const SubjectSearch search = syntax_.subject_before(m.core_first, floor);
        m.modifiers = search.modifiers;
        if (!search.subjects.empty()) {
          found = search.subjects;
        } else if (p.passive && search.stop == Stop::Coordination &&
                   seg_.tokens[search.stop_token].norm_is(",")) {
          // Reduced relative: "Maduro, backed by Russia, …"
          if (const auto a = syntax_.argument_ending_at(search.stop_token)) found = single(*a);
        } else if (!p.passive && !s.headline && fallback_allowed(search, m.core_first)) {
          // The clause the participle or infinitive hangs on: before a
          // subordinator or preposition that introduces it ("…, while
          // loudly opposing X", "by breaking off ties").
          const std::uint32_t at = search.stop == Stop::Coordination ? m.core_first : search.stop_token;
          const ArgumentList clause = syntax_.clause_subject(at, floor);
          if (!clause.empty()) found = clause;
        }
      } else {
        // Nominal triggers ("in support of") take the clause's subject.
        const ArgumentList clause = syntax_.clause_subject(m.core_first, floor);
        if (!clause.empty()) found = clause;
      }
      if (found) {
        ArgumentList kept = *found;
        kept.items.clear();
        for (const Argument& a : found->items) {
          if (type_allowed(slot, res_.entities[a.entity].type)) kept.items.push_back(a);
        }
        if (!kept.empty()) {
          auto& target = slot.role == SlotRole::Subject ? m.subjects : m.objects;
          target = kept;  // a subject found by syntax wins over a possessive
        }
      }
    }
    if (!m.subjects || !m.objects) return;
    if (conditional_clause(m.core_first, floor)) m.modifiers.modality = Modality::Conditional;
    emit(p, m, s, quotation);
  }

  // Without a subject right before it, a trigger may still take the clause's
  // subject: a participle ("…, giving its diplomats 72 hours to leave",
  // "responded by breaking off ties") or a coordinated verb ("… and called").
  bool fallback_allowed(const SubjectSearch& search, std::uint32_t core_first) const {
    const bool gerund = (syntax_.verb_shapes(core_first) & kGerund) != 0;
    switch (search.stop) {
      case Stop::Coordination:
        return true;
      case Stop::Preposition: {
        // "responded by breaking", "after meeting": the doer is the subject;
        // "warned Iran against attacking": the gerund's doer is someone else.
        const std::string_view p = seg_.tokens[search.stop_token].norm;
        return gerund && (p == "by" || p == "after" || p == "before" || p == "while" || p == "in" ||
                          p == "when" || p == "since" || p == "upon");
      }
      case Stop::Noun:
        return gerund;
      case Stop::Infinitive:
        return true;
      default:
        return false;
    }
  }

  bool conditional_clause(std::uint32_t core_first, std::uint32_t floor) const {
    const std::uint32_t start = syntax_.clause_start(core_first, floor);
    for (std::uint32_t i = start; i < core_first; ++i) {
      const std::string_view w = seg_.tokens[i].norm;
      if (w == "if" || w == "unless") return true;
    }
    (void)floor;
    return false;
  }

  // Who makes the claim: the speaker of the quotation it is in, or the
  // subject of "X said (that) …" before it, or of "…, X said." after it.
  std::int32_t attribution(const Match& m, const Sentence& s, std::int32_t quotation) const {
    if (quotation >= 0) return speakers_[static_cast<std::size_t>(quotation)].speaker;
    std::uint32_t j = m.subjects->first;
    if (j > s.first && seg_.tokens[j - 1].norm_is("that")) --j;
    // "told reporters that …": the verb is before its addressee.
    for (std::uint32_t back = 1; back <= 4 && j > s.first + back; ++back) {
      const std::string_view w = seg_.tokens[j - back - 1].norm;
      if (w == "told" || w == "tells" || w == "telling" || w == "assured" || w == "informed") {
        j -= back;
        break;
      }
    }
    if (j > s.first) {
      const std::uint32_t v = j - 1;
      if (syntax_.is(v, WordClass::SpeechVerb)) {
        const SubjectSearch speaker = syntax_.subject_before(v, s.first);
        if (!speaker.subjects.empty()) return static_cast<std::int32_t>(speaker.subjects.items.front().entity);
        if (syntax_.verb_shapes(v) & kGerund) {
          const ArgumentList clause = syntax_.clause_subject(v, s.first);
          if (!clause.empty()) return static_cast<std::int32_t>(clause.items.front().entity);
        }
      }
    }
    // "…, the ministry said." / "…, said Pompeo." / "…, according to Pompeo."
    const std::uint32_t after = std::max(m.core_last, m.objects->last);
    for (std::uint32_t c = after; c + 2 < s.last; ++c) {
      // A quotation that follows is someone's words, not the reporter's attribution.
      if (seg_.tokens[c].quotation >= 0) break;
      if (!seg_.tokens[c].norm_is(",")) continue;
      if (c + 3 < s.last && seg_.tokens[c + 1].norm_is("according") && seg_.tokens[c + 2].norm_is("to")) {
        if (const auto list = syntax_.noun_phrases_forward(c + 3, s.last, Possessed::No)) {
          return static_cast<std::int32_t>(list->items.front().entity);
        }
      }
      // (", saying …" reports the subject's own words, not a new speaker.)
      if (syntax_.is(c + 1, WordClass::SpeechVerb) && !(syntax_.verb_shapes(c + 1) & kGerund)) {
        if (const auto list = syntax_.noun_phrases_forward(c + 2, s.last, Possessed::No)) {
          return static_cast<std::int32_t>(list->items.front().entity);
        }
      }
      if (const auto list = syntax_.noun_phrases_forward(c + 1, s.last, Possessed::No)) {
        std::uint32_t v = list->last;
        while (v < s.last && syntax_.adverb(v)) ++v;
        if (v < s.last && syntax_.is(v, WordClass::SpeechVerb)) {
          return static_cast<std::int32_t>(list->items.front().entity);
        }
      }
    }
    return -1;
  }

  void emit(const RelationPattern& p, const Match& m, const Sentence& s, std::int32_t quotation) {
    const std::int32_t speaker = attribution(m, s, quotation);
    std::uint32_t first = std::min({m.core_first, m.subjects->first, m.objects->first});
    std::uint32_t last = std::max({m.core_last, m.subjects->last, m.objects->last});
    first = std::max(first, s.first);
    last = std::min(last, s.last);
    // A closing quotation mark right after the last word belongs to it.
    while (last < s.last && seg_.tokens[last].kind == TokenKind::Quote && seg_.tokens[last].quote == QuoteMark::Close &&
           seg_.tokens[last].quotation < 0 && seg_.tokens[last - 1].quotation >= 0) {
      ++last;
    }
    if (!pairable(m.subjects->items.size(), m.objects->items.size())) return;
    for (const Argument& subject : m.subjects->items) {
      for (const Argument& object : m.objects->items) {
        if (subject.entity == object.entity) continue;
        Claim c;
        c.subject = subject.entity;
        c.object = object.entity;
        c.property = p.property;
        c.negative = p.negative != m.modifiers.negate;
        c.modality = m.modifiers.modality;
        c.attributed_to = speaker;
        c.evidence = Span{seg_.tokens[first].span.begin, seg_.tokens[last - 1].span.end};
        c.pattern_line = p.line;
        add(c);
        // "expelled two officers … for allegedly destabilizing Venezuela":
        // a measure taken for an alleged act accuses its target of it.
        if (const std::uint32_t reason = alleged_reason(m.objects->last, s.last); reason && !c.negative &&
            punitive(p.property)) {
          Claim accusation = c;
          accusation.property = Property::Accuses;
          accusation.evidence.end = seg_.tokens[reason - 1].span.end;
          add(accusation);
        }
      }
    }
  }

  // Each of "A and B" with each of "C and D" makes a claim; but two long
  // lists paired are an enumeration, not a claim about every pair, and
  // would make claims by the square of the sentence's length.
  static bool pairable(std::size_t subjects, std::size_t objects) { return std::min(subjects, objects) <= 6; }

  static bool punitive(Property p) {
    return p == Property::Expels || p == Property::Sanctions || p == Property::Condemns ||
           p == Property::BreaksRelationsWith || p == Property::Attacks || p == Property::Threatens;
  }

  // "for allegedly …", "over alleged …", "over allegations": one past the
  // word that gives the reason, or 0.
  std::uint32_t alleged_reason(std::uint32_t at, std::uint32_t end) const {
    if (at + 1 >= end) return 0;
    const std::string_view why = seg_.tokens[at].norm;
    const std::string_view what = seg_.tokens[at + 1].norm;
    if ((why == "for" || why == "over") &&
        (what == "allegedly" || what == "alleged" || what == "allegations" || what == "supposedly")) {
      return at + 2;
    }
    return 0;
  }

  // One claim per statement and sentence: two patterns reading the same
  // words ("warned Kiev" and "warned Kiev of") give one claim, with the
  // longer evidence.
  void add(const Claim& c) {
    const auto key = std::make_tuple(c.subject, c.object, static_cast<int>(c.property), c.negative,
                                     static_cast<int>(c.modality), c.attributed_to, sentence_of(c.evidence));
    const auto [it, inserted] = seen_.emplace(key, claims_.size());
    if (inserted) {
      claims_.push_back(c);
      return;
    }
    Claim& kept = claims_[it->second];
    if (c.evidence.size() > kept.evidence.size()) kept.evidence = c.evidence;
  }

  std::uint32_t sentence_of(Span span) const {
    const auto it = std::upper_bound(seg_.sentences.begin(), seg_.sentences.end(), span.begin,
                                     [](std::uint32_t at, const Sentence& s) { return at < s.span.begin; });
    return static_cast<std::uint32_t>(it - seg_.sentences.begin());
  }

  // "Peru and Chile spoke up for the plan – as did the army":
  // the last claim before "as did X" holds for X too.
  void ellipsis(const Sentence& s, std::size_t first_claim) {
    if (claims_.size() == first_claim) return;
    for (std::uint32_t i = s.first; i + 2 < s.last; ++i) {
      const std::string_view w = seg_.tokens[i].norm;
      if (w != "as" && w != "so") continue;
      const std::string_view aux = seg_.tokens[i + 1].norm;
      if (aux != "did" && aux != "does" && aux != "do" && aux != "has" && aux != "have" && aux != "had") continue;
      const auto list = syntax_.noun_phrases_forward(i + 2, s.last, Possessed::No);
      if (!list) continue;
      const std::uint32_t at = seg_.tokens[i].span.begin;
      // The claims that end before "as", from the last trigger.
      std::vector<Claim> copies;
      std::uint32_t latest = 0;
      for (std::size_t c = first_claim; c < claims_.size(); ++c) {
        if (claims_[c].evidence.end <= at) latest = std::max(latest, claims_[c].evidence.begin);
      }
      for (std::size_t c = first_claim; c < claims_.size(); ++c) {
        const Claim& base = claims_[c];
        if (base.evidence.end > at || base.evidence.begin != latest) continue;
        for (const Argument& a : list->items) {
          if (res_.entities[a.entity].type == EntityType::Place) continue;
          Claim copy = base;
          copy.subject = a.entity;
          copy.evidence = Span{base.evidence.begin, seg_.tokens[list->last - 1].span.end};
          if (copy.subject != copy.object) copies.push_back(copy);
        }
      }
      for (const Claim& c : copies) add(c);
    }
  }

  // A speaker's judging word about an agent: "Iran's dangerous escalation"
  // in a quotation, "X said Trump's rhetoric was childish", "aggression by
  // Iran": the speaker condemns the agent ("his courage": praises it).
  void evaluations(const Sentence& s) {
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      const Token& t = seg_.tokens[i];
      if (t.kind != TokenKind::Word) continue;
      const std::uint8_t evaluation = k_.relations.evaluation(t.norm, t.norm_hash);
      if (evaluation == 0) continue;
      const bool condemnation = (evaluation & RelationLexicon::kCondemns) != 0;
      const bool accusation = (evaluation & RelationLexicon::kAccuses) != 0;
      // Who judges: the quotation's speaker, or every subject of "X and Y said (that) …".
      std::vector<std::uint32_t> judges;
      std::uint32_t floor = s.first;
      const std::int32_t quotation = t.quotation;
      if (quotation >= 0 && speakers_[static_cast<std::size_t>(quotation)].speaker >= 0) {
        // (a scare quote's owner may stand outside it)
        judges.push_back(static_cast<std::uint32_t>(speakers_[static_cast<std::size_t>(quotation)].speaker));
      } else {
        for (std::uint32_t v = i; v-- > s.first;) {
          if (!syntax_.is(v, WordClass::SpeechVerb) && !seg_.tokens[v].norm_is("called") &&
              !seg_.tokens[v].norm_is("branded") && !seg_.tokens[v].norm_is("labelled") &&
              !seg_.tokens[v].norm_is("labeled") && !seg_.tokens[v].norm_is("termed")) {
            continue;
          }
          const SubjectSearch speaker = syntax_.subject_before(v, s.first);
          if (!speaker.subjects.empty() && !speaker.modifiers.negate) {
            for (const Argument& a : speaker.subjects.items) judges.push_back(a.entity);
            floor = v + 1;
          }
          break;
        }
      }
      if (judges.empty()) continue;
      // A judging word is said of one agent; an accusing verb of its subjects.
      ArgumentList targets;
      if (accusation) {
        const SubjectSearch search = syntax_.subject_before(i, floor);
        if (search.modifiers.negate) continue;
        targets = search.subjects;
        // "using technology to spy on": the accused is whoever acts (the
        // listed verb forms are verbs here even where the word list lacks them).
        const bool infinitive = search.stop == Stop::Infinitive ||
                                (search.stop == Stop::Preposition && seg_.tokens[search.stop_token].norm_is("to"));
        if (targets.empty() && infinitive) targets = syntax_.clause_subject(search.stop_token, floor);
      } else if (const auto target = judged(i, floor, s.last)) {
        targets.items.push_back(*target);
      }
      if (!pairable(judges.size(), targets.items.size())) continue;
      for (const Argument& target : targets.items) {
        if (res_.entities[target.entity].type == EntityType::Place) continue;
        for (const std::uint32_t judge : judges) {
          if (target.entity == judge || res_.entities[judge].type == EntityType::Place) continue;
          Claim c;
          c.subject = judge;
          c.object = target.entity;
          c.property = accusation ? Property::Accuses : condemnation ? Property::Condemns : Property::Praises;
          c.attributed_to = static_cast<std::int32_t>(judge);
          const std::uint32_t first = std::min(target.first, i);
          const std::uint32_t last = std::max(target.last, i + 1);
          c.evidence = Span{seg_.tokens[first].span.begin, seg_.tokens[last - 1].span.end};
          add(c);
        }
      }
    }
  }

  // What the judging word at i is said of: a possessor before it ("Iran's
  // dangerous escalation", "its aggression"), the subject it is predicated
  // of ("Trump is reckless", "Trump's rhetoric was childish"), or the agent
  // after it ("aggression by Iran", "threats from Pyongyang").
  std::optional<Argument> judged(std::uint32_t i, std::uint32_t floor, std::uint32_t end) const {
    std::uint32_t j = i;
    // Skip the adjectives and adverbs before the word, and a copula.
    bool copula = false;
    for (std::uint32_t n = 0; j > floor && n < 5; ++n) {
      const Token& p = seg_.tokens[j - 1];
      if (p.kind == TokenKind::Possessive) {
        if (auto owner = syntax_.argument_ending_at(j - 1)) return owner;
        return std::nullopt;
      }
      if (auto a = syntax_.argument_ending_at(j)) {
        // "its aggression" (a possessive pronoun), or the subject of a copula.
        if (syntax_.is(a->first, WordClass::Possessive) || copula) return a;
        return std::nullopt;
      }
      if (syntax_.transparent(j - 1) || syntax_.adverb(j - 1) || p.norm_is("very") || p.norm_is("so") ||
          p.norm_is("too") || p.norm_is("more") || p.norm_is("most") || p.norm_is("increasingly")) {
        --j;
        continue;
      }
      // "He has an incisive intellect": having a quality predicates it.
      if ((p.norm_is("a") || p.norm_is("an")) && j >= floor + 2) {
        const std::string_view have = seg_.tokens[j - 2].norm;
        if (have == "has" || have == "have" || have == "had" || have == "showed" || have == "shows") {
          copula = true;
          j -= 2;
          continue;
        }
      }
      if (p.norm_is("is") || p.norm_is("was") || p.norm_is("are") || p.norm_is("were") || p.norm_is("been") ||
          p.norm_is("be") || p.norm_is("'s")) {
        copula = true;
        --j;
        continue;
      }
      if (p.norm_is("to")) break;  // "it was important to be honest": no one is judged
      if (copula && p.kind == TokenKind::Word && !p.capitalized && syntax_.is(j - 1, WordClass::Determiner) == false &&
          (syntax_.verb_shapes(j - 1) & (kPast | kThird)) == 0) {
        --j;  // "Trump's rhetoric was …": the noun between owner and copula
        continue;
      }
      if (!copula && p.kind == TokenKind::Word && !p.capitalized && !syntax_.is(j - 1, WordClass::Preposition) &&
          syntax_.verb_shapes(j - 1) == 0 && !syntax_.is(j - 1, WordClass::Determiner)) {
        --j;  // another adjective: "Iran's dangerous regional escalation"
        continue;
      }
      break;
    }
    // "aggression by Iran", "threats from North Korea", "the hypocrisy of X".
    if (i + 2 < end) {
      const std::string_view w = seg_.tokens[i + 1].norm;
      if (w == "by" || w == "from" || w == "of") {
        if (auto a = syntax_.noun_phrases_forward(i + 2, end, Possessed::No)) return a->items.front();
      }
    }
    return std::nullopt;
  }

  // "talks between France and Iran", "a meeting between Trump and Kim",
  // "Netanyahu and Pompeo met": every pair met.
  void between(const Sentence& s) {
    for (std::uint32_t i = s.first + 2; i < s.last; ++i) {
      const std::string_view verb = seg_.tokens[i].norm;
      if (verb != "met" && verb != "meet" && verb != "talked" && verb != "conferred") continue;
      const std::uint32_t next = i + 1;
      if (next < s.last && (seg_.tokens[next].norm_is("with") || syntax_.argument_at(next))) continue;
      const SubjectSearch search = syntax_.subject_before(i, s.first);
      if (search.subjects.items.size() < 2 || search.modifiers.negate) continue;
      pairs(search.subjects, i, i + 1, s);
    }
    static constexpr std::array<std::string_view, 8> kMeetings = {
        "talks", "meeting", "meetings", "negotiations", "summit", "discussions", "dialogue", "contacts"};
    for (std::uint32_t i = s.first; i + 3 < s.last; ++i) {
      const std::string_view w = seg_.tokens[i].norm;
      if (std::find(kMeetings.begin(), kMeetings.end(), w) == kMeetings.end()) continue;
      const std::string_view b = seg_.tokens[i + 1].norm;
      if (b != "between" && b != "among") continue;
      const auto list = syntax_.noun_phrases_forward(i + 2, s.last, Possessed::No);
      if (!list || list->items.size() < 2) continue;
      pairs(*list, i, list->last, s);
    }
  }

  void pairs(const ArgumentList& list, std::uint32_t first, std::uint32_t last, const Sentence& s) {
    (void)s;
    const std::uint32_t from = std::min(first, list.first);
    const std::uint32_t to = std::max(last, list.last);
    for (std::size_t a = 0; a + 1 < list.items.size(); ++a) {
      for (std::size_t c = a + 1; c < list.items.size(); ++c) {
        Claim claim;
        claim.subject = list.items[a].entity;
        claim.object = list.items[c].entity;
        if (claim.subject == claim.object) continue;
        if (res_.entities[claim.subject].type == EntityType::Place || res_.entities[claim.object].type == EntityType::Place) {
          continue;
        }
        claim.property = Property::MeetsWith;
        claim.evidence = Span{seg_.tokens[from].span.begin, seg_.tokens[to - 1].span.end};
        const std::int32_t quotation = seg_.tokens[first].quotation;
        if (quotation >= 0) claim.attributed_to = speakers_[static_cast<std::size_t>(quotation)].speaker;
        add(claim);
      }
    }
  }

  const Segmentation& seg_;
  const Resolution& res_;
  const Syntax& syntax_;
  const Knowledge& k_;
  const std::vector<Attribution>& speakers_;
  std::vector<Claim> claims_;
  std::vector<std::uint32_t> required_seen_;  ///< Per required pattern word: the last sentence that had it.
  std::map<std::tuple<std::uint32_t, std::uint32_t, int, bool, int, std::int32_t, std::uint32_t>, std::size_t> seen_;
};

}  // namespace

std::vector<Claim> find_claims(const Segmentation& seg, const Resolution& res, const Syntax& syntax,
                               const Knowledge& knowledge, const std::vector<Attribution>& quote_speakers) {
  return ClaimFinder(seg, res, syntax, knowledge, quote_speakers).run();
}

}  // namespace cg
