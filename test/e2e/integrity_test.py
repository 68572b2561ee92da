#!/usr/bin/env python3
"""Integrity of the graph, checked by SPARQL in Oxigraph (test/integrity/*.rq
must return no rows): every evidence anchor is exactly the characters its
offsets name; negative and unasserted claims are never plain triples; claims
are well formed with a stance property; entities have one English label;
quotes and roles are complete. Run on the example, on hostile text, and on
the development articles. Each article's output (Turtle, with the article's
text) is loaded into a graph of its own."""
import glob
import os

from harness import EXAMPLE, ROOT, TOOLS, claimgraph, main, run, tempdir, write
from load_test import HOSTILE

QUERIES = sorted(glob.glob(os.path.join(ROOT, 'test', 'integrity', '*.rq')))
ONTOLOGY = os.path.join(ROOT, 'ontology', 'claimgraph.ttl')
CAMEO = os.path.join(ROOT, 'ontology', 'cameo.ttl')


def check(articles):
    """Converts each article to its own file and runs every query over them."""
    assert len(QUERIES) >= 5
    with tempdir() as d:
        claimgraph('--include-text', '--mentions', '-d', d, *articles, check=0)
        outputs = sorted(glob.glob(os.path.join(d, '*.ttl')))
        assert len(outputs) == len(articles)
        for q in QUERIES:
            out = run(['node', os.path.join(TOOLS, 'sparql.js'), '--graph-per-file', q, ONTOLOGY, CAMEO, *outputs],
                      check=0).stdout.decode()
            rows = out.splitlines()[1:]
            assert not rows, f'{os.path.basename(q)} found problems:\n' + '\n'.join(rows[:20])


def test_example_is_sound():
    check([EXAMPLE])


def test_hostile_text_is_sound():
    with tempdir() as d:
        check([write(os.path.join(d, 'hostile.txt'), HOSTILE)])


def test_development_articles_are_sound():
    check(sorted(glob.glob(os.path.join(ROOT, 'test', 'gold', 'dev', '*.txt'))))


def test_the_checks_see_a_broken_anchor():
    with tempdir() as d:
        good = claimgraph('--include-text', EXAMPLE, check=0).stdout.decode()
        bad = good.replace('nif:anchorOf "United States does not', 'nif:anchorOf "United Kingdom does not', 1)
        assert bad != good
        path = write(os.path.join(d, 'bad.ttl'), bad)
        q = os.path.join(ROOT, 'test', 'integrity', 'evidence-anchors.rq')
        out = run(['node', os.path.join(TOOLS, 'sparql.js'), q, path], check=0).stdout.decode()
        assert len(out.splitlines()) == 2, out


main([test_example_is_sound, test_hostile_text_is_sound, test_development_articles_are_sound,
      test_the_checks_see_a_broken_anchor])
