// SPDX-License-Identifier: MIT
#pragma once

/// RDF terms that are valid by construction. Serd 0.30 writes whatever it is
/// given, so nothing reaches the writer except through these checks: an IRI
/// is absolute and free of the characters Turtle and N-Triples forbid; a
/// literal is valid UTF-8 with a well-formed language tag.

#include <string>
#include <string_view>

#include "util/result.hpp"

namespace cg {

/// An absolute IRI (RFC 3987 characters only).
class Iri {
 public:
  /// Checks `value`: a scheme, then no spaces, controls or <>"{}|^`\ .
  static Result<Iri> make(std::string value);
  /// For IRIs assembled from parts that were checked already (a checked
  /// base plus a slug of [a-z0-9-]); `value` must be valid.
  static Iri trusted(std::string value) { return Iri(std::move(value)); }

  [[nodiscard]] const std::string& str() const noexcept { return value_; }
  friend bool operator==(const Iri& a, const Iri& b) { return a.value_ == b.value_; }

 private:
  explicit Iri(std::string value) : value_(std::move(value)) {}
  std::string value_;
};

/// True when `value` is an absolute IRI acceptable to every RDF parser.
bool is_valid_iri(std::string_view value) noexcept;

/// True for a BCP 47 tag of the simple form the output uses ("en", "en-gb").
bool is_valid_language_tag(std::string_view tag) noexcept;

/// A literal: lexical form plus a language tag or a datatype (or neither).
class Literal {
 public:
  /// A string with a language tag; fails on invalid UTF-8 or a bad tag.
  static Result<Literal> tagged(std::string text, std::string language);
  /// A plain xsd:string.
  static Result<Literal> plain(std::string text);
  /// An xsd:nonNegativeInteger, in canonical form.
  static Literal non_negative(std::uint64_t value);
  /// An xsd:date from "YYYY-MM-DD"; fails unless that names a real day.
  static Result<Literal> date(std::string_view yyyy_mm_dd);

  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  [[nodiscard]] const std::string& language() const noexcept { return language_; }
  [[nodiscard]] const std::string& datatype() const noexcept { return datatype_; }

 private:
  Literal() = default;
  std::string text_;
  std::string language_;
  std::string datatype_;
};

}  // namespace cg
