// SPDX-License-Identifier: MIT
#include "recognize/recognize.hpp"

#include <algorithm>
#include <array>

namespace cg {

namespace {

// Offices that name a role even when written in lower case before a name
// ("opposition leader Juan Guaido", "former president Bill Clinton"); other
// lower-case office words ("general", "major") are ordinary adjectives.
constexpr std::array<std::string_view, 16> kLowerCaseOffices = {
    "president", "minister",  "secretary", "chancellor", "premier", "senator",
    "governor",  "mayor",     "spokesman", "spokeswoman", "ambassador", "leader",
    "envoy",     "spokesperson", "lawmaker", "congressman"};

class Recognizer {
 public:
  Recognizer(const Document& doc, const Segmentation& seg, const Knowledge& k)
      : doc_(doc), seg_(seg), tokens_(seg.tokens), k_(k), g_(k.gazetteer), w_(k.words), info_(out_.words) {
    info_.reserve(tokens_.size());
    title_memo_.resize(tokens_.size());
    for (const Token& t : tokens_) info_.push_back(w_.info(t.norm, t.norm_hash));
  }

  Recognition run() {
    for (const Sentence& s : seg_.sentences) sentence(s);
    acronyms();
    return std::move(out_);
  }

 private:
  struct Title {
    std::uint32_t end = 0;
    std::uint32_t office_first = 0;  // first token after "former"
    bool former = false;
    bool honorific = false;
    std::string implies;
    std::string office_phrase;       // the office word(s), lower case
  };

  /// A title, possibly in the looser forms that only count before a name,
  /// and the name after it.
  struct TitledName {
    Title title;
    std::uint32_t title_first = 0;  // where the title (with its own words) begins
    std::uint32_t text_first = 0;   // where the role title's text begins
    std::uint32_t name_first = 0;
    std::uint32_t name_end = 0;
    std::vector<std::uint32_t> known;
  };

  // A word that can name a field before an office it does not list
  // ("rural affairs minister", "charity boss"): lower case, not a function
  // word or verb form.
  bool field_word(std::uint32_t j) const {
    const Token& t = tokens_[j];
    // A capital at a sentence start says nothing ("Charity boss …").
    const bool lower = !t.capitalized || (j == seg_.sentences[t.sentence].first &&
                                          !g_.longest_match(tokens_, j, j + 1, false) &&
                                          !g_.is_given_name(t.plain));
    return word(j) && lower && !closed_class(j) && !info_[j].is_verb_form() && !is(j, WordClass::Calendar);
  }

  // Offices whose field belongs to the title ("rural affairs minister");
  // for others the words before are a description ("charity boss").
  static bool takes_field(std::string_view office) {
    for (std::string_view o : {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader",
                               "commissioner", "envoy", "adviser", "advisor", "correspondent", "director"}) {
      if (office.size() >= o.size() && office.substr(office.size() - o.size()) == o) return true;
    }
    return false;
  }

