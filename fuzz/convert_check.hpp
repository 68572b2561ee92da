// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "claimgraph.hpp"

namespace cg::fuzz {

/// The knowledge, loaded once per process (aborts if it cannot be).
const Knowledge& knowledge();

/// Builds `a`'s graph, with the optional parts on (the text, every mention),
/// writes it in N-Triples, Turtle, N-Quads and TriG, and reads each back
/// strictly (parse_strictly). The triple formats must hold as many
/// statements as each other, the quad formats too. Aborts on a finding.
void convert_and_check(const Analysis& a);

}  // namespace cg::fuzz
