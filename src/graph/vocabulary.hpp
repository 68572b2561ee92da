// SPDX-License-Identifier: MIT
#pragma once

/// Namespaces and terms the output uses. Every cg: term here is declared in
/// ontology/claimgraph.ttl (a test checks it).

#include <string>
#include <string_view>

namespace cg::vocab {

inline constexpr std::string_view kCg = "https://w3id.org/claimgraph/ns#";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kSchema = "http://schema.org/";
inline constexpr std::string_view kNif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
inline constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";
inline constexpr std::string_view kItsrdf = "http://www.w3.org/2005/11/its/rdf#";
/// The CAMEO concept scheme of ontology/cameo.ttl: a concept per code.
inline constexpr std::string_view kCameo = "https://w3id.org/claimgraph/cameo/";

/// Prefixes written in Turtle, longest namespaces first (Serd picks the
/// first declared prefix that matches).
struct Prefix {
  std::string_view name;
  std::string_view iri;
};
inline constexpr Prefix kPrefixes[] = {
    {"nif", kNif},   {"cg", kCg},     {"rdf", kRdf},       {"rdfs", kRdfs}, {"xsd", kXsd},
    {"skos", kSkos}, {"owl", kOwl},   {"prov", kProv},     {"schema", kSchema}, {"wd", kWikidata},
    {"itsrdf", kItsrdf}, {"cameo", kCameo},
};

inline std::string term(std::string_view ns, std::string_view local) {
  std::string s(ns);
  s += local;
  return s;
}

/// The default base for instance IRIs when the user sets none.
inline constexpr std::string_view kDefaultBase = "https://w3id.org/claimgraph/id/";

}  // namespace cg::vocab
