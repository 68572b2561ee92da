// SPDX-License-Identifier: MIT
#include "segment/segment.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "util/text.hpp"

namespace cg {

namespace {

using namespace std::string_view_literals;

// Abbreviations whose period belongs to the word. Titles never end a sentence;
// the others may, when a typical sentence opener follows.
constexpr std::array kTitleAbbreviations = {
    "mr"sv,  "mrs"sv, "ms"sv,   "dr"sv,  "prof"sv, "st"sv,   "sen"sv,  "rep"sv,  "gov"sv,
    "gen"sv, "col"sv, "lt"sv,   "capt"sv, "sgt"sv, "maj"sv,  "adm"sv,  "cmdr"sv, "rev"sv,
    "fr"sv,  "hon"sv, "pres"sv, "supt"sv, "insp"sv, "det"sv, "messrs"sv, "mme"sv, "mlle"sv,
    "gens"sv, "sens"sv, "reps"sv, "mt"sv, "ft"sv,  "no"sv,   "nos"sv,  "vs"sv,   "v"sv,
    "jan"sv, "feb"sv, "mar"sv,  "apr"sv, "jun"sv,  "jul"sv,  "aug"sv,  "sep"sv,  "sept"sv,
    "oct"sv, "nov"sv, "dec"sv,  "approx"sv, "dept"sv, "univ"sv, "assn"sv, "ave"sv, "blvd"sv};
constexpr std::array kOtherAbbreviations = {"inc"sv, "ltd"sv, "co"sv,  "corp"sv, "bros"sv,
                                            "jr"sv,  "sr"sv,  "etc"sv, "plc"sv,  "al"sv};
// Capitalised words that usually open a sentence: after "U.S." or "etc." they
// mean the sentence ended.
constexpr std::array kSentenceOpeners = {
    "the"sv, "a"sv,   "an"sv,   "he"sv,  "she"sv,  "it"sv,   "they"sv, "we"sv,   "i"sv,
    "but"sv, "and"sv, "in"sv,   "on"sv,  "at"sv,   "this"sv, "that"sv, "these"sv, "those"sv,
    "his"sv, "her"sv, "their"sv, "its"sv, "there"sv, "if"sv, "as"sv,   "after"sv, "when"sv,
    "while"sv, "however"sv, "meanwhile"sv, "earlier"sv, "last"sv, "mr"sv, "mrs"sv, "ms"sv};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019' || cp == U'\u02BC'; }
bool is_hyphen(char32_t cp) { return cp == U'-' || cp == U'\u2010' || cp == U'\u2011'; }
bool is_dash(char32_t cp) { return cp == U'\u2013' || cp == U'\u2014' || cp == U'\u2015'; }
bool is_double_quote(char32_t cp) {
  return cp == U'"' || cp == U'\u201C' || cp == U'\u201D' || cp == U'\u201E' || cp == U'\u00AB' ||
         cp == U'\u00BB';
}
bool is_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

struct Cursor {
  std::string_view text;
  std::size_t pos;
  [[nodiscard]] DecodedChar at(std::size_t p) const {
    if (p >= text.size()) return {};
    DecodedChar c = decode_utf8(text, p);
    if (c.length == 0) c = {0xFFFD, 1};  // cannot happen: documents are validated
    return c;
  }
};

class Tokenizer {
 public:
  Tokenizer(const Document& doc, std::vector<Token>& out) : doc_(doc), out_(out) {}

