// SPDX-License-Identifier: MIT
#pragma once

#include "cli/options.hpp"

namespace cg::cli {

/// Converts the configured inputs; returns the exit status. Errors are
/// reported on standard error, one line each, naming the file.
int run(const Config& config);

}  // namespace cg::cli
