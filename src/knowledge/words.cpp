// SPDX-License-Identifier: MIT
#include "knowledge/words.hpp"

#include <algorithm>
#include <array>

#include "knowledge/tsv.hpp"
#include "util/text.hpp"

namespace cg {

namespace {

struct ClassName {
  std::string_view name;
  WordClass cls;
};
constexpr std::array kClassNames = {
    ClassName{"determiner", WordClass::Determiner},
    ClassName{"possessive", WordClass::Possessive},
    ClassName{"pronoun-person", WordClass::PronounPerson},
    ClassName{"pronoun-thing", WordClass::PronounThing},
    ClassName{"pronoun-plural", WordClass::PronounPlural},
    ClassName{"pronoun-first", WordClass::PronounFirst},
    ClassName{"pronoun-second", WordClass::PronounSecond},
    ClassName{"relative", WordClass::Relative},
    ClassName{"auxiliary", WordClass::Auxiliary},
    ClassName{"negation", WordClass::Negation},
    ClassName{"preposition", WordClass::Preposition},
    ClassName{"conjunction", WordClass::Conjunction},
    ClassName{"subordinator", WordClass::Subordinator},
    ClassName{"adverb", WordClass::Adverb},
    ClassName{"number-word", WordClass::NumberWord},
    ClassName{"time-noun", WordClass::TimeNoun},
    ClassName{"government-noun", WordClass::GovernmentNoun},
    ClassName{"official-noun", WordClass::OfficialNoun},
    ClassName{"group-noun", WordClass::GroupNoun},
    ClassName{"collective-noun", WordClass::CollectiveNoun},
    ClassName{"speech-verb", WordClass::SpeechVerb},
    ClassName{"verb", WordClass::Verb},
    ClassName{"control-verb", WordClass::ControlVerb},
    ClassName{"organization-head", WordClass::OrganizationHead},
    ClassName{"party-head", WordClass::PartyHead},
    ClassName{"armed-head", WordClass::ArmedHead},
    ClassName{"government-head", WordClass::GovernmentHead},
    ClassName{"name-particle", WordClass::NameParticle},
    ClassName{"calendar", WordClass::Calendar},
    ClassName{"compound-head", WordClass::CompoundHead},
    ClassName{"act-noun", WordClass::ActNoun},
    ClassName{"classifier", WordClass::Classifier},
    ClassName{"protest-noun", WordClass::ProtestNoun},
    ClassName{"death-word", WordClass::DeathWord},
    ClassName{"victim-noun", WordClass::VictimNoun},
    ClassName{"victim-link", WordClass::VictimLink},
    ClassName{"complaint-verb", WordClass::ComplaintVerb},
    ClassName{"non-event-head", WordClass::NonEventHead},
};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool verb_class(WordClass c) {
  return c == WordClass::SpeechVerb || c == WordClass::Verb || c == WordClass::ControlVerb;
}

}  // namespace

std::vector<std::pair<std::string, std::uint8_t>> regular_inflections(std::string_view lemma_in) {
  std::vector<std::pair<std::string, std::uint8_t>> out;
  std::vector<std::string> spellings{std::string(lemma_in)};
  if (lemma_in.ends_with("ize")) {
    spellings.push_back(std::string(lemma_in.substr(0, lemma_in.size() - 3)) + "ise");
  }
  for (const std::string& lemma : spellings) {
    const std::size_t n = lemma.size();
    out.emplace_back(lemma, kBase);
    if (n == 0) continue;
    const char last = lemma[n - 1];
    const bool consonant_y = last == 'y' && n >= 2 && !is_vowel(lemma[n - 2]);
    // Third person.
    if (lemma.ends_with("s") || lemma.ends_with("x") || lemma.ends_with("z") ||
        lemma.ends_with("ch") || lemma.ends_with("sh") || lemma.ends_with("o")) {
      out.emplace_back(lemma + "es", kThird);
    } else if (consonant_y) {
      out.emplace_back(lemma.substr(0, n - 1) + "ies", kThird);
    } else {
      out.emplace_back(lemma + "s", kThird);
    }
    // Consonant-vowel-consonant endings may double ("ban" -> "banned",
    // "expel" -> "expelled"); generate both spellings.
    const bool cvc = n >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
                     is_vowel(lemma[n - 2]) && !is_vowel(lemma[n - 3]);
    // Past and participle.
    if (last == 'e') {
      out.emplace_back(lemma + "d", kPast);
    } else if (consonant_y) {
      out.emplace_back(lemma.substr(0, n - 1) + "ied", kPast);
    } else {
      out.emplace_back(lemma + "ed", kPast);
      if (cvc) out.emplace_back(lemma + last + "ed", kPast);
    }
    // Gerund.
    if (lemma.ends_with("ie")) {
      out.emplace_back(lemma.substr(0, n - 2) + "ying", kGerund);
    } else if (last == 'e' && !lemma.ends_with("ee") && !lemma.ends_with("ye") &&
               !lemma.ends_with("oe")) {
      out.emplace_back(lemma.substr(0, n - 1) + "ing", kGerund);
    } else {
      out.emplace_back(lemma + "ing", kGerund);
      if (cvc) out.emplace_back(lemma + last + "ing", kGerund);
    }
  }
  return out;
}

Result<WordClasses> WordClasses::load(std::string_view name, std::string_view text) {
  WordClasses words;
  // Irregular verbs first, so that class lines can expand them.
  Status st = for_each_row(name, text, 2, [&](const TsvRow& row) -> std::string {
    if (row.fields[0] != "irregular") return {};
    std::vector<std::string> forms;
    for (std::string_view f : split(row.fields[1], ' ')) {
      if (!trim(f).empty()) forms.emplace_back(trim(f));
    }
    if (forms.size() < 2) return "an irregular verb needs its lemma and forms";
    auto& entry = words.irregular_[forms.front()];
    for (std::size_t i = 0; i < forms.size(); ++i) {
      std::uint8_t shape = kPast;
      if (i == 0) shape = kBase;
      else if (i + 1 == forms.size() && forms[i].ends_with("ing")) shape = kGerund;
      else if (i == 1 && forms[i].ends_with("s")) shape = kThird;
      if (forms[i] == forms[0]) shape |= kBase;
      entry.emplace_back(forms[i], shape);
    }
    return {};
  });
  if (!st) return st.error();
  st = for_each_row(name, text, 2, [&](const TsvRow& row) -> std::string {
    if (row.fields[0] == "irregular") return {};
    const auto it = std::find_if(kClassNames.begin(), kClassNames.end(),
                                 [&](const ClassName& c) { return c.name == row.fields[0]; });
    if (it == kClassNames.end()) return "unknown word class '" + std::string(row.fields[0]) + "'";
    for (std::string_view w : split(row.fields[1], ' ')) {
      w = trim(w);
      if (w.empty()) continue;
      if (verb_class(it->cls)) {
        words.add_forms(w, it->cls);
      } else {
        words.add_class(w, it->cls);
      }
    }
    return {};
  });
  if (!st) return st.error();
  return words;
}

void WordClasses::add_class(std::string_view word, WordClass c) {
  classes_[std::string(word)] |= bit(c);
}

std::vector<std::string> WordClasses::inflections(std::string_view lemma) const {
  std::vector<std::string> out;
  if (const auto it = irregular_.find(lemma); it != irregular_.end()) {
    for (const auto& f : it->second) out.push_back(f.first);
    return out;
  }
  for (const auto& f : regular_inflections(lemma)) out.push_back(f.first);
  return out;
}

void WordClasses::add_forms(std::string_view lemma, WordClass c) {
  add_verb(lemma);
  for (const std::string& form : inflections(lemma)) add_class(form, c);
}

void WordClasses::add_verb(std::string_view lemma) {
  std::vector<std::pair<std::string, std::uint8_t>> forms;
  if (const auto it = irregular_.find(lemma); it != irregular_.end()) {
    forms = it->second;
  } else {
    forms = regular_inflections(lemma);
  }
  for (const auto& [form, shape] : forms) {
    FormInfo& info = forms_[form];
    if (info.lemma.empty()) info.lemma = std::string(lemma);
    info.shapes |= shape;
  }
}

bool WordClasses::is(std::string_view norm, WordClass c) const {
  const auto it = classes_.find(norm);
  return it != classes_.end() && (it->second & bit(c)) != 0;
}

WordClassSet WordClasses::classes(std::string_view norm) const {
  const auto it = classes_.find(norm);
  return it == classes_.end() ? 0 : it->second;
}

std::string_view WordClasses::lemma_of(std::string_view form) const {
  const auto it = forms_.find(form);
  return it == forms_.end() ? std::string_view{} : std::string_view(it->second.lemma);
}

WordInfo WordClasses::info(std::string_view norm, std::uint64_t hash) const {
  WordInfo out;
  if (const auto it = classes_.find(norm, hash); it != classes_.end()) out.classes = it->second;
  if (const auto it = forms_.find(norm, hash); it != forms_.end()) out.shapes = it->second.shapes;
  return out;
}

std::uint8_t WordClasses::shapes(std::string_view form) const {
  const auto it = forms_.find(form);
  return it == forms_.end() ? 0 : it->second.shapes;
}

}  // namespace cg
