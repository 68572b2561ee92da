// SPDX-License-Identifier: MIT
#include "eval/gold.hpp"

#include <serd/serd.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "graph/vocabulary.hpp"
#include "util/text.hpp"

namespace cg::eval {

namespace {

Names names_of(std::string_view field) {
  Names out;
  for (std::string_view n : split(field, '|')) {
    n = trim(n);
    if (!n.empty() && n != "-") out.emplace_back(n);
  }
  return out;
}

std::string node_string(const SerdNode* n) {
  return n ? std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes) : std::string();
}

struct Triple {
  std::string s, p, o;
  bool literal = false;
};

struct Collector {
  std::vector<Triple> triples;
  SerdEnv* env = nullptr;
};

SerdStatus on_base(void* handle, const SerdNode* uri) {
  serd_env_set_base_uri(static_cast<Collector*>(handle)->env, uri);
  return SERD_SUCCESS;
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<Collector*>(handle)->env, name, uri);
}

std::string expand(SerdEnv* env, const SerdNode* n) {
  if (n->type == SERD_CURIE || n->type == SERD_URI) {
    SerdNode full = serd_env_expand_node(env, n);
    std::string out = node_string(&full);
    serd_node_free(&full);
    if (!out.empty()) return out;
  }
  return node_string(n);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* s,
                        const SerdNode* p, const SerdNode* o, const SerdNode*, const SerdNode*) {
  auto* c = static_cast<Collector*>(handle);
  Triple t;
  t.s = s->type == SERD_BLANK ? "_:" + node_string(s) : expand(c->env, s);
  t.p = expand(c->env, p);
  t.literal = o->type == SERD_LITERAL;
  t.o = o->type == SERD_BLANK ? "_:" + node_string(o) : (t.literal ? node_string(o) : expand(c->env, o));
  c->triples.push_back(std::move(t));
  return SERD_SUCCESS;
}

std::string coarse_type(const std::string& cls) {
  const std::string cg(vocab::kCg);
  if (cls.rfind(cg, 0) != 0) return {};
  const std::string local = cls.substr(cg.size());
  if (local == "Person" || local == "Country" || local == "Group" || local == "Place") return local;
  if (local == "Organization" || local == "GovernmentBody" || local == "InternationalOrganization" ||
      local == "ArmedForces" || local == "PoliticalParty") {
    return "Organization";
  }
  return {};
}

}  // namespace

Result<Gold> read_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path + ": cannot read");
  Gold gold;
  std::string line;
  std::size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line[0] == '#') continue;
    const auto f = split(line, '\t');
    SourcePosition where;
    where.file = path;
    where.line = no;
    where.column = 1;
    const std::string_view kind = trim(f[0]);
    if (kind == "entity" && f.size() >= 3) {
      gold.entities.push_back(GoldEntity{std::string(trim(f[1])), names_of(f[2]), no});
    } else if (kind == "claim" && f.size() >= 6) {
      GoldClaim c;
      c.subject = names_of(f[1]);
      for (std::string_view r : split(f[2], '|')) c.relations.emplace_back(trim(r));
      c.object = names_of(f[3]);
      const std::string_view pol = trim(f[4]);
      if (pol != "+" && pol != "-") return make_error("polarity must be + or -", where);
      c.negative = pol == "-";
      const std::string_view need = trim(f[5]);
      if (need != "required" && need != "optional") return make_error("need must be required or optional", where);
      c.required = need == "required";
      c.line = no;
      gold.claims.push_back(std::move(c));
    } else if (kind == "role" && f.size() >= 3) {
      gold.roles.push_back(GoldRole{names_of(f[1]), names_of(f[2]), f.size() >= 4 ? names_of(f[3]) : Names{}, no});
    } else if (kind == "quote" && f.size() >= 3) {
      gold.quotes.push_back(GoldQuote{names_of(f[1]), std::string(trim(f[2])), no});
    } else {
      return make_error("not a gold line (entity, claim, role or quote with its fields)", where);
    }
  }
  return gold;
}

Result<Output> read_output(const std::string& path) {
  Collector c;
  c.env = serd_env_new(nullptr);
  SerdSyntax syntax = SERD_TURTLE;
  if (path.ends_with(".nt")) syntax = SERD_NTRIPLES;
  if (path.ends_with(".nq")) syntax = SERD_NQUADS;
  SerdReader* reader = serd_reader_new(syntax, &c, nullptr, on_base, on_prefix, on_statement, nullptr);
  serd_reader_set_strict(reader, true);
  const SerdStatus st = serd_reader_read_file(reader, reinterpret_cast<const std::uint8_t*>(path.c_str()));
  serd_reader_free(reader);
  serd_env_free(c.env);
  if (st != SERD_SUCCESS) return make_error(path + ": cannot parse as RDF (" + reinterpret_cast<const char*>(serd_strerror(st)) + ")");

  const std::string rdf_type = std::string(vocab::kRdf) + "type";
  const std::string cg(vocab::kCg);
  const std::string label = std::string(vocab::kRdfs) + "label";
  const std::string alt = std::string(vocab::kSkos) + "altLabel";
  std::map<std::string, std::map<std::string, std::vector<std::string>>> by_subject;
  for (const Triple& t : c.triples) by_subject[t.s][t.p].push_back(t.o);
  auto first = [&](const std::map<std::string, std::vector<std::string>>& props, const std::string& p) {
    const auto it = props.find(p);
    return it == props.end() || it->second.empty() ? std::string() : it->second.front();
  };

  Output out;
  for (const auto& [subject, props] : by_subject) {
    Names names;
    for (const std::string& key : {label, alt}) {
      if (const auto it = props.find(key); it != props.end()) names.insert(names.end(), it->second.begin(), it->second.end());
    }
    if (!names.empty()) out.labels.emplace_back(subject, names);
    const auto types = props.find(rdf_type);
    if (types == props.end()) continue;
    std::set<std::string> coarse;
    bool claim = false, quote = false;
    for (const std::string& cls : types->second) {
      if (const std::string ct = coarse_type(cls); !ct.empty()) coarse.insert(ct);
      if (cls == cg + "Claim") claim = true;
      if (cls == cg + "Quote") quote = true;
    }
    for (const std::string& ct : coarse) out.entities.push_back(PredictedEntity{subject, ct, names});
    if (claim) {
      PredictedClaim pc;
      pc.subject = first(props, std::string(vocab::kRdf) + "subject");
      pc.object = first(props, std::string(vocab::kRdf) + "object");
      std::string predicate = first(props, std::string(vocab::kRdf) + "predicate");
      pc.relation = predicate.rfind(cg, 0) == 0 ? predicate.substr(cg.size()) : predicate;
      pc.negative = first(props, cg + "polarity") == cg + "Negative";
      out.claims.push_back(std::move(pc));
    }
    if (quote) {
      out.quotes.push_back(PredictedQuote{first(props, cg + "speaker"), first(props, cg + "text")});
    }
    if (const auto roles = props.find(cg + "holdsRole"); roles != props.end()) {
      for (const std::string& role : roles->second) {
        const auto r = by_subject.find(role);
        if (r == by_subject.end()) continue;
        out.roles.push_back(PredictedRole{subject, first(r->second, cg + "roleTitle"), first(r->second, cg + "roleIn")});
      }
    }
  }
  return out;
}

}  // namespace cg::eval
