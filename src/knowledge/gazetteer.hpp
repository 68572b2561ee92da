// SPDX-License-Identifier: MIT
#pragma once

/// The gazetteer of data/gazetteer/: known countries, places, organizations,
/// people, generic government bodies, metonyms, titles and given names,
/// indexed for longest-match lookup over tokens.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment/segment.hpp"
#include "util/result.hpp"
#include "util/string_map.hpp"

namespace cg {

/// Entity classes of the ontology core (cg:Organization's subclasses listed
/// separately so that the graph can type them exactly).
enum class EntityType : std::uint8_t {
  Person,
  Country,
  Organization,
  GovernmentBody,
  InternationalOrganization,
  ArmedForces,
  PoliticalParty,
  Group,
  Place,
};

/// True for cg:Organization and its subclasses.
bool is_organization(EntityType type) noexcept;
/// True for types that can act as the agent of a claim (not places).
bool is_agent(EntityType type) noexcept;
/// Local name of the type's class in the cg: namespace ("Person", "GovernmentBody").
std::string_view type_name(EntityType type) noexcept;
/// Parses a type name as used in the data files.
std::optional<EntityType> parse_type(std::string_view name) noexcept;

/// An entity the gazetteer knows.
struct KnownEntity {
  std::string key;       ///< Unique within the gazetteer: "country:US", "org:united-nations".
  EntityType type = EntityType::Organization;
  std::string name;      ///< Canonical English label.
  /// IRI path segment, unique in the gazetteer: the slug of `name`, qualified
  /// when an entity loaded before has that slug (the US state Georgia is
  /// "georgia-us"; the country keeps "georgia").
  std::string slug;
  std::string wikidata;  ///< "Q717", or empty.
  std::string country;   ///< ISO 3166 alpha-2 of the country it belongs to, or empty.
  bool capital = false;  ///< A national capital: acting, it names its country's government.
};

/// How a phrase refers to its entity.
enum class PhraseRole : std::uint8_t {
  Name,     ///< "Venezuela", "Organization of American States"
  Demonym,  ///< "Venezuelan": the country when it modifies a government noun
  Metonym,  ///< "the Kremlin": the country or body it stands for
};

/// One indexed surface form.
struct Phrase {
  std::vector<std::string> tokens;  ///< `Token::plain` of each token.
  std::vector<std::string> folded;  ///< `Token::norm` of each token.
  std::vector<bool> fold_case;      ///< Per token: match ignoring case (lower-case function words).
  std::vector<std::uint32_t> entities;  ///< Usually one; more when a name is ambiguous.
  PhraseRole role = PhraseRole::Name;
};

/// A phrase found in a token sequence.
struct PhraseMatch {
  std::uint32_t phrase = 0;
  std::uint32_t length = 0;  ///< In tokens.
};

/// A generic body found in every country ("foreign ministry", "the military").
struct BodyKind {
  std::string kind;   ///< "foreign-ministry"
  EntityType type = EntityType::GovernmentBody;
  std::string label;  ///< "Foreign Ministry"; the entity is "Foreign Ministry of <country>".
  bool legislature = false;
};

/// The sex of a person as names and honorifics tell it, for pronoun agreement.
enum class Sex : std::uint8_t { Unknown, Female, Male };

enum class TitleKind : std::uint8_t { Office, Honorific, Portfolio, Modifier };

struct TitleInfo {
  TitleKind kind = TitleKind::Office;
  std::string implies;  ///< Entity key the office belongs to, or empty.
};

class Gazetteer {
 public:
  /// Loads and indexes every gazetteer file; errors name file and line.
  static Result<Gazetteer> load();

  [[nodiscard]] const std::vector<KnownEntity>& entities() const { return entities_; }
  [[nodiscard]] const std::vector<Phrase>& phrases() const { return phrases_; }
  /// The entity a metonym stands for ("Brussels": the EU), looked up by the
  /// phrase's folded words joined by single spaces.
  [[nodiscard]] std::optional<std::uint32_t> metonym(std::string_view folded) const {
    const auto it = metonyms_.find(folded);
    if (it == metonyms_.end()) return std::nullopt;
    return it->second;
  }
  [[nodiscard]] const KnownEntity* find(std::string_view key) const;
  [[nodiscard]] std::optional<std::uint32_t> index_of(std::string_view key) const;
  /// True when a known entity's IRI uses `slug`: an entity nobody listed
  /// must not take it, or two entities would share an IRI across articles.
  [[nodiscard]] bool slug_taken(std::string_view slug) const { return by_slug_.count(slug) != 0; }

