// SPDX-License-Identifier: MIT
#pragma once

/// Everything the rules know, loaded once at start-up and then only read:
/// stages take it by const reference, so one copy serves a whole batch.

#include "knowledge/gazetteer.hpp"
#include "knowledge/relations.hpp"
#include "knowledge/words.hpp"
#include "util/result.hpp"

namespace cg {

struct Knowledge {
  WordClasses words;
  WordClasses event_words;  ///< data/lexicon/events.tsv: words that report events.
  Gazetteer gazetteer;
  RelationLexicon relations;

  /// Loads the data built into the binary; an error names the file and line.
  static Result<Knowledge> load();
};

}  // namespace cg
