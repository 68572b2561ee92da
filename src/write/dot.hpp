// SPDX-License-Identifier: MIT
#pragma once

/// The stance network of a batch for Graphviz (--format dot): one node per
/// entity that takes or receives a stance, one edge per distinct claim
/// (subject, property, object, polarity), coloured by property, dashed when
/// negative, labelled with the number of articles that support it.

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "extract/extract.hpp"
#include "resolve/resolve.hpp"

namespace cg {

class StanceNetwork {
 public:
  /// Adds the claims of one article (`article` tells articles apart).
  void add(const std::string& article, const Resolution& res, const Extraction& ext);
  /// Adds everything `other` holds.
  void merge(const StanceNetwork& other);
  /// The network in the DOT language; nodes and edges sorted, so the same
  /// batch always gives the same bytes.
  [[nodiscard]] std::string dot() const;
  [[nodiscard]] bool empty() const noexcept { return edges_.empty(); }

 private:
  using Edge = std::tuple<std::string, std::string, std::string, bool>;  ///< subject, property, object, negative
  std::map<std::string, std::string> labels_;  ///< entity id -> label (the first seen)
  std::map<Edge, std::set<std::string>> edges_;  ///< -> the articles that support it
};

/// The colour of a stance property's edges.
std::string_view property_colour(Property p) noexcept;

}  // namespace cg
