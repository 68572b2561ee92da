#!/usr/bin/env python3
"""The mission's article: its expected output, its scores against the gold
annotation, and the SPARQL queries of examples/queries/ in Oxigraph."""
import glob
import os

from harness import EVAL, EXAMPLE, ROOT, TOOLS, claimgraph, main, run, tempdir, write


def test_output_matches_the_expected_turtle():
    out = claimgraph(EXAMPLE, check=0).stdout
    expected = open(os.path.join(ROOT, 'examples', 'venezuela-2019.ttl'), 'rb').read()
    assert out == expected, 'output differs from examples/venezuela-2019.ttl (scripts/update-expected regenerates it)'


def test_scores_meet_the_bars():
    with tempdir() as d:
        out = write(os.path.join(d, 'out.ttl'), claimgraph(EXAMPLE, check=0).stdout)
        proc = run([EVAL, '--show', '--min', 'claims.precision=0.9', '--min', 'claims.recall=0.8',
                    '--min', 'entities.recall=0.9', '--min', 'roles.recall=0.75', '--min', 'quotes.recall=0.75',
                    out, os.path.join(ROOT, 'test', 'gold', 'venezuela-2019.tsv')])
        print(proc.stdout.decode())
        assert proc.returncode == 0, 'a quality bar was missed'


def test_sparql_queries_give_their_expected_results():
    queries = sorted(glob.glob(os.path.join(ROOT, 'examples', 'queries', '*.rq')))
    assert len(queries) >= 5
    with tempdir() as d:
        out = write(os.path.join(d, 'out.ttl'), claimgraph(EXAMPLE, check=0).stdout)
        for q in queries:
            result = run(['node', os.path.join(TOOLS, 'sparql.js'), q, out], check=0).stdout
            expected = open(q[:-3] + '.tsv', 'rb').read()
            assert result == expected, f'{os.path.basename(q)}: got\n{result.decode()}'
            assert result.count(b'\n') >= 2, f'{os.path.basename(q)} returned no rows'


def test_the_negative_claim_is_never_a_plain_triple():
    ttl = claimgraph(EXAMPLE, '-f', 'ntriples', check=0).stdout.decode()
    for line in ttl.splitlines():
        assert not ('/entity/united-states>' in line.split(' ')[0] and '#recognizes>' in line
                    and 'nicolas-maduro' in line), line


main([test_output_matches_the_expected_turtle, test_scores_meet_the_bars,
      test_sparql_queries_give_their_expected_results, test_the_negative_claim_is_never_a_plain_triple])
