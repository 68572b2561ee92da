// SPDX-License-Identifier: MIT
#include "extract/extract.hpp"

#include "extract/claims.hpp"
#include "extract/events.hpp"
#include "extract/quotes.hpp"
#include "extract/roles.hpp"
#include "extract/syntax.hpp"

namespace cg {

std::string_view modality_name(Modality m) noexcept {
  switch (m) {
    case Modality::Asserted: return "Asserted";
    case Modality::Future: return "Future";
    case Modality::Conditional: return "Conditional";
    case Modality::Possible: return "Possible";
    case Modality::Threatened: return "Threatened";
    case Modality::Intended: return "Intended";
    case Modality::Attempted: return "Attempted";
  }
  return "Asserted";
}

Extraction extract(const Document& doc, const Segmentation& seg, const Recognition& rec,
                   const Resolution& res, const Knowledge& knowledge) {
  (void)doc;
  Syntax syntax(seg, res, knowledge, &rec.words);
  const std::vector<Attribution> speakers = attribute_quotations(seg, syntax);
  for (std::size_t q = 0; q < speakers.size(); ++q) {
    if (speakers[q].speaker >= 0) {
      syntax.bind_quote_pronouns(seg.quotations[q], static_cast<std::uint32_t>(speakers[q].speaker),
                                 speakers[q].addressee);
    }
  }
  Extraction out;
  out.quotes = quotes_of(seg, speakers);
  out.roles = find_roles(seg, rec, res, syntax, knowledge);
  out.claims = find_claims(seg, res, syntax, knowledge, speakers);
  out.events = find_events(seg, res, syntax, knowledge);
  return out;
}

}  // namespace cg
