// SPDX-License-Identifier: MIT
#pragma once

/// Roles: "Secretary of State Mike Pompeo", "US President Donald Trump",
/// "Juan Guaido, the head of Venezuela's legislature", "the head of the OAS,
/// Luis Almagro".

#include <vector>

#include "extract/syntax.hpp"

namespace cg {

std::vector<Role> find_roles(const Segmentation& seg, const Recognition& rec, const Resolution& res,
                             const Syntax& syntax, const Knowledge& knowledge);

}  // namespace cg
