// SPDX-License-Identifier: MIT
#include "knowledge/tsv.hpp"

#include <fstream>
#include <map>
#include <sstream>

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

namespace {

std::string& data_directory() {
  static std::string directory;
  return directory;
}

}  // namespace

void set_data_directory(std::string directory) { data_directory() = std::move(directory); }

Result<std::string_view> data_file(std::string_view name) {
  if (!data_directory().empty()) {
    // Files read once and kept: the loaders keep views into them.
    static std::map<std::string, std::string, std::less<>> loaded;
    if (auto it = loaded.find(name); it != loaded.end()) return std::string_view(it->second);
    const std::string path = data_directory() + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(path + ": cannot read data file");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return make_error(path + ": cannot read data file");
    return std::string_view(loaded.emplace(std::string(name), bytes.str()).first->second);
  }
  if (auto bytes = embedded_file(name)) return *bytes;
  return make_error("data file " + std::string(name) + " is not built into this binary");
}

}  // namespace cg