  /// The longest phrase starting at `tokens[start]` and ending before `end`.
  /// `ignore_case` compares every token without case (shouting headlines).
  [[nodiscard]] std::optional<PhraseMatch> longest_match(const std::vector<Token>& tokens,
                                                         std::size_t start, std::size_t end,
                                                         bool ignore_case) const;

  /// Generic bodies and the phrase (lower case, single spaces) naming each.
  [[nodiscard]] const std::vector<BodyKind>& body_kinds() const { return body_kinds_; }
  /// Longest generic-body phrase at `start`: (body index, length in tokens).
  [[nodiscard]] std::optional<std::pair<std::uint32_t, std::uint32_t>> match_body(
      const std::vector<Token>& tokens, std::size_t start, std::size_t end) const;

  /// Title information for a lower-case phrase ("prime minister").
  [[nodiscard]] const TitleInfo* title(std::string_view phrase) const;
  /// Longest title phrase at `start`, in tokens (0 when none).
  [[nodiscard]] std::uint32_t match_title(const std::vector<Token>& tokens, std::size_t start,
                                          std::size_t end, TitleKind* kind) const;

  /// True when `plain` (accents removed, case kept) is a known given name.
  [[nodiscard]] bool is_given_name(std::string_view plain) const {
    return given_names_.count(plain) != 0;
  }
  /// The sex most bearers of a given name have (Unknown when mixed or unlisted).
  [[nodiscard]] Sex sex_of_given_name(std::string_view plain) const {
    const auto it = given_names_.find(plain);
    return it == given_names_.end() ? Sex::Unknown : it->second;
  }

  /// The one known person with this surname (folded), if exactly one.
  [[nodiscard]] std::optional<std::uint32_t> person_by_surname(std::string_view folded_surname) const;
  /// True when some known person has this surname (folded), however many.
  [[nodiscard]] bool is_surname(std::string_view folded_surname) const {
    return surnames_.count(folded_surname) != 0;
  }

  /// The country entity with this ISO alpha-2 code.
  [[nodiscard]] std::optional<std::uint32_t> country(std::string_view iso2) const;

 private:
  std::uint32_t add_entity(KnownEntity entity);
  void add_phrase(std::string_view surface, std::uint32_t entity, PhraseRole role);
  /// False when no title starts with the token: most tokens, rejected by one lookup.
  [[nodiscard]] bool may_start_title(const Token& token) const;
  [[nodiscard]] std::optional<PhraseMatch> first_match(const std::vector<std::uint32_t>& candidates,
                                                       const std::vector<Token>& tokens, std::size_t start,
                                                       std::size_t end, bool ignore_case) const;

  std::vector<KnownEntity> entities_;
  StringMap<std::uint32_t> by_key_;
  StringMap<std::uint32_t> by_slug_;
  std::vector<Phrase> phrases_;
  StringMap<std::uint32_t> metonyms_;  ///< Folded phrase -> entity (the first listed).
  // Phrases by their first token, folded. Once loaded, a bucket lists the
  // phrases of one token, and `longer` says whether phrases of more start
  // there too; those are indexed by their first two tokens ("the" alone
  // starts hundreds of names, and most tokens after a "the" start none).
  struct FirstToken {
    std::vector<std::uint32_t> phrases;
    bool longer = false;
  };
  StringMap<FirstToken> by_first_folded_;
  StringMap<std::vector<std::uint32_t>> by_first_two_folded_;
  std::vector<BodyKind> body_kinds_;
  StringMap<std::uint32_t> body_phrases_;
  StringMap<TitleInfo> titles_;
  StringSet title_first_words_;  ///< Quick rejection: most tokens start no title.
  StringSet body_first_words_;   ///< The same for generic-body phrases.
  StringMap<Sex> given_names_;
  StringMap<std::vector<std::uint32_t>> surnames_;  ///< folded surname -> people
};

}  // namespace cg