  // A title followed by a person's name. Beyond title_at: one or two field
  // words before the office, a capitalised field with "'s" ("Children's
  // Minister"), a field after it ("secretary for the family"), and an
  // honorific between title and name ("leader Ayatollah Ruhollah Khomeini").
  std::optional<TitledName> titled_name_at(std::uint32_t i, std::uint32_t end) const {
    TitledName out;
    out.title_first = i;
    out.text_first = i;
    std::optional<Title> title = title_at(i, end);
    std::uint32_t fields = 0;
    if (!title) {
      std::uint32_t j = i;
      if (j + 1 < end && word(j) && tokens_[j].capitalized && !closed_class(j) &&
          tokens_[j + 1].kind == TokenKind::Possessive && !g_.longest_match(tokens_, j, j + 1, false) &&
          !g_.is_given_name(tokens_[j].plain)) {
        j += 2;  // "Children's Minister"
        fields = 1;
      } else {
        // One or two field words, then the office.
        while (j < end && fields < 2 && field_word(j)) {
          ++j;
          ++fields;
          if (const auto office = title_at(j, end, true); office && !office->honorific) break;
        }
      }
      if (fields == 0 || j >= end) return std::nullopt;
      title = title_at(j, end, true);
      if (!title || title->honorific || title->former) return std::nullopt;
      if (!takes_field(title->office_phrase)) out.text_first = j;  // "charity boss": the office is "boss"
      if (title->office_first != j) return std::nullopt;
    }
    std::uint32_t k = title->end;
    // "secretary for the family Theresa May": a field after "for"/"of".
    if (k + 2 < end && (tokens_[k].norm_is("for") || tokens_[k].norm_is("of")) && !person_name_at(k, end, false)) {
      std::uint32_t f = k + 1;
      if (tokens_[f].norm_is("the")) ++f;
      std::uint32_t words = 0;
      while (f < end && words < 3 && (field_word(f) || tokens_[f].norm_is("and"))) {
        ++f;
        ++words;
      }
      if (words > 0 && person_name_at(f, end, false)) k = f;
    }
    // An honorific between title and name: "leader Ayatollah Ruhollah Khomeini".
    std::uint32_t name = k;
    TitleKind kind{};
    if (const std::uint32_t len = title_length(name, end, &kind);
        len > 0 && kind == TitleKind::Honorific && person_name_at(name + len, end, false) &&
        !tokens_[name].norm_is("lord") && !tokens_[name].norm_is("lady") && !tokens_[name].norm_is("baroness")) {
      name += len;
    }
    const auto person = person_name_at(name, end, false);
    if (!person) return std::nullopt;
    out.title = *title;
    out.title.end = k;
    if (fields > 0 && out.text_first == i) out.title.office_first = i;
    else if (out.text_first != i) out.title.office_first = out.text_first;
    out.name_first = name;
    out.name_end = person->first;
    out.known = person->second;
    return out;
  }

  [[nodiscard]] bool word(std::uint32_t i) const { return tokens_[i].kind == TokenKind::Word; }
  [[nodiscard]] bool is(std::uint32_t i, WordClass c) const { return info_[i].is(c); }

  [[nodiscard]] bool closed_class(std::uint32_t i) const {
    static constexpr std::array kClosed = {
        WordClass::Determiner, WordClass::Possessive,   WordClass::PronounPerson,
        WordClass::PronounThing, WordClass::PronounPlural, WordClass::PronounFirst,
        WordClass::PronounSecond, WordClass::Relative,   WordClass::Auxiliary,
        WordClass::Negation,   WordClass::Preposition,  WordClass::Conjunction,
        WordClass::Subordinator, WordClass::Adverb,     WordClass::NumberWord};
    const WordClassSet classes = info_[i].classes;
    return std::any_of(kClosed.begin(), kClosed.end(),
                       [&](WordClass c) { return (classes & bit(c)) != 0; });
  }

  // A capitalised word that may begin or continue a name.
  [[nodiscard]] bool name_word(std::uint32_t i, std::uint32_t end) const {
    if (i >= end || !word(i)) return false;
    const Token& t = tokens_[i];
    if (!t.capitalized) return false;
    return true;
  }

  // The title phrase at j (Gazetteer::match_title), remembered per token:
  // the search for titled names asks about most tokens several times.
  std::uint32_t title_length(std::uint32_t j, std::uint32_t end, TitleKind* kind) const {
    if (j >= end) return 0;  // past the sentence (a title may end it), and past the memo at the text's end
    TitleMemo& memo = title_memo_[j];
    if (memo.end != end) {
      memo.end = end;
      memo.length = g_.match_title(tokens_, j, end, &memo.kind);
    }
    *kind = memo.kind;
    return memo.length;
  }

