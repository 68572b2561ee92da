// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the stage tests: the built-in knowledge, loaded once, and the
// pipeline run on a string.

#include <memory>
#include <string>
#include <vector>

#include "claimgraph.hpp"

namespace cg::test {

inline const Knowledge& knowledge() {
  static const Knowledge k = [] {
    auto loaded = Knowledge::load();
    if (!loaded) throw std::runtime_error(loaded.error().describe());
    return std::move(*loaded);
  }();
  return k;
}

inline std::unique_ptr<Analysis> run(const std::string& text) {
  auto a = analyze(text, "test", knowledge());
  if (!a) throw std::runtime_error(a.error().describe());
  return std::move(*a);
}

/// "subject-id property object-id" for each claim, "NOT" before negated properties.
inline std::vector<std::string> claims_of(const Analysis& a) {
  std::vector<std::string> out;
  for (const Claim& c : a.extraction.claims) {
    out.push_back(a.resolution.entities[c.subject].id + " " + (c.negative ? "NOT " : "") +
                  std::string(property_name(c.property)) + " " + a.resolution.entities[c.object].id);
  }
  return out;
}

inline bool has(const std::vector<std::string>& v, const std::string& x) {
  for (const auto& s : v) {
    if (s == x) return true;
  }
  return false;
}

/// The entity with this IRI slug, or nullptr.
inline const Entity* entity(const Analysis& a, const std::string& id) {
  for (const Entity& e : a.resolution.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

}  // namespace cg::test
