// SPDX-License-Identifier: MIT
#include "knowledge/tsv.hpp"

#include "util/embedded.hpp"
#include "util/text.hpp"

namespace cg {

Status for_each_row(std::string_view file, std::string_view text, std::size_t min_fields,
                    const std::function<std::string(const TsvRow&)>& visit) {
  std::size_t line_no = 0;
  for (std::string_view line : split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || line.front() == '#') continue;
    TsvRow row;
    row.line = line_no;
    row.fields = split(line, '\t');
    for (auto& f : row.fields) f = trim(f);
    SourcePosition where;
    where.file = std::string(file);
    where.line = line_no;
    where.column = 1;
    if (row.fields.size() < min_fields) {
      return make_error("expected " + std::to_string(min_fields) + " TAB-separated fields, found " +
                            std::to_string(row.fields.size()),
                        where);
    }
    if (std::string problem = visit(row); !problem.empty()) return make_error(problem, where);
  }
  return {};
}

std::vector<std::string_view> alternatives(std::string_view field) {
  std::vector<std::string_view> out;
  if (field.empty() || field == "-") return out;
  for (std::string_view part : split(field, '|')) {
    part = trim(part);
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

Result<std::string_view> data_file(std::string_view name) {
  if (auto bytes = embedded_file(name)) return *bytes;
  return make_error("data file " + std::string(name) + " is not built into this binary");
}

}  // namespace cg
