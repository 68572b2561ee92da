// SPDX-License-Identifier: MIT
#pragma once

/// Stage 6, graph: an article's entities, claims, roles and quotes as RDF
/// terms of the claimgraph ontology, in a Sord model. IRIs are minted here
/// from checked parts only: the user's base, fixed path words, slugs
/// ([a-z0-9-]), hex hashes and code-point offsets.
///
/// Statements go in two named graphs: the article's own (claims, quotes,
/// roles, evidence, the article node, the plain stance triples), named by
/// the article's IRI, and the shared graph of entity descriptions (types,
/// labels, Wikidata links), the same for every article, so that a store can
/// drop or replace one article without losing the entities others name.

#include <string>

#include "document/document.hpp"
#include "extract/extract.hpp"
#include "graph/model.hpp"
#include "resolve/resolve.hpp"
#include "segment/segment.hpp"

namespace cg {

struct GraphOptions {
  Iri base = Iri::trusted("https://w3id.org/claimgraph/id/");  ///< Ends in '/'.
  bool include_text = false;  ///< Write the article's text (nif:isString).
  bool mentions = false;      ///< Write every entity mention as a nif:Phrase.
  /// Index the model by graph as well (see Model): for output written graph
  /// by graph (N-Quads, TriG) and for queries that name a graph.
  bool index_graphs = true;
};

/// One article's statements, in the named graphs `article` and `entities`.
struct ArticleGraph {
  Iri article;   ///< The article's IRI, also the name of its graph.
  Iri entities;  ///< The shared graph of entity descriptions.
  Model model;
};

/// The article's identity in the IRIs minted for it: its text's hash, or,
/// when its metadata (URL, date, title, id) is known, a hash of text and
/// metadata, so that one wire story published in two places is two
/// articles, each with its own graph.
std::string article_key(const Document& doc);
/// The IRI of the article `doc` under `base`.
Iri article_iri(const Iri& base, const Document& doc);
/// The name of the shared graph of entity descriptions under `base`.
Iri entities_graph_iri(const Iri& base);

/// Builds the article's graph into a new model of `world`.
ArticleGraph build_graph(const Document& doc, const Segmentation& seg, const Resolution& res,
                         const Extraction& ext, const Knowledge& knowledge, const GraphOptions& options,
                         const World& world);

}  // namespace cg
