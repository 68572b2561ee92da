// SPDX-License-Identifier: MIT
// Fuzz target: any bytes, as an article, through the whole pipeline to RDF
// in every format, each read back strictly (convert_check.hpp). Bytes that
// are not an article must give an error that names the input.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimgraph.hpp"
#include "convert_check.hpp"
#include "rdf_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto analysis = cg::analyze(bytes, "fuzz-input", cg::fuzz::knowledge());
  if (!analysis) {
    const std::string described = analysis.error().describe();
    if (!described.starts_with("fuzz-input")) cg::fuzz::fail("an error that does not name its input: " + described);
    return 0;
  }
  cg::fuzz::convert_and_check(**analysis);
  return 0;
}
