// SPDX-License-Identifier: MIT
// Fuzz target: any bytes, as a JSON Lines file. Each line is read by the
// fast path and by nlohmann, which must agree whenever the fast path
// answers; a line that is an article then goes through the pipeline with
// its metadata, and its RDF is read back strictly (convert_check.hpp).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimgraph.hpp"
#include "cli/inputs.hpp"
#include "convert_check.hpp"
#include "rdf_check.hpp"

namespace {

void check_line(std::string_view line) {
  if (auto flat = cg::cli::read_flat_json_object(line)) {
    nlohmann::json full;
    try {
      full = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      cg::fuzz::fail(std::string("the fast JSON path read a line nlohmann rejects: ") + e.what(), line);
    }
    if (full != *flat) cg::fuzz::fail("the fast JSON path and nlohmann read the line differently", line);
  }
  cg::cli::ArticleInput article;
  cg::cli::read_json_article(line, article);
  if (!article.error.empty()) return;
  auto analysis = cg::analyze(article.bytes, "fuzz-line", cg::fuzz::knowledge());
  if (!analysis) return;  // the text is no article (NUL, bad UTF-8...): named, as the pipeline target checks
  std::vector<std::string> warnings;
  cg::cli::apply_metadata(article, "", "", (*analysis)->document, warnings);
  cg::fuzz::convert_and_check(**analysis);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    check_line(rest.substr(0, end));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return 0;
}
