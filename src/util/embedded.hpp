// SPDX-License-Identifier: MIT
#pragma once

/// The data files (gazetteer, lexicon, ontology) compiled into the library.

#include <optional>
#include <string_view>
#include <vector>

namespace cg {

struct EmbeddedFile {
  std::string_view name;  ///< Path relative to the project root, e.g. "data/lexicon/relations.tsv".
  std::string_view bytes;
};

/// Every embedded file, in the order the build listed them.
const std::vector<EmbeddedFile>& embedded_files();

/// The bytes of the embedded file `name`, if there is one.
std::optional<std::string_view> embedded_file(std::string_view name);

}  // namespace cg
