// SPDX-License-Identifier: MIT
#include "graph/model.hpp"

#include <new>

namespace cg {

namespace {
const std::uint8_t* bytes(const std::string& s) { return reinterpret_cast<const std::uint8_t*>(s.c_str()); }
}  // namespace

World::World() : world_(sord_world_new()) {
  if (!world_) throw std::bad_alloc();
}

Model::Model(const World& world) : world_(world.get()), model_(sord_new(world.get(), SORD_SPO, true)) {
  if (!model_) throw std::bad_alloc();
}

Node Model::iri(const Iri& iri) const { return Node(world_, sord_new_uri(world_, bytes(iri.str()))); }

Node Model::literal(const Literal& literal) const {
  Node datatype;
  if (!literal.datatype().empty()) datatype = Node(world_, sord_new_uri(world_, bytes(literal.datatype())));
  const char* language = literal.language().empty() ? nullptr : literal.language().c_str();
  return Node(world_, sord_new_literal(world_, datatype.get(), bytes(literal.text()), language));
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

std::size_t Model::size() const noexcept { return sord_num_quads(model_.get()); }

}  // namespace cg
