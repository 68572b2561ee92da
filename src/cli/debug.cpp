// SPDX-License-Identifier: MIT
#include "cli/debug.hpp"

namespace cg::cli {

namespace {

std::string tokens_text(const Analysis& a, std::uint32_t first, std::uint32_t last) {
  return join_tokens(a.document, a.segmentation, first, last);
}

}  // namespace

void print_debug(std::ostream& out, const Analysis& a) {
  const auto& res = a.resolution;
  out << "== " << a.document.source << ": " << a.segmentation.sentences.size() << " sentences, "
      << a.segmentation.tokens.size() << " tokens, " << a.segmentation.quotations.size() << " quotations\n";
  out << "-- mentions\n";
  for (std::size_t i = 0; i < a.recognition.mentions.size(); ++i) {
    const Mention& m = a.recognition.mentions[i];
    out << "  [" << m.span_first() << "," << m.last << ") " << type_name(m.type)
        << (m.candidate ? " candidate" : "") << (m.descriptor ? " descriptor" : "") << " '" << m.text << "'";
    if (m.has_title()) out << " title='" << m.title << "'" << (m.former ? " former" : "") << " q=" << m.qualifier;
    out << " -> " << res.mention_entity[i] << "\n";
  }
  out << "-- entities\n";
  for (std::size_t e = 0; e < res.entities.size(); ++e) {
    const Entity& ent = res.entities[e];
    out << "  " << e << " " << type_name(ent.type) << " " << ent.id << " '" << ent.label << "'";
    for (const auto& alt : ent.alt_labels) out << " | " << alt;
    out << "\n";
  }
  out << "-- references\n";
  for (const Reference& r : res.references) {
    out << "  [" << r.first << "," << r.last << ") '" << tokens_text(a, r.first, r.last) << "' -> "
        << res.entities[r.entity].id << " (" << static_cast<int>(r.kind) << ")\n";
  }
  out << "-- claims\n";
  for (const Claim& c : a.extraction.claims) {
    out << "  " << res.entities[c.subject].id << " " << (c.negative ? "NOT " : "") << property_name(c.property) << " "
        << res.entities[c.object].id << " [" << modality_name(c.modality) << "]";
    if (c.attributed_to >= 0) out << " by " << res.entities[static_cast<std::size_t>(c.attributed_to)].id;
    out << " (line " << c.pattern_line << ") \"" << a.document.slice(c.evidence) << "\"\n";
  }
  out << "-- roles\n";
  for (const Role& r : a.extraction.roles) {
    out << "  " << res.entities[r.person].id << " '" << r.title << "' in "
        << (r.organization >= 0 ? res.entities[static_cast<std::size_t>(r.organization)].id : r.known_organization)
        << "\n";
  }
  out << "-- quotes\n";
  for (const Quote& q : a.extraction.quotes) {
    out << "  " << res.entities[q.speaker].id << ": \"" << a.document.slice(q.text).substr(0, 60) << "\"\n";
  }
  out << "-- events\n";
  auto name = [&](std::int32_t e) { return e >= 0 ? res.entities[static_cast<std::size_t>(e)].id : std::string("-"); };
  for (const Event& e : a.extraction.events) {
    out << "  " << (e.protest ? "protest" : "event") << " in " << name(e.place) << ", killed "
        << (e.killed ? std::to_string(*e.killed) : std::string("-")) << ", reported by " << name(e.reported_by)
        << ": \"" << a.document.slice(e.evidence).substr(0, 80) << "\"\n";
  }
}

}  // namespace cg::cli
