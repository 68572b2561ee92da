// SPDX-License-Identifier: MIT
#pragma once

/// RAII wrappers over Sord's C API (not sordmm.hpp, whose iterator moves
/// double-free): a world, a model, and interned nodes. Move-only; a moved-
/// from handle is empty and frees nothing.

#include <sord/sord.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/term.hpp"

namespace cg {

class Node;

/// Owns a SordWorld: the table of interned nodes shared by its models.
class World {
 public:
  World();
  World(World&&) noexcept = default;
  World& operator=(World&& other) noexcept {
    terms_.reset();  // its nodes first, while their world lives
    world_ = std::move(other.world_);
    terms_ = std::move(other.terms_);
    return *this;
  }
  ~World() { terms_.reset(); }
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  [[nodiscard]] SordWorld* get() const noexcept { return world_.get(); }

  /// The node of the IRI `ns` + `local`, made once per world and kept:
  /// vocabulary terms and datatypes recur in every article, and making a
  /// node means building, measuring and hashing the whole IRI. Like the
  /// world itself, for one thread at a time.
  [[nodiscard]] const Node& term(std::string_view ns, std::string_view local) const;

 private:
  struct Free {
    void operator()(SordWorld* w) const noexcept { sord_world_free(w); }
  };
  struct TermCache;
  struct FreeTerms {
    void operator()(TermCache* t) const noexcept;
  };
  std::unique_ptr<SordWorld, Free> world_;
  // Declared after world_, so destroyed (its references freed) before it.
  std::unique_ptr<TermCache, FreeTerms> terms_;
};

/// One reference to an interned node.
class Node {
 public:
  Node() = default;
  Node(SordWorld* world, SordNode* node) noexcept : world_(world), node_(node) {}
  Node(Node&& other) noexcept : world_(other.world_), node_(other.node_) { other.node_ = nullptr; }
  Node& operator=(Node&& other) noexcept {
    if (this != &other) {
      reset();
      world_ = other.world_;
      node_ = other.node_;
      other.node_ = nullptr;
    }
    return *this;
  }
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  ~Node() { reset(); }

  [[nodiscard]] SordNode* get() const noexcept { return node_; }
  explicit operator bool() const noexcept { return node_ != nullptr; }

 private:
  void reset() noexcept {
    if (node_) sord_node_free(world_, node_);
    node_ = nullptr;
  }
  SordWorld* world_ = nullptr;
  SordNode* node_ = nullptr;
};

/// A set of quads: triples, each in a named graph or in none. Indexed by
/// subject first (grouping for Turtle, whatever the graph) and, with
/// `index_graphs`, by graph first (one named graph after another for N-Quads
/// and TriG). Without that index Sord finds nothing for a pattern that names
/// a graph; it saves a fifth of the cost of building an article's graph.
class Model {
 public:
  explicit Model(const World& world, bool index_graphs = true);
  [[nodiscard]] const World& owner() const noexcept { return *owner_; }
  Model(Model&&) noexcept = default;
  Model& operator=(Model&&) noexcept = default;
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  [[nodiscard]] Node iri(const Iri& iri) const;
  [[nodiscard]] Node literal(const Literal& literal) const;

  /// Adds a statement to `graph` (none: the default graph); duplicates are
  /// ignored (the model is a set).
  void add(const Node& subject, const Node& predicate, const Node& object, const Node& graph);
  void add(const Iri& subject, const Iri& predicate, const Iri& object, const Node& graph);
  void add(const Iri& subject, const Iri& predicate, const Literal& object, const Node& graph);

  /// Adds every statement of `other`, which may belong to another world
  /// (nodes are interned again here).
  void add_all(const Model& other);

  [[nodiscard]] std::size_t size() const noexcept;
  [[nodiscard]] SordModel* get() const noexcept { return model_.get(); }
  [[nodiscard]] SordWorld* world() const noexcept { return world_; }

 private:
  struct Free {
    void operator()(SordModel* m) const noexcept { sord_free(m); }
  };
  const World* owner_ = nullptr;
  SordWorld* world_ = nullptr;
  std::unique_ptr<SordModel, Free> model_;
};

/// Owns a SordIter.
class Iter {
 public:
  explicit Iter(SordIter* iter) noexcept : iter_(iter) {}
  [[nodiscard]] bool end() const noexcept { return sord_iter_end(iter_.get()); }
  void next() noexcept { sord_iter_next(iter_.get()); }
  [[nodiscard]] const SordNode* node(SordQuadIndex index) const noexcept {
    return sord_iter_get_node(iter_.get(), index);
  }

 private:
  struct Free {
    void operator()(SordIter* i) const noexcept { sord_iter_free(i); }
  };
  std::unique_ptr<SordIter, Free> iter_;
};

}  // namespace cg
