// SPDX-License-Identifier: MIT
#pragma once

/// Events an article reports in its own voice: protests ("crowds of
/// protesters filled the squares of Lima") and deaths with their count
/// ("nine people were killed in the clashes"), with where they happened and
/// who reported them ("…, the health ministry said").

#include <vector>

#include "extract/syntax.hpp"

namespace cg {

std::vector<Event> find_events(const Segmentation& seg, const Resolution& res, const Syntax& syntax,
                               const Knowledge& knowledge);

}  // namespace cg
