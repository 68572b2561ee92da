// SPDX-License-Identifier: MIT
#pragma once

/// Gold annotations (the format of test/gold/README.md) and the parts of a
/// claimgraph output that are scored against them.

#include <string>
#include <vector>

#include "util/result.hpp"

namespace cg::eval {

/// One set of accepted names: "United States|US|Washington".
using Names = std::vector<std::string>;

struct GoldEntity {
  std::string type;  ///< Person, Country, Organization, Group, Place
  Names names;
  std::size_t line = 0;
};

struct GoldClaim {
  Names subject;
  std::vector<std::string> relations;
  Names object;
  bool negative = false;
  bool required = true;
  std::size_t line = 0;
};

struct GoldRole {
  Names person;
  Names titles;
  Names of;  ///< Empty: any body (or none) matches.
  std::size_t line = 0;
};

struct GoldQuote {
  Names speaker;
  std::string first_words;
  std::size_t line = 0;
};

struct Gold {
  std::vector<GoldEntity> entities;
  std::vector<GoldClaim> claims;
  std::vector<GoldRole> roles;
  std::vector<GoldQuote> quotes;
};

/// Parses a gold file; errors name the file and line.
Result<Gold> read_gold(const std::string& path);

/// What an output says, in the terms the gold uses.
struct PredictedEntity {
  std::string iri;
  std::string type;  ///< Coarse: Person, Country, Organization, Group, Place
  Names names;       ///< rdfs:label and skos:altLabel values
};
struct PredictedClaim {
  std::string subject, relation, object;  ///< Entity IRIs; relation is the cg: local name.
  bool negative = false;
};
struct PredictedRole {
  std::string person, title, of;  ///< `of` empty when the role has no cg:roleIn.
};
struct PredictedQuote {
  std::string speaker, text;
};

struct Output {
  std::vector<PredictedEntity> entities;
  std::vector<PredictedClaim> claims;
  std::vector<PredictedRole> roles;
  std::vector<PredictedQuote> quotes;
  /// Labels of every resource with a label, for names of claim arguments.
  std::vector<std::pair<std::string, Names>> labels;
};

/// Reads a claimgraph output (Turtle, N-Triples or N-Quads, by extension;
/// Turtle otherwise) with Serd.
Result<Output> read_output(const std::string& path);

}  // namespace cg::eval
