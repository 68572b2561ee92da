// SPDX-License-Identifier: MIT
#pragma once

/// Scoring an output against a gold annotation: precision, recall and F1
/// for claims, entities, roles and quotes, as test/gold/README.md defines them.

#include <array>
#include <string>
#include <vector>

#include "eval/gold.hpp"

namespace cg::eval {

/// Counts for one kind of item; they add up over articles (micro-average).
struct Counts {
  std::size_t predicted = 0;       ///< Distinct predicted items.
  std::size_t correct = 0;         ///< Predicted items that match a gold line.
  std::size_t gold = 0;            ///< Gold lines that count for recall.
  std::size_t found = 0;           ///< Of those, the ones some prediction matches.

  [[nodiscard]] double precision() const { return predicted ? double(correct) / double(predicted) : 1.0; }
  [[nodiscard]] double recall() const { return gold ? double(found) / double(gold) : 1.0; }
  [[nodiscard]] double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  Counts& operator+=(const Counts& o) {
    predicted += o.predicted;
    correct += o.correct;
    gold += o.gold;
    found += o.found;
    return *this;
  }
};

enum Kind { kClaims, kEntities, kRoles, kQuotes, kKinds };
inline constexpr std::array<const char*, kKinds> kKindNames = {"claims", "entities", "roles", "quotes"};

struct Score {
  std::array<Counts, kKinds> counts;
  std::vector<std::string> notes;  ///< Misses and false positives, for --show.
};

/// Compares names the way the gold format says: case and accents ignored, a
/// leading "the" dropped.
std::string name_key(std::string_view name);

Score score(const Output& output, const Gold& gold);

}  // namespace cg::eval
