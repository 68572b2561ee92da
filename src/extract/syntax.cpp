// SPDX-License-Identifier: MIT
#include "extract/syntax.hpp"

#include <algorithm>
#include <array>

namespace cg {

namespace {

// Quantities that let a name follow "of" and still be a subject ("The likes
// of Chile and Peru voted for it", "some of the allies").
constexpr std::array<std::string_view, 16> kQuantifiers = {
    "likes", "some", "many", "most", "all", "both", "each", "none",
    "one",   "two",  "three", "several", "few", "majority", "rest", "any"};

Modality modality_of(Effect e) {
  switch (e) {
    case Effect::Future: return Modality::Future;
    case Effect::Conditional: return Modality::Conditional;
    case Effect::Possible: return Modality::Possible;
    case Effect::Threatened: return Modality::Threatened;
    case Effect::Intended: return Modality::Intended;
    case Effect::Attempted: return Modality::Attempted;
    case Effect::Negate:
    case Effect::Asserted: break;
  }
  return Modality::Asserted;
}

bool contains(const auto& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

Syntax::Syntax(const Segmentation& seg, const Resolution& res, const Knowledge& knowledge,
               const std::vector<WordInfo>* words)
    : seg_(seg), res_(res), k_(knowledge) {
  if (words && words->size() != seg.tokens.size()) words = nullptr;
  const std::size_t n = seg.tokens.size();
  classes_.assign(n, 0);
  shapes_.assign(n, 0);
  quote_entity_.assign(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = seg.tokens[i];
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Clitic && t.kind != TokenKind::Possessive) continue;
    const WordInfo info = words ? (*words)[i] : knowledge.words.info(t.norm, t.norm_hash);
    classes_[i] = info.classes;
    shapes_[i] = info.shapes;
    // A lower-case word the lexicon does not know that ends in "-ed" is a
    // past form ("submitted", "lambasted"): news has more verbs than any list.
    if (shapes_[i] == 0 && classes_[i] == 0 && t.kind == TokenKind::Word && !t.capitalized && t.norm.size() >= 5 &&
        t.norm.compare(t.norm.size() - 2, 2, "ed") == 0) {
      shapes_[i] = kPast;
    }
  }
  find_pairs();
}

namespace {

// Plural nouns a pair of named agents is referred back by, and the kinds of
// agent each takes.
enum PairKind : std::uint8_t { kPairPeople = 1, kPairStates = 2, kPairBodies = 4 };

std::uint8_t pair_kind(std::string_view noun) {
  static const std::array<std::pair<std::string_view, std::uint8_t>, 16> kNouns = {{
      {"leaders", kPairPeople | kPairStates},
      {"men", kPairPeople},
      {"women", kPairPeople},
      {"presidents", kPairPeople},
      {"ministers", kPairPeople},
      {"countries", kPairStates},
      {"nations", kPairStates},
      {"governments", kPairStates},
      {"states", kPairStates},
      {"powers", kPairStates},
      {"neighbours", kPairStates},
      {"neighbors", kPairStates},
      {"sides", kPairPeople | kPairStates | kPairBodies},
      {"delegations", kPairStates | kPairBodies},
      {"institutions", kPairBodies},
      {"organizations", kPairBodies},
  }};
  for (const auto& [word, kind] : kNouns) {
    if (word == noun) return kind;
  }
  return 0;
}

bool pair_fits(EntityType type, std::uint8_t kind) {
  if (type == EntityType::Person) return (kind & kPairPeople) != 0;
  if (type == EntityType::Country) return (kind & kPairStates) != 0;
  if (type == EntityType::Place) return false;
  return (kind & kPairBodies) != 0 || (type == EntityType::GovernmentBody && (kind & kPairStates) != 0);
}

}  // namespace

void Syntax::find_pairs() {
  const auto& tokens = seg_.tokens;
  for (std::uint32_t i = 0; i + 2 < tokens.size(); ++i) {
    // "the two countries", "both sides", "both the countries".
    std::uint32_t noun = 0;
    if (tokens[i].norm_is("the") && tokens[i + 1].norm_is("two")) noun = i + 2;
    else if (tokens[i].norm_is("both")) noun = tokens[i + 1].norm_is("the") ? i + 2 : i + 1;
    else continue;
    // (an adjective may come between: "the two nuclear powers")
    std::uint8_t kind = pair_kind(tokens[noun].norm);
    if (!kind && noun + 1 < tokens.size() && tokens[noun].kind == TokenKind::Word && !tokens[noun].capitalized) {
      kind = pair_kind(tokens[++noun].norm);
    }
    if (!kind || argument_at(i) || res_.token_reference[noun] >= 0) continue;
    // The latest "A and B" of two fitting agents, this sentence or the two before.
    const std::uint32_t sentence = tokens[i].sentence;
    // (at most 200 tokens back: a run-on "sentence" must not make this quadratic)
    const std::uint32_t floor = std::max(seg_.sentences[sentence >= 2 ? sentence - 2 : 0].first, i > 200 ? i - 200 : 0);
    const auto add_pair = [&](std::uint32_t a, std::uint32_t b) {
      ArgumentList pair;
      pair.items = {Argument{a, i, noun + 1}, Argument{b, i, noun + 1}};
      pair.first = i;
      pair.last = noun + 1;
      pairs_.push_back(std::move(pair));
    };
    const std::size_t found = pairs_.size();
    for (std::uint32_t x = i; x-- > floor + 1;) {
      if (!tokens[x].norm_is("and")) continue;
      const auto a = argument_ending_at(x);
      auto b = argument_at(x + 1);
      if (!b && x + 2 < i && tokens[x + 1].norm_is("the")) b = argument_at(x + 2);
      if (!a || !b || a->entity == b->entity) continue;
      if (!pair_fits(res_.entities[a->entity].type, kind) || !pair_fits(res_.entities[b->entity].type, kind)) continue;
      add_pair(a->entity, b->entity);
      break;
    }
    if (pairs_.size() > found) continue;
    // Else exactly two fitting agents since the sentence before ("Castro
    // greets Chavez in Havana. The two leaders …"); people first for people.
    const std::uint32_t near = std::max(seg_.sentences[sentence >= 1 ? sentence - 1 : 0].first, floor);
    std::vector<Argument> people;
    std::vector<Argument> others;
    for (std::uint32_t x = near; x < i; ++x) {
      const auto a = argument_at(x);
      if (!a) continue;
      const EntityType type = res_.entities[a->entity].type;
      if (!pair_fits(type, kind)) continue;
      auto& into = type == EntityType::Person ? people : others;
      if (std::none_of(into.begin(), into.end(), [&](const Argument& y) { return y.entity == a->entity; })) {
        into.push_back(*a);
      }
      x = a->last - 1;
    }
    const std::vector<Argument>* chosen = nullptr;
    if ((kind & kPairPeople) && people.size() == 2) chosen = &people;
    else if ((kind & (kPairStates | kPairBodies)) && people.size() < 2 && others.size() == 2) chosen = &others;
    if (chosen) add_pair((*chosen)[0].entity, (*chosen)[1].entity);
  }
}

const ArgumentList* Syntax::pair_at(std::uint32_t i) const {
  const auto it = std::lower_bound(pairs_.begin(), pairs_.end(), i,
                                   [](const ArgumentList& l, std::uint32_t at) { return l.first < at; });
  return it != pairs_.end() && it->first == i ? &*it : nullptr;
}

const ArgumentList* Syntax::pair_ending_at(std::uint32_t end) const {
  // Pairs do not overlap, so their ends are in text order too.
  const auto it = std::lower_bound(pairs_.begin(), pairs_.end(), end,
                                   [](const ArgumentList& l, std::uint32_t e) { return l.last < e; });
  return it != pairs_.end() && it->last == end ? &*it : nullptr;
}

void Syntax::bind_quote_pronouns(const Quotation& q, std::uint32_t speaker, std::int32_t addressee) {
  for (std::uint32_t i = q.open_token + 1; i < q.close_token && i < seg_.tokens.size(); ++i) {
    if (res_.token_reference[i] >= 0) continue;
    if (is(i, WordClass::PronounFirst)) {
      quote_entity_[i] = static_cast<std::int32_t>(speaker);
    } else if (is(i, WordClass::PronounSecond) && addressee >= 0) {
      quote_entity_[i] = addressee;
    }
  }
}

bool Syntax::transparent(std::uint32_t i) const { return seg_.tokens[i].kind == TokenKind::Quote; }

bool Syntax::adverb(std::uint32_t i) const {
  const Token& t = seg_.tokens[i];
  if (t.kind != TokenKind::Word || t.capitalized) return false;
  if (is(i, WordClass::Adverb)) return true;
  const std::string_view w = t.norm;
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 && shapes_[i] == 0 &&
         !is(i, WordClass::Determiner) && w != "ally" && w != "rally" && w != "family";
}

std::optional<Argument> Syntax::argument_at(std::uint32_t i) const {
  if (i >= seg_.tokens.size()) return std::nullopt;
  if (quote_entity_[i] >= 0) return Argument{static_cast<std::uint32_t>(quote_entity_[i]), i, i + 1};
  const std::int32_t r = res_.token_reference[i];
  if (r < 0) return std::nullopt;
  const Reference& ref = res_.references[static_cast<std::size_t>(r)];
  if (ref.first != i) return std::nullopt;
  return Argument{ref.entity, ref.first, ref.last};
}

std::optional<Argument> Syntax::argument_ending_at(std::uint32_t end) const {
  if (end == 0 || end > seg_.tokens.size()) return std::nullopt;
  const std::uint32_t i = end - 1;
  if (quote_entity_[i] >= 0) return Argument{static_cast<std::uint32_t>(quote_entity_[i]), i, end};
  const std::int32_t r = res_.token_reference[i];
  if (r < 0) return std::nullopt;
  const Reference& ref = res_.references[static_cast<std::size_t>(r)];
  if (ref.last != end) return std::nullopt;
  return Argument{ref.entity, ref.first, ref.last};
}

std::optional<ArgumentList> Syntax::noun_phrases_forward(std::uint32_t i, std::uint32_t limit,
                                                         Possessed possessed_nouns) const {
  // One noun phrase: determiners, modifiers and quotation marks, then a reference.
  auto one = [&](std::uint32_t at, std::uint32_t* end) -> std::optional<Argument> {
    std::uint32_t j = at;
    int modifiers = 0;
    while (j < limit) {
      if (transparent(j)) {
        ++j;
        continue;
      }
      if (argument_at(j)) break;
      const Token& t = seg_.tokens[j];
      if (t.kind == TokenKind::Possessive && j > at && seg_.tokens[j - 1].kind == TokenKind::Word &&
          !seg_.tokens[j - 1].capitalized) {
        ++j;  // "the rebels' leader": a common noun's possessive is a modifier
        continue;
      }
      if (t.kind != TokenKind::Word) return std::nullopt;
      // "warned that Israel …": "that" before a name opens a clause.
      if (t.norm_is("that") && j + 1 < limit && seg_.tokens[j + 1].capitalized) return std::nullopt;
      if (is(j, WordClass::Determiner)) {
        ++j;
        continue;
      }
      const bool function_word = is(j, WordClass::Preposition) || is(j, WordClass::Conjunction) ||
                                 is(j, WordClass::Relative) || is(j, WordClass::Auxiliary) ||
                                 is(j, WordClass::Subordinator) || is(j, WordClass::Possessive) ||
                                 is(j, WordClass::PronounPerson) || is(j, WordClass::PronounPlural) ||
                                 is(j, WordClass::PronounThing);
      // After a determiner, "-s" and "-ed" words are nouns and adjectives
      // ("the rebels' leader", "the elected president"); without one they may
      // be the next verb.
      const bool determined = j > at && is(at, WordClass::Determiner);
      const bool finite_verb = !determined && (shapes_[j] & (kThird | kPast)) != 0 && (shapes_[j] & kBase) == 0;
      if (t.capitalized || function_word || finite_verb || modifiers >= 3) return std::nullopt;
      ++modifiers;
      ++j;
    }
    if (j >= limit) return std::nullopt;
    auto arg = argument_at(j);
    if (!arg) return std::nullopt;
    std::uint32_t k = arg->last;
    // "Venezuela's Nicolas Maduro": the possessor qualifies the name after it.
    while (k < limit && seg_.tokens[k].kind == TokenKind::Possessive) {
      std::uint32_t n = k + 1;
      int mods = 0;
      while (n < limit && !argument_at(n) && seg_.tokens[n].kind == TokenKind::Word &&
             !seg_.tokens[n].capitalized && mods < 3 && !is(n, WordClass::Preposition)) {
        ++n;
        ++mods;
      }
      if (n < limit) {
        if (auto next = argument_at(n)) {
          arg = next;
          k = next->last;
          continue;
        }
      }
      if (possessed_nouns == Possessed::No) return std::nullopt;  // "Maduro's isolation" is not Maduro
      k = k + 1;
      while (k < limit && seg_.tokens[k].kind == TokenKind::Word && !seg_.tokens[k].capitalized &&
             !is(k, WordClass::Preposition) && !is(k, WordClass::Conjunction)) {
        ++k;
      }
      if (possessed_nouns == Possessed::Acts && !is(k - 1, WordClass::ActNoun)) return std::nullopt;
      break;
    }
    // "his policy": a possessive pronoun names its owner only where allowed.
    const Token& head = seg_.tokens[arg->first];
    if (arg->last == arg->first + 1 && is(arg->first, WordClass::Possessive) &&
        !(head.norm_is("her") && !(arg->last < limit && seg_.tokens[arg->last].kind == TokenKind::Word &&
                                   !seg_.tokens[arg->last].capitalized && !is(arg->last, WordClass::Preposition)))) {
      // "its Chilean counterpart Ana Ruiz", "his predecessor Barack Obama":
      // the name the possessive qualifies.
      for (std::uint32_t x = k; x < limit && x < k + 5; ++x) {
        if (auto named = argument_at(x)) {
          *end = named->last;
          return named;
        }
        const Token& w = seg_.tokens[x];
        if (w.kind != TokenKind::Word || is(x, WordClass::Preposition) || is(x, WordClass::Conjunction) ||
            is(x, WordClass::Auxiliary) || is(x, WordClass::Relative)) {
          break;
        }
      }
      // A speaker's "our constitution" is not the speaker; "his policy" is
      // its owner only where the caller allows.
      if (possessed_nouns == Possessed::No || is(arg->first, WordClass::PronounFirst) ||
          is(arg->first, WordClass::PronounSecond)) {
        return std::nullopt;
      }
      while (k < limit && seg_.tokens[k].kind == TokenKind::Word && !seg_.tokens[k].capitalized &&
             !is(k, WordClass::Preposition) && !is(k, WordClass::Conjunction)) {
        ++k;
      }
      if (possessed_nouns == Possessed::Acts && (k == arg->last || !is(k - 1, WordClass::ActNoun))) return std::nullopt;
    }
    *end = k;
    return arg;
  };

  if (const ArgumentList* pair = pair_at(i)) {
    if (pair->last <= limit) return *pair;
  }
  std::uint32_t end = i;
  auto first = one(i, &end);
  if (!first) return std::nullopt;
  ArgumentList list;
  list.first = i;
  list.items.push_back(*first);
  std::uint32_t k = end;
  // Items after bare commas join the list only once a conjunction brings
  // the last one ("Brazil, Argentina and Canada"); without it the comma
  // opens an apposition ("the World Bank, Ajay Banga, said").
  std::vector<Argument> pending;
  std::uint32_t pending_end = k;
  for (;;) {
    if (pending_end >= limit) break;
    std::uint32_t n = pending_end;
    const std::string_view w = seg_.tokens[n].norm;
    // Headlines list with bare commas ("Venezuela, Nicaragua offer …").
    bool conjunction = seg_.sentences[seg_.tokens[i].sentence].headline;
    if (w == ",") {
      ++n;
      if (n < limit && (seg_.tokens[n].norm_is("and") || seg_.tokens[n].norm_is("or"))) {
        ++n;
        conjunction = true;
      }
    } else if (w == "and" || w == "or" || w == "nor") {
      ++n;
      conjunction = true;
    } else if (w == "as" && n + 2 < limit && seg_.tokens[n + 1].norm_is("well") && seg_.tokens[n + 2].norm_is("as")) {
      n += 3;
      conjunction = true;
    } else {
      break;
    }
    std::uint32_t next_end = n;
    auto next = one(n, &next_end);
    if (!next) break;
    pending.push_back(*next);
    pending_end = next_end;
    if (conjunction) {
      list.items.insert(list.items.end(), pending.begin(), pending.end());
      pending.clear();
      k = pending_end;
    }
  }
  list.last = k;
  return list;
}

std::optional<ArgumentList> Syntax::final_noun_phrases(std::uint32_t i, std::uint32_t limit,
                                                       Possessed possessed_nouns) const {
  auto list = noun_phrases_forward(i, limit, possessed_nouns);
  if (!list) {
    // "his predecessors and Hillary Clinton": an unnamed first conjunct;
    // "dictators like Fidel Castro", "countries such as Cuba": the examples.
    for (std::uint32_t x = i; x < limit && x < i + 12; ++x) {
      const Token& w = seg_.tokens[x];
      if (w.norm_is("and") && x > i && x < i + 5) {
        list = noun_phrases_forward(x + 1, limit, possessed_nouns);
        if (list) break;
        continue;  // "entities and people, including …"
      }
      if ((w.norm_is("like") || w.norm_is("including")) && x > i) {
        list = noun_phrases_forward(x + 1, limit, possessed_nouns);
        break;
      }
      if (w.norm_is("such") && x > i && x + 1 < limit && seg_.tokens[x + 1].norm_is("as")) {
        list = noun_phrases_forward(x + 2, limit, possessed_nouns);
        break;
      }
      if (w.kind == TokenKind::Possessive || transparent(x) || w.norm_is(",") || w.norm_is("of")) continue;
      // "14 Iranian entities and people, including …": numbers and names
      // that only qualify the unnamed head.
      if (w.kind == TokenKind::Number || is(x, WordClass::NumberWord)) continue;
      const std::uint32_t name_end = argument_at(x) ? argument_at(x)->last : x + 1;
      if (w.capitalized && name_end < limit && seg_.tokens[name_end].kind == TokenKind::Word &&
          !seg_.tokens[name_end].capitalized && !is(name_end, WordClass::Preposition) &&
          !is(name_end, WordClass::Conjunction)) {
        x = name_end - 1;
        continue;
      }
      if (w.kind != TokenKind::Word || w.capitalized || is(x, WordClass::Preposition) || is(x, WordClass::Auxiliary) ||
          is(x, WordClass::Relative) || (shapes_[x] & (kPast | kThird)) != 0) {
        break;
      }
    }
  }
  if (!list) return list;
  // A name followed by a noun modifies it ("U.S. surveillance", "the
  // National Security Agency contractor"): a lower-case word that is no
  // function word, adverb or verb form is taken for that noun.
  const std::uint32_t after = list->last;
  if (after < limit && seg_.tokens[after].kind == TokenKind::Word && !seg_.tokens[after].capitalized) {
    const WordClassSet c = classes_[after];
    const WordClassSet function_words =
        bit(WordClass::Preposition) | bit(WordClass::Conjunction) |
        bit(WordClass::Subordinator) | bit(WordClass::Adverb) |
        bit(WordClass::Relative) | bit(WordClass::Auxiliary) |
        bit(WordClass::Determiner) | bit(WordClass::Negation) |
        bit(WordClass::PronounPerson) | bit(WordClass::PronounPlural) |
        bit(WordClass::PronounThing) | bit(WordClass::NumberWord);
    const bool noun = is(after, WordClass::CompoundHead) ||
                      ((c & function_words) == 0 && shapes_[after] == 0 && !adverb(after));
    if (noun) {
      // "NSA whistleblower Edward Snowden": the noun describes a person named after it.
      for (std::uint32_t x = after + 1; x < limit && x < after + 3; ++x) {
        if (auto person = argument_at(x)) {
          if (res_.entities[person->entity].type != EntityType::Person) break;
          ArgumentList named;
          named.items.push_back(*person);
          named.first = i;
          named.last = person->last;
          return named;
        }
        if (seg_.tokens[x].kind != TokenKind::Word || seg_.tokens[x].capitalized) break;
      }
      return std::nullopt;
    }
  }
  return list;
}

ArgumentList Syntax::list_backward(Argument last, std::uint32_t floor) const {
  std::vector<Argument> items{last};
  std::uint32_t first = last.first;
  // "Venezuela's Nicolas Maduro": a possessor before the name belongs to it.
  if (first >= floor + 2 && seg_.tokens[first - 1].kind == TokenKind::Possessive) {
    if (auto owner = argument_ending_at(first - 1)) first = owner->first;
  }
  // "A, B and C": bare commas only before the "and" (headlines need none).
  bool conjunction = seg_.sentences[seg_.tokens[last.first].sentence].headline;
  for (;;) {
    std::uint32_t j = first;
    // "the SNP and the Tories": a determiner before an item.
    if (j > floor + 1 && is(j - 1, WordClass::Determiner) && seg_.tokens[j - 2].norm_is("and")) --j;
    if (j <= floor) break;
    const std::string_view w = seg_.tokens[j - 1].norm;
    if (w == "and" || w == "or" || w == "nor") {
      --j;
      if (j > floor && seg_.tokens[j - 1].norm_is(",")) --j;
      conjunction = true;
    } else if (w == "," && conjunction) {
      --j;
    } else {
      break;
    }
    auto prev = argument_ending_at(j);
    if (!prev) {
      // "the Kremlin's" etc. only when a name; determiners before a name.
      if (j > floor && is(j - 1, WordClass::Determiner)) {
        prev = argument_ending_at(j);
      }
      if (!prev) break;
    }
    items.push_back(*prev);
    first = prev->first;
    if (first > floor && is(first - 1, WordClass::Determiner)) --first;
  }
  std::reverse(items.begin(), items.end());
  ArgumentList list;
  list.items = std::move(items);
  list.first = first;
  list.last = last.last;
  return list;
}

std::uint32_t Syntax::modifier_ending_at(std::uint32_t end, std::uint32_t floor, Effect* effect) const {
  std::uint32_t best = 0;
  for (const Modifier& m : k_.relations.modifiers()) {
    const auto len = static_cast<std::uint32_t>(m.words.size());
    if (len <= best || end < floor + len) continue;
    bool match = true;
    for (std::uint32_t x = 0; x < len && match; ++x) {
      const Token& t = seg_.tokens[end - len + x];
      match = m.words[x].count(t.norm) != 0;
    }
    if (match) {
      best = len;
      *effect = m.effect;
    }
  }
  return best;
}

bool Syntax::nominative(const Argument& a) const {
  if (a.last != a.first + 1) return false;
  const std::string_view w = seg_.tokens[a.first].norm;
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
}

SubjectSearch Syntax::subject_before(std::uint32_t i, std::uint32_t floor) const {
  SubjectSearch out;
  std::uint32_t j = i;
  auto apply = [&](Effect e) {
    if (e == Effect::Negate) {
      out.modifiers.negate = !out.modifiers.negate;
      return;
    }
    // The modal nearest the verb decides ("would have to be ready to").
    if (out.modifiers.modality == Modality::Asserted) out.modifiers.modality = modality_of(e);
  };
  auto found_list = [&](const ArgumentList& list) {
    out.subjects = list;
    out.stop = Stop::Found;
    return out;
  };
  auto found = [&](Argument a) { return found_list(list_backward(a, floor)); };
  auto stopped = [&](Stop why, std::uint32_t at) {
    out.stop = why;
    out.stop_token = at;
    return out;
  };
  while (j > floor) {
    const std::uint32_t p = j - 1;
    const Token& t = seg_.tokens[p];
    if (const ArgumentList* pair = pair_ending_at(j); pair && pair->first >= floor) {
      return found_list(*pair);
    }
    if (auto a = argument_ending_at(j)) {
      // "who was in Moscow … meeting": a place phrase is no subject ("after he
      // threatened": a preposition that may open a clause introduces one).
      if (a->first > floor && is(a->first - 1, WordClass::Preposition) && !seg_.tokens[a->first - 1].norm_is("of") &&
          !is(a->first - 1, WordClass::Subordinator) && !nominative(*a)) {
        j = a->first - 1;
        continue;
      }
      return found(*a);
    }
    if (transparent(p) || adverb(p)) {
      j = p;
      continue;
    }
    Effect effect{};
    if (const std::uint32_t len = modifier_ending_at(j, floor, &effect)) {
      apply(effect);
      j -= len;
      continue;
    }
    if (is(p, WordClass::Auxiliary) || is(p, WordClass::Negation) ||
        (t.kind == TokenKind::Clitic && t.norm_is("not"))) {
      if (t.norm_is("not")) out.modifiers.negate = !out.modifiers.negate;
      j = p;
      continue;
    }
    if (t.norm_is("to") && p > floor && is(p - 1, WordClass::ControlVerb)) {
      j = p - 1;
      continue;
    }
    if (t.norm_is("to") && p > floor) {
      // "envoy to talks with": "to" before a noun is a preposition.
      if ((shapes_[i] & kBase) == 0) {
        return stopped(Stop::Preposition, p);
      }
      // "urging member countries to cut ties": the doer is who was urged.
      for (std::uint32_t x = p; x-- > floor && x + 5 > p;) {
        const std::string_view lemma = k_.words.lemma_of(seg_.tokens[x].norm);
        if (lemma == "urge" || lemma == "ask" || lemma == "tell" || lemma == "order" || lemma == "press" ||
            lemma == "pressure" || lemma == "encourage" || lemma == "persuade" || lemma == "force" ||
            lemma == "allow" || lemma == "invite" || lemma == "want" || lemma == "call" || lemma == "expect") {
          return stopped(Stop::Other, p);
        }
      }
      // A purpose ("held a rally to denounce") belongs to the clause's subject;
      // ("asked Correa to turn down …" reports a request, not an act: no
      // claim; "a rally in Miami to denounce" is a purpose again.)
      if (auto a = argument_ending_at(p); a && !(a->first > floor && is(a->first - 1, WordClass::Preposition))) {
        return stopped(Stop::Other, p);
      }
      return stopped(Stop::Infinitive, p);
    }
    // A time between subject and verb: "on Sunday", "last week", "in March".
    if (const std::uint32_t len = time_phrase_ending_at(j, floor)) {
      j -= len;
      continue;
    }
    if ((t.norm_is("all") || t.norm_is("both") || t.norm_is("each")) && p > floor) {
      j = p;  // "China and Russia both spoke"
      continue;
    }
    if (is(p, WordClass::Relative)) {
      std::uint32_t q = p;
      if (q > floor && (seg_.tokens[q - 1].norm_is(",") || seg_.tokens[q - 1].kind == TokenKind::Dash)) --q;
      if (q >= floor + 2 && seg_.tokens[q - 1].norm_is("those") && seg_.tokens[q - 2].norm_is("among")) {
        j = q - 2;
        continue;
      }
      if (auto a = argument_ending_at(q)) return found(*a);
      return stopped(Stop::Other, p);
    }
    if (t.norm_is("those") && p > floor && seg_.tokens[p - 1].norm_is("among")) {
      j = p - 1;
      continue;
    }
    if (t.norm_is(",") || t.kind == TokenKind::Dash) {
      // An apposition between subject and verb: "Juan Guaido, the head of …, said".
      const bool dash = t.kind == TokenKind::Dash;
      for (std::uint32_t c = p; c-- > floor && c + 16 > p;) {
        const Token& ct = seg_.tokens[c];
        // A dash closes what a dash opened, a comma what a comma opened.
        if (dash ? ct.kind != TokenKind::Dash : !ct.norm_is(",")) continue;
        if (c + 1 >= p) break;
        const Token& opener = seg_.tokens[c + 1];
        const bool appositive = is(c + 1, WordClass::Determiner) || is(c + 1, WordClass::Relative) ||
                                argument_at(c + 1).has_value() || opener.kind == TokenKind::Number ||
                                is(c + 1, WordClass::NumberWord) || dash;
        if (!appositive) break;
        bool verb_inside = false;
        for (std::uint32_t x = c + 1; x < p; ++x) {
          if ((shapes_[x] & kThird) != 0 && !is(c + 1, WordClass::Relative)) verb_inside = true;
        }
        if (verb_inside) break;
        if (auto a = argument_ending_at(c)) return found(*a);
        // "Three -- Brazil, India and Poland -- have …": a count whose
        // apposition lists the agents.
        if (c > floor && (seg_.tokens[c - 1].kind == TokenKind::Number || is(c - 1, WordClass::NumberWord) ||
                          seg_.tokens[c - 1].norm_is("both") || seg_.tokens[c - 1].norm_is("all"))) {
          if (auto list = noun_phrases_forward(c + 1, p, Possessed::No); list && list->last == p) {
            return found_list(*list);
          }
        }
        break;
      }
      if (t.norm_is(",") && p > floor) {
        // "the head of the OAS, Luis Almagro, told": a name between commas
        // (not "murdered Otto Warmbier, threatened Guam").
        if (auto a = argument_ending_at(p)) {
          if (res_.entities[a->entity].type == EntityType::Person && a->first > floor &&
              seg_.tokens[a->first - 1].norm_is(",")) {
            return found(*a);
          }
        }
      }
      return stopped(Stop::Coordination, p);
    }
    // "the National Review magazine published": the name the noun classifies.
    if (is(p, WordClass::Classifier) && !t.capitalized) {
      if (auto a = argument_ending_at(p); a && !(a->first > floor && is(a->first - 1, WordClass::Preposition))) {
        return found(*a);
      }
    }
    if (is(p, WordClass::GroupNoun)) {
      // "Chile and other nations in the region are backing …"
      std::uint32_t q = p;
      int modifiers = 0;
      // "several European nations", "other Latin American countries".
      while (q > floor && modifiers < 4 && seg_.tokens[q - 1].kind == TokenKind::Word &&
             !seg_.tokens[q - 1].norm_is("and") && !is(q - 1, WordClass::Preposition) &&
             !argument_ending_at(q)) {
        --q;
        ++modifiers;
      }
      if (q > floor && (seg_.tokens[q - 1].norm_is("and") || seg_.tokens[q - 1].norm_is(","))) {
        if (auto a = argument_ending_at(q - 1)) return found(*a);
      }
      return stopped(Stop::Noun, p);
    }
    if (is(p, WordClass::Conjunction)) return stopped(Stop::Coordination, p);
    if (is(p, WordClass::Preposition)) return stopped(Stop::Preposition, p);
    return stopped(t.kind == TokenKind::Word && !t.capitalized ? Stop::Noun : Stop::Other, p);
  }
  return stopped(Stop::Boundary, floor);
}

std::uint32_t Syntax::time_phrase_ending_at(std::uint32_t end, std::uint32_t floor) const {
  if (end <= floor) return 0;
  const std::uint32_t p = end - 1;
  const std::string_view w = seg_.tokens[p].norm;
  const bool calendar = is(p, WordClass::Calendar);
  const bool unit = w == "week" || w == "month" || w == "year" || w == "night" || w == "morning" ||
                    w == "evening" || w == "afternoon" || w == "weekend" || w == "day";
  if (!calendar && !unit) return 0;
  std::uint32_t len = 1;
  // "Monday night", "last week", "on Sunday", "in early March".
  while (end > floor + len && len < 4) {
    const std::string_view before = seg_.tokens[end - len - 1].norm;
    if (is(end - len - 1, WordClass::Calendar) || before == "last" || before == "this" || before == "next" ||
        before == "early" || before == "late" || before == "on" || before == "in" || before == "earlier" ||
        before == "later") {
      ++len;
      continue;
    }
    break;
  }
  // A bare unit needs its "last"/"this"/"next": "the week" is no time.
  if (unit && len == 1) return 0;
  return len;
}

std::uint32_t Syntax::clause_start(std::uint32_t i, std::uint32_t floor) const {
  for (std::uint32_t j = i; j > floor; --j) {
    const std::uint32_t p = j - 1;
    const Token& t = seg_.tokens[p];
    if (t.norm_is(";")) return j;
    if (t.kind == TokenKind::Quote && t.quote == QuoteMark::Open && seg_.tokens[i].quotation >= 0 &&
        !t.single_quote) {
      return j;
    }
    if (t.kind == TokenKind::Word &&
        (t.norm_is("although") || t.norm_is("though") || t.norm_is("whereas") || t.norm_is("but") ||
         t.norm_is("while") || t.norm_is("because") || t.norm_is("unless") || t.norm_is("after") ||
         t.norm_is("before") || t.norm_is("when") || t.norm_is("since") || t.norm_is("until") || t.norm_is("once") ||
         t.norm_is("if") || t.norm_is("how") || t.norm_is("whether"))) {
      return j;
    }
  }
  return floor;
}

ArgumentList Syntax::clause_subject(std::uint32_t i, std::uint32_t floor) const {
  std::uint32_t start = clause_start(i, floor);
  // An opening adverbial or participle phrase ("Within minutes,", "Speaking
  // from a balcony at the palace,") ends at the first comma.
  const Token& opener = seg_.tokens[start];
  if (opener.kind == TokenKind::Word &&
      (is(start, WordClass::Preposition) || (shapes_[start] & kGerund) || is(start, WordClass::Subordinator) ||
       is(start, WordClass::Adverb))) {
    for (std::uint32_t c = start; c < i; ++c) {
      if (!seg_.tokens[c].norm_is(",")) continue;
      // "In addition to applications to Ecuador, Russia and Iceland, X …":
      // a comma inside a list of names does not end the phrase.
      if (argument_ending_at(c)) {
        const auto rest = noun_phrases_forward(c + 1, i, Possessed::No);
        if (rest && rest->items.size() >= 2) continue;
      }
      start = c + 1;
      break;
    }
  }
  for (std::uint32_t k = start; k < i; ++k) {
    auto a = argument_at(k);
    if (!a && pair_at(k)) a = pair_at(k)->items.front();
    if (!a) continue;
    if (k > start) {
      const std::uint32_t prev = k - 1;
      const bool after_preposition = is(prev, WordClass::Preposition) &&
                                     !(seg_.tokens[prev].norm_is("of") && prev > start &&
                                       contains(kQuantifiers, seg_.tokens[prev - 1].norm));
      // After a verb a name is its object ("he murdered X, threatened Y").
      const bool after_verb = (shapes_[prev] & (kPast | kThird)) != 0 && !is(prev, WordClass::Determiner);
      if (after_preposition || after_verb) {
        k = a->last - 1;
        continue;
      }
    }
    auto list = noun_phrases_forward(k, i, Possessed::No);
    if (!list) {
      k = a->last - 1;
      continue;
    }
    // The list must be followed by its verb (across adverbs and an apposition).
    std::uint32_t after = list->last;
    // "Trump last week held": a time phrase between subject and verb.
    for (std::uint32_t e = after + 1; e < i && e <= after + 4; ++e) {
      if (time_phrase_ending_at(e, after) == e - after) {
        after = e;
        break;
      }
    }
    while (after < i && (adverb(after) || transparent(after))) ++after;
    if (after < i && (seg_.tokens[after].norm_is(",") || seg_.tokens[after].kind == TokenKind::Dash)) {
      return *list;  // "Maduro, …, said"
    }
    if (after < i && (is(after, WordClass::Auxiliary) || shapes_[after] != 0 || is(after, WordClass::Negation))) {
      return *list;
    }
    // "Chile and other nations are …"
    if (after + 2 < i && (seg_.tokens[after].norm_is("and"))) {
      std::uint32_t x = after + 1;
      while (x < i && seg_.tokens[x].kind == TokenKind::Word && !is(x, WordClass::GroupNoun) && x < after + 5) ++x;
      if (x < i && is(x, WordClass::GroupNoun)) return *list;
    }
    return {};
  }
  return {};
}

}  // namespace cg
