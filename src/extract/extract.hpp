// SPDX-License-Identifier: MIT
#pragma once

/// Stage 5, extract: claims between entities, roles, quotes with their
/// speakers, and events (protests, deaths). Claims come from the relation lexicon's patterns; the syntax
/// around a trigger (voice, coordination, negation, modality, relative
/// clauses, reported speech, quotes) is read by general rules in syntax.cpp.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "knowledge/knowledge.hpp"
#include "recognize/recognize.hpp"
#include "resolve/resolve.hpp"
#include "segment/segment.hpp"

namespace cg {

/// cg:modality of a claim.
enum class Modality : std::uint8_t { Asserted, Future, Conditional, Possible, Threatened, Intended, Attempted };

/// Local name of the modality's individual in the cg: namespace ("Asserted").
std::string_view modality_name(Modality m) noexcept;

/// One extracted claim: subject, property, object, with provenance.
struct Claim {
  std::uint32_t subject = 0;  ///< Entity index in Resolution::entities.
  std::uint32_t object = 0;
  Property property = Property::Supports;
  bool negative = false;
  Modality modality = Modality::Asserted;
  std::int32_t attributed_to = -1;  ///< Entity who made the claim (a speaker), or -1.
  Span evidence;                    ///< The characters that carry the claim.
  std::size_t pattern_line = 0;     ///< relations.tsv line of the pattern that fired.
};

/// A person holds an office ("Secretary of State" of the United States).
struct Role {
  std::uint32_t person = 0;
  std::string title;                ///< As written, without "former" or the body ("Defense Minister").
  std::int32_t organization = -1;   ///< Entity the office is in, or -1.
  std::string known_organization;   ///< Gazetteer key when the body is implied but not in the article.
  Span evidence;
};

/// A quotation with its speaker.
struct Quote {
  std::uint32_t speaker = 0;
  std::int32_t addressee = -1;
  Span text;      ///< The quoted words, without the marks.
  std::uint32_t quotation = 0;  ///< Index in Segmentation::quotations.
};

/// Something the article reports happened: a protest, or deaths.
struct Event {
  bool protest = false;
  std::optional<std::uint32_t> killed;  ///< People reported killed, when a count is given.
  std::int32_t place = -1;              ///< Entity (a place or country) where it happened, or -1.
  std::int32_t reported_by = -1;        ///< Entity the article credits with the report, or -1.
  Span evidence;                        ///< The sentence that reports it.
};

struct Extraction {
  std::vector<Claim> claims;
  std::vector<Role> roles;
  std::vector<Quote> quotes;
  std::vector<Event> events;
};

/// Extracts claims, roles, quotes and events of one article.
Extraction extract(const Document& doc, const Segmentation& seg, const Recognition& rec,
                   const Resolution& res, const Knowledge& knowledge);

}  // namespace cg
