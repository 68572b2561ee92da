// SPDX-License-Identifier: MIT
#include "graph/graph.hpp"

#include <algorithm>
#include <unordered_set>

#include "graph/vocabulary.hpp"
#include "util/text.hpp"

namespace cg {

namespace {

using vocab::term;

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

// Code-point offsets [begin, end) as one key.
std::uint64_t span_key(std::uint32_t begin, std::uint32_t end) { return std::uint64_t{begin} << 32 | end; }

bool valid_qid(std::string_view q) {
  if (q.size() < 2 || q[0] != 'Q') return false;
  return std::all_of(q.begin() + 1, q.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class GraphBuilder {
 public:
  GraphBuilder(const Document& doc, const Segmentation& seg, const Resolution& res, const Extraction& ext,
               const Knowledge& k, const GraphOptions& options, const World& world)
      : doc_(doc), seg_(seg), res_(res), ext_(ext), k_(k), options_(options), base_(options.base.str()),
        key_(article_key(doc)),
        graph_{article_iri(options.base, doc), entities_graph_iri(options.base), Model(world, options.index_graphs)},
        article_(graph_.article), in_article_(graph_.model.iri(graph_.article)),
        in_entities_(graph_.model.iri(graph_.entities)) {}

  ArticleGraph run() {
    entity_nodes_.resize(res_.entities.size());
    article();
    const std::vector<bool> used = used_entities();
    for (std::uint32_t e = 0; e < res_.entities.size(); ++e) {
      if (used[e]) entity(e);
    }
    for (const Claim& c : ext_.claims) claim(c);
    for (const Role& r : ext_.roles) role(r);
    for (const Quote& q : ext_.quotes) quote(q);
    for (const Event& e : ext_.events) event(e);
    if (options_.mentions) {
      for (const Reference& r : res_.references) mention(r);
    }
    return std::move(graph_);
  }

 private:
  // Terms become Sord nodes here; a node already made (vocabulary, entity,
  // the article) is passed through as it is.
  const Node& as_node(const Node& node) const { return node; }
  Node as_node(const Iri& iri) const { return graph_.model.iri(iri); }
  Node as_node(const Literal& literal) const { return graph_.model.literal(literal); }

  // A statement of the article's own graph.
  template <typename Subject, typename Object>
  void state(const Subject& s, const Node& p, const Object& o) {
    graph_.model.add(as_node(s), p, as_node(o), in_article_);
  }
  // A statement of the shared graph of entity descriptions.
  template <typename Subject, typename Object>
  void describe(const Subject& s, const Node& p, const Object& o) {
    graph_.model.add(as_node(s), p, as_node(o), in_entities_);
  }

  // Vocabulary terms are interned once per world, not once per statement.
  const Node& vocabulary(std::string_view ns, std::string_view local) const {
    return graph_.model.owner().term(ns, local);
  }
  const Node& cg_term(std::string_view local) const { return vocabulary(vocab::kCg, local); }
  const Node& rdf(std::string_view local) const { return vocabulary(vocab::kRdf, local); }
  const Node& rdfs(std::string_view local) const { return vocabulary(vocab::kRdfs, local); }
  const Node& skos(std::string_view local) const { return vocabulary(vocab::kSkos, local); }
  const Node& owl(std::string_view local) const { return vocabulary(vocab::kOwl, local); }
  const Node& prov(std::string_view local) const { return vocabulary(vocab::kProv, local); }
  const Node& schema(std::string_view local) const { return vocabulary(vocab::kSchema, local); }
  const Node& nif(std::string_view local) const { return vocabulary(vocab::kNif, local); }
  const Node& itsrdf(std::string_view local) const { return vocabulary(vocab::kItsrdf, local); }
  const Node& cameo(std::string_view code) const { return vocabulary(vocab::kCameo, code); }

  // Entities are written when named or described in the article, or when a
  // claim, role or quote needs them.
  std::vector<bool> used_entities() const {
    std::vector<bool> used(res_.entities.size(), false);
    for (const std::int32_t e : res_.mention_entity) {
      if (e >= 0) used[static_cast<std::size_t>(e)] = true;
    }
    for (const Reference& r : res_.references) {
      if (r.kind != ReferenceKind::Pronoun || options_.mentions) used[r.entity] = true;
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
    for (const Event& e : ext_.events) {
      if (e.place >= 0) used[static_cast<std::size_t>(e.place)] = true;
      if (e.reported_by >= 0) used[static_cast<std::size_t>(e.reported_by)] = true;
    }
    return used;
  }

  Iri entity_iri(std::string_view id) const { return Iri::trusted(base_ + "entity/" + std::string(id)); }

  Iri entity_iri(std::uint32_t e) const { return entity_iri(res_.entities[e].id); }

  // An entity's node, made on first use: entities recur in many statements.
  const Node& entity_node(std::uint32_t e) {
    Node& node = entity_nodes_[e];
    if (!node) node = graph_.model.iri(entity_iri(e));
    return node;
  }

  // The characters `span` as a NIF string: an RFC 5147 fragment of the
  // article's IRI, offsets in code points of the article's text.
  Node evidence(Span span) {
    const std::uint32_t b = doc_.code_point_offset(span.begin);
    const std::uint32_t e = doc_.code_point_offset(span.end);
    Node iri = graph_.model.iri(Iri::trusted(article_.str() + "#char=" + std::to_string(b) + "," + std::to_string(e)));
    if (written_evidence_.insert(span_key(b, e)).second) {
      state(iri, rdf("type"), nif("String"));
      state(iri, rdf("type"), nif("RFC5147String"));
      state(iri, nif("beginIndex"), Literal::non_negative(b));
      state(iri, nif("endIndex"), Literal::non_negative(e));
      state(iri, nif("anchorOf"), plain(std::string(doc_.slice(span))));
      state(iri, nif("referenceContext"), in_article_);
    }
    return iri;
  }

  // Where a node of the article's graph comes from, and how it is put.
  template <typename Term>
  void provenance(const Term& iri, Modality modality, Span span) {
    state(iri, prov("wasDerivedFrom"), in_article_);
    state(iri, cg_term("modality"), cg_term(modality_name(modality)));
    state(iri, cg_term("evidence"), evidence(span));
  }

  void article() {
    state(in_article_, rdf("type"), schema("NewsArticle"));
    state(in_article_, rdf("type"), nif("Context"));
    if (options_.include_text) state(in_article_, nif("isString"), plain(doc_.text));
    state(in_article_, nif("beginIndex"), Literal::non_negative(0));
    state(in_article_, nif("endIndex"), Literal::non_negative(doc_.code_point_length()));
    if (!doc_.title.empty()) {
      state(in_article_, schema("headline"), english(doc_.title));
    } else if (!doc_.headline.empty()) {
      state(in_article_, schema("headline"), english(std::string(doc_.slice(doc_.headline))));
    }
    if (!doc_.date.empty()) {
      if (auto date = Literal::date(doc_.date)) state(in_article_, schema("datePublished"), *date);
    }
    if (!doc_.url.empty()) {
      if (auto url = Iri::make(doc_.url)) state(in_article_, schema("url"), *url);
    }
  }

  // An entity's description in the shared graph: its class (and
  // cg:Organization above a subclass of it), label and Wikidata item.
  template <typename Term>
  void described(const Term& iri, EntityType type, const std::string& label, const std::string& wikidata) {
    describe(iri, rdf("type"), cg_term(type_name(type)));
    if (is_organization(type) && type != EntityType::Organization) {
      describe(iri, rdf("type"), cg_term("Organization"));
    }
    describe(iri, rdfs("label"), english(label));
    if (valid_qid(wikidata)) describe(iri, owl("sameAs"), Iri::trusted(term(vocab::kWikidata, wikidata)));
  }

  void entity(std::uint32_t e) {
    const Entity& ent = res_.entities[e];
    const Node& iri = entity_node(e);
    described(iri, ent.type, ent.label, ent.wikidata);
    for (const std::string& alt : ent.alt_labels) describe(iri, skos("altLabel"), english(alt));
    state(in_article_, schema("mentions"), iri);
  }

  // A gazetteer entity the article implies but does not name ("MEP" implies
  // the European Parliament).
  Iri known_entity(const std::string& key) {
    const KnownEntity* ke = k_.gazetteer.find(key);
    if (!ke) return Iri::trusted(base_ + "entity/" + slugify(key));
    const Iri iri = entity_iri(ke->slug);
    described(iri, ke->type, ke->name, ke->wikidata);
    return iri;
  }

  void claim(const Claim& c) {
    const Entity& s = res_.entities[c.subject];
    const Entity& o = res_.entities[c.object];
    const std::string property(property_name(c.property));
    std::string identity = key_ + "|" + s.id + "|" + property + "|" + o.id + "|" + (c.negative ? "-" : "+") +
                           "|" + std::string(modality_name(c.modality)) + "|" +
                           std::to_string(c.evidence.begin) + "," + std::to_string(c.evidence.end);
    if (c.attributed_to >= 0) identity += "|" + res_.entities[static_cast<std::size_t>(c.attributed_to)].id;
    const Node iri = graph_.model.iri(Iri::trusted(base_ + "claim/" + stable_hash_hex(identity)));
    const Node& predicate = cg_term(property);
    state(iri, rdf("type"), cg_term("Claim"));
    state(iri, rdf("type"), rdf("Statement"));
    state(iri, rdf("subject"), entity_node(c.subject));
    state(iri, rdf("predicate"), predicate);
    state(iri, rdf("object"), entity_node(c.object));
    state(iri, cg_term("polarity"), cg_term(c.negative ? "Negative" : "Positive"));
    state(iri, cg_term("eventType"), cameo(event_code(c.property, s.type)));
    if (c.attributed_to >= 0) {
      state(iri, prov("wasAttributedTo"), entity_node(static_cast<std::uint32_t>(c.attributed_to)));
    }
    provenance(iri, c.modality, c.evidence);
    // The plain triple, so that the simplest query works; never for a
    // negative or unasserted claim.
    if (!c.negative && c.modality == Modality::Asserted) {
      state(entity_node(c.subject), predicate, entity_node(c.object));
    }
  }

  // A role is the article's own statement about a person (nobody in the
  // text is credited with it), so it has no prov:wasAttributedTo.
  void role(const Role& r) {
    const Entity& person = res_.entities[r.person];
    std::optional<Iri> in;
    if (r.organization >= 0) in = entity_iri(static_cast<std::uint32_t>(r.organization));
    else if (!r.known_organization.empty()) in = known_entity(r.known_organization);
    const std::string identity = key_ + "|" + person.id + "|" + fold_key(r.title) + "|" + (in ? in->str() : "");
    const Node iri = graph_.model.iri(Iri::trusted(base_ + "role/" + stable_hash_hex(identity)));
    state(entity_node(r.person), cg_term("holdsRole"), iri);
    state(iri, rdf("type"), cg_term("Role"));
    state(iri, cg_term("roleTitle"), english(r.title));
    if (in) state(iri, cg_term("roleIn"), *in);
    provenance(iri, Modality::Asserted, r.evidence);
  }

  // A quote is attributed to its speaker: the text names who said it.
  void quote(const Quote& q) {
    const std::string text(doc_.slice(q.text));
    const std::string identity = key_ + "|" + std::to_string(q.text.begin) + "," + std::to_string(q.text.end) +
                                 "|" + res_.entities[q.speaker].id;
    const Node iri = graph_.model.iri(Iri::trusted(base_ + "quote/" + stable_hash_hex(identity)));
    state(iri, rdf("type"), cg_term("Quote"));
    state(iri, cg_term("speaker"), entity_node(q.speaker));
    state(iri, prov("wasAttributedTo"), entity_node(q.speaker));
    if (q.addressee >= 0) state(iri, cg_term("addressee"), entity_node(static_cast<std::uint32_t>(q.addressee)));
    state(iri, cg_term("text"), english(text));
    provenance(iri, Modality::Asserted, q.text);
  }

  // An event is the article's report, attributed to whoever the article
  // says reported it.
  void event(const Event& e) {
    const std::string identity = key_ + "|" + std::to_string(e.evidence.begin) + "," +
                                 std::to_string(e.evidence.end) + "|" + (e.protest ? "protest" : "event");
    const Node iri = graph_.model.iri(Iri::trusted(base_ + "event/" + stable_hash_hex(identity)));
    state(iri, rdf("type"), cg_term("Event"));
    if (e.protest) state(iri, rdf("type"), cg_term("Protest"));
    if (e.place >= 0) state(iri, cg_term("eventPlace"), entity_node(static_cast<std::uint32_t>(e.place)));
    if (e.killed) state(iri, cg_term("killed"), Literal::non_negative(*e.killed));
    if (e.reported_by >= 0) {
      state(iri, prov("wasAttributedTo"), entity_node(static_cast<std::uint32_t>(e.reported_by)));
    }
    provenance(iri, Modality::Asserted, e.evidence);
  }

  // One mention of an entity (a name, a description or a pronoun) as a NIF
  // phrase identifying it.
  void mention(const Reference& r) {
    if (r.first >= r.last || r.last > seg_.tokens.size()) return;
    const Span span{seg_.tokens[r.first].span.begin, seg_.tokens[r.last - 1].span.end};
    const Node iri = evidence(span);
    state(iri, rdf("type"), nif("Phrase"));
    state(iri, itsrdf("taIdentRef"), entity_node(r.entity));
  }

  const Document& doc_;
  const Segmentation& seg_;
  const Resolution& res_;
  const Extraction& ext_;
  const Knowledge& k_;
  const GraphOptions& options_;
  std::string base_;
  std::string key_;  ///< The article's identity in every IRI minted for it.
  ArticleGraph graph_;
  Iri article_;
  Node in_article_;  ///< The article: its node, and the name of its graph.
  Node in_entities_;
  std::vector<Node> entity_nodes_;
  std::unordered_set<std::uint64_t> written_evidence_;
};

}  // namespace

std::string article_key(const Document& doc) {
  if (doc.url.empty() && doc.date.empty() && doc.title.empty() && doc.external_id.empty()) return doc.id;
  return stable_hash_hex(doc.id + "|" + doc.url + "|" + doc.date + "|" + doc.title + "|" + doc.external_id);
}

Iri article_iri(const Iri& base, const Document& doc) { return Iri::trusted(base.str() + "article/" + article_key(doc)); }

Iri entities_graph_iri(const Iri& base) { return Iri::trusted(base.str() + "graph/entities"); }

ArticleGraph build_graph(const Document& doc, const Segmentation& seg, const Resolution& res, const Extraction& ext,
                         const Knowledge& knowledge, const GraphOptions& options, const World& world) {
  return GraphBuilder(doc, seg, res, ext, knowledge, options, world).run();
}

}  // namespace cg
