// SPDX-License-Identifier: MIT
#pragma once

/// The library's front door: one article through every stage of the
/// pipeline (document -> segment -> recognize -> resolve -> extract), and
/// the result as RDF (graph -> write).

#include <memory>
#include <string>
#include <string_view>

#include "document/document.hpp"
#include "extract/extract.hpp"
#include "graph/graph.hpp"
#include "knowledge/knowledge.hpp"
#include "recognize/recognize.hpp"
#include "resolve/resolve.hpp"
#include "segment/segment.hpp"
#include "util/result.hpp"
#include "write/write.hpp"

namespace cg {

/// Every stage's output for one article. Later stages refer into earlier
/// ones (tokens view the document's text), so an Analysis lives on the heap
/// and never moves.
struct Analysis {
  Document document;
  Segmentation segmentation;
  Recognition recognition;
  Resolution resolution;
  Extraction extraction;
};

/// Runs the pipeline on one article's bytes. Fails only on invalid input
/// (the error names `source` and the position).
Result<std::unique_ptr<Analysis>> analyze(std::string_view bytes, std::string source,
                                          const Knowledge& knowledge);

/// The library's version, as the build sets it.
std::string_view version() noexcept;

}  // namespace cg
