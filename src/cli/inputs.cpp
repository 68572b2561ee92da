// SPDX-License-Identifier: MIT
#include "cli/inputs.hpp"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

#include <nlohmann/json.hpp>

#include "document/document.hpp"
#include "graph/term.hpp"
#include "util/text.hpp"

namespace cg::cli {

namespace {

namespace fs = std::filesystem;

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

bool only_whitespace(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// A file name fit for --split: letters, digits, '-', '_' and '.', not
// starting with '.'; anything else gives the fallback.
std::string safe_stem(const std::string& wanted, const std::string& fallback) {
  if (wanted.empty() || wanted.size() > 200 || wanted[0] == '.') return fallback;
  for (const char c : wanted) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    if (!ok) return fallback;
  }
  return wanted;
}

}  // namespace

// The common JSON line, read without nlohmann's lexer (which cost as much
// as tokenizing the article): one object whose values are strings or null,
// in valid UTF-8. Anything else (numbers, nesting, a syntax error) returns
// nullopt, and nlohmann reads the line and words any error.
class FlatObjectReader {
 public:
  explicit FlatObjectReader(std::string_view line) : s_(line) {}

  std::optional<nlohmann::json> read() {
    if (!is_valid_utf8(s_)) return std::nullopt;
    nlohmann::json object = nlohmann::json::object();
    space();
    if (!take('{')) return std::nullopt;
    space();
    if (!take('}')) {
      for (;;) {
        std::string key;
        if (!string(key)) return std::nullopt;
        space();
        if (!take(':')) return std::nullopt;
        space();
        if (s_.substr(p_, 4) == "null") {
          p_ += 4;
          object[key] = nullptr;
        } else {
          std::string value;
          if (!string(value)) return std::nullopt;
          object[key] = std::move(value);
        }
        space();
        if (take('}')) break;
        if (!take(',')) return std::nullopt;
        space();
      }
    }
    space();
    if (p_ != s_.size()) return std::nullopt;
    return object;
  }

 private:
  void space() {
    while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\t' || s_[p_] == '\n' || s_[p_] == '\r')) ++p_;
  }
  bool take(char c) {
    if (p_ >= s_.size() || s_[p_] != c) return false;
    ++p_;
    return true;
  }
  // Four hex digits of a \u escape.
  bool hex4(std::uint32_t& out) {
    if (p_ + 4 > s_.size()) return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[p_++];
      const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) return false;
      out = out * 16 + static_cast<std::uint32_t>(digit);
    }
    return true;
  }
  bool string(std::string& out) {
    if (!take('"')) return false;
    for (;;) {
      // Plain characters in one piece, up to a quote, backslash or control.
      const std::size_t start = p_;
      while (p_ < s_.size() && s_[p_] != '"' && s_[p_] != '\\' && static_cast<unsigned char>(s_[p_]) >= 0x20) ++p_;
      out.append(s_, start, p_ - start);
      if (p_ >= s_.size()) return false;
      const char c = s_[p_++];
      if (c == '"') return true;
      if (c != '\\' || p_ >= s_.size()) return false;  // a control character
      const char e = s_[p_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default:
          return false;
      }
    }
  }

  std::string_view s_;
  std::size_t p_ = 0;
};

std::optional<nlohmann::json> read_flat_json_object(std::string_view line) { return FlatObjectReader(line).read(); }

void read_json_article(std::string_view line, ArticleInput& article) {
  nlohmann::json j;
  try {
    if (auto flat = read_flat_json_object(line)) j = std::move(*flat);
    else j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann's message names the byte; keep it, minus the library's prefix.
    std::string what = e.what();
    if (const auto colon = what.find("parse error"); colon != std::string::npos) what = what.substr(colon);
    article.error = "malformed JSON: " + what;
    return;
  }
  if (!j.is_object()) {
    article.error = "malformed article: a line must be a JSON object";
    return;
  }
  auto text_field = [&](const char* key, std::string& into) -> bool {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (it->is_string()) {
      into = it->get<std::string>();
      return true;
    }
    if (std::string_view(key) == "id" && it->is_number_unsigned()) {
      into = std::to_string(it->get<unsigned long long>());
      return true;
    }
    if (std::string_view(key) == "id" && it->is_number_integer()) {
      into = std::to_string(it->get<long long>());
      return true;
    }
    article.error = std::string("malformed article: \"") + key + "\" must be a string";
    return false;
  };
  if (!text_field("id", article.id) || !text_field("url", article.url) || !text_field("title", article.title) ||
      !text_field("date", article.date) || !text_field("text", article.bytes)) {
    return;
  }
  if (j.find("text") == j.end()) {
    article.error = "malformed article: no \"text\"";
    return;
  }
  if (only_whitespace(article.bytes)) article.error = "empty input";
}

