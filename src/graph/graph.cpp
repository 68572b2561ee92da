// SPDX-License-Identifier: MIT
#include "graph/graph.hpp"

#include <algorithm>
#include <set>

#include "graph/vocabulary.hpp"
#include "util/text.hpp"

namespace cg {

namespace {

using vocab::term;

Iri cg_term(std::string_view local) { return Iri::trusted(term(vocab::kCg, local)); }
Iri rdf(std::string_view local) { return Iri::trusted(term(vocab::kRdf, local)); }
Iri rdfs(std::string_view local) { return Iri::trusted(term(vocab::kRdfs, local)); }
Iri skos(std::string_view local) { return Iri::trusted(term(vocab::kSkos, local)); }
Iri owl(std::string_view local) { return Iri::trusted(term(vocab::kOwl, local)); }
Iri prov(std::string_view local) { return Iri::trusted(term(vocab::kProv, local)); }
Iri schema(std::string_view local) { return Iri::trusted(term(vocab::kSchema, local)); }
Iri nif(std::string_view local) { return Iri::trusted(term(vocab::kNif, local)); }

// Text from a validated document is valid UTF-8; a failure here is a bug,
// and the replacement keeps the output loadable rather than crashing.
Literal english(std::string text) {
  auto l = Literal::tagged(std::move(text), "en");
  if (l) return std::move(*l);
  return std::move(*Literal::tagged("\xEF\xBF\xBD", "en"));
}
Literal plain(std::string text) {
  auto l = Literal::plain(std::move(text));
  if (l) return std::move(*l);
  return std::move(*Literal::plain("\xEF\xBF\xBD"));
}

bool valid_qid(std::string_view q) {
  if (q.size() < 2 || q[0] != 'Q') return false;
  return std::all_of(q.begin() + 1, q.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class GraphBuilder {
 public:
  GraphBuilder(const Document& doc, const Resolution& res, const Extraction& ext, const Knowledge& k,
               const GraphOptions& options, const World& world)
      : doc_(doc), res_(res), ext_(ext), k_(k), base_(options.base.str()), model_(world),
        article_(article_iri(options.base, doc)) {}

  Model run() {
    article();
    const std::vector<bool> used = used_entities();
    for (std::uint32_t e = 0; e < res_.entities.size(); ++e) {
      if (used[e]) entity(e);
    }
    for (const Claim& c : ext_.claims) claim(c);
    for (const Role& r : ext_.roles) role(r);
    for (const Quote& q : ext_.quotes) quote(q);
    return std::move(model_);
  }

 private:
  // Entities are written when named or described in the article, or when a
  // claim, role or quote needs them.
  std::vector<bool> used_entities() const {
    std::vector<bool> used(res_.entities.size(), false);
    for (const std::int32_t e : res_.mention_entity) {
      if (e >= 0) used[static_cast<std::size_t>(e)] = true;
    }
    for (const Reference& r : res_.references) {
      if (r.kind != ReferenceKind::Pronoun) used[r.entity] = true;
    }
    for (const Claim& c : ext_.claims) {
      used[c.subject] = used[c.object] = true;
      if (c.attributed_to >= 0) used[static_cast<std::size_t>(c.attributed_to)] = true;
    }
    for (const Role& r : ext_.roles) {
      used[r.person] = true;
      if (r.organization >= 0) used[static_cast<std::size_t>(r.organization)] = true;
    }
    for (const Quote& q : ext_.quotes) {
      used[q.speaker] = true;
      if (q.addressee >= 0) used[static_cast<std::size_t>(q.addressee)] = true;
    }
    return used;
  }

  Iri entity_iri(std::string_view id) const { return Iri::trusted(base_ + "entity/" + std::string(id)); }

  Iri entity_iri(std::uint32_t e) const { return entity_iri(res_.entities[e].id); }

  Iri evidence(Span span) {
    const std::uint32_t b = doc_.code_point_offset(span.begin);
    const std::uint32_t e = doc_.code_point_offset(span.end);
    const Iri iri = Iri::trusted(article_.str() + "#char=" + std::to_string(b) + "," + std::to_string(e));
    if (written_evidence_.insert(iri.str()).second) {
      model_.add(iri, rdf("type"), nif("String"));
      model_.add(iri, nif("beginIndex"), Literal::non_negative(b));
      model_.add(iri, nif("endIndex"), Literal::non_negative(e));
      model_.add(iri, nif("anchorOf"), plain(std::string(doc_.slice(span))));
      model_.add(iri, nif("referenceContext"), article_);
    }
    return iri;
  }

  void article() {
    model_.add(article_, rdf("type"), schema("NewsArticle"));
    model_.add(article_, rdf("type"), nif("Context"));
    model_.add(article_, nif("isString"), plain(doc_.text));
    model_.add(article_, nif("beginIndex"), Literal::non_negative(0));
    model_.add(article_, nif("endIndex"), Literal::non_negative(doc_.code_point_length()));
    if (!doc_.headline.empty()) model_.add(article_, schema("headline"), english(std::string(doc_.slice(doc_.headline))));
  }

  void typed(const Iri& iri, EntityType type) {
    model_.add(iri, rdf("type"), cg_term(type_name(type)));
    if (is_organization(type) && type != EntityType::Organization) {
      model_.add(iri, rdf("type"), cg_term("Organization"));
    }
  }

  void entity(std::uint32_t e) {
    const Entity& ent = res_.entities[e];
    const Iri iri = entity_iri(e);
    typed(iri, ent.type);
    model_.add(iri, rdfs("label"), english(ent.label));
    for (const std::string& alt : ent.alt_labels) model_.add(iri, skos("altLabel"), english(alt));
    if (valid_qid(ent.wikidata)) {
      model_.add(iri, owl("sameAs"), Iri::trusted(term(vocab::kWikidata, ent.wikidata)));
    }
    model_.add(article_, schema("mentions"), iri);
  }

  // A gazetteer entity the article implies but does not name ("MEP" implies
  // the European Parliament).
  Iri known_entity(const std::string& key) {
    const KnownEntity* ke = k_.gazetteer.find(key);
    if (!ke) return Iri::trusted(base_ + "entity/" + slugify(key));
    const Iri iri = entity_iri(slugify(ke->name));
    typed(iri, ke->type);
    model_.add(iri, rdfs("label"), english(ke->name));
    if (valid_qid(ke->wikidata)) model_.add(iri, owl("sameAs"), Iri::trusted(term(vocab::kWikidata, ke->wikidata)));
    return iri;
  }

  void claim(const Claim& c) {
    const Entity& s = res_.entities[c.subject];
    const Entity& o = res_.entities[c.object];
    const std::string property(property_name(c.property));
    std::string identity = doc_.id + "|" + s.id + "|" + property + "|" + o.id + "|" + (c.negative ? "-" : "+") +
                           "|" + std::string(modality_name(c.modality)) + "|" +
                           std::to_string(c.evidence.begin) + "," + std::to_string(c.evidence.end);
    if (c.attributed_to >= 0) identity += "|" + res_.entities[static_cast<std::size_t>(c.attributed_to)].id;
    const Iri iri = Iri::trusted(base_ + "claim/" + stable_hash_hex(identity));
    const Iri predicate = cg_term(property);
    model_.add(iri, rdf("type"), cg_term("Claim"));
    model_.add(iri, rdf("type"), rdf("Statement"));
    model_.add(iri, rdf("subject"), entity_iri(c.subject));
    model_.add(iri, rdf("predicate"), predicate);
    model_.add(iri, rdf("object"), entity_iri(c.object));
    model_.add(iri, cg_term("polarity"), cg_term(c.negative ? "Negative" : "Positive"));
    model_.add(iri, cg_term("modality"), cg_term(modality_name(c.modality)));
    if (c.attributed_to >= 0) {
      model_.add(iri, prov("wasAttributedTo"), entity_iri(static_cast<std::uint32_t>(c.attributed_to)));
    }
    model_.add(iri, prov("wasDerivedFrom"), article_);
    model_.add(iri, cg_term("evidence"), evidence(c.evidence));
    // The plain triple, so that the simplest query works; never for a
    // negative or unasserted claim.
    if (!c.negative && c.modality == Modality::Asserted) {
      model_.add(entity_iri(c.subject), predicate, entity_iri(c.object));
    }
  }

  void role(const Role& r) {
    const Entity& person = res_.entities[r.person];
    std::optional<Iri> in;
    if (r.organization >= 0) in = entity_iri(static_cast<std::uint32_t>(r.organization));
    else if (!r.known_organization.empty()) in = known_entity(r.known_organization);
    const std::string identity = doc_.id + "|" + person.id + "|" + fold_key(r.title) + "|" + (in ? in->str() : "");
    const Iri iri = Iri::trusted(base_ + "role/" + stable_hash_hex(identity));
    model_.add(entity_iri(r.person), cg_term("holdsRole"), iri);
    model_.add(iri, rdf("type"), cg_term("Role"));
    model_.add(iri, cg_term("roleTitle"), english(r.title));
    if (in) model_.add(iri, cg_term("roleIn"), *in);
    model_.add(iri, prov("wasDerivedFrom"), article_);
    model_.add(iri, cg_term("evidence"), evidence(r.evidence));
  }

  void quote(const Quote& q) {
    const std::string text(doc_.slice(q.text));
    const std::string identity = doc_.id + "|" + std::to_string(q.text.begin) + "," + std::to_string(q.text.end) +
                                 "|" + res_.entities[q.speaker].id;
    const Iri iri = Iri::trusted(base_ + "quote/" + stable_hash_hex(identity));
    model_.add(iri, rdf("type"), cg_term("Quote"));
    model_.add(iri, cg_term("speaker"), entity_iri(q.speaker));
    if (q.addressee >= 0) model_.add(iri, cg_term("addressee"), entity_iri(static_cast<std::uint32_t>(q.addressee)));
    model_.add(iri, cg_term("text"), english(text));
    model_.add(iri, prov("wasDerivedFrom"), article_);
    model_.add(iri, cg_term("evidence"), evidence(q.text));
  }

  const Document& doc_;
  const Resolution& res_;
  const Extraction& ext_;
  const Knowledge& k_;
  std::string base_;
  Model model_;
  Iri article_;
  std::set<std::string> written_evidence_;
};

}  // namespace

Iri article_iri(const Iri& base, const Document& doc) { return Iri::trusted(base.str() + "article/" + doc.id); }

Model build_graph(const Document& doc, const Resolution& res, const Extraction& ext, const Knowledge& knowledge,
                  const GraphOptions& options, const World& world) {
  return GraphBuilder(doc, res, ext, knowledge, options, world).run();
}

}  // namespace cg
