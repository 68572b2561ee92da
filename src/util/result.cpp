// SPDX-License-Identifier: MIT
#include "util/result.hpp"

namespace cg {

std::string Error::describe() const {
  if (!has_position) {
    return where.file.empty() ? message : where.file + ": " + message;
  }
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) +
         ": " + message;
}

Error make_error(std::string message) {
  Error e;
  e.message = std::move(message);
  return e;
}

Error make_error(std::string message, SourcePosition where) {
  Error e;
  e.message = std::move(message);
  e.where = std::move(where);
  e.has_position = true;
  return e;
}

}  // namespace cg
