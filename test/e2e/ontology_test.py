#!/usr/bin/env python3
"""Every cg: term the output uses is declared in ontology/claimgraph.ttl
with a label and a comment; stance properties carry the CAMEO codes of
DESIGN.md and link to the concepts of ontology/cameo.ttl with the same
notation; the ontology has a version IRI, licence and creator, and its
human-readable page is what the Turtle gives; the ontology files load in the
four parsers."""
import os
import re

from harness import EXAMPLE, PYTHON, ROOT, TOOLS, claimgraph, main, run, tempdir, write

CG = 'https://w3id.org/claimgraph/ns#'
ONTOLOGY = os.path.join(ROOT, 'ontology', 'claimgraph.ttl')
CAMEO_SCHEME = os.path.join(ROOT, 'ontology', 'cameo.ttl')
SHAPES = os.path.join(ROOT, 'ontology', 'shapes.ttl')
SKOS = 'http://www.w3.org/2004/02/skos/core#'
OWL = 'http://www.w3.org/2002/07/owl#'
DCTERMS = 'http://purl.org/dc/terms/'
RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
RDFS = 'http://www.w3.org/2000/01/rdf-schema#'

# DESIGN.md's table of stance properties and their CAMEO codes.
CAMEO = {'recognizes': {'054'}, 'supports': {'05'}, 'opposes': {'11'}, 'condemns': {'111'}, 'rejects': {'12'},
         'threatens': {'13'}, 'appealsTo': {'02'}, 'breaksRelationsWith': {'161'},
         'maintainsRelationsWith': {'04'}, 'expels': {'166'}, 'sanctions': {'163'}, 'praises': {'051'},
         'accuses': {'112'}, 'meetsWith': {'04'}, 'protestsAgainst': {'14'}, 'attacks': {'18', '19'}}


def ontology_triples(path=ONTOLOGY):
    nt = run(['serdi', '-i', 'turtle', '-o', 'ntriples', path], check=0).stdout.decode()
    triples = []
    for line in nt.splitlines():
        m = re.match(r'<([^>]*)> <([^>]*)> (.*) \.$', line)
        if m:
            triples.append(m.groups())
    return triples


def declared_terms():
    terms = {}
    for s, p, o in ontology_triples():
        if s.startswith(CG):
            terms.setdefault(s[len(CG):], set()).add(p)
    return terms


def used_terms(ntriples):
    return set(re.findall(r'<' + re.escape(CG) + r'([A-Za-z]+)>', ntriples))


HOSTILE = ('Russia, which backs Maduro, said the US will sanction Cuba. "We condemn the coup," said '
           'Foreign Minister Sergei Lavrov. Peru did not recognize Maduro; Chile threatened to expel his envoy.')


def test_every_term_in_the_output_is_declared_with_label_and_comment():
    terms = declared_terms()
    with tempdir() as d:
        src = write(os.path.join(d, 'a.txt'), HOSTILE)
        used = used_terms(claimgraph('-f', 'ntriples', EXAMPLE, src, check=0).stdout.decode())
    assert len(used) > 20, used
    for term in sorted(used):
        assert term in terms, f'cg:{term} is used but not declared'
        assert RDFS + 'label' in terms[term], f'cg:{term} has no rdfs:label'
        assert RDFS + 'comment' in terms[term], f'cg:{term} has no rdfs:comment'


def test_every_term_the_code_can_write_is_declared():
    terms = declared_terms()
    code = ''
    for name in ('graph/graph.cpp', 'extract/extract.cpp', 'knowledge/gazetteer.cpp', 'knowledge/relations.cpp'):
        code += open(os.path.join(ROOT, 'src', name), encoding='utf-8').read()
    written = set(re.findall(r'cg_term\("([A-Za-z]+)"\)', code))
    written |= set(re.findall(r'return "([A-Z][A-Za-z]+)";', code))           # modality names
    written |= set(re.findall(r'TypeName\{"([A-Za-z]+)"', code))              # entity classes
    written |= set(re.findall(r'\{Property::[A-Za-z]+, "([A-Za-z]+)"', code))  # stance properties
    assert len(written) > 30, written
    for term in sorted(written):
        assert term in terms, f'the code can write cg:{term}, which the ontology does not declare'


def test_stance_properties_carry_the_cameo_codes_of_the_design():
    codes = {}
    for s, p, o in ontology_triples():
        if p == CG + 'cameoCode':
            codes.setdefault(s[len(CG):], set()).add(o.strip('"'))
    assert codes == CAMEO, codes


def test_every_declared_term_has_a_label_and_a_comment():
    terms = declared_terms()
    assert len(terms) > 50, len(terms)
    for term, predicates in sorted(terms.items()):
        assert RDFS + 'label' in predicates and RDFS + 'comment' in predicates, f'cg:{term}'


def test_stance_properties_link_to_cameo_concepts_with_their_codes():
    scheme = ontology_triples(CAMEO_SCHEME)
    notation = {s: o.strip('"') for s, p, o in scheme if p == SKOS + 'notation'}
    concepts = {s for s, p, o in scheme if p == RDF_TYPE and o == f'<{SKOS}Concept>'}
    linked = {}
    for s, p, o in ontology_triples():
        if p == CG + 'cameoConcept':
            concept = o.strip('<>')
            assert concept in concepts, concept
            linked.setdefault(s[len(CG):], set()).add(notation[concept])
    assert linked == CAMEO, linked


def test_the_ontology_says_what_version_licence_and_creator_it_has():
    about = {p: o for s, p, o in ontology_triples() if s == 'https://w3id.org/claimgraph/ns'}
    version = claimgraph('--version', check=0).stdout.decode().split()[1]
    assert about[OWL + 'versionIRI'] == f'<https://w3id.org/claimgraph/ns/{version}>', (about, version)
    assert about[DCTERMS + 'license'].startswith('<http'), about
    assert DCTERMS + 'creator' in about, about


def test_the_ontology_page_is_generated_from_the_turtle():
    proc = run([PYTHON, os.path.join(ROOT, 'scripts', 'ontology-doc'), '--check'])
    assert proc.returncode == 0, proc.stderr.decode()
    page = open(os.path.join(ROOT, 'ontology', 'claimgraph.md'), encoding='utf-8').read()
    for term in declared_terms():
        assert f'`cg:{term}`' in page, term


def test_the_ontology_files_load_in_four_parsers():
    proc = run([PYTHON, os.path.join(TOOLS, 'load_check.py'), ONTOLOGY, CAMEO_SCHEME, SHAPES])
    assert proc.returncode == 0, proc.stdout.decode()


main([test_every_term_in_the_output_is_declared_with_label_and_comment, test_every_term_the_code_can_write_is_declared,
      test_stance_properties_carry_the_cameo_codes_of_the_design, test_every_declared_term_has_a_label_and_a_comment,
      test_stance_properties_link_to_cameo_concepts_with_their_codes,
      test_the_ontology_says_what_version_licence_and_creator_it_has,
      test_the_ontology_page_is_generated_from_the_turtle, test_the_ontology_files_load_in_four_parsers])
