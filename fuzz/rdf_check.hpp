// SPDX-License-Identifier: MIT
#pragma once

/// What the fuzz targets ask of every RDF document claimgraph writes.

#include <cstddef>
#include <string>
#include <string_view>

#include <serd/serd.h>

namespace cg::fuzz {

/// Statements in `rdf`, read back with Serd's reader in strict mode, after
/// checking the bytes themselves (strict UTF-8, no NUL: Serd's reader lets
/// overlong forms and surrogates through). Every IRI must be one of ours:
/// under `base` or a vocabulary namespace, with a local part of
/// [A-Za-z0-9._~/#=,:-] only; an IRI made from raw article text would fail
/// that. Aborts, printing the document and the reason, on any failure.
/// `allowed_iri`, when not empty, is one more IRI that may appear (the
/// article's own URL from its metadata).
std::size_t parse_strictly(const std::string& rdf, SerdSyntax syntax, std::string_view base,
                           std::string_view allowed_iri = {});

/// What is wrong with `rdf` by the rules of parse_strictly, or "" when
/// nothing is; `statements` gets the count read.
std::string rdf_problem(const std::string& rdf, SerdSyntax syntax, std::string_view base, std::string_view allowed_iri,
                        std::size_t& statements);

/// Prints `why` and `rdf` to standard error, then aborts (a finding).
[[noreturn]] void fail(std::string_view why, std::string_view rdf = {});

}  // namespace cg::fuzz
