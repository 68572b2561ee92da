#!/usr/bin/env python3
"""Quality on the development set (test/gold/dev): the bars of issue 3,
micro-averaged over all its articles: claims precision >= 0.85 and recall
>= 0.6; entities F1 >= 0.85; roles and quotes recall >= 0.6."""
import glob
import os

from harness import EVAL, ROOT, claimgraph, main, run, tempdir

BARS = ['claims.precision=0.85', 'claims.recall=0.6', 'entities.f1=0.85', 'roles.recall=0.6', 'quotes.recall=0.6']


def test_development_set_meets_the_bars():
    golds = sorted(glob.glob(os.path.join(ROOT, 'test', 'gold', 'dev', '*.tsv')))
    assert len(golds) >= 25, len(golds)
    folders = {os.path.basename(g).split('-')[0] for g in golds}
    assert folders == {'bbc', 'reuters', 'venezuela', 'world'}, folders
    with tempdir() as d:
        claimgraph('-q', '-d', d, *[g[:-4] + '.txt' for g in golds], check=0)
        pairs = []
        for g in golds:
            pairs += [os.path.join(d, os.path.basename(g)[:-4] + '.ttl'), g]
        args = [EVAL]
        for bar in BARS:
            args += ['--min', bar]
        proc = run(args + pairs)
        print(proc.stdout.decode())
        assert proc.returncode == 0, 'a quality bar was missed on the development set'


main([test_development_set_meets_the_bars])