  // Title at i: [modifier|portfolio]* (office|honorific) [of|for portfolio].
  std::optional<Title> title_at(std::uint32_t i, std::uint32_t end, bool allow_lower = false) const {
    TitleKind first{};
    if (i >= end || !word(i) || title_length(i, end, &first) == 0) return std::nullopt;  // most tokens
    Title t;
    std::uint32_t j = i;
    t.office_first = i;
    bool office = false;
    bool capitalised_office = false;
    std::string office_phrase;
    while (j < end && word(j)) {
      TitleKind kind{};
      const std::uint32_t len = title_length(j, end, &kind);
      if (len == 0) break;
      if (kind == TitleKind::Modifier) {
        if (office) break;
        if (tokens_[j].norm_is("former")) {
          t.former = true;
          if (j == t.office_first) t.office_first = j + len;
        }
        j += len;
        continue;
      }
      if (kind == TitleKind::Portfolio) {
        if (office) break;
        j += len;
        continue;
      }
      // Office or honorific.
      office = true;
      t.honorific = kind == TitleKind::Honorific;
      capitalised_office = tokens_[j].capitalized;
      office_phrase.clear();
      for (std::uint32_t x = j; x < j + len; ++x) office_phrase += (x > j ? " " : "") + tokens_[x].norm;
      if (const TitleInfo* info = g_.title(office_phrase)) t.implies = info->implies;
      j += len;
      // "Minister of Defence", "Secretary of State for Foreign Affairs".
      if (j + 1 < end && (tokens_[j].norm_is("of") || tokens_[j].norm_is("for"))) {
        TitleKind next{};
        const std::uint32_t plen = title_length(j + 1, end, &next);
        if (plen > 0 && next == TitleKind::Portfolio) j += 1 + plen;
      }
      break;
    }
    if (!office) return std::nullopt;
    const std::uint32_t title_len = j - i;
    if (!allow_lower && !capitalised_office && title_len == 1 && !t.honorific &&
        std::find(kLowerCaseOffices.begin(), kLowerCaseOffices.end(), office_phrase) ==
            kLowerCaseOffices.end() &&
        qualifier_before(i) < 0) {  // "Countryside Alliance chairman John Jackson"
      return std::nullopt;
    }
    t.office_phrase = office_phrase;
    t.end = j;
    return t;
  }

  // A person's name at i after a title: a gazetteer person, or 1-4
  // capitalised words (particles allowed inside) that name nothing else.
  std::optional<std::pair<std::uint32_t, std::vector<std::uint32_t>>> person_name_at(
      std::uint32_t i, std::uint32_t end, bool shouting) const {
    if (!name_word(i, end)) return std::nullopt;
    if (const auto m = g_.longest_match(tokens_, i, end, shouting)) {
      const Phrase& p = g_.phrases()[m->phrase];
      const KnownEntity& e = g_.entities()[p.entities.front()];
      if (e.type == EntityType::Person && p.role == PhraseRole::Name) {
        return std::make_pair(i + m->length, p.entities);
      }
      return std::nullopt;  // "President Putin" is found by the gazetteer; "Prime Minister Britain" is not a name
    }
    if (closed_class(i) || is(i, WordClass::Calendar) || is(i, WordClass::OrganizationHead)) {
      return std::nullopt;
    }
    std::uint32_t j = i;
    std::uint32_t words = 0;
    while (j < end && words < 4) {
      if (name_word(j, end)) {
        if (is(j, WordClass::OrganizationHead) && j > i) return std::nullopt;
        TitleKind kind{};
        if (j > i && title_length(j, end, &kind) && kind == TitleKind::Office) break;
        ++j;
        ++words;
        continue;
      }
      if (word(j) && is(j, WordClass::NameParticle) && name_word(j + 1, end)) {
        ++j;
        continue;
      }
      break;
    }
    if (words == 0) return std::nullopt;
    return std::make_pair(j, std::vector<std::uint32_t>{});
  }

