// SPDX-License-Identifier: MIT
#include "cli/run.hpp"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <map>
#include <thread>
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
#include "cli/inputs.hpp"
#include "knowledge/tsv.hpp"
#include "util/text.hpp"
#include "write/dot.hpp"

namespace cg::cli {

namespace {

namespace fs = std::filesystem;

// Every diagnostic names inputs and quotes them: printable() keeps a file
// name or a JSON line from writing control sequences to the terminal.
void report(const std::string& line) { std::cerr << "claimgraph: " << printable(line) << "\n"; }

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
    o.name_ = path;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
      // A device or pipe (/dev/null, a FIFO) is written as it is: renaming
      // a file over it would replace it.
      o.direct_ = true;
      o.file_ = std::fopen(path.c_str(), "wb");
      if (!o.file_) return make_error(path + ": cannot write: " + std::strerror(errno));
      return o;
    }
    // A symbolic link is followed, so that the file it names is replaced, not
    // the link.
    o.target_ = fs::is_symlink(fs::symlink_status(path, ec)) ? fs::canonical(path, ec).string() : path;
    if (o.target_.empty()) o.target_ = path;
    o.temporary_ = o.target_ + ".tmp-" + std::to_string(::getpid());
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
    std::swap(direct_, other.direct_);
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
    if (direct_) {
      const bool failed = std::fflush(f) != 0 || std::ferror(f);
      const int err = errno;
      if (std::fclose(f) != 0 || failed) return make_error(name_ + ": cannot write: " + std::strerror(err));
      return {};
    }
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
      if (!direct_) std::remove(temporary_.c_str());
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
  bool direct_ = false;  ///< Written in place (a device or pipe), not renamed into place.
};

// Where the program's installed data lives: PREFIX/share/claimgraph beside
// PREFIX/bin/claimgraph, if that is where it runs from; else "" (the copy
// built into the program serves).
std::string installed_data_directory() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
#ifndef CLAIMGRAPH_DATADIR
#define CLAIMGRAPH_DATADIR "share/claimgraph"
#endif
  // CLAIMGRAPH_DATADIR is the data directory relative to the install prefix
  // (or absolute), as meson was configured.
  const fs::path datadir(CLAIMGRAPH_DATADIR);
  const fs::path share = datadir.is_absolute() ? datadir : exe.parent_path().parent_path() / datadir;
  if (fs::is_regular_file(share / "data" / "lexicon" / "words.tsv", ec)) return share.string();
  return {};
}

/// Counts for --stats.
struct BatchStats {
  std::size_t articles = 0;
  std::size_t failed = 0;
  std::map<std::string, std::set<std::string>> entities;         ///< type -> entity ids
  std::map<std::string, std::pair<std::size_t, std::size_t>> claims;  ///< property -> (positive, negative)

  void add(const Analysis& a) {
    ++articles;
    for (const Entity& e : a.resolution.entities) entities[std::string(type_name(e.type))].insert(e.id);
    for (const Claim& c : a.extraction.claims) {
      auto& counts = claims[std::string(property_name(c.property))];
      (c.negative ? counts.second : counts.first)++;
    }
  }

  void print(std::ostream& out) const {
    std::size_t entity_total = 0, claim_total = 0;
    for (const auto& [type, ids] : entities) entity_total += ids.size();
    for (const auto& [property, counts] : claims) claim_total += counts.first + counts.second;
    out << "claimgraph: " << articles << " articles converted, " << failed << " failed\n";
    out << "claimgraph: " << entity_total << " entities:";
    for (const auto& [type, ids] : entities) out << " " << type << " " << ids.size() << ";";
    out << "\nclaimgraph: " << claim_total << " claims (positive/negative):";
    for (const auto& [property, counts] : claims) out << " " << property << " " << counts.first << "/" << counts.second << ";";
    out << "\n";
  }
};

/// A progress line on standard error: articles done, rate, time left
/// (from the share of input bytes read).
class Progress {
 public:
  Progress(bool enabled, std::uintmax_t total_bytes) : enabled_(enabled), total_(total_bytes) {}
  void update(std::size_t done, std::size_t failed, std::uintmax_t bytes_read) {
    if (!enabled_) return;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::ostringstream line;
    line << "\rclaimgraph: " << done << " articles";
    if (failed) line << " (" << failed << " failed)";
    if (seconds > 0.2) {
      line << ", " << static_cast<long>(static_cast<double>(done) / seconds) << " articles/s";
      if (total_ > 0 && bytes_read > 0 && bytes_read < total_) {
        const double left = seconds * static_cast<double>(total_ - bytes_read) / static_cast<double>(bytes_read);
        line << ", " << static_cast<long>(left + 0.5) << " s left";
      }
    }
    line << "   ";
    std::cerr << line.str() << std::flush;
    shown_ = true;
  }
  void finish() {
    if (enabled_ && shown_) std::cerr << "\n";
    shown_ = false;
  }
  /// Ends the progress line so that a diagnostic starts a line of its own.
  void interrupt() { finish(); }

