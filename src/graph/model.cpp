// SPDX-License-Identifier: MIT
#include "graph/model.hpp"

#include <new>

#include "util/string_map.hpp"

namespace cg {

namespace {
const std::uint8_t* bytes(const std::string& s) { return reinterpret_cast<const std::uint8_t*>(s.c_str()); }
}  // namespace

struct World::TermCache {
  StringMap<Node> nodes;
  std::string scratch;
};

void World::FreeTerms::operator()(TermCache* t) const noexcept { delete t; }

World::World() : world_(sord_world_new()) {
  if (!world_) throw std::bad_alloc();
  terms_.reset(new TermCache);
}

const Node& World::term(std::string_view ns, std::string_view local) const {
  TermCache& cache = *terms_;
  cache.scratch.assign(ns);
  cache.scratch += local;
  if (const auto found = cache.nodes.find(cache.scratch); found != cache.nodes.end()) return found->second;
  Node node(world_.get(), sord_new_uri(world_.get(), bytes(cache.scratch)));
  if (!node) throw std::bad_alloc();
  return cache.nodes.emplace(cache.scratch, std::move(node)).first->second;
}

Model::Model(const World& world, bool index_graphs)
    : owner_(&world), world_(world.get()), model_(sord_new(world.get(), SORD_SPO, index_graphs)) {
  if (!model_) throw std::bad_alloc();
}

Node Model::iri(const Iri& iri) const { return Node(world_, sord_new_uri(world_, bytes(iri.str()))); }

Node Model::literal(const Literal& literal) const {
  SordNode* datatype = literal.datatype().empty() ? nullptr : owner_->term(literal.datatype(), "").get();
  const char* language = literal.language().empty() ? nullptr : literal.language().c_str();
  return Node(world_, sord_new_literal(world_, datatype, bytes(literal.text()), language));
}

void Model::add(const Node& subject, const Node& predicate, const Node& object, const Node& graph) {
  SordQuad quad = {subject.get(), predicate.get(), object.get(), graph.get()};
  sord_add(model_.get(), quad);
}

void Model::add(const Iri& subject, const Iri& predicate, const Iri& object, const Node& graph) {
  add(iri(subject), iri(predicate), iri(object), graph);
}

void Model::add(const Iri& subject, const Iri& predicate, const Literal& object, const Node& graph) {
  add(iri(subject), iri(predicate), literal(object), graph);
}

void Model::add_all(const Model& other) {
  auto copy = [&](const SordNode* n) -> Node {
    if (!n) return Node();
    const SordNode* dt = sord_node_get_datatype(n);
    const char* lang = sord_node_get_language(n);
    SerdNode lang_node{};
    if (lang) lang_node = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const std::uint8_t*>(lang));
    return Node(world_, sord_node_from_serd_node(world_, nullptr, sord_node_to_serd_node(n),
                                                 dt ? sord_node_to_serd_node(dt) : nullptr, lang ? &lang_node : nullptr));
  };
  Iter it(sord_begin(other.get()));
  for (; !it.end(); it.next()) {
    add(copy(it.node(SORD_SUBJECT)), copy(it.node(SORD_PREDICATE)), copy(it.node(SORD_OBJECT)),
        copy(it.node(SORD_GRAPH)));
  }
}

std::size_t Model::size() const noexcept { return sord_num_quads(model_.get()); }

}  // namespace cg
