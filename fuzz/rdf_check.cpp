// SPDX-License-Identifier: MIT
#include "rdf_check.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "graph/vocabulary.hpp"
#include "util/text.hpp"

namespace cg::fuzz {

namespace {

struct EnvFree {
  void operator()(SerdEnv* env) const { serd_env_free(env); }
};
struct ReaderFree {
  void operator()(SerdReader* reader) const { serd_reader_free(reader); }
};

bool local_part_ok(std::string_view local) {
  for (const char c : local) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '~' || c == '/' || c == '#' || c == '=' || c == ',' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

struct Reading {
  const std::string* rdf = nullptr;
  std::string_view base;
  std::string_view allowed_iri;
  SerdEnv* env = nullptr;
  std::size_t statements = 0;
  std::string error;
};

void check_iri(Reading& r, const SerdNode* node) {
  if (!node || (node->type != SERD_URI && node->type != SERD_CURIE)) return;
  SerdNode expanded = serd_env_expand_node(r.env, node);
  if (!expanded.buf) {
    r.error = "an IRI the reader cannot expand";
    return;
  }
  const std::string iri(reinterpret_cast<const char*>(expanded.buf), expanded.n_bytes);
  serd_node_free(&expanded);
  if (!r.allowed_iri.empty() && iri == r.allowed_iri) return;
  std::string_view local;
  if (iri.starts_with(r.base)) {
    local = std::string_view(iri).substr(r.base.size());
  } else {
    bool known = false;
    for (const vocab::Prefix& prefix : vocab::kPrefixes) {  // every vocabulary the graph uses
      const std::string_view ns = prefix.iri;
      if (iri.starts_with(ns)) {
        local = std::string_view(iri).substr(ns.size());
        known = true;
        break;
      }
    }
    if (!known) {
      r.error = "an IRI outside the base and the vocabularies: <" + iri + ">";
      return;
    }
  }
  if (!local_part_ok(local)) r.error = "an IRI with characters no minted IRI has: <" + iri + ">";
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<Reading*>(handle)->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<Reading*>(handle)->env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                        const SerdNode*) {
  auto& r = *static_cast<Reading*>(handle);
  for (const SerdNode* node : {graph, subject, predicate, object, datatype}) {
    if (r.error.empty()) check_iri(r, node);
  }
  ++r.statements;
  return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
  auto& r = *static_cast<Reading*>(handle);
  char message[512];
  std::vsnprintf(message, sizeof message, reinterpret_cast<const char*>(error->fmt), *error->args);
  if (!r.error.empty()) return SERD_SUCCESS;
  r.error = "Serd's reader rejects the output: line " + std::to_string(error->line) + ", column " + std::to_string(error->col) + ": " + message;
  return SERD_SUCCESS;
}

}  // namespace

void fail(std::string_view why, std::string_view rdf) {
  std::fprintf(stderr, "%.*s\n", static_cast<int>(rdf.size()), rdf.data());
  std::fprintf(stderr, "FINDING: %.*s\n", static_cast<int>(why.size()), why.data());
  std::abort();
}

std::string rdf_problem(const std::string& rdf, SerdSyntax syntax, std::string_view base, std::string_view allowed_iri,
                        std::size_t& statements) {
  statements = 0;
  for (std::size_t i = 0; i < rdf.size();) {
    if (rdf[i] == '\0') return "a NUL byte in the output at byte " + std::to_string(i);
    const DecodedChar c = decode_utf8(rdf, i);
    if (c.length == 0) return "invalid UTF-8 in the output at byte " + std::to_string(i);
    i += c.length;
  }
  std::unique_ptr<SerdEnv, EnvFree> env(serd_env_new(nullptr));
  Reading reading;
  reading.rdf = &rdf;
  reading.base = base;
  reading.allowed_iri = allowed_iri;
  reading.env = env.get();
  std::unique_ptr<SerdReader, ReaderFree> reader(
      serd_reader_new(syntax, &reading, nullptr, on_base, on_prefix, on_statement, nullptr));
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), on_error, &reading);
  const SerdStatus status = serd_reader_read_string(reader.get(), reinterpret_cast<const std::uint8_t*>(rdf.c_str()));
  statements = reading.statements;
  if (!reading.error.empty()) return reading.error;
  if (status != SERD_SUCCESS) {
    return "Serd's reader rejects the output: " + std::string(reinterpret_cast<const char*>(serd_strerror(status)));
  }
  return "";
}

std::size_t parse_strictly(const std::string& rdf, SerdSyntax syntax, std::string_view base,
                           std::string_view allowed_iri) {
  std::size_t statements = 0;
  if (const std::string problem = rdf_problem(rdf, syntax, base, allowed_iri, statements); !problem.empty()) {
    fail(problem, rdf);
  }
  return statements;
}

}  // namespace cg::fuzz