 private:
  bool shown_ = false;
  bool enabled_;
  std::uintmax_t total_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

/// One article converted by a worker: everything the writer needs, so that
/// the main thread only emits, in input order.
struct Converted {
  std::string error;                   ///< Why it failed: one line naming the input.
  std::vector<std::string> warnings;   ///< Metadata left out, and why.
  std::unique_ptr<Analysis> analysis;  ///< For --stats and --format dot.
  std::optional<ArticleGraph> graph;   ///< For the merged Turtle graph (in the worker's world).
  std::string bytes;                   ///< Serialized, for streamed formats and --split.
  std::string debug;
};

class Converter {
 public:
  Converter(const Config& config, const Knowledge& knowledge) : config_(config), knowledge_(knowledge) {
    options_.base = config.base;
    options_.include_text = config.include_text;
    options_.mentions = config.mentions;
    options_.index_graphs = has_graphs(config.format);  // the others never look a graph up
  }

  /// Whether the batch is one merged graph (Turtle) rather than a stream.
  [[nodiscard]] bool merged() const { return config_.format == Format::Turtle && !config_.split_dir; }

  Converted convert(const ArticleInput& in, const World& world) const {
    Converted out;
    if (!in.error.empty()) {
      out.error = in.name + ": " + in.error;
      return out;
    }
    auto analysis = analyze(in.bytes, in.name, knowledge_);
    if (!analysis) {
      out.error = analysis.error().describe();
      return out;
    }
    Analysis& a = **analysis;
    apply_metadata(in, config_.date, config_.source_url, a.document, out.warnings);
    if (config_.debug) {
      std::ostringstream debug;
      print_debug(debug, a);
      out.debug = debug.str();
    }
    if (config_.format != Format::Dot) {
      ArticleGraph graph =
          build_graph(a.document, a.segmentation, a.resolution, a.extraction, knowledge_, options_, world);
      if (merged()) {
        out.graph.emplace(std::move(graph));
      } else {
        GraphWriter writer(config_.format, /*declare_prefixes=*/config_.split_dir.has_value());
        if (Status st = writer.write(graph); !st) {
          out.error = in.name + ": " + st.error().message;
          return out;
        }
        out.bytes = writer.take();
      }
    } else if (config_.split_dir) {
      StanceNetwork network;
      network.add(article_key(a.document), a.resolution, a.extraction);
      out.bytes = network.dot();
    }
    out.analysis = std::move(*analysis);
    return out;
  }

 private:
  const Config& config_;
  const Knowledge& knowledge_;
  GraphOptions options_;
};

}  // namespace

