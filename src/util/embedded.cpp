// SPDX-License-Identifier: MIT
#include "util/embedded.hpp"

namespace cg {

std::optional<std::string_view> embedded_file(std::string_view name) {
  for (const EmbeddedFile& f : embedded_files()) {
    if (f.name == name) return f.bytes;
  }
  return std::nullopt;
}

}  // namespace cg
