// SPDX-License-Identifier: MIT
#include "knowledge/knowledge.hpp"

#include "knowledge/tsv.hpp"

namespace cg {

namespace {

Result<WordClasses> load_words(std::string_view name) {
  auto text = data_file(name);
  if (!text) return text.error();
  return WordClasses::load(name, *text);
}

}  // namespace

Result<Knowledge> Knowledge::load() {
  auto words = load_words("data/lexicon/words.tsv");
  if (!words) return words.error();
  auto event_words = load_words("data/lexicon/events.tsv");
  if (!event_words) return event_words.error();
  auto gazetteer = Gazetteer::load();
  if (!gazetteer) return gazetteer.error();
  auto relations = RelationLexicon::load(*words);
  if (!relations) return relations.error();
  return Knowledge{std::move(*words), std::move(*event_words), std::move(*gazetteer), std::move(*relations)};
}

}  // namespace cg