  // Tokenizes text[begin, end); newlines inside count as spaces.
  void run(std::size_t begin, std::size_t end) {
    const Cursor cur{std::string_view(doc_.text).substr(0, end), begin};
    std::size_t p = begin;
    while (p < end) {
      const DecodedChar c = cur.at(p);
      const char32_t cp = c.code_point;
      if (is_space(cp)) {
        p += c.length;
        continue;
      }
      if (is_word_char(cp)) {
        p = word(cur, p, end);
        continue;
      }
      if (is_double_quote(cp)) {
        QuoteMark mark = QuoteMark::Open;
        if (cp == U'\u201D' || cp == U'\u00BB') mark = QuoteMark::Close;
        else if (cp == U'"') mark = QuoteMark::None;  // decided later by pairing
        push(p, p + c.length, TokenKind::Quote, "\"", mark, false);
        p += c.length;
        continue;
      }
      if (cp == U'\u2018' || cp == U'\u201B') {
        push(p, p + c.length, TokenKind::Quote, "'", QuoteMark::Open, true);
        ++single_depth_;
        p += c.length;
        continue;
      }
      if (is_apostrophe(cp)) {
        p = loose_apostrophe(cur, p, c.length);
        continue;
      }
      if (is_dash(cp) || (is_hyphen(cp))) {
        std::size_t q = p + c.length;
        while (q < end && (is_dash(cur.at(q).code_point) || is_hyphen(cur.at(q).code_point))) {
          q += cur.at(q).length;
        }
        push(p, q, TokenKind::Dash, "-", QuoteMark::None, false);
        p = q;
        continue;
      }
      if (cp == U'.' && p + 2 < end && doc_.text.compare(p, 3, "...") == 0) {
        push(p, p + 3, TokenKind::Punct, "...", QuoteMark::None, false);
        p += 3;
        continue;
      }
      if (cp == U'\u2026') {
        push(p, p + c.length, TokenKind::Punct, "...", QuoteMark::None, false);
        p += c.length;
        continue;
      }
      std::string norm;
      append_utf8(norm, cp);
      push(p, p + c.length, TokenKind::Punct, norm, QuoteMark::None, false);
      p += c.length;
    }
  }

  void reset_quotes() { single_depth_ = 0; }

