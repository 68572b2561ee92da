#!/usr/bin/env python3
"""What a linked-data publisher relies on: every output, one article at a
time and a batch merged into one graph, conforms to ontology/shapes.ttl under
a real SHACL engine (rdf-validate-shacl; both it and shacl-engine must find
every planted fault); every
evidence's anchor is the article's text between its offsets, counted in
code points; the domains and ranges the ontology declares hold; N-Quads and
TriG batches keep one named graph per article; and a claim's provenance can
be followed by SPARQL from the claim to the words, the article, the speaker
and the CAMEO concept. Runs on the example, hostile text, the 50-article
batch (test/batch, the development set and the example), and a sample of
the shared corpus when it is there (scripts/check-corpus does all of it)."""
import glob
import os
import unicodedata

from harness import (EXAMPLE, PYTHON, ROOT, SHARED_CORPUS, TOOLS, claimgraph, main, read, run, tempdir,
                     write)
from load_test import HOSTILE

SHAPES = os.path.join(ROOT, 'ontology', 'shapes.ttl')
ONTOLOGY = os.path.join(ROOT, 'ontology', 'claimgraph.ttl')
CAMEO = os.path.join(ROOT, 'ontology', 'cameo.ttl')
SHACL = os.path.join(TOOLS, 'shacl.js')
SPARQL = os.path.join(TOOLS, 'sparql.js')
BATCH = (sorted(glob.glob(os.path.join(ROOT, 'test', 'batch', '*.txt'))) +
         sorted(glob.glob(os.path.join(ROOT, 'test', 'gold', 'dev', '*.txt'))) + [EXAMPLE])
NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'


def corpus_sample(every=24):
    """Every `every`-th article of the shared corpus (30 of 720), if present."""
    articles = sorted(glob.glob(os.path.join(SHARED_CORPUS, '*', '*.txt')))
    return articles[::every]


def convert_each(articles, directory, *options):
    """One Turtle file per article (names made unique by position)."""
    outputs = []
    for i, article in enumerate(articles):
        out = os.path.join(directory, f'{i:03d}.ttl')
        write(out, claimgraph(*options, article, check=0).stdout)
        outputs.append((article, out))
    return outputs


def conforms(paths):
    proc = run(['node', SHACL, '--each', SHAPES, *paths])
    report = proc.stdout.decode()
    assert proc.returncode == 0, report[-3000:] + proc.stderr.decode()
    assert report.splitlines()[-1] == f'{len(paths)} graphs, {len(paths)} conform, 0 results', report


def test_outputs_conform_to_the_shapes():
    with tempdir() as d:
        hostile = write(os.path.join(d, 'hostile.txt'), HOSTILE)
        articles = BATCH + [hostile] + corpus_sample()
        plain = [out for _, out in convert_each(articles, d)]
        full_dir = os.path.join(d, 'full')
        os.mkdir(full_dir)
        full = [out for _, out in convert_each(articles, full_dir, '--mentions', '--include-text',
                                                '--date', '2019-01-24', '--source-url', 'https://example.org/a')]
        conforms(plain + full)
        # The batch merged into one graph, as a store sees it.
        merged = write(os.path.join(d, 'merged.ttl'), claimgraph('--mentions', *articles, check=0).stdout)
        conforms([merged])


def test_the_shapes_find_what_is_wrong():
    """Each planted fault gives the violation it should, in both engines."""
    good = claimgraph('--mentions', EXAMPLE, check=0).stdout.decode()
    faults = {
        'MinCountConstraintComponent': ('cg:polarity cg:Negative .', 'cg:modality cg:Asserted .'),
        'LessThanConstraintComponent': ('nif:beginIndex "1320"^^', 'nif:beginIndex "9999"^^'),
        'XoneConstraintComponent': ('cg:eventType cameo:054', 'cg:eventType cameo:051'),
        'PatternConstraintComponent': ('owl:sameAs wd:Q414', 'owl:sameAs <http://example.org/Q414>'),
        'EqualsConstraintComponent': ('cg:speaker <https://w3id.org/claimgraph/id/entity/luis-almagro>',
                                      'cg:speaker <https://w3id.org/claimgraph/id/entity/donald-tusk>'),
        'DatatypeConstraintComponent': ('cg:roleTitle "Defense Minister"@en', 'cg:roleTitle "Defense Minister"'),
        'ClosedConstraintComponent': ('cg:polarity cg:Positive .', 'cg:polarity cg:Positive ; cg:bogus 1 .'),
        'NodeConstraintComponent': ('rdf:subject <https://w3id.org/claimgraph/id/entity/russia>',
                                    'rdf:subject <https://w3id.org/claimgraph/id/entity/caracas>'),
        # An event that is neither a protest nor a count of deaths.
        'OrConstraintComponent': ('cg:killed "13"^^xsd:nonNegativeInteger ;', ''),
    }
    with tempdir() as d:
        for component, (before, after) in faults.items():
            assert before in good, before
            path = write(os.path.join(d, 'bad.ttl'), good.replace(before, after, 1))
            for engine in ('rdf-validate-shacl', 'shacl-engine'):
                proc = run(['node', SHACL, '--engine', engine, SHAPES, path])
                assert proc.returncode == 1, (engine, component, proc.stdout.decode())
                found = {line.split('\t')[4] for line in proc.stdout.decode().splitlines()[:-1]}
                assert component in found, (engine, component, found)


def evidence_of(ntriples):
    """{evidence IRI: {'beginIndex', 'endIndex', 'anchorOf'}} of N-Triples text, read by rdflib."""
    import rdflib
    graph = rdflib.Graph()
    graph.parse(data=ntriples, format='nt')
    found = {}
    for key in ('beginIndex', 'endIndex', 'anchorOf'):
        for s, o in graph.subject_objects(rdflib.URIRef(NIF + key)):
            found.setdefault(str(s), {})[key] = o.toPython() if key != 'anchorOf' else str(o)
    return found