  // End of the capitalised run at i; stops where a title+name starts.
  std::uint32_t run_end(std::uint32_t i, std::uint32_t end, bool* organization) const {
    std::uint32_t j = i;
    std::uint32_t last_head = 0;
    bool head = false;
    bool head_of = false;  // "Observatory of Social Conflict" inside the run
    while (j < end) {
      if (j > i && title_at(j, end) && person_name_at(title_at(j, end)->end, end, false)) break;
      if (name_word(j, end)) {
        if (j > i && is(j, WordClass::Calendar)) break;
        if (is(j, WordClass::OrganizationHead)) {
          head = true;
          last_head = j;
        }
        ++j;
        continue;
      }
      // Connectors inside names: particles, and "of"/"for"/"on"/"the" in
      // organization names ("Organization of American States").
      if (word(j) && name_word(j + 1, end) &&
          (is(j, WordClass::NameParticle) || tokens_[j].norm_is("of") || tokens_[j].norm_is("for") ||
           tokens_[j].norm_is("on"))) {
        if (head && last_head + 1 == j && !tokens_[j].norm_is("de")) head_of = true;
        ++j;
        continue;
      }
      if (word(j) && tokens_[j].norm_is("the") && j > i && tokens_[j - 1].norm_is("of") &&
          name_word(j + 1, end)) {
        ++j;
        continue;
      }
      break;
    }
    // Trailing connectors are not part of the name.
    while (j > i + 1 && !tokens_[j - 1].capitalized) --j;
    const bool first_of = j > i + 2 && is(i, WordClass::OrganizationHead) &&
                          (tokens_[i + 1].norm_is("of") || tokens_[i + 1].norm_is("for") ||
                           tokens_[i + 1].norm_is("on"));
    *organization = (head && last_head + 1 == j) || first_of || head_of;
    if (!*organization) {
      // A person or unknown run does not reach across "of".
      for (std::uint32_t x = i + 1; x < j; ++x) {
        if (!tokens_[x].capitalized && !is(x, WordClass::NameParticle)) {
          j = x;
          break;
        }
      }
    }
    return j;
  }

  EntityType organization_type(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t x = first; x < last; ++x) {
      if (is(x, WordClass::PartyHead)) return EntityType::PoliticalParty;
    }
    const std::uint32_t head = is(first, WordClass::OrganizationHead) ? first : last - 1;
    if (is(head, WordClass::ArmedHead)) return EntityType::ArmedForces;
    if (is(head, WordClass::GovernmentHead)) return EntityType::GovernmentBody;
    return EntityType::Organization;
  }

  Mention make(std::uint32_t first, std::uint32_t last, std::uint32_t sentence) const {
    Mention m;
    m.first = first;
    m.last = last;
    m.sentence = sentence;
    m.text = join_tokens(doc_, seg_, first, last);
    return m;
  }

  void push(Mention m) { out_.mentions.push_back(std::move(m)); }

  // The mention a title belongs to: the one right before it, or before "'s".
  std::int32_t qualifier_before(std::uint32_t title_first) const {
    if (out_.mentions.empty()) return -1;
    const Mention& prev = out_.mentions.back();
    std::uint32_t end = prev.last;
    if (end < title_first && tokens_[end].kind == TokenKind::Possessive) ++end;
    if (end != title_first || prev.type == EntityType::Person || prev.candidate) return -1;
    // A name that ends the sentence before ("… for Venezuela" above
    // "Secretary of State X") qualifies nothing here.
    if (tokens_[prev.first].sentence != tokens_[title_first].sentence) return -1;
    return static_cast<std::int32_t>(out_.mentions.size() - 1);
  }

