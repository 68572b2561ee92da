// SPDX-License-Identifier: MIT
#pragma once

/// Stage 6, graph: an article's entities, claims, roles and quotes as RDF
/// terms of the claimgraph ontology, in a Sord model. IRIs are minted here
/// from checked parts only: the user's base, fixed path words, slugs
/// ([a-z0-9-]) and hex hashes.

#include <string>

#include "document/document.hpp"
#include "extract/extract.hpp"
#include "graph/model.hpp"
#include "resolve/resolve.hpp"

namespace cg {

struct GraphOptions {
  Iri base = Iri::trusted("https://w3id.org/claimgraph/id/");  ///< Ends in '/' or '#'.
};

/// The IRI of the article `doc` under `base`.
Iri article_iri(const Iri& base, const Document& doc);

/// Builds the article's graph into a new model of `world`.
Model build_graph(const Document& doc, const Resolution& res, const Extraction& ext,
                  const Knowledge& knowledge, const GraphOptions& options, const World& world);

}  // namespace cg
