// SPDX-License-Identifier: MIT
// claimgraph: news articles in, RDF knowledge graph out.

#include <csignal>
#include <exception>
#include <iostream>

#include "claimgraph.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"

int main(int argc, char** argv) {
  // A closed pipe is reported by write() as EPIPE and ends the run quietly.
  std::signal(SIGPIPE, SIG_IGN);
  const cg::cli::Parsed parsed = cg::cli::parse(argc, argv);
  switch (parsed.action) {
    case cg::cli::Parsed::Action::Help:
      std::cout << cg::cli::help_text();
      return std::cout ? cg::cli::kOk : cg::cli::kUsage;
    case cg::cli::Parsed::Action::Version:
      std::cout << "claimgraph " << cg::version() << "\n";
      return std::cout ? cg::cli::kOk : cg::cli::kUsage;
    case cg::cli::Parsed::Action::Man:
      std::cout << cg::cli::man_page();
      return std::cout ? cg::cli::kOk : cg::cli::kUsage;
    case cg::cli::Parsed::Action::Fail:
      std::cerr << "claimgraph: " << parsed.message << "\nTry 'claimgraph --help' for more information.\n";
      return cg::cli::kUsage;
    case cg::cli::Parsed::Action::Run:
      break;
  }
  try {
    return cg::cli::run(parsed.config);
  } catch (const std::exception& e) {
    std::cerr << "claimgraph: internal error: " << e.what() << "\n";
    return cg::cli::kUsage;
  }
}