  void sentence(const Sentence& s) {
    const std::uint32_t end = s.last;
    const auto sentence_index = static_cast<std::uint32_t>(&s - seg_.sentences.data());
    bool start_like = true;
    std::uint32_t i = s.first;
    while (i < end) {
      const Token& t = tokens_[i];
      if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) {
        start_like = (t.kind == TokenKind::Quote && t.quote == QuoteMark::Open) || t.norm_is(":") ||
                     (start_like && t.kind == TokenKind::Quote);
        ++i;
        continue;
      }
      const bool at_start = start_like;
      start_like = false;

      // Title + name.
      if (!s.shouting) {
        if (const auto titled = titled_name_at(i, end)) {
          Mention m = make(titled->name_first, titled->name_end, sentence_index);
          m.type = EntityType::Person;
          m.known = titled->known;
          m.title_first = titled->title_first;
          m.title_last = titled->name_first;
          m.former = titled->title.former;
          m.honorific = titled->title.honorific;
          m.implied_by_title = titled->title.implies;
          m.title = join_tokens(doc_, seg_, titled->title.office_first, titled->title.end);
          m.qualifier = qualifier_before(i);
          push(std::move(m));
          i = titled->name_end;
          continue;
        }
        // A title with no name: a description of its holder, when a
        // determiner or possessor makes it refer ("the president",
        // "Venezuela's acting president").
        if (const auto title = title_at(i, end, true); title && !title->honorific) {
          // "Andrew Hogg, spokesman for …": a bare title in apposition.
          const bool apposed = i > s.first + 1 && tokens_[i - 1].norm_is(",") && !out_.mentions.empty() &&
                               out_.mentions.back().last == i - 1 && out_.mentions.back().type == EntityType::Person;
          const bool determined =
              i > s.first && (tokens_[i - 1].norm_is("the") || tokens_[i - 1].kind == TokenKind::Possessive ||
                              is(i - 1, WordClass::Possessive) || apposed);
          const bool indefinite = i > s.first && (tokens_[i - 1].norm_is("a") || tokens_[i - 1].norm_is("an"));
          const std::int32_t qualifier = qualifier_before(i);
          if (determined || indefinite || qualifier >= 0) {
            Mention m = make(title->end, title->end, sentence_index);
            m.type = EntityType::Person;
            m.descriptor = true;
            m.indefinite = indefinite && !determined && qualifier < 0;
            m.title_first = i;
            m.title_last = title->end;
            m.former = title->former;
            m.implied_by_title = title->implies;
            m.title = join_tokens(doc_, seg_, title->office_first, title->end);
            m.qualifier = qualifier;
            push(std::move(m));
            i = title->end;
            continue;
          }
        }
      }

      const auto match = g_.longest_match(tokens_, i, end, s.shouting);
      if (!match && t.capitalized && closed_class(i)) {
        ++i;  // "The State Department": the article is not part of the name
        continue;
      }
      // A word in capitals before a name is a label or acronym, not the
      // name's first word ("WATCH Snowden", "AP Photo John Smith").
      if (!match && t.all_caps && i + 1 < end && tokens_[i + 1].capitalized && !tokens_[i + 1].all_caps) {
        Mention m = make(i, i + 1, sentence_index);
        m.candidate = true;
        push(std::move(m));
        ++i;
        continue;
      }
      bool organization = false;
      const std::uint32_t run = (t.capitalized && !s.headline) ? run_end(i, end, &organization) : i;

      if (match && !(organization && run > i + match->length && !gazetteer_suffix(i, run, end))) {
        const Phrase& p = g_.phrases()[match->phrase];
        Mention m = make(i, i + match->length, sentence_index);
        m.known = p.entities;
        m.role = p.role;
        m.type = g_.entities()[p.entities.front()].type;
        push(std::move(m));
        i += match->length;
        continue;
      }
      if (!t.capitalized || t.kind == TokenKind::Number) {
        ++i;
        continue;
      }
      if (at_start && (closed_class(i) || info_[i].is_verb_form()) && !organization) {
        ++i;  // "The", "Speaking": capitalised only because the sentence starts
        continue;
      }
      if (is(i, WordClass::Calendar) || (closed_class(i) && !organization)) {
        ++i;
        continue;
      }
      if (s.headline || s.shouting) {
        // Headline case says little: single words may still match people
        // named in the body; the resolve stage decides.
        Mention m = make(i, i + 1, sentence_index);
        m.candidate = true;
        push(std::move(m));
        ++i;
        continue;
      }
      if (run == i + 1 && (is(i, WordClass::GovernmentNoun) || is(i, WordClass::OfficialNoun))) {
        ++i;  // "the Government", "the Administration": resolved as descriptions
        continue;
      }
      // "Previous Next Juan Barreto": a name starts at its given name.
      if (!organization && run - i >= 3 && !g_.is_given_name(t.plain)) {
        for (std::uint32_t k = i + 1; k + 1 < run; ++k) {
          if (!g_.is_given_name(tokens_[k].plain)) continue;
          Mention before = make(i, k, sentence_index);
          before.candidate = true;
          push(std::move(before));
          i = k;
          break;
        }
      }
      Mention m = make(i, run, sentence_index);
      if (organization) {
        m.type = organization_type(i, run);
      } else if (run - i >= 2 && g_.is_given_name(t.plain)) {
        m.type = EntityType::Person;
      } else {
        m.candidate = true;
      }
      push(std::move(m));
      i = run;
    }
  }