namespace {

Source source_for(const std::string& path, const InputOptions& options) {
  Source s;
  s.path = path;
  s.jsonl = options.jsonl || path.ends_with(".jsonl");
  std::error_code ec;
  if (path != "-") s.size = fs::file_size(path, ec);
  if (ec) s.size = 0;
  return s;
}

// Reads `in` to its end into `out`, unless it holds more than an article
// may: then false, after reading one byte over the limit (a pipe or device
// that never ends cannot make us read on).
bool read_bounded(std::istream& in, std::string& out) {
  out.clear();
  char chunk[1 << 16];
  while (in) {
    in.read(chunk, sizeof chunk);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (out.size() + got > kMaxDocumentBytes) {
      out.clear();
      return false;
    }
    out.append(chunk, got);
  }
  return true;
}

}  // namespace

void apply_metadata(const ArticleInput& in, const std::string& default_date, const std::string& default_url,
                    Document& doc, std::vector<std::string>& warnings) {
  std::string date = in.date.empty() ? default_date : in.date;
  if (date.size() > 10 && date[10] == 'T') date.resize(10);  // a date-time: its day
  if (!date.empty()) {
    if (Literal::date(date)) doc.date = date;
    else warnings.push_back("date '" + in.date + "' is not YYYY-MM-DD; left out");
  }
  const std::string& url = in.url.empty() ? default_url : in.url;
  if (!url.empty()) {
    if (Iri::make(url)) doc.url = url;
    else warnings.push_back("url '" + url + "' is not an absolute IRI; left out");
  }
  if (!in.title.empty()) {
    doc.title = in.title;  // valid UTF-8 (JSON), but it may hold controls
    replace_non_xml_characters(doc.title);
  }
  doc.external_id = in.id;
}

ArticleReader::LineStatus ArticleReader::read_line(std::istream& in, std::string& line) {
  line.clear();
  char chunk[1 << 16];
  bool any = false;
  bool too_long = false;
  for (;;) {
    in.getline(chunk, sizeof chunk);
    const bool full = in.fail() && !in.eof();  // the chunk filled up: the line goes on
    const bool at_end = in.eof();
    auto stored = static_cast<std::size_t>(in.gcount());
    bytes_read_ += stored;
    if (!full && !at_end) --stored;  // the newline, counted, not stored
    if (stored > 0 || !at_end) any = true;
    if (line.size() + stored <= kMaxJsonLineBytes) {
      line.append(chunk, stored);
    } else {
      too_long = true;
      line.clear();
    }
    if (!full) break;
    in.clear(in.rdstate() & ~std::ios::failbit);
  }
  if (!any) return LineStatus::End;
  return too_long ? LineStatus::TooLong : LineStatus::Line;
}

std::vector<Source> expand_sources(const std::vector<std::string>& inputs, const InputOptions& options) {
  std::vector<Source> out;
  bool standard_input = false;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-") {
      Source s = source_for(input, options);
      if (standard_input) s.error = "standard input is given more than once";
      standard_input = true;
      out.push_back(s);
      continue;
    }
    if (input != "-" && fs::is_directory(input, ec)) {
      std::vector<Source> files;
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {  // hidden: editors' backups, version control
          std::error_code dir_ec;
          if (it->is_directory(dir_ec)) it.disable_recursion_pending();
          continue;
        }
        const bool wanted = options.glob.empty()
                                ? name.ends_with(".txt") || name.ends_with(".jsonl")
                                : fnmatch(options.glob.c_str(), name.c_str(), 0) == 0;
        std::error_code type_ec;
        if (it->is_regular_file(type_ec)) {
          if (wanted) files.push_back(source_for(it->path().string(), options));
          continue;
        }
        // A link to a file that cannot be reached (dangling, or a loop of
        // links) is an input the user meant: it gets its error. Links to
        // directories are not followed, and other files are not articles.
        std::error_code link_ec;
        if (wanted && it->is_symlink(link_ec)) {
          struct stat target {};
          if (::stat(it->path().c_str(), &target) != 0) {
            Source broken;
            broken.path = it->path().string();
            broken.error = std::string("cannot read: ") + std::strerror(errno);
            files.push_back(broken);
          }
        }
      }
      if (ec) {
        Source bad;
        bad.path = input;
        bad.error = "cannot read directory: " + ec.message();
        out.push_back(bad);
        continue;
      }
      std::sort(files.begin(), files.end(), [](const Source& a, const Source& b) { return a.path < b.path; });
      if (files.empty()) {
        Source none;
        none.path = input;
        none.error = options.glob.empty() ? "no articles (no file ending in .txt or .jsonl)"
                                          : "no articles (no file matching " + options.glob + ")";
        out.push_back(none);
      }
      out.insert(out.end(), files.begin(), files.end());
      continue;
    }
    out.push_back(source_for(input, options));
  }
  return out;
}

