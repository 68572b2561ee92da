// SPDX-License-Identifier: MIT
#pragma once

/// Reading the data files: TAB-separated lines, `#` comments, `-` for empty.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace cg {

/// One data line split into fields, with its line number for diagnostics.
struct TsvRow {
  std::size_t line = 0;
  std::vector<std::string_view> fields;
};

/// Calls `visit` for each non-comment, non-blank line of `text`. Fails, naming
/// `file` and the line, when a row has fewer than `min_fields` fields or when
/// `visit` returns an error message (non-empty string).
Status for_each_row(std::string_view file, std::string_view text, std::size_t min_fields,
                    const std::function<std::string(const TsvRow&)>& visit);

/// A field's `|`-separated alternatives; "-" and "" give none.
std::vector<std::string_view> alternatives(std::string_view field);

/// The embedded data file `name`, or an error naming it.
Result<std::string_view> data_file(std::string_view name);

}  // namespace cg