 private:
  void push(std::size_t b, std::size_t e, TokenKind kind, std::string_view norm, QuoteMark mark,
            bool single) {
    Token& t = out_.emplace_back();  // made in place: a token is a hundred bytes
    t.span = Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    t.kind = kind;
    t.text = std::string_view(doc_.text).substr(b, e - b);
    t.quote = mark;
    t.single_quote = single;
    if (kind == TokenKind::Word || kind == TokenKind::Number) {
      const bool ascii_only = std::all_of(t.text.begin(), t.text.end(),
                                          [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (ascii_only) {
        // Most tokens: the forms are made in place, in one pass.
        t.plain.assign(t.text);
        t.norm.assign(t.text);
        std::size_t letters = 0;
        std::size_t upper = 0;
        for (char& c : t.norm) {
          if (c >= 'A' && c <= 'Z') {
            ++letters;
            ++upper;
            c = static_cast<char>(c - 'A' + 'a');
          } else if (c >= 'a' && c <= 'z') {
            ++letters;
          }
        }
        t.capitalized = !t.text.empty() && t.text[0] >= 'A' && t.text[0] <= 'Z';
        t.all_caps = letters >= 2 && upper == letters;
        t.norm_hash = hash_short_string(t.norm);
        return;
      }
      t.plain = strip_accents(t.text);
      std::string ascii;
      ascii.reserve(t.plain.size());
      for (std::size_t i = 0; i < t.plain.size();) {
        const DecodedChar d = decode_utf8(t.plain, i);
        const std::size_t len = d.length ? d.length : 1;
        if (d.length && (is_apostrophe(d.code_point))) ascii += '\'';
        else if (d.length && is_hyphen(d.code_point)) ascii += '-';
        else ascii.append(t.plain, i, len);
        i += len;
      }
      t.plain = std::move(ascii);
      t.norm = fold_key(t.plain);
      const DecodedChar first = decode_utf8(t.text, 0);
      t.capitalized = first.length && is_upper(first.code_point);
      std::size_t letters = 0;
      std::size_t upper = 0;
      for (std::size_t i = 0; i < t.text.size();) {
        const DecodedChar d = decode_utf8(t.text, i);
        if (!d.length) break;
        if (is_word_char(d.code_point) && !is_digit(d.code_point)) {
          ++letters;
          if (is_upper(d.code_point)) ++upper;
        }
        i += d.length;
      }
      t.all_caps = letters >= 2 && upper == letters;
    } else {
      t.norm.assign(norm);
      t.plain.assign(norm);
    }
    t.norm_hash = hash_short_string(t.norm);
  }

  // Gives the last token the norm `norm` ("ca" of "can't" is "can").
  void renorm_last(std::string_view norm) {
    Token& t = out_.back();
    t.norm.assign(norm);
    t.norm_hash = hash_short_string(t.norm);
  }

  // A word: letters/digits with inner hyphens, apostrophes (O'Brien) and the
  // periods of abbreviations (U.S., Mr.). Clitics are split off.
  std::size_t word(const Cursor& cur, std::size_t begin, std::size_t end) {
    std::size_t p = begin;
    bool numeric = true;
    const std::string_view text = cur.text;
    // The end of a run of word characters; ASCII without decoding.
    auto run_end = [&](std::size_t from) {
      std::size_t q = from;
      while (q < end) {
        const auto byte = static_cast<unsigned char>(text[q]);
        if (byte < 0x80) {
          if (!is_word_char(byte)) break;
          ++q;
          continue;
        }
        const DecodedChar d = cur.at(q);
        if (!is_word_char(d.code_point)) break;
        q += d.length;
      }
      return q;
    };
    for (;;) {
      const std::size_t q = run_end(p);
      // (a byte of a multi-byte character is no digit either)
      for (std::size_t i = p; i < q && numeric; ++i) numeric = text[i] >= '0' && text[i] <= '9';
      p = q;
      if (p >= end) break;
      const DecodedChar next = cur.at(p);
      const DecodedChar after = cur.at(p + next.length);
      const bool word_after = after.length && is_word_char(after.code_point);
      if (is_hyphen(next.code_point) && word_after) {
        p += next.length;
        numeric = false;
        continue;
      }
      if (numeric && (next.code_point == U',' || next.code_point == U'.') && after.length &&
          is_digit(after.code_point)) {
        p += next.length;  // 1,000 and 3.5
        continue;
      }
      if (is_apostrophe(next.code_point) && word_after) {
        const std::size_t rest_end = run_end(p + next.length);
        const std::string rest =
            ascii_lower(std::string_view(doc_.text).substr(p + next.length, rest_end - p - next.length));
        if (rest == "s" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d" ||
            rest == "m") {
          emit_word(begin, p, numeric);
          push(p, rest_end, rest == "s" ? TokenKind::Possessive : TokenKind::Clitic,
               "'" + rest, QuoteMark::None, false);
          return rest_end;
        }
        if (rest == "t" && p > begin && (doc_.text[p - 1] == 'n' || doc_.text[p - 1] == 'N')) {
          std::size_t stem_end = p - 1;
          std::string stem = ascii_lower(std::string_view(doc_.text).substr(begin, stem_end - begin));
          if (stem.empty()) break;
          emit_word(begin, stem_end, false);
          // "can't" and "won't" keep their verbs recognisable.
          if (stem == "ca") renorm_last("can");
          if (stem == "wo") renorm_last("will");
          if (stem == "sha") renorm_last("shall");
          push(stem_end, rest_end, TokenKind::Clitic, "not", QuoteMark::None, false);
          return rest_end;
        }
        p += next.length;  // O'Brien, d'Ivoire
        numeric = false;
        continue;
      }
      if (next.code_point == U'.') {
        const std::string_view so_far = std::string_view(doc_.text).substr(begin, p - begin);
        const std::string lower = ascii_lower(so_far);
        // Acronyms with periods: U.S., U.N., e.g.
        if (count_code_points(lower.substr(lower.rfind('.') == std::string::npos
                                               ? 0
                                               : lower.rfind('.') + 1)) == 1 &&
            word_after && cur.at(p + next.length + after.length).code_point == U'.') {
          p += next.length;
          continue;
        }
        if (lower.find('.') != std::string::npos && lower.size() >= 3 &&
            count_code_points(lower.substr(lower.rfind('.') + 1)) == 1) {
          p += next.length;  // the final period of "U.S."
          break;
        }
        if (contains(kTitleAbbreviations, lower) || contains(kOtherAbbreviations, lower) ||
            (count_code_points(lower) == 1 && cur.at(begin).length && is_upper(cur.at(begin).code_point))) {
          if (lower == "no" && !(after.length && is_space(after.code_point))) break;
          p += next.length;
          break;
        }
      }
      break;
    }
    emit_word(begin, p, numeric);
    return p;
  }

  void emit_word(std::size_t b, std::size_t e, bool numeric) {
    push(b, e, numeric ? TokenKind::Number : TokenKind::Word, "", QuoteMark::None, false);
  }

  // An apostrophe that is not inside a word: an opening or closing single
  // quotation mark, or the possessive of a plural ("the Tories' plan").
  std::size_t loose_apostrophe(const Cursor& cur, std::size_t p, std::size_t len) {
    const bool after_word = !out_.empty() && out_.back().span.end == p &&
                            (out_.back().kind == TokenKind::Word || out_.back().kind == TokenKind::Number);
    const DecodedChar next = cur.at(p + len);
    const bool word_next = next.length && is_word_char(next.code_point);
    if (!after_word && word_next) {
      push(p, p + len, TokenKind::Quote, "'", QuoteMark::Open, true);
      ++single_depth_;
    } else if (after_word && single_depth_ > 0) {
      push(p, p + len, TokenKind::Quote, "'", QuoteMark::Close, true);
      --single_depth_;
    } else if (after_word) {
      push(p, p + len, TokenKind::Possessive, "'", QuoteMark::None, false);
    } else {
      push(p, p + len, TokenKind::Quote, "'", single_depth_ > 0 ? QuoteMark::Close : QuoteMark::Open,
           true);
      single_depth_ = single_depth_ > 0 ? single_depth_ - 1 : single_depth_ + 1;
    }
    return p + len;
  }

 private:
  const Document& doc_;
  std::vector<Token>& out_;
  int single_depth_ = 0;
};

struct Line {
  std::size_t begin;
  std::size_t end;  // excluding '\n'
  bool blank;
  bool indented;
};

std::vector<Line> lines_of(std::string_view text, Span span) {
  std::vector<Line> lines;
  std::size_t p = span.begin;
  while (p < span.end) {
    std::size_t e = text.find('\n', p);
    if (e == std::string_view::npos || e > span.end) e = span.end;
    const std::string_view line = text.substr(p, e - p);
    lines.push_back(Line{p, e, trim(line).empty(),
                         !line.empty() && (line[0] == ' ' || line[0] == '\t')});
    p = e + 1;
  }
  return lines;
}

// Paragraph spans of the body. Hard-wrapped wire copy (short lines) starts a
// paragraph at a blank or indented line; other text at every line break.
std::vector<Span> paragraphs_of(std::string_view text, Span body) {
  const std::vector<Line> lines = lines_of(text, body);
  std::size_t nonblank = 0;
  std::size_t short_lines = 0;
  for (const Line& l : lines) {
    if (l.blank) continue;
    ++nonblank;
    if (l.end - l.begin <= 90) ++short_lines;
  }
  const bool hard_wrapped = nonblank >= 3 && short_lines * 10 >= nonblank * 8;
  std::vector<Span> paragraphs;
  bool open = false;
  Span current;
  for (const Line& l : lines) {
    if (l.blank) {
      if (open) paragraphs.push_back(current);
      open = false;
      continue;
    }
    if (open && (!hard_wrapped || l.indented)) {
      paragraphs.push_back(current);
      open = false;
    }
    if (!open) {
      current.begin = static_cast<std::uint32_t>(l.begin);
      open = true;
    }
    current.end = static_cast<std::uint32_t>(l.end);
  }
  if (open) paragraphs.push_back(current);
  return paragraphs;
}

bool ends_sentence(const std::vector<Token>& tokens, std::size_t i, std::size_t last,
                   bool after_abbreviation) {
  // i: index of the token after the candidate end (possibly after closing quotes).
  if (i >= last) return false;
  const Token& next = tokens[i];
  if (after_abbreviation) {
    return next.kind == TokenKind::Word && next.capitalized && contains(kSentenceOpeners, next.norm);
  }
  if (next.kind == TokenKind::Word || next.kind == TokenKind::Number) {
    return next.capitalized || next.kind == TokenKind::Number;
  }
  return next.kind == TokenKind::Quote || next.text == "(" || next.text == "[";
}

}  // namespace

// A "sentence" longer than any written one (a list, a table, text without
// punctuation) is cut after this many tokens: the later stages look back
// and forth within a sentence, so its length must be bounded for the work
// to stay linear in the text. News sentences stay far below it.
constexpr std::uint32_t kMaxSentenceTokens = 256;

Segmentation segment(const Document& doc) {
  Segmentation seg;
  std::vector<Span> paragraph_spans;
  if (!doc.headline.empty()) paragraph_spans.push_back(doc.headline);
  for (const Span& p : paragraphs_of(doc.text, doc.body)) paragraph_spans.push_back(p);
  seg.tokens.reserve(doc.text.size() / 5);

  Tokenizer tokenizer(doc, seg.tokens);
  for (std::size_t pi = 0; pi < paragraph_spans.size(); ++pi) {
    const Span pspan = paragraph_spans[pi];
    const auto first_token = static_cast<std::uint32_t>(seg.tokens.size());
    tokenizer.reset_quotes();
    tokenizer.run(pspan.begin, pspan.end);
    const auto end_token = static_cast<std::uint32_t>(seg.tokens.size());
    // Quotations: pair double quotation marks inside the paragraph. A
    // straight mark's shape says what it is: space before and a word after
    // opens, a word before and space or punctuation after closes; only a
    // mark with spaces on both sides (or neither) falls back to toggling.
    // An opening mark after a finished sentence while a quotation is open
    // starts a new one: text that lost its paragraph breaks runs a quoted
    // paragraph (which has no closing mark) into the next.
    std::int32_t open = -1;
    auto start_quotation = [&](std::uint32_t t) {
      Quotation q;
      q.open_token = t;
      q.paragraph = static_cast<std::uint32_t>(pi);
      open = static_cast<std::int32_t>(seg.quotations.size());
      seg.quotations.push_back(q);
    };
    for (std::uint32_t t = first_token; t < end_token; ++t) {
      Token& tok = seg.tokens[t];
      if (tok.kind != TokenKind::Quote || tok.single_quote) continue;
      QuoteMark mark = tok.quote;
      if (mark == QuoteMark::None) {
        const bool space_before = t == first_token || seg.tokens[t - 1].span.end < tok.span.begin ||
                                  seg.tokens[t - 1].text == "(" || seg.tokens[t - 1].kind == TokenKind::Dash;
        const bool space_after = t + 1 == end_token || seg.tokens[t + 1].span.begin > tok.span.end ||
                                 seg.tokens[t + 1].kind == TokenKind::Punct;
        if (space_before && !space_after) mark = QuoteMark::Open;
        else if (!space_before && space_after) mark = QuoteMark::Close;
        else mark = open < 0 ? QuoteMark::Open : QuoteMark::Close;
      }
      if (mark == QuoteMark::Open && open >= 0) {
        const std::string& before = t > first_token ? seg.tokens[t - 1].norm : std::string();
        if (before == "." || before == "!" || before == "?" || before == "...") {
          Quotation& q = seg.quotations[static_cast<std::size_t>(open)];
          q.close_token = t;  // ends, unclosed, where the next one begins
          q.closed = false;
          start_quotation(t);
          tok.quote = QuoteMark::Open;
          continue;
        }
        mark = QuoteMark::Close;  // “...“ typo: treat as close
      }
      if (mark == QuoteMark::Close && open < 0) {
        tok.quote = QuoteMark::None;  // a stray closing mark quotes nothing
        continue;
      }
      tok.quote = mark;
      if (mark == QuoteMark::Open) {
        start_quotation(t);
      } else {
        Quotation& q = seg.quotations[static_cast<std::size_t>(open)];
        q.close_token = t;
        q.closed = true;
        open = -1;
      }
    }
    if (open >= 0) {
      Quotation& q = seg.quotations[static_cast<std::size_t>(open)];
      q.close_token = end_token;
      q.closed = false;
    }

    Paragraph paragraph;
    paragraph.span = pspan;
    paragraph.first_sentence = static_cast<std::uint32_t>(seg.sentences.size());
    const bool is_headline = pi == 0 && !doc.headline.empty();

    // Sentences.
    std::uint32_t start = first_token;
    auto close_sentence = [&](std::uint32_t end) {
      if (end <= start) return;
      Sentence s;
      s.first = start;
      s.last = end;
      s.span = Span{seg.tokens[start].span.begin, seg.tokens[end - 1].span.end};
      s.paragraph = static_cast<std::uint32_t>(seg.paragraphs.size());
      s.headline = is_headline;
      std::size_t words = 0;
      std::size_t caps = 0;
      for (std::uint32_t t = start; t < end; ++t) {
        if (seg.tokens[t].kind != TokenKind::Word) continue;
        ++words;
        if (seg.tokens[t].all_caps) ++caps;
      }
      s.shouting = words >= 3 && caps * 10 >= words * 7;
      seg.sentences.push_back(s);
      start = end;
    };
    if (!is_headline) {
      for (std::uint32_t t = first_token; t < end_token; ++t) {
        if (t + 1 - start >= kMaxSentenceTokens) {
          close_sentence(t + 1);
          continue;
        }
        const Token& tok = seg.tokens[t];
        const bool stop = tok.kind == TokenKind::Punct &&
                          (tok.norm_is(".") || tok.norm_is("!") || tok.norm_is("?") || tok.norm_is("..."));
        const bool abbreviation = tok.kind == TokenKind::Word && tok.text.size() > 1 &&
                                  tok.text.back() == '.';
        if (!stop && !abbreviation) continue;
        std::uint32_t next = t + 1;
        // Closing quotes and brackets belong to the sentence they close.
        while (next < end_token &&
               ((seg.tokens[next].kind == TokenKind::Quote &&
                 seg.tokens[next].quote == QuoteMark::Close) ||
                seg.tokens[next].text == ")" || seg.tokens[next].text == "]")) {
          ++next;
        }
        if (stop && tok.norm_is("...") && next < end_token && !seg.tokens[next].capitalized) continue;
        if (ends_sentence(seg.tokens, next, end_token, abbreviation)) {
          close_sentence(next);
          t = next - 1;
        }
      }
    }
    close_sentence(end_token);
    paragraph.last_sentence = static_cast<std::uint32_t>(seg.sentences.size());
    seg.paragraphs.push_back(paragraph);

  }

  for (std::uint32_t s = 0; s < seg.sentences.size(); ++s) {
    for (std::uint32_t t = seg.sentences[s].first; t < seg.sentences[s].last; ++t) {
      seg.tokens[t].sentence = s;
    }
  }
  for (std::size_t qi = 0; qi < seg.quotations.size(); ++qi) {
    Quotation& q = seg.quotations[qi];
    const std::uint32_t inner_first = q.open_token + 1;
    const std::uint32_t inner_last = q.close_token;
    if (inner_first < inner_last) {
      q.inner = Span{seg.tokens[inner_first].span.begin, seg.tokens[inner_last - 1].span.end};
    } else {
      q.inner = Span{seg.tokens[q.open_token].span.end, seg.tokens[q.open_token].span.end};
    }
    for (std::uint32_t t = inner_first; t < inner_last; ++t) {
      seg.tokens[t].quotation = static_cast<std::int32_t>(qi);
    }
  }
  return seg;
}

std::vector<Token> tokenize_phrase(std::string_view phrase) {
  Document doc;
  doc.text.assign(phrase);
  std::vector<Token> tokens;
  Tokenizer tokenizer(doc, tokens);
  tokenizer.run(0, doc.text.size());
  for (Token& t : tokens) t.text = {};
  return tokens;
}

}  // namespace cg
