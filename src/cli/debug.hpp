// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>

#include "claimgraph.hpp"

namespace cg::cli {

/// Prints every stage's result of `a` in a readable form (--debug).
void print_debug(std::ostream& out, const Analysis& a);

}  // namespace cg::cli
