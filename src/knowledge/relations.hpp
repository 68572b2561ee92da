// SPDX-License-Identifier: MIT
#pragma once

/// The relation lexicon (data/lexicon/relations.tsv) compiled into patterns,
/// and the modifiers (data/lexicon/modifiers.tsv) that negate a claim or set
/// its modality.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/gazetteer.hpp"
#include "knowledge/words.hpp"
#include "util/result.hpp"
#include "util/string_map.hpp"

namespace cg {

/// The stance properties of the ontology core (DESIGN.md), in its order.
enum class Property : std::uint8_t {
  Recognizes,
  Supports,
  Opposes,
  Condemns,
  Rejects,
  Threatens,
  AppealsTo,
  BreaksRelationsWith,
  MaintainsRelationsWith,
  Expels,
  Sanctions,
  Praises,
  Accuses,
  MeetsWith,
  ProtestsAgainst,
  Attacks,
};
inline constexpr std::size_t kPropertyCount = 16;

/// Local name in the cg: namespace ("recognizes").
std::string_view property_name(Property p) noexcept;
/// CAMEO event code (or code family, "05" for 05x) the ontology annotates the
/// property with; cg:attacks covers 18 and 19, of which this returns "18".
std::string_view property_cameo(Property p) noexcept;
/// The CAMEO code of one claim of `p` by an agent of type `agent`: the
/// property's code, except that an attack by a state or its armed forces is
/// 19 (fight: conventional military force) and any other attack 18 (assault).
std::string_view event_code(Property p, EntityType agent) noexcept;
std::optional<Property> parse_property(std::string_view name) noexcept;
/// True for properties where subject and object can be swapped (cg:meetsWith).
bool is_symmetric(Property p) noexcept;

/// Which argument of a claim a pattern slot or possessive fills.
enum class SlotRole : std::uint8_t { None, Subject, Object };

/// Entity-type restriction of a slot, as a bit set of coarse classes.
enum TypeMask : std::uint8_t {
  kAnyAgent = 0,
  kPersonType = 1,
  kCountryType = 2,
  kOrganizationType = 4,
  kGroupType = 8,
};

/// One element of a compiled pattern.
struct PatternElement {
  /// Modifiers: up to three lower-case words ("*"); Any: up to three words of
  /// any kind, names included ("**").
  enum class Kind : std::uint8_t { Slot, Words, Modifiers, Any, Possessive, Number };
  Kind kind = Kind::Words;
  SlotRole role = SlotRole::None;          ///< Slot: which argument; Possessive: which it names (or None).
  std::uint8_t types = kAnyAgent;  ///< Slot: allowed types.
  bool optional = false;
  bool adjacent = false;           ///< Slot "S+": the noun phrase right before the trigger.
  bool verb = false;               ///< Words: contains verb alternatives.
  StringSet words;                 ///< Words: accepted token norms (every inflection of ~verbs).
};

/// A compiled trigger pattern.
struct RelationPattern {
  Property property = Property::Supports;
  bool negative = false;
  std::vector<PatternElement> elements;
  std::size_t anchor = 0;   ///< Index of the first Words element: matching starts there.
  std::size_t line = 0;     ///< Line in relations.tsv, for diagnostics and tests.
  bool passive = false;     ///< Derived passive form ("O was backed by S").
  std::string source;       ///< The pattern as written.
  /// Its Words elements that must match, the anchor's aside, each as a
  /// number the lexicon gives it (see RelationLexicon::required_at).
  std::vector<std::uint32_t> required;
};

/// How a modifier changes a claim.
enum class Effect : std::uint8_t { Negate, Future, Conditional, Possible, Threatened, Intended, Attempted, Asserted };

/// A multi-word modifier phrase; each position has its accepted norms.
struct Modifier {
  std::vector<StringSet> words;
  Effect effect = Effect::Asserted;
};

class RelationLexicon {
 public:
  /// Parses relations.tsv and modifiers.tsv; registers trigger verbs with `words`.
  static Result<RelationLexicon> load(WordClasses& words);

  [[nodiscard]] const std::vector<RelationPattern>& patterns() const { return patterns_; }
  /// Patterns whose anchor accepts the token norm `norm`, whose hash
  /// (Token::norm_hash) is `hash`; so below.
  [[nodiscard]] const std::vector<std::uint32_t>* anchored_at(std::string_view norm, std::uint64_t hash) const {
    const auto it = by_anchor_.find(norm, hash);
    return it == by_anchor_.end() ? nullptr : &it->second;
  }
  /// The required elements (RelationPattern::required) that accept `norm`.
  /// A pattern can match in a sentence only if each of its required
  /// elements accepts some token there: a check that spares trying most
  /// patterns anchored on "is", "in" or ",".
  [[nodiscard]] const std::vector<std::uint32_t>* required_at(std::string_view norm, std::uint64_t hash) const {
    const auto it = required_by_word_.find(norm, hash);
    return it == required_by_word_.end() ? nullptr : &it->second;
  }
  [[nodiscard]] std::uint32_t required_count() const noexcept { return required_count_; }
  [[nodiscard]] const std::vector<Modifier>& modifiers() const { return modifiers_; }
  /// What an evaluating word does (evaluation.tsv), as bits: it condemns or
  /// praises what it is said of, or (a verb form: "spying", "meddled")
  /// accuses its subject of a wrong. 0 for any other word; one lookup.
  enum Evaluation : std::uint8_t { kCondemns = 1, kPraises = 2, kAccuses = 4 };
  [[nodiscard]] std::uint8_t evaluation(std::string_view norm, std::uint64_t hash) const {
    const auto it = evaluation_.find(norm, hash);
    return it == evaluation_.end() ? 0 : it->second;
  }

 private:
  std::vector<RelationPattern> patterns_;
  StringMap<std::vector<std::uint32_t>> by_anchor_;
  StringMap<std::vector<std::uint32_t>> required_by_word_;
  std::uint32_t required_count_ = 0;
  std::vector<Modifier> modifiers_;
  StringMap<std::uint8_t> evaluation_;
};

/// Compiles one pattern string; exposed for tests.
Result<RelationPattern> compile_pattern(std::string_view pattern, WordClasses& words);

}  // namespace cg
