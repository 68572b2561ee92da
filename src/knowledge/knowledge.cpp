// SPDX-License-Identifier: MIT
#include "knowledge/knowledge.hpp"

#include "knowledge/tsv.hpp"

namespace cg {

Result<Knowledge> Knowledge::load() {
  const std::string_view words_file = "data/lexicon/words.tsv";
  auto words_text = data_file(words_file);
  if (!words_text) return words_text.error();
  auto words = WordClasses::load(words_file, *words_text);
  if (!words) return words.error();
  auto gazetteer = Gazetteer::load();
  if (!gazetteer) return gazetteer.error();
  auto relations = RelationLexicon::load(*words);
  if (!relations) return relations.error();
  return Knowledge{std::move(*words), std::move(*gazetteer), std::move(*relations)};
}

}  // namespace cg
