#!/usr/bin/env python3
"""Every article of the shared corpus converts without error, and every
output loads alike in the four parsers. Skipped when ../shared/corpus is
not there (the project builds and runs without it)."""
import glob
import os
import sys
import time

from harness import PYTHON, SHARED_CORPUS, SKIP, TOOLS, claimgraph, main, run, tempdir


def test_every_corpus_article_converts_and_loads():
    inputs = sorted(glob.glob(os.path.join(SHARED_CORPUS, '*', '*.txt')))
    assert len(inputs) >= 700, len(inputs)
    with tempdir() as d:
        # One output directory per folder: file names repeat across folders.
        outputs = []
        start = time.monotonic()
        for folder in sorted({os.path.dirname(p) for p in inputs}):
            files = sorted(glob.glob(os.path.join(folder, '*.txt')))
            out = os.path.join(d, os.path.basename(folder))
            proc = claimgraph('-d', out, *files)
            assert proc.returncode == 0, proc.stderr.decode()
            outputs += sorted(glob.glob(os.path.join(out, '*.ttl')))
        print(f'converted {len(inputs)} articles in {time.monotonic() - start:.2f}s')
        assert len(outputs) == len(inputs)
        proc = run([PYTHON, os.path.join(TOOLS, 'load_check.py'), '-q', *outputs])
        print(proc.stdout.decode()[-2000:])
        assert proc.returncode == 0


if not os.path.isdir(SHARED_CORPUS):
    print(f'skipped: {SHARED_CORPUS} is not there')
    sys.exit(SKIP)
main([test_every_corpus_article_converts_and_loads])