def check_anchors(article, ntriples):
    text = unicodedata.normalize('NFC', read(article).decode('utf-8'))
    if text.startswith('\ufeff'):
        text = text[1:]
    evidence = evidence_of(ntriples)
    assert evidence, article
    for iri, e in evidence.items():
        if 'anchorOf' not in e:
            continue  # the article node itself
        b, end = e['beginIndex'], e['endIndex']
        assert iri.endswith(f'#char={b},{end}'), iri
        assert 0 <= b < end <= len(text), (article, iri)
        assert text[b:end] == e['anchorOf'], (article, iri, text[b:end], e['anchorOf'])
    return len(evidence)


def test_every_anchor_is_the_text_between_its_offsets_in_code_points():
    with tempdir() as d:
        # Characters outside the BMP and combining marks make code points,
        # UTF-16 units and bytes differ before the evidence.
        tricky = write(os.path.join(d, 'tricky.txt'),
                       'Emoji \U0001F600\U0001F1FA\U0001F1F8 and Cafe\u0301 news\n\n'
                       'The \U0001D54F band said Brazil backs Guaido. \u00abWe condemn the coup,\u00bb said '
                       'Foreign Minister Sergei Lavrov. Chile condemned Maduro \U0001F4A5 and Peru praised him.')
        checked = 0
        for article in BATCH + [tricky] + corpus_sample():
            out = claimgraph('--mentions', '-f', 'ntriples', article, check=0).stdout.decode()
            checked += check_anchors(article, out)
        assert checked > 1000, checked


def test_domains_and_ranges_hold():
    query = os.path.join(ROOT, 'test', 'integrity', 'domains-and-ranges.rq')
    with tempdir() as d:
        hostile = write(os.path.join(d, 'hostile.txt'), HOSTILE)
        out = write(os.path.join(d, 'batch.nq'),
                    claimgraph('--mentions', '--include-text', '-f', 'nquads', *BATCH, hostile, check=0).stdout)
        rows = run(['node', SPARQL, query, ONTOLOGY, CAMEO, out], check=0).stdout.decode().splitlines()
        assert rows[0].split('\t') == ['node', 'property', 'expected', 'problem'], rows[0]
        assert len(rows) == 1, '\n'.join(rows[:20])
        # The query sees a wrong domain and a wrong range.
        bad = write(os.path.join(d, 'bad.nq'), read(out).decode().replace(
            '<https://w3id.org/claimgraph/ns#roleTitle>', '<https://w3id.org/claimgraph/ns#text>', 1).replace(
            '<https://w3id.org/claimgraph/ns#eventType> <https://w3id.org/claimgraph/cameo/',
            '<https://w3id.org/claimgraph/ns#eventType> <https://w3id.org/claimgraph/nocameo/', 1))
        rows = run(['node', SPARQL, query, ONTOLOGY, CAMEO, bad], check=0).stdout.decode().splitlines()
        problems = sorted(r.split('\t')[3] for r in rows[1:])
        assert problems == ['domain', 'range'], rows


def test_a_50_article_batch_keeps_one_named_graph_per_article():
    assert len(BATCH) == 50, len(BATCH)
    with tempdir() as d:
        for fmt, ext in (('nquads', 'nq'), ('trig', 'trig')):
            path = write(os.path.join(d, f'batch.{ext}'), claimgraph('-f', fmt, *BATCH, check=0).stdout)
            proc = run([PYTHON, os.path.join(TOOLS, 'load_check.py'), path])
            report = proc.stdout.decode()
            assert proc.returncode == 0, report + proc.stderr.decode()
            # 50 articles and the shared graph of entity descriptions.
            assert 'in 51 named graphs' in report, report
            graphs = run(['node', SPARQL, os.path.join(ROOT, 'test', 'e2e', 'queries', 'graphs.rq'), path],
                         check=0).stdout.decode().splitlines()[1:]
            articles = [g for g in graphs if '/article/' in g.split('\t')[0]]
            assert len(articles) == 50 and all(int(g.split('\t')[1]) > 0 for g in articles), graphs
            assert [g.split('\t')[0] for g in graphs if '/article/' not in g] == \
                ['https://w3id.org/claimgraph/id/graph/entities'], graphs


def test_a_claims_provenance_chain_is_one_query():
    query = os.path.join(ROOT, 'examples', 'queries', 'provenance.rq')
    with tempdir() as d:
        out = write(os.path.join(d, 'out.trig'), claimgraph('-f', 'trig', EXAMPLE, check=0).stdout)
        rows = run(['node', SPARQL, query, CAMEO, out], check=0).stdout.decode().splitlines()
    header = rows[0].split('\t')
    assert len(rows) == 2, rows
    row = dict(zip(header, rows[1].split('\t')))
    assert row['subject'] == 'United States' and row['object'] == 'Nicolas Maduro', row
    assert row['property'] == 'recognizes' and row['polarity'] == 'negative', row
    assert row['attributedTo'] == 'Mike Pompeo' and row['cameo'] == '054', row
    assert row['anchor'] == 'United States does not recognize the Maduro regime', row
    assert row['headline'].startswith('US refuses to pull out of Venezuela'), row


main([test_outputs_conform_to_the_shapes, test_the_shapes_find_what_is_wrong,
      test_every_anchor_is_the_text_between_its_offsets_in_code_points, test_domains_and_ranges_hold,
      test_a_50_article_batch_keeps_one_named_graph_per_article, test_a_claims_provenance_chain_is_one_query])
