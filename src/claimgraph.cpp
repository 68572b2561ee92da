// SPDX-License-Identifier: MIT
#include "claimgraph.hpp"

#ifndef CLAIMGRAPH_VERSION
#define CLAIMGRAPH_VERSION "unknown"
#endif

namespace cg {

Result<std::unique_ptr<Analysis>> analyze(std::string_view bytes, std::string source,
                                          const Knowledge& knowledge) {
  auto doc = make_document(bytes, std::move(source));
  if (!doc) return doc.error();
  auto a = std::make_unique<Analysis>();
  a->document = std::move(*doc);
  a->segmentation = segment(a->document);
  a->recognition = recognize(a->document, a->segmentation, knowledge);
  a->resolution = resolve(a->document, a->segmentation, a->recognition, knowledge);
  a->extraction = extract(a->document, a->segmentation, a->recognition, a->resolution, knowledge);
  return a;
}

std::string_view version() noexcept { return CLAIMGRAPH_VERSION; }

}  // namespace cg
