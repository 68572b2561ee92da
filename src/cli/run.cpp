// SPDX-License-Identifier: MIT
#include "cli/run.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>

#include "claimgraph.hpp"
#include "cli/debug.hpp"

namespace cg::cli {

namespace {

namespace fs = std::filesystem;

void report(const std::string& line) { std::cerr << "claimgraph: " << line << "\n"; }

/// Where converted bytes go. A file output is written to a temporary name
/// beside the target and renamed into place by commit(), so a reader never
/// sees half a graph; abandon() removes it.
class Output {
 public:
  static Result<Output> standard_output() {
    Output o;
    o.file_ = stdout;
    o.name_ = "standard output";
    return o;
  }

  static Result<Output> file(const std::string& path) {
    Output o;
    o.target_ = path;
    o.temporary_ = path + ".tmp-" + std::to_string(::getpid());
    o.name_ = path;
    o.file_ = std::fopen(o.temporary_.c_str(), "wb");
    if (!o.file_) return make_error(path + ": cannot write: " + std::strerror(errno));
    return o;
  }

  Output(Output&& other) noexcept { *this = std::move(other); }
  Output& operator=(Output&& other) noexcept {
    std::swap(file_, other.file_);
    std::swap(target_, other.target_);
    std::swap(temporary_, other.temporary_);
    std::swap(name_, other.name_);
    std::swap(broken_pipe_, other.broken_pipe_);
    return *this;
  }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output() { abandon(); }

  /// Writes all of `bytes`; an error says which output failed and why.
  Status write(const std::string& bytes) {
    if (bytes.empty()) return {};
    const std::size_t n = std::fwrite(bytes.data(), 1, bytes.size(), file_);
    if (n != bytes.size() || std::ferror(file_)) return failure();
    if (file_ == stdout && std::fflush(file_) != 0) return failure();
    return {};
  }

  /// Flushes and closes; for a file, renames it into place.
  Status commit() {
    if (!file_) return {};
    if (file_ == stdout) {
      if (std::fflush(stdout) != 0) return failure();
      return {};
    }
    FILE* f = file_;
    file_ = nullptr;
    if (std::fflush(f) != 0 || std::ferror(f) || ::fsync(fileno(f)) != 0) {
      const int err = errno;
      std::fclose(f);
      std::remove(temporary_.c_str());
      return make_error(name_ + ": cannot write: " + std::strerror(err));
    }
    if (std::fclose(f) != 0) {
      const int err = errno;
      std::remove(temporary_.c_str());
      return make_error(name_ + ": cannot write: " + std::strerror(err));
    }
    if (std::rename(temporary_.c_str(), target_.c_str()) != 0) {
      const int err = errno;
      std::remove(temporary_.c_str());
      return make_error(name_ + ": cannot rename into place: " + std::strerror(err));
    }
    temporary_.clear();
    return {};
  }

  /// Drops a file output that will not be completed.
  void abandon() noexcept {
    if (file_ && file_ != stdout) {
      std::fclose(file_);
      std::remove(temporary_.c_str());
    }
    file_ = nullptr;
  }

  [[nodiscard]] bool broken_pipe() const noexcept { return broken_pipe_; }

