// SPDX-License-Identifier: MIT
#pragma once

/// Claims from the relation lexicon's patterns.

#include <vector>

#include "extract/quotes.hpp"
#include "extract/syntax.hpp"

namespace cg {

std::vector<Claim> find_claims(const Segmentation& seg, const Resolution& res, const Syntax& syntax,
                               const Knowledge& knowledge, const std::vector<Attribution>& quote_speakers);

}  // namespace cg
