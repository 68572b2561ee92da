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

/// The data file `name` ("data/lexicon/words.tsv"): read from the data
/// directory when one is set, else the copy built into the binary; an error
/// names it. The bytes live until the process ends.
Result<std::string_view> data_file(std::string_view name);

/// Makes data_file() read `name` from `directory`/`name` (a directory holding
/// data/). Set before Knowledge::load(), from one thread; "" restores the
/// built-in copies.
void set_data_directory(std::string directory);

}  // namespace cg
