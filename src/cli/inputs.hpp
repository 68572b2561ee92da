// SPDX-License-Identifier: MIT
#pragma once

/// What the command line names, as articles: files, directories walked
/// recursively in sorted order, standard input, and JSON Lines files (an
/// article a line: {"id","url","title","date","text"}). Articles are read one
/// at a time, so a batch never needs to fit in memory.

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "document/document.hpp"

namespace cg::cli {

/// One article to convert, or the reason it cannot be.
struct ArticleInput {
  std::string name;   ///< For diagnostics: "dir/a.txt", "feed.jsonl:12", "<stdin>".
  std::string stem;   ///< For --split: the output file's name without extension.
  std::string bytes;  ///< The article's text.
  std::string title;  ///< Metadata from JSON Lines (empty when absent).
  std::string date;
  std::string url;
  std::string id;     ///< The JSON line's "id".
  std::string error;  ///< Non-empty: why this input could not be read ("empty input").
};

/// Longest JSON line read: an article at its size limit, escaped (most
/// characters take one byte in JSON, and few take six).
inline constexpr std::size_t kMaxJsonLineBytes = 4 * kMaxDocumentBytes;

/// A file (or standard input) to read articles from.
struct Source {
  std::string path;    ///< "-" is standard input.
  bool jsonl = false;  ///< One article per line, as JSON.
  std::uintmax_t size = 0;  ///< Bytes, when known (for progress).
  std::string error;   ///< Non-empty: the path cannot be read as articles.
};

struct InputOptions {
  std::string glob;    ///< Only files whose names match (fnmatch), when walking directories.
  bool jsonl = false;  ///< Every input is JSON Lines.
};

/// The sources the command line names, directories expanded (files ending
/// in .txt or .jsonl, or matching --glob; hidden files and directories
/// skipped), in the order given, each directory's files sorted by path.
/// Symbolic links to directories are not followed, so link loops cannot trap
/// the walk; a link named like an article whose file cannot be reached
/// (dangling, or a loop of links) is an input with its error. A directory
/// without articles, and "-" given twice, are errors.
std::vector<Source> expand_sources(const std::vector<std::string>& inputs, const InputOptions& options);

/// Reads one JSON line as an article into `article`: the text and the
/// metadata ("id", "url", "title", "date"), or in `article.error` why the
/// line is not one. The name and stem are the caller's.
void read_json_article(std::string_view line, ArticleInput& article);

/// The JSON reader's fast path on its own: the line as a JSON object when it
/// is an object of strings and nulls in valid UTF-8, else nullopt (then
/// nlohmann reads it). Public for the fuzz target, which checks that the
/// two readers agree.
std::optional<nlohmann::json> read_flat_json_object(std::string_view line);

/// Title, date and URL of `in` (from JSON Lines), else the defaults (from
/// the command line), into `doc`; what does not check out is left out with
/// a warning.
void apply_metadata(const ArticleInput& in, const std::string& default_date, const std::string& default_url,
                    Document& doc, std::vector<std::string>& warnings);

/// Reads the articles of `sources` one after another.
class ArticleReader {
 public:
  explicit ArticleReader(std::vector<Source> sources) : sources_(std::move(sources)) {}
  /// The next article; false when there are no more.
  bool next(ArticleInput& article);
  /// Bytes of the sources consumed so far (for progress).
  [[nodiscard]] std::uintmax_t bytes_read() const noexcept { return bytes_read_; }

 private:
  enum class LineStatus { Line, TooLong, End };
  /// The next line of `in` without its newline; a line over
  /// kMaxJsonLineBytes is read to its end but not kept (TooLong).
  LineStatus read_line(std::istream& in, std::string& line);
  bool next_json_line(ArticleInput& article);
  std::vector<Source> sources_;
  std::size_t current_ = 0;
  std::unique_ptr<std::istream> lines_;  ///< The open JSON Lines source, if any.
  std::size_t line_no_ = 0;
  std::size_t articles_in_source_ = 0;  ///< Articles the open JSON Lines source gave.
  std::uintmax_t bytes_read_ = 0;
};

}  // namespace cg::cli
