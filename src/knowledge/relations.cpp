// SPDX-License-Identifier: MIT
#include "knowledge/relations.hpp"

#include <algorithm>

#include "knowledge/tsv.hpp"
#include "segment/segment.hpp"
#include "util/text.hpp"

namespace cg {

namespace {

struct PropertyInfo {
  Property property;
  std::string_view name;
  std::string_view cameo;
};

constexpr std::array<PropertyInfo, kPropertyCount> kProperties = {{
    {Property::Recognizes, "recognizes", "054"},
    {Property::Supports, "supports", "05"},
    {Property::Opposes, "opposes", "11"},
    {Property::Condemns, "condemns", "111"},
    {Property::Rejects, "rejects", "12"},
    {Property::Threatens, "threatens", "13"},
    {Property::AppealsTo, "appealsTo", "02"},
    {Property::BreaksRelationsWith, "breaksRelationsWith", "161"},
    {Property::MaintainsRelationsWith, "maintainsRelationsWith", "04"},
    {Property::Expels, "expels", "166"},
    {Property::Sanctions, "sanctions", "163"},
    {Property::Praises, "praises", "051"},
    {Property::Accuses, "accuses", "112"},
    {Property::MeetsWith, "meetsWith", "04"},
    {Property::ProtestsAgainst, "protestsAgainst", "14"},
    {Property::Attacks, "attacks", "18"},
}};

// The norm of a literal pattern word, tokenized as article text would be.
std::string literal_norm(std::string_view word) {
  const std::vector<Token> tokens = tokenize_phrase(word);
  if (tokens.size() == 1) return tokens.front().norm;
  return fold_key(word);
}

}  // namespace

std::string_view property_name(Property p) noexcept { return kProperties[static_cast<std::size_t>(p)].name; }
std::string_view property_cameo(Property p) noexcept { return kProperties[static_cast<std::size_t>(p)].cameo; }
std::string_view event_code(Property p, EntityType agent) noexcept {
  if (p == Property::Attacks && (agent == EntityType::Country || agent == EntityType::ArmedForces)) return "19";
  return property_cameo(p);
}
bool is_symmetric(Property p) noexcept { return p == Property::MeetsWith; }

std::optional<Property> parse_property(std::string_view name) noexcept {
  for (const PropertyInfo& info : kProperties) {
    if (info.name == name) return info.property;
  }
  return std::nullopt;
}

Result<RelationPattern> compile_pattern(std::string_view pattern, WordClasses& words) {
  RelationPattern compiled;
  compiled.source = std::string(pattern);
  for (std::string_view raw : split(pattern, ' ')) {
    raw = trim(raw);
    if (raw.empty()) continue;
    PatternElement el;
    if (raw.size() > 1 && raw.back() == '?') {
      el.optional = true;
      raw.remove_suffix(1);
    }
    std::string_view head = raw.substr(0, raw.find(':'));
    if (head == "S+" || head == "O+") {
      el.adjacent = true;
      head = head.substr(0, 1);
      raw = raw.substr(1);
    }
    if (head == "S" || head == "O") {
      el.kind = PatternElement::Kind::Slot;
      el.role = head == "S" ? SlotRole::Subject : SlotRole::Object;
      if (raw.size() > 2) {
        for (std::string_view t : split(raw.substr(2), '|')) {
          if (t == "Person") el.types |= kPersonType;
          else if (t == "Country") el.types |= kCountryType;
          else if (t == "Organization") el.types |= kOrganizationType;
          else if (t == "Group") el.types |= kGroupType;
          else return make_error("unknown slot type '" + std::string(t) + "' in " + std::string(pattern));
        }
      }
    } else if (raw == "*") {
      el.kind = PatternElement::Kind::Modifiers;
    } else if (raw == "**") {
      el.kind = PatternElement::Kind::Any;
    } else if (raw == "NUM") {
      el.kind = PatternElement::Kind::Number;
    } else if (raw == "POSS" || raw == "POSS=S" || raw == "POSS=O") {
      el.kind = PatternElement::Kind::Possessive;
      el.role = raw == "POSS" ? SlotRole::None : (raw == "POSS=S" ? SlotRole::Subject : SlotRole::Object);
    } else {
      el.kind = PatternElement::Kind::Words;
      for (std::string_view alt : split(raw, '|')) {
        if (alt.empty()) return make_error("empty alternative in " + std::string(pattern));
        if (alt.front() == '~') {
          const std::string lemma = ascii_lower(alt.substr(1));
          words.add_verb(lemma);
          for (const std::string& form : words.inflections(lemma)) el.words.insert(form);
          el.verb = true;
        } else {
          el.words.insert(literal_norm(alt));
        }
      }
    }
    compiled.elements.push_back(std::move(el));
  }
  const auto anchor = std::find_if(compiled.elements.begin(), compiled.elements.end(),
                                   [](const PatternElement& e) {
                                     return e.kind == PatternElement::Kind::Words && !e.optional;
                                   });
  if (anchor == compiled.elements.end()) {
    return make_error("pattern has no required word: " + std::string(pattern));
  }
  compiled.anchor = static_cast<std::size_t>(anchor - compiled.elements.begin());
  bool subject = false;
  bool object = false;
  for (const PatternElement& e : compiled.elements) {
    if (e.role == SlotRole::Subject) subject = true;
    if (e.role == SlotRole::Object) object = true;
  }
  if (!subject || !object) return make_error("pattern needs a subject and an object: " + std::string(pattern));
  return compiled;
}

namespace {

// "S ~verb … O" also reads "O [is] ~verb-ed … by S": the same core in the
// past participle, the slots swapped around a final "by".
std::optional<RelationPattern> passive_of(const RelationPattern& active, const WordClasses& words) {
  const auto& el = active.elements;
  if (el.size() < 3 || el.front().kind != PatternElement::Kind::Slot ||
      el.front().role != SlotRole::Subject || el.back().kind != PatternElement::Kind::Slot ||
      el.back().role != SlotRole::Object || active.anchor != 1 || !el[1].verb) {
    return std::nullopt;
  }
  for (std::size_t i = 1; i + 1 < el.size(); ++i) {
    if (el[i].kind == PatternElement::Kind::Slot || el[i].kind == PatternElement::Kind::Possessive) {
      return std::nullopt;
    }
  }
  RelationPattern passive = active;
  passive.passive = true;
  PatternElement& verb = passive.elements[1];
  StringSet participles;
  verb.words.for_each([&](const std::string& form) {
    if (words.shapes(form) & kPast) participles.insert(form);
  });
  if (participles.empty()) return std::nullopt;
  verb.words = std::move(participles);
  std::swap(passive.elements.front(), passive.elements.back());
  PatternElement by;
  by.kind = PatternElement::Kind::Words;
  by.words.insert("by");
  passive.elements.insert(passive.elements.end() - 1, by);
  passive.source += " (passive)";
  return passive;
}

Effect parse_effect(std::string_view name, bool* ok) {
  *ok = true;
  if (name == "negate") return Effect::Negate;
  if (name == "future") return Effect::Future;
  if (name == "conditional") return Effect::Conditional;
  if (name == "possible") return Effect::Possible;
  if (name == "threatened") return Effect::Threatened;
  if (name == "intended") return Effect::Intended;
  if (name == "attempted") return Effect::Attempted;
  if (name == "asserted") return Effect::Asserted;
  *ok = false;
  return Effect::Asserted;
}

}  // namespace

Result<RelationLexicon> RelationLexicon::load(WordClasses& words) {
  RelationLexicon lexicon;
  {
    const std::string_view name = "data/lexicon/relations.tsv";
    auto text = data_file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 3, [&](const TsvRow& r) -> std::string {
      const auto property = parse_property(r.fields[0]);
      if (!property) return "unknown property '" + std::string(r.fields[0]) + "'";
      if (r.fields[1] != "+" && r.fields[1] != "-") return "polarity must be + or -";
      auto compiled = compile_pattern(r.fields[2], words);
      if (!compiled) return compiled.error().message;
      compiled->property = *property;
      compiled->negative = r.fields[1] == "-";
      compiled->line = r.line;
      auto passive = passive_of(*compiled, words);
      lexicon.patterns_.push_back(std::move(*compiled));
      if (passive) lexicon.patterns_.push_back(std::move(*passive));
      return {};
    });
    if (!st) return st.error();
  }
  for (std::uint32_t i = 0; i < lexicon.patterns_.size(); ++i) {
    RelationPattern& p = lexicon.patterns_[i];
    p.elements[p.anchor].words.for_each([&](const std::string& w) { lexicon.by_anchor_[w].push_back(i); });
    for (std::size_t e = 0; e < p.elements.size(); ++e) {
      const PatternElement& el = p.elements[e];
      if (e == p.anchor || el.kind != PatternElement::Kind::Words || el.optional) continue;
      const std::uint32_t number = lexicon.required_count_++;
      p.required.push_back(number);
      el.words.for_each([&](const std::string& w) { lexicon.required_by_word_[w].push_back(number); });
    }
  }
  {
    const std::string_view name = "data/lexicon/modifiers.tsv";
    auto text = data_file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 2, [&](const TsvRow& r) -> std::string {
      Modifier m;
      bool ok = false;
      m.effect = parse_effect(r.fields[1], &ok);
      if (!ok) return "unknown effect '" + std::string(r.fields[1]) + "'";
      for (std::string_view w : split(r.fields[0], ' ')) {
        if (w.empty()) continue;
        StringSet forms;
        if (w.front() == '~') {
          const std::string lemma = ascii_lower(w.substr(1));
          words.add_verb(lemma);
          for (const std::string& f : words.inflections(lemma)) forms.insert(f);
        } else {
          forms.insert(literal_norm(w));
        }
        m.words.push_back(std::move(forms));
      }
      lexicon.modifiers_.push_back(std::move(m));
      return {};
    });
    if (!st) return st.error();
  }
  {
    const std::string_view name = "data/lexicon/evaluation.tsv";
    auto text = data_file(name);
    if (!text) return text.error();
    Status st = for_each_row(name, *text, 2, [&](const TsvRow& r) -> std::string {
      std::uint8_t effect = 0;
      if (r.fields[1] == "-") effect = kCondemns;
      else if (r.fields[1] == "+") effect = kPraises;
      else if (r.fields[1] == "accuses") effect = kAccuses;
      else return "effect must be -, + or accuses";
      lexicon.evaluation_[literal_norm(r.fields[0])] |= effect;
      return {};
    });
    if (!st) return st.error();
  }
  return lexicon;
}

}  // namespace cg