bool ArticleReader::next(ArticleInput& article) {
  while (current_ < sources_.size()) {
    const Source& source = sources_[current_];
    if (source.jsonl && source.error.empty()) {
      if (next_json_line(article)) return true;
      continue;  // the source is done; next_json_line moved on
    }
    ++current_;
    article = ArticleInput{};
    article.name = display_name(source.path);
    article.stem = source.path == "-" ? "stdin" : fs::path(source.path).stem().string();
    if (!source.error.empty()) {
      article.error = source.error;
      return true;
    }
    if (source.path == "-") {
      if (!read_bounded(std::cin, article.bytes)) article.error = too_large_message();
      if (std::cin.bad()) article.error = "cannot read";
    } else {
      std::error_code ec;
      if (fs::is_directory(source.path, ec)) {
        article.error = "is a directory";
        return true;
      }
      std::ifstream in(source.path, std::ios::binary);
      if (!in) {
        article.error = std::string("cannot read: ") + std::strerror(errno);
        return true;
      }
      // A regular file's size is known: one too large is not read at all.
      if (const auto size = fs::file_size(source.path, ec); !ec && size > kMaxDocumentBytes) {
        article.error = too_large_message(size);
        return true;
      }
      if (!read_bounded(in, article.bytes)) article.error = too_large_message();
      if (in.bad()) article.error = std::string("cannot read: ") + std::strerror(errno);
    }
    bytes_read_ += article.bytes.size();
    if (article.error.empty() && only_whitespace(article.bytes)) article.error = "empty input";
    return true;
  }
  return false;
}

// The next article of the current JSON Lines source; false (and the source
// finished) at its end. Blank lines are skipped.
bool ArticleReader::next_json_line(ArticleInput& article) {
  const Source& source = sources_[current_];
  if (!lines_) {
    line_no_ = 0;
    articles_in_source_ = 0;
    if (source.path == "-") {
      lines_ = std::make_unique<std::istream>(std::cin.rdbuf());
    } else {
      auto file = std::make_unique<std::ifstream>(source.path, std::ios::binary);
      if (!*file) {
        article = ArticleInput{};
        article.name = display_name(source.path);
        article.error = std::string("cannot read: ") + std::strerror(errno);
        ++current_;
        return true;
      }
      lines_ = std::move(file);
    }
  }
  std::string line;
  for (LineStatus status; (status = read_line(*lines_, line)) != LineStatus::End;) {
    ++line_no_;
    if (status == LineStatus::Line && only_whitespace(line)) continue;
    ++articles_in_source_;
    article = ArticleInput{};
    article.name = display_name(source.path) + ":" + std::to_string(line_no_);
    const std::string fallback = fs::path(source.path == "-" ? "stdin" : source.path).stem().string() + "-" +
                                 std::to_string(line_no_);
    article.stem = fallback;
    if (status == LineStatus::TooLong) {
      article.error = "line longer than the " + std::to_string(kMaxJsonLineBytes) + "-byte limit for one JSON line";
      return true;
    }
    read_json_article(line, article);
    if (article.error.empty()) article.stem = safe_stem(article.id, fallback);
    return true;
  }
  if (lines_->bad()) {
    article = ArticleInput{};
    article.name = display_name(source.path) + ":" + std::to_string(line_no_ + 1);
    article.error = "cannot read";
    lines_.reset();
    ++current_;
    return true;
  }
  lines_.reset();
  ++current_;
  if (articles_in_source_ == 0) {  // an empty feed is an input that gave nothing
    article = ArticleInput{};
    article.name = display_name(source.path);
    article.error = "no articles (no JSON line)";
    return true;
  }
  return false;
}

}  // namespace cg::cli
