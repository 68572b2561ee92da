// SPDX-License-Identifier: MIT
#pragma once

/// Stage 4, resolve: mentions become entities of the article, and every
/// expression that refers to one (a name, a surname, "Washington" for the
/// US, "the Maduro regime", "the country's military", "he") becomes a
/// Reference that the extract stage can use as a claim argument.

#include <cstdint>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "knowledge/knowledge.hpp"
#include "recognize/recognize.hpp"
#include "segment/segment.hpp"

namespace cg {

/// An entity of one article.
struct Entity {
  std::string id;      ///< IRI path segment: a slug of the label ("juan-guaido"), the same in every article.
  EntityType type = EntityType::Person;
  std::string label;   ///< Canonical name.
  std::vector<std::string> alt_labels;  ///< Other names seen, sorted, without the label.
  std::string wikidata;                 ///< "Q717" when the gazetteer knows it.
  std::string key;     ///< Identity inside the article: a gazetteer key or a folded name.
  std::string country; ///< ISO alpha-2 of the country it belongs to, if known.
  std::uint32_t first_token = 0;  ///< Where it is first mentioned.
};

enum class ReferenceKind : std::uint8_t {
  Name,         ///< "Nicolas Maduro", "Maduro", "OAS"
  Metonym,      ///< "Washington" acting for the US
  Description,  ///< "the Maduro regime", "the country's military", "a US official"
  Pronoun,      ///< "he", "it", "their"
};

/// A span of tokens that refers to an entity.
struct Reference {
  std::uint32_t first = 0;  ///< Tokens [first, last), determiners and titles included.
  std::uint32_t last = 0;
  std::uint32_t entity = 0;
  ReferenceKind kind = ReferenceKind::Name;
  std::int32_t mention = -1;  ///< The mention it came from, if any.
};

struct Resolution {
  std::vector<Entity> entities;          ///< In order of first mention.
  std::vector<Reference> references;     ///< In text order, not overlapping.
  std::vector<std::int32_t> mention_entity;   ///< Per mention: its entity, or -1 when dropped.
  std::vector<std::int32_t> token_reference;  ///< Per token: the reference covering it, or -1.
  std::int32_t main_country = -1;        ///< The country the article is mostly about.
};

/// Resolves the mentions of one article to entities and references.
Resolution resolve(const Document& doc, const Segmentation& seg, const Recognition& rec,
                   const Knowledge& knowledge);

}  // namespace cg
