// SPDX-License-Identifier: MIT
#pragma once

/// Who said each quotation: "…," said X; "…," X told Y; X said: "…";
/// a paragraph that is all quotation continues the previous speaker.

#include <cstdint>
#include <vector>

#include "extract/syntax.hpp"

namespace cg {

/// The speaker (and addressee) of one quotation; -1 when unknown.
struct Attribution {
  std::int32_t speaker = -1;
  std::int32_t addressee = -1;
};

/// Attributes every quotation of the article (index-aligned with
/// Segmentation::quotations).
std::vector<Attribution> attribute_quotations(const Segmentation& seg, const Syntax& syntax);

/// The quotes worth emitting: attributed, and at least four words long
/// (shorter ones are scare quotes: “illegitimate”).
std::vector<Quote> quotes_of(const Segmentation& seg, const std::vector<Attribution>& attributions);

}  // namespace cg
