// SPDX-License-Identifier: MIT
#include "extract/quotes.hpp"

namespace cg {

namespace {

constexpr std::size_t kMinQuoteWords = 4;

bool is_speech_verb(const Syntax& syntax, std::uint32_t i) {
  return syntax.is(i, WordClass::SpeechVerb);
}

// '"…," said X' or '"…," X said'.
Attribution after_quotation(const Segmentation& seg, const Syntax& syntax, const Quotation& q) {
  Attribution out;
  if (!q.closed) return out;
  const Sentence& s = seg.sentences[seg.tokens[q.close_token].sentence];
  const std::uint32_t paragraph_end = seg.sentences[seg.paragraphs[q.paragraph].last_sentence - 1].last;
  (void)s;
  std::uint32_t k = q.close_token + 1;
  if (k < paragraph_end && seg.tokens[k].norm_is(",")) ++k;
  if (k >= paragraph_end) return out;
  if (k + 2 < paragraph_end && seg.tokens[k].norm_is("according") && seg.tokens[k + 1].norm_is("to")) {
    if (const auto list = syntax.noun_phrases_forward(k + 2, paragraph_end, Possessed::No)) {
      out.speaker = static_cast<std::int32_t>(list->items.front().entity);
    }
    return out;
  }
  if (is_speech_verb(syntax, k)) {
    if (const auto list = syntax.noun_phrases_forward(k + 1, paragraph_end, Possessed::No)) {
      out.speaker = static_cast<std::int32_t>(list->items.front().entity);
    }
    return out;
  }
  if (const auto list = syntax.noun_phrases_forward(k, paragraph_end, Possessed::No)) {
    std::uint32_t v = list->last;
    // An apposition between the speaker and the verb: "…," Ana Ruiz, a
    // spokeswoman for the ministry, said.
    if (v < paragraph_end && (seg.tokens[v].norm_is(",") || seg.tokens[v].kind == TokenKind::Dash)) {
      const bool dash = seg.tokens[v].kind == TokenKind::Dash;
      for (std::uint32_t c = v + 1; c < paragraph_end && c < v + 20; ++c) {
        const Token& t = seg.tokens[c];
        if (t.kind == TokenKind::Quote || t.norm_is(".") || (syntax.verb_shapes(c) & kThird) != 0) break;
        if (dash ? t.kind == TokenKind::Dash : t.norm_is(",")) {
          if (c + 1 < paragraph_end && is_speech_verb(syntax, c + 1)) v = c + 1;
          break;
        }
      }
    }
    while (v < paragraph_end && syntax.adverb(v)) ++v;
    if (v < paragraph_end && is_speech_verb(syntax, v)) {
      out.speaker = static_cast<std::int32_t>(list->items.front().entity);
      if (seg.tokens[v].norm_is("told") || seg.tokens[v].norm_is("tells")) {
        if (const auto to = syntax.noun_phrases_forward(v + 1, paragraph_end, Possessed::No)) {
          out.addressee = static_cast<std::int32_t>(to->items.front().entity);
        }
      }
    }
  }
  return out;
}

// 'X said in a statement: "…"' or 'X told Y: "…"'.
Attribution before_quotation(const Segmentation& seg, const Syntax& syntax, const Quotation& q) {
  Attribution out;
  const std::uint32_t open = q.open_token;
  const Sentence& s = seg.sentences[seg.tokens[open].sentence];
  if (open <= s.first) return out;
  std::uint32_t p = open;
  const std::string_view mark = seg.tokens[p - 1].norm;
  if (mark == ":" || mark == "," || mark == "that") --p;
  // "quoted Khomeini as saying:" names the speaker after "quoted".
  if (p >= s.first + 4 && seg.tokens[p - 1].norm_is("saying") && seg.tokens[p - 2].norm_is("as")) {
    for (std::uint32_t v = p - 2; v-- > s.first && v + 8 > p;) {
      const std::string_view w = seg.tokens[v].norm;
      if (w != "quoted" && w != "quoting" && w != "quotes") continue;
      if (const auto list = syntax.noun_phrases_forward(v + 1, p - 2, Possessed::No)) {
        out.speaker = static_cast<std::int32_t>(list->items.front().entity);
      }
      return out;
    }
  }
  // The speech verb within a few words: "said in a statement", "told Guaido".
  constexpr std::uint32_t kReach = 8;
  for (std::uint32_t v = p; v-- > s.first && v + kReach >= p;) {
    if (!is_speech_verb(syntax, v)) continue;
    if (seg.tokens[v].norm_is("told") || seg.tokens[v].norm_is("tells") || seg.tokens[v].norm_is("telling")) {
      if (const auto to = syntax.noun_phrases_forward(v + 1, p, Possessed::No)) {
        out.addressee = static_cast<std::int32_t>(to->items.front().entity);
      }
    }
    const SubjectSearch subject = syntax.subject_before(v, s.first);
    if (!subject.subjects.empty()) {
      out.speaker = static_cast<std::int32_t>(subject.subjects.items.front().entity);
    } else if (syntax.verb_shapes(v) & kGerund) {
      const ArgumentList clause = syntax.clause_subject(v, s.first);
      if (!clause.empty()) out.speaker = static_cast<std::int32_t>(clause.items.front().entity);
    }
    return out;
  }
  return out;
}

// A quotation inside a sentence whose subject speaks ("The minister hit out at
// the bill, calling it a “charter for chaos”"): the sentence's subject.
Attribution sentence_subject(const Segmentation& seg, const Syntax& syntax, const Quotation& q) {
  Attribution out;
  const Sentence& s = seg.sentences[seg.tokens[q.open_token].sentence];
  const ArgumentList subject = syntax.clause_subject(q.open_token, s.first);
  if (subject.empty()) return out;
  bool verb_between = false;
  for (std::uint32_t i = subject.last; i < q.open_token; ++i) {
    if (syntax.verb_shapes(i) & (kPast | kThird | kGerund)) verb_between = true;
  }
  if (verb_between) out.speaker = static_cast<std::int32_t>(subject.items.front().entity);
  return out;
}

// Places neither speak nor are spoken to ("in New Jersey, he told
// reporters"): an attribution to one is no attribution.
Attribution only_agents(const Syntax& syntax, Attribution a) {
  const std::vector<Entity>& entities = syntax.resolution().entities;
  auto agent = [&](std::int32_t e) { return e >= 0 && is_agent(entities[static_cast<std::size_t>(e)].type); };
  if (!agent(a.speaker)) a.speaker = -1;
  if (!agent(a.addressee)) a.addressee = -1;
  return a;
}

}  // namespace

std::vector<Attribution> attribute_quotations(const Segmentation& seg, const Syntax& syntax) {
  std::vector<Attribution> out(seg.quotations.size());
  std::int32_t last_speaker = -1;
  std::uint32_t last_paragraph = 0;
  std::uint32_t last_sentence = 0;
  for (std::size_t qi = 0; qi < seg.quotations.size(); ++qi) {
    const Quotation& q = seg.quotations[qi];
    Attribution a = only_agents(syntax, after_quotation(seg, syntax, q));
    if (a.speaker < 0) a = only_agents(syntax, before_quotation(seg, syntax, q));
    const std::uint32_t paragraph_first = seg.sentences[seg.paragraphs[q.paragraph].first_sentence].first;
    const bool opens_paragraph = q.open_token == paragraph_first;
    const std::uint32_t sentence = seg.tokens[q.open_token].sentence;
    const bool opens_sentence = q.open_token == seg.sentences[sentence].first;
    // A quotation that opens a paragraph, or a sentence right after the
    // speaker's last words, and names nobody continues that speaker ("…,"
    // he said. "And more…").
    const bool continues = last_speaker >= 0 &&
                           ((opens_paragraph && q.paragraph == last_paragraph + 1) ||
                            (opens_sentence && q.paragraph == last_paragraph && sentence <= last_sentence + 2));
    if (a.speaker < 0 && continues) a.speaker = last_speaker;
    if (a.speaker < 0 && !opens_paragraph) a = only_agents(syntax, sentence_subject(seg, syntax, q));
    out[qi] = a;
    if (a.speaker >= 0) {
      last_speaker = a.speaker;
      last_paragraph = q.paragraph;
      last_sentence = seg.tokens[q.closed ? q.close_token : q.close_token - 1].sentence;
    }
  }
  return out;
}

std::vector<Quote> quotes_of(const Segmentation& seg, const std::vector<Attribution>& attributions) {
  std::vector<Quote> quotes;
  for (std::size_t qi = 0; qi < seg.quotations.size(); ++qi) {
    if (attributions[qi].speaker < 0) continue;
    const Quotation& q = seg.quotations[qi];
    std::size_t words = 0;
    std::uint32_t last_word = q.open_token;
    for (std::uint32_t i = q.open_token + 1; i < q.close_token; ++i) {
      if (seg.tokens[i].kind == TokenKind::Word || seg.tokens[i].kind == TokenKind::Number) {
        ++words;
      }
      if (seg.tokens[i].kind != TokenKind::Punct || !seg.tokens[i].norm_is(",")) last_word = i;
    }
    if (words < kMinQuoteWords || last_word == q.open_token) continue;
    Quote quote;
    quote.speaker = static_cast<std::uint32_t>(attributions[qi].speaker);
    quote.addressee = attributions[qi].addressee;
    quote.quotation = static_cast<std::uint32_t>(qi);
    quote.text = Span{seg.tokens[q.open_token + 1].span.begin, seg.tokens[last_word].span.end};
    quotes.push_back(quote);
  }
  return quotes;
}

}  // namespace cg
