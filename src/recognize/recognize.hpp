// SPDX-License-Identifier: MIT
#pragma once

/// Stage 3, recognize: spans of text that name an entity. Known names come
/// from the gazetteer; unknown people and organizations from general
/// patterns: a title before a capitalised name ("Defense Minister Vladimir
/// Padrino"), a given name starting a capitalised run, a run headed by an
/// organization word ("Observatory of Social Conflict"), and acronyms defined
/// in the text ("Organization of American States (OAS)").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "knowledge/knowledge.hpp"
#include "segment/segment.hpp"

namespace cg {

/// A span that names (or may name) an entity.
struct Mention {
  std::uint32_t first = 0;  ///< Tokens [first, last) of the name itself, without a title.
  std::uint32_t last = 0;
  std::uint32_t sentence = 0;
  EntityType type = EntityType::Person;
  /// Capitalised words of unknown kind ("Maduro" before any full name): the
  /// resolve stage keeps it only if it matches an entity of the article.
  bool candidate = false;
  /// A title with no name after it ("Venezuela's acting president", "the
  /// minister"): the name tokens are empty and resolve looks for the holder.
  bool descriptor = false;
  bool indefinite = false;  ///< A descriptor after "a"/"an": someone, not a known holder.
  std::vector<std::uint32_t> known;  ///< Gazetteer entities the phrase may name (most often one).
  PhraseRole role = PhraseRole::Name;
  std::string text;  ///< The name as written, accents kept, tokens joined by spaces.

  /// A title before a person's name: tokens, and the title as written
  /// without "former" and without the qualifier ("interim President").
  std::uint32_t title_first = 0;
  std::uint32_t title_last = 0;
  std::string title;
  bool former = false;
  bool honorific = false;        ///< "Mr", "Dr": marks a person, names no role.
  std::string implied_by_title;  ///< Gazetteer key of the body the office belongs to.
  std::int32_t qualifier = -1;   ///< Mention the title belongs to ("US" in "US President").

  [[nodiscard]] bool has_title() const noexcept { return title_last > title_first; }
  /// First token of the whole span, title included (a determiner or
  /// possessor before a descriptor is not).
  [[nodiscard]] std::uint32_t span_first() const noexcept { return has_title() ? title_first : first; }
};

/// "Organization of American States (OAS)": the acronym names the mention.
struct AcronymDefinition {
  std::uint32_t mention = 0;
  std::string acronym;
};

struct Recognition {
  std::vector<Mention> mentions;  ///< In text order, not overlapping.
  std::vector<AcronymDefinition> acronyms;
  /// What the word lists say about each token, looked up once here for
  /// every later stage (a token is asked about dozens of times).
  std::vector<WordInfo> words;
};

/// Finds the mentions of one article.
Recognition recognize(const Document& doc, const Segmentation& seg, const Knowledge& knowledge);

/// Joins the tokens [first, last) as written (for labels).
std::string join_tokens(const Document& doc, const Segmentation& seg, std::uint32_t first,
                        std::uint32_t last);

}  // namespace cg