 private:
  Output() = default;
  Status failure() {
    const int err = errno;
    if (err == EPIPE) broken_pipe_ = true;
    return make_error(name_ + ": cannot write: " + std::strerror(err));
  }
  FILE* file_ = nullptr;
  std::string target_;
  std::string temporary_;
  std::string name_;
  bool broken_pipe_ = false;
};

Result<std::string> read_input(const std::string& name) {
  if (name == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return make_error("standard input: cannot read");
    return bytes;
  }
  std::error_code ec;
  if (fs::is_directory(name, ec)) return make_error(name + ": is a directory");
  std::ifstream in(name, std::ios::binary);
  if (!in) return make_error(name + ": cannot read: " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return make_error(name + ": cannot read: " + std::strerror(errno));
  return buffer.str();
}

std::string display_name(const std::string& input) { return input == "-" ? "<stdin>" : input; }

class Progress {
 public:
  Progress(bool enabled, std::size_t total) : enabled_(enabled), total_(total) {}
  void update(std::size_t done, std::size_t failed) {
    if (!enabled_) return;
    std::cerr << "\rclaimgraph: " << done << "/" << total_ << " articles";
    if (failed) std::cerr << " (" << failed << " failed)";
    std::cerr << std::flush;
  }
  void finish() {
    if (enabled_) std::cerr << "\n";
  }

 private:
  bool enabled_;
  std::size_t total_;
};

}  // namespace

int run(const Config& config) {
  auto knowledge = Knowledge::load();
  if (!knowledge) {
    report("built-in data is broken: " + knowledge.error().describe());
    return kUsage;
  }
  World world;
  GraphOptions graph_options;
  graph_options.base = config.base;
  graph_options.include_text = config.include_text;
  graph_options.mentions = config.mentions;

  std::optional<Output> shared;
  if (!config.output_dir) {
    auto out = config.output ? Output::file(*config.output) : Output::standard_output();
    if (!out) {
      report(out.error().describe());
      return kUsage;
    }
    shared.emplace(std::move(*out));
  }
  if (config.output_dir) {
    std::error_code ec;
    fs::create_directories(*config.output_dir, ec);
    if (ec) {
      report(*config.output_dir + ": cannot create directory: " + ec.message());
      return kUsage;
    }
  }
  GraphWriter shared_writer(config.format);
  Progress progress(config.progress || (::isatty(STDERR_FILENO) && config.inputs.size() > 20),
                    config.inputs.size());

  std::size_t failed = 0;
  std::size_t converted = 0;
  std::set<std::string> written_names;
  for (std::size_t i = 0; i < config.inputs.size(); ++i) {
    const std::string& input = config.inputs[i];
    progress.update(i, failed);
    auto bytes = read_input(input);
    if (!bytes) {
      report(bytes.error().describe());
      ++failed;
      continue;
    }
    auto analysis = analyze(*bytes, display_name(input), *knowledge);
    if (!analysis) {
      report(analysis.error().describe());
      ++failed;
      continue;
    }
    Analysis& a = **analysis;
    a.document.date = config.date;
    a.document.url = config.source_url;
    if (config.debug) print_debug(std::cerr, a);
    const ArticleGraph graph =
        build_graph(a.document, a.segmentation, a.resolution, a.extraction, *knowledge, graph_options, world);
    if (config.output_dir) {
      const std::string name = fs::path(input).stem().string() + std::string(format_extension(config.format));
      if (!written_names.insert(name).second) {
        report(input + ": another input already wrote " + name + " in " + *config.output_dir + "; skipped");
        ++failed;
        continue;
      }
      GraphWriter writer(config.format);
      if (Status st = writer.write(graph); !st) {
        report(input + ": " + st.error().message);
        ++failed;
        continue;
      }
      auto out = Output::file((fs::path(*config.output_dir) / name).string());
      if (!out) {
        report(out.error().describe());
        progress.finish();
        return kUsage;
      }
      Status st = out->write(writer.take());
      if (st) st = out->commit();
      if (!st) {
        report(st.error().describe());
        progress.finish();
        return kUsage;
      }
    } else {
      if (Status st = shared_writer.write(graph); !st) {
        report(input + ": " + st.error().message);
        ++failed;
        continue;
      }
      if (Status st = shared->write(shared_writer.take()); !st) {
        progress.finish();
        if (shared->broken_pipe()) return kOk;  // the reader stopped early: not our failure
        report(st.error().describe());
        return kUsage;
      }
    }
    ++converted;
  }
  progress.update(config.inputs.size(), failed);
  progress.finish();
  if (shared) {
    if (converted == 0 && config.output) {
      shared->abandon();  // nothing converted: no output file at all
    } else if (Status st = shared->commit(); !st) {
      if (shared->broken_pipe()) return kOk;
      report(st.error().describe());
      return kUsage;
    }
  }
  return failed ? kInputFailed : kOk;
}

}  // namespace cg::cli