  // True when a gazetteer name starting inside [first, run) ends exactly at
  // run: "US State Department" is "US" + "State Department".
  bool gazetteer_suffix(std::uint32_t first, std::uint32_t run, std::uint32_t end) const {
    for (std::uint32_t j = first + 1; j < run; ++j) {
      if (const auto m = g_.longest_match(tokens_, j, end, false)) {
        if (j + m->length == run) return true;
      }
    }
    return false;
  }

  // "Organization of American States (OAS)": record the acronym and mark the
  // parenthesised token as a mention of the same name.
  void acronyms() {
    std::vector<Mention> added;
    std::vector<std::uint32_t> defining_first;  // first token of each defining mention
    for (std::uint32_t mi = 0; mi < out_.mentions.size(); ++mi) {
      const Mention& m = out_.mentions[mi];
      if (m.type == EntityType::Person && !m.candidate) continue;
      if (m.last - m.first < 2) continue;
      const std::uint32_t open = m.last;
      if (open + 2 >= tokens_.size()) continue;
      if (tokens_[open].text != "(" || tokens_[open + 2].text != ")") continue;
      const Token& acr = tokens_[open + 1];
      if (acr.kind != TokenKind::Word || !acr.all_caps) continue;
      out_.acronyms.push_back(AcronymDefinition{mi, acr.plain});
      defining_first.push_back(m.first);
      Mention a = make(open + 1, open + 2, m.sentence);
      a.type = m.type;
      a.candidate = true;  // resolved through the acronym table
      added.push_back(std::move(a));
    }
    // Insert the parenthesised acronyms in one merge (the mentions are in
    // order of their first token): each takes the place of the mention on
    // its token, if any; of two on one token, the later wins. (One search
    // and one vector insertion per acronym was quadratic in a long text.)
    std::stable_sort(added.begin(), added.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    std::vector<Mention>& old = out_.mentions;
    std::vector<Mention> merged;
    merged.reserve(old.size() + added.size());
    std::size_t i = 0;
    for (std::size_t a = 0; a < added.size(); ++a) {
      if (a + 1 < added.size() && added[a + 1].first == added[a].first) continue;  // a later one wins
      const std::uint32_t at = added[a].first;
      while (i < old.size() && old[i].first < at) merged.push_back(std::move(old[i++]));
      if (i < old.size() && old[i].first == at) ++i;  // replaced
      merged.push_back(std::move(added[a]));
    }
    while (i < old.size()) merged.push_back(std::move(old[i++]));
    old = std::move(merged);
    // Insertions shift indices: find each defining mention again by position.
    for (std::size_t d = 0; d < out_.acronyms.size(); ++d) {
      const auto it = std::lower_bound(old.begin(), old.end(), defining_first[d],
                                       [](const Mention& m, std::uint32_t first) { return m.first < first; });
      out_.acronyms[d].mention = static_cast<std::uint32_t>(it - old.begin());
    }
  }

  const Document& doc_;
  const Segmentation& seg_;
  const std::vector<Token>& tokens_;
  const Knowledge& k_;
  const Gazetteer& g_;
  const WordClasses& w_;
  Recognition out_;
  std::vector<WordInfo>& info_;  ///< out_.words, filled first
  struct TitleMemo {
    std::uint32_t end = ~std::uint32_t{0};  ///< The end it was asked with; none yet.
    std::uint32_t length = 0;
    TitleKind kind{};
  };
  mutable std::vector<TitleMemo> title_memo_;
};

}  // namespace

std::string join_tokens(const Document& doc, const Segmentation& seg, std::uint32_t first,
                        std::uint32_t last) {
  (void)doc;
  std::string out;
  for (std::uint32_t i = first; i < last; ++i) {
    const Token& t = seg.tokens[i];
    if (i > first && t.span.begin > seg.tokens[i - 1].span.end) out += ' ';
    out += t.text;
  }
  return out;
}

Recognition recognize(const Document& doc, const Segmentation& seg, const Knowledge& knowledge) {
  return Recognizer(doc, seg, knowledge).run();
}

}  // namespace cg
