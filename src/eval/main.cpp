// SPDX-License-Identifier: MIT
// claimgraph-eval: scores claimgraph outputs against gold annotations.
//
//   claimgraph-eval [--show] [--min KIND.MEASURE=VALUE]... OUTPUT GOLD [OUTPUT GOLD]...
//
// Prints precision, recall and F1 for claims, entities, roles and quotes,
// micro-averaged over all pairs. Exit 0; 1 when a --min bar is missed; 2 on
// bad usage or unreadable input.

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "eval/gold.hpp"
#include "eval/score.hpp"

namespace {

constexpr const char* kUsage =
    "Usage: claimgraph-eval [--show] [--each] [--min KIND.MEASURE=VALUE]... OUTPUT GOLD [OUTPUT GOLD]...\n"
    "Scores claimgraph outputs against gold annotations (format: test/gold/README.md).\n"
    "  --show        list every miss and false positive\n"
    "  --each        also print the scores of each pair\n"
    "  --min BAR     fail (exit 1) when a measure is below a value, e.g. --min claims.precision=0.9;\n"
    "                KIND: claims, entities, roles, quotes; MEASURE: precision, recall, f1\n"
    "Exit status: 0 scored (and every bar met), 1 a bar was missed, 2 bad usage or input.\n";

struct Bar {
  std::string kind, measure;
  double value = 0;
};

void print(const std::array<cg::eval::Counts, cg::eval::kKinds>& counts) {
  std::printf("%-9s %9s %7s %7s %6s %9s %5s\n", "", "precision", "recall", "f1", "tp", "predicted", "gold");
  for (int k = 0; k < cg::eval::kKinds; ++k) {
    const auto& c = counts[k];
    std::printf("%-9s %9.3f %7.3f %7.3f %6zu %9zu %5zu\n", cg::eval::kKindNames[k], c.precision(), c.recall(), c.f1(),
                c.correct, c.predicted, c.gold);
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool show = false, each = false;
  std::vector<Bar> bars;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if (a == "--show") {
      show = true;
    } else if (a == "--each") {
      each = true;
    } else if (a == "--min" && i + 1 < argc) {
      const std::string spec = argv[++i];
      const auto dot = spec.find('.'), eq = spec.find('=');
      if (dot == std::string::npos || eq == std::string::npos || eq < dot) {
        std::cerr << "claimgraph-eval: bad --min '" << spec << "'\n" << kUsage;
        return 2;
      }
      Bar b{spec.substr(0, dot), spec.substr(dot + 1, eq - dot - 1), std::atof(spec.substr(eq + 1).c_str())};
      bool kind_ok = false;
      for (const char* k : cg::eval::kKindNames) kind_ok = kind_ok || b.kind == k;
      if (!kind_ok || (b.measure != "precision" && b.measure != "recall" && b.measure != "f1")) {
        std::cerr << "claimgraph-eval: bad --min '" << spec << "'\n" << kUsage;
        return 2;
      }
      bars.push_back(b);
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "claimgraph-eval: unknown option " << a << "\n" << kUsage;
      return 2;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty() || files.size() % 2 != 0) {
    std::cerr << "claimgraph-eval: expected OUTPUT GOLD pairs\n" << kUsage;
    return 2;
  }
  std::array<cg::eval::Counts, cg::eval::kKinds> total{};
  for (std::size_t i = 0; i < files.size(); i += 2) {
    auto output = cg::eval::read_output(files[i]);
    if (!output) {
      std::cerr << "claimgraph-eval: " << output.error().describe() << "\n";
      return 2;
    }
    auto gold = cg::eval::read_gold(files[i + 1]);
    if (!gold) {
      std::cerr << "claimgraph-eval: " << gold.error().describe() << "\n";
      return 2;
    }
    const cg::eval::Score s = cg::eval::score(*output, *gold);
    for (int k = 0; k < cg::eval::kKinds; ++k) total[k] += s.counts[k];
    if (each) {
      std::printf("== %s\n", files[i + 1].c_str());
      print(s.counts);
    }
    if (show) {
      for (const std::string& n : s.notes) std::printf("%s: %s\n", files[i + 1].c_str(), n.c_str());
    }
  }
  if (each || show) std::printf("== all (%zu articles)\n", files.size() / 2);
  print(total);
  int status = 0;
  for (const Bar& b : bars) {
    for (int k = 0; k < cg::eval::kKinds; ++k) {
      if (b.kind != cg::eval::kKindNames[k]) continue;
      const auto& c = total[k];
      const double v = b.measure == "precision" ? c.precision() : b.measure == "recall" ? c.recall() : c.f1();
      if (v + 1e-12 < b.value) {
        std::printf("FAIL %s.%s = %.3f < %.3f\n", b.kind.c_str(), b.measure.c_str(), v, b.value);
        status = 1;
      }
    }
  }
  return status;
}
