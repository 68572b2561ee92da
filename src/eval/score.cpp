// SPDX-License-Identifier: MIT
#include "eval/score.hpp"

#include <map>
#include <set>
#include <tuple>

#include "util/text.hpp"

namespace cg::eval {

std::string name_key(std::string_view name) {
  std::string key = fold_key(trim(name));
  if (key.rfind("the ", 0) == 0) key = key.substr(4);
  return key;
}

namespace {

bool any_match(const Names& predicted, const Names& accepted) {
  for (const std::string& a : accepted) {
    const std::string ak = name_key(a);
    for (const std::string& p : predicted) {
      if (name_key(p) == ak) return true;
    }
  }
  return false;
}

// The words of a quote's beginning, for comparison: folded, punctuation
// and quotation marks dropped.
std::string words_key(std::string_view text) {
  const std::string folded = fold_key(text);
  std::string out;
  bool space = false;
  for (const char c : folded) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (keep) {
      if (space && !out.empty()) out += ' ';
      out += c;
      space = false;
    } else if (c != '\'') {
      space = true;
    }
  }
  return out;
}

}  // namespace

Score score(const Output& output, const Gold& gold) {
  Score s;
  std::map<std::string, Names> labels(output.labels.begin(), output.labels.end());
  auto names = [&](const std::string& iri) {
    const auto it = labels.find(iri);
    return it == labels.end() ? Names{} : it->second;
  };
  auto label = [&](const std::string& iri) {
    const Names n = names(iri);
    return n.empty() ? iri : n.front();
  };

  // Claims: distinct (subject, relation, object, polarity).
  {
    Counts& c = s.counts[kClaims];
    std::set<std::tuple<std::string, std::string, std::string, bool>> distinct;
    std::vector<bool> found(gold.claims.size(), false);
    for (const PredictedClaim& pc : output.claims) {
      if (!distinct.emplace(pc.subject, pc.relation, pc.object, pc.negative).second) continue;
      ++c.predicted;
      const Names sn = names(pc.subject), on = names(pc.object);
      bool ok = false;
      for (std::size_t g = 0; g < gold.claims.size(); ++g) {
        const GoldClaim& gc = gold.claims[g];
        if (gc.negative != pc.negative) continue;
        bool relation = false;
        for (const std::string& r : gc.relations) relation = relation || r == pc.relation;
        if (!relation) continue;
        bool args = any_match(sn, gc.subject) && any_match(on, gc.object);
        if (!args && pc.relation == "meetsWith") args = any_match(on, gc.subject) && any_match(sn, gc.object);
        if (!args) continue;
        ok = true;
        found[g] = true;
      }
      if (ok) ++c.correct;
      else s.notes.push_back("claims  false positive: " + label(pc.subject) + " " + (pc.negative ? "NOT " : "") + pc.relation + " " + label(pc.object));
    }
    for (std::size_t g = 0; g < gold.claims.size(); ++g) {
      if (!gold.claims[g].required) continue;
      ++c.gold;
      if (found[g]) ++c.found;
      else s.notes.push_back("claims  missed (line " + std::to_string(gold.claims[g].line) + "): " + gold.claims[g].subject.front() + " " + (gold.claims[g].negative ? "NOT " : "") + gold.claims[g].relations.front() + " " + gold.claims[g].object.front());
    }
  }
  // Entities.
  {
    Counts& c = s.counts[kEntities];
    std::vector<bool> found(gold.entities.size(), false);
    for (const PredictedEntity& pe : output.entities) {
      ++c.predicted;
      bool ok = false;
      for (std::size_t g = 0; g < gold.entities.size(); ++g) {
        if (gold.entities[g].type != pe.type || !any_match(pe.names, gold.entities[g].names)) continue;
        ok = true;
        found[g] = true;
      }
      if (ok) ++c.correct;
      else s.notes.push_back("entities false positive: " + pe.type + " " + (pe.names.empty() ? pe.iri : pe.names.front()));
    }
    c.gold = gold.entities.size();
    for (std::size_t g = 0; g < gold.entities.size(); ++g) {
      if (found[g]) ++c.found;
      else s.notes.push_back("entities missed (line " + std::to_string(gold.entities[g].line) + "): " + gold.entities[g].type + " " + gold.entities[g].names.front());
    }
  }
  // Roles.
  {
    Counts& c = s.counts[kRoles];
    std::vector<bool> found(gold.roles.size(), false);
    std::set<std::tuple<std::string, std::string, std::string>> distinct;
    for (const PredictedRole& pr : output.roles) {
      if (!distinct.emplace(pr.person, name_key(pr.title), pr.of).second) continue;
      ++c.predicted;
      bool ok = false;
      for (std::size_t g = 0; g < gold.roles.size(); ++g) {
        const GoldRole& gr = gold.roles[g];
        if (!any_match(names(pr.person), gr.person) || !any_match({pr.title}, gr.titles)) continue;
        if (!gr.of.empty() && !any_match(names(pr.of), gr.of)) continue;
        ok = true;
        found[g] = true;
      }
      if (ok) ++c.correct;
      else s.notes.push_back("roles   false positive: " + label(pr.person) + " '" + pr.title + "' " + (pr.of.empty() ? "" : label(pr.of)));
    }
    c.gold = gold.roles.size();
    for (std::size_t g = 0; g < gold.roles.size(); ++g) {
      if (found[g]) ++c.found;
      else s.notes.push_back("roles   missed (line " + std::to_string(gold.roles[g].line) + "): " + gold.roles[g].person.front() + " '" + gold.roles[g].titles.front() + "'");
    }
  }
  // Quotes.
  {
    Counts& c = s.counts[kQuotes];
    std::vector<bool> found(gold.quotes.size(), false);
    for (const PredictedQuote& pq : output.quotes) {
      ++c.predicted;
      bool ok = false;
      const std::string text = words_key(pq.text);
      for (std::size_t g = 0; g < gold.quotes.size(); ++g) {
        const GoldQuote& gq = gold.quotes[g];
        const std::string start = words_key(gq.first_words);
        if (text.rfind(start, 0) != 0 || !any_match(names(pq.speaker), gq.speaker)) continue;
        ok = true;
        found[g] = true;
      }
      if (ok) ++c.correct;
      else s.notes.push_back("quotes  false positive: " + label(pq.speaker) + ": " + pq.text.substr(0, 50));
    }
    c.gold = gold.quotes.size();
    for (std::size_t g = 0; g < gold.quotes.size(); ++g) {
      if (found[g]) ++c.found;
      else s.notes.push_back("quotes  missed (line " + std::to_string(gold.quotes[g].line) + "): " + gold.quotes[g].speaker.front() + ": " + gold.quotes[g].first_words);
    }
  }
  return s;
}

}  // namespace cg::eval
