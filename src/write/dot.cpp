// SPDX-License-Identifier: MIT
#include "write/dot.hpp"

#include <sstream>

namespace cg {

namespace {

// A DOT double-quoted string.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string_view property_colour(Property p) noexcept {
  // Cooperation in greens and blues, conflict in reds and browns, talk in greys.
  switch (p) {
    case Property::Recognizes: return "#1b7837";
    case Property::Supports: return "#5aae61";
    case Property::Praises: return "#a6dba0";
    case Property::MaintainsRelationsWith: return "#2166ac";
    case Property::MeetsWith: return "#67a9cf";
    case Property::AppealsTo: return "#878787";
    case Property::Opposes: return "#b2182b";
    case Property::Condemns: return "#d6604d";
    case Property::Accuses: return "#f4a582";
    case Property::Rejects: return "#8c510a";
    case Property::Threatens: return "#bf812d";
    case Property::BreaksRelationsWith: return "#762a83";
    case Property::Expels: return "#9970ab";
    case Property::Sanctions: return "#c51b7d";
    case Property::ProtestsAgainst: return "#e08214";
    case Property::Attacks: return "#67001f";
  }
  return "#000000";
}

void StanceNetwork::add(const std::string& article, const Resolution& res, const Extraction& ext) {
  for (const Claim& c : ext.claims) {
    const Entity& s = res.entities[c.subject];
    const Entity& o = res.entities[c.object];
    labels_.emplace(s.id, s.label);
    labels_.emplace(o.id, o.label);
    edges_[Edge{s.id, std::string(property_name(c.property)), o.id, c.negative}].insert(article);
  }
}

void StanceNetwork::merge(const StanceNetwork& other) {
  for (const auto& [id, label] : other.labels_) labels_.emplace(id, label);
  for (const auto& [edge, articles] : other.edges_) edges_[edge].insert(articles.begin(), articles.end());
}

std::string StanceNetwork::dot() const {
  std::ostringstream out;
  out << "digraph stances {\n"
      << "  graph [rankdir=LR, fontname=\"Helvetica\", label=\"claimgraph stance network\"];\n"
      << "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const auto& [id, label] : labels_) out << "  " << quoted(id) << " [label=" << quoted(label) << "];\n";
  for (const auto& [edge, articles] : edges_) {
    const auto& [subject, property, object, negative] = edge;
    const auto p = parse_property(property);
    out << "  " << quoted(subject) << " -> " << quoted(object) << " [color=" << quoted(property_colour(*p))
        << ", fontcolor=" << quoted(property_colour(*p))
        << ", label=" << quoted((negative ? "not " : "") + property + " (" + std::to_string(articles.size()) + ")")
        << (negative ? ", style=dashed" : "") << "];\n";
  }
  out << "}\n";
  return out.str();
}

}  // namespace cg
