// SPDX-License-Identifier: MIT
#pragma once

/// Command-line options: one definition of each flag serves parsing, --help
/// and the man page (--man). Raw values become a checked Config here, once.

#include <optional>
#include <string>
#include <vector>

#include "graph/term.hpp"
#include "write/write.hpp"

namespace cg::cli {

/// Exit statuses, documented in --help and the man page.
enum Exit : int {
  kOk = 0,           ///< Every input converted.
  kInputFailed = 1,  ///< Some input could not be converted; the others were.
  kUsage = 2,        ///< Bad options, or output could not be written.
};

struct Config {
  std::vector<std::string> inputs;  ///< "-" is standard input.
  std::optional<std::string> output;      ///< One output file.
  std::optional<std::string> split_dir;   ///< One file per article (--split).
  Format format = Format::Turtle;
  Iri base = Iri::trusted("https://w3id.org/claimgraph/id/");
  bool include_text = false;  ///< nif:isString on the article.
  bool mentions = false;      ///< Every entity mention as a nif:Phrase.
  std::string date;           ///< schema:datePublished of every input (checked YYYY-MM-DD).
  std::string source_url;     ///< schema:url of every input (checked absolute IRI).
  std::string glob;           ///< Files to take when walking directories.
  bool jsonl = false;         ///< Every input is JSON Lines.
  unsigned jobs = 1;          ///< Worker threads.
  bool stats = false;         ///< Print a summary on standard error.
  bool strict = false;        ///< Stop at the first input that fails.
  std::string data_dir;       ///< Read data/ from here instead of the installed or built-in copy.
  bool progress = false;
  bool quiet = false;
  bool debug = false;
};

/// What parsing asks for: run with a config, or print something and exit.
struct Parsed {
  enum class Action { Run, Help, Version, Man, Fail } action = Action::Run;
  Config config;
  std::string message;  ///< For Fail: the problem, one line.
};

Parsed parse(int argc, const char* const* argv);

/// The --help text.
std::string help_text();
/// The man page, in roff, from the same definitions as --help.
std::string man_page();

}  // namespace cg::cli