int run(const Config& config) {
  if (!config.data_dir.empty()) set_data_directory(config.data_dir);
  else set_data_directory(installed_data_directory());
  auto loaded = Knowledge::load();
  if (!loaded) {
    report("cannot load the gazetteer and lexicon: " + loaded.error().describe());
    return kUsage;
  }
  // The knowledge lives until the process ends, on purpose: freeing its
  // hundreds of thousands of strings at exit cost a tenth of start-up. A
  // static holds it, so leak checkers see it reachable.
  static const Knowledge* process_knowledge = nullptr;
  delete process_knowledge;
  process_knowledge = new Knowledge(std::move(*loaded));
  const Knowledge& knowledge = *process_knowledge;
  const Converter converter(config, knowledge);

  std::optional<Output> shared;
  if (!config.split_dir) {
    auto out = config.output ? Output::file(*config.output) : Output::standard_output();
    if (!out) {
      report(out.error().describe());
      return kUsage;
    }
    shared.emplace(std::move(*out));
  } else {
    std::error_code ec;
    fs::create_directories(*config.split_dir, ec);
    if (ec) {
      report(*config.split_dir + ": cannot create directory: " + ec.message());
      return kUsage;
    }
  }

  std::vector<Source> sources = expand_sources(config.inputs, InputOptions{config.glob, config.jsonl});
  if (!config.source_url.empty() && (sources.size() != 1 || sources.front().jsonl)) {
    report("--source-url names one article's URL; a directory or JSON Lines input holds many");
    return kUsage;
  }
  std::uintmax_t total_bytes = 0;
  for (const Source& s : sources) total_bytes += s.size;
  ArticleReader reader(std::move(sources));
  Progress progress(!config.quiet && (config.progress || ::isatty(STDERR_FILENO) == 1), total_bytes);

  // One world per worker: Sord's node table is not shared between threads.
  // Worker w uses worlds[w] only while the main thread waits for the chunk.
  const unsigned jobs = config.jobs;
  std::vector<World> worlds(jobs);
  World merged_world;
  Model merged(merged_world, /*index_graphs=*/false);  // Turtle: one graph, never looked up by graph
  StanceNetwork network;
  BatchStats stats;
  std::set<std::string> written_names;
  bool stop = false;
  int status = kOk;

  // Streamed formats start with the prefixes, once.
  if (shared && !converter.merged() && config.format != Format::Dot) {
    if (Status st = shared->write(GraphWriter::prefixes(config.format)); !st) {
      report(st.error().describe());
      return kUsage;
    }
  }

  // A chunk is 32 articles per job, or fewer when they are long: what a
  // chunk holds until it is written (its texts, analyses and output) grows
  // with its bytes, about fifty times over.
  const std::size_t chunk_size = 32 * jobs;
  const std::size_t chunk_bytes = std::size_t{2} * 1024 * 1024 * jobs;
  std::vector<ArticleInput> chunk;
  std::vector<Converted> results;
  while (!stop) {
    chunk.clear();
    ArticleInput next;
    std::size_t bytes = 0;
    while (chunk.size() < chunk_size && bytes < chunk_bytes && reader.next(next)) {
      bytes += next.bytes.size();
      chunk.push_back(std::move(next));
    }
    if (chunk.empty()) break;
    results.clear();
    results.resize(chunk.size());
    std::atomic<std::size_t> cursor{0};
    auto work = [&](unsigned w) {
      for (std::size_t i; (i = cursor.fetch_add(1)) < chunk.size();) {
        try {
          results[i] = converter.convert(chunk[i], worlds[w]);
        } catch (const std::exception& e) {
          results[i] = Converted{};
          results[i].error = chunk[i].name + ": internal error: " + e.what();
        }
      }
    };
    if (jobs == 1 || chunk.size() == 1) {
      work(0);
    } else {
      std::vector<std::thread> threads;
      for (unsigned w = 1; w < jobs; ++w) threads.emplace_back(work, w);
      work(0);
      for (std::thread& t : threads) t.join();
    }

    // One input that cannot be converted: reported, counted, and with
    // --strict the end of the batch.
    auto input_failed = [&](const std::string& message) {
      progress.interrupt();
      report(message);
      ++stats.failed;
      status = kInputFailed;
      if (config.strict) stop = true;
    };
    // Emit in input order: the same bytes whatever the number of jobs.
    for (std::size_t i = 0; i < chunk.size() && !stop; ++i) {
      const ArticleInput& in = chunk[i];
      Converted& r = results[i];
      if (!r.debug.empty() || (!config.quiet && !r.warnings.empty())) progress.interrupt();
      if (!r.debug.empty()) std::cerr << r.debug;
      if (!config.quiet) {
        for (const std::string& w : r.warnings) report(in.name + ": warning: " + w);
      }
      if (!r.error.empty()) {
        input_failed(r.error);
        continue;
      }
      if (config.split_dir) {
        const std::string name = in.stem + std::string(format_extension(config.format));
        if (!written_names.insert(name).second) {
          input_failed(in.name + ": another input already wrote " + name + " in " + *config.split_dir + "; skipped");
          continue;
        }
        auto out = Output::file((fs::path(*config.split_dir) / name).string());
        Status st = out ? out->write(r.bytes) : Status(out.error());
        if (st) st = out->commit();
        if (!st) {
          report(st.error().describe());
          progress.finish();
          return kUsage;
        }
      } else if (converter.merged()) {
        merged.add_all(r.graph->model);
      } else if (config.format == Format::Dot) {
        network.add(article_key(r.analysis->document), r.analysis->resolution, r.analysis->extraction);
      } else if (Status st = shared->write(r.bytes); !st) {
        progress.finish();
        if (shared->broken_pipe()) return kOk;  // the reader stopped early: not our failure
        report(st.error().describe());
        return kUsage;
      }
      stats.add(*r.analysis);
    }
    results.clear();  // frees the workers' nodes, on this thread, while they wait
    // Fresh worlds for the next chunk: Sord keeps a node table that only
    // grows, so long-lived worlds would make memory grow with the batch.
    for (World& w : worlds) w = World();
    progress.update(stats.articles, stats.failed, reader.bytes_read());
  }
  progress.finish();

  if (shared) {
    std::string tail;
    if (converter.merged()) {
      GraphWriter writer(Format::Turtle);
      if (Status st = writer.write_all(merged); !st) {
        report(st.error().describe());
        return kUsage;
      }
      tail = writer.take();
    } else if (config.format == Format::Dot) {
      tail = network.dot();
    }
    Status st = shared->write(tail);
    if (stats.articles == 0 && config.output) {
      shared->abandon();  // nothing converted: no output file at all
    } else {
      if (st) st = shared->commit();
      if (!st) {
        if (shared->broken_pipe()) return kOk;
        report(st.error().describe());
        return kUsage;
      }
    }
  }
  if (config.stats) stats.print(std::cerr);
  return status;
}

}  // namespace cg::cli
