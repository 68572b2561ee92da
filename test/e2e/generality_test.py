#!/usr/bin/env python3
"""Rules are general: no seven words in a row from an article (the example,
the gold articles, and the shared corpus when it is there) appear in src/
or data/. The gazetteer holds names, which are shorter than that."""
import glob
import os
import re

from harness import ROOT, SHARED_CORPUS, main

WORD = re.compile(r"[A-Za-z']+")
N = 7


def grams(text):
    words = [w.lower() for w in WORD.findall(text)]
    return {' '.join(words[i:i + N]) for i in range(len(words) - N + 1)}


def test_no_article_text_in_rules_or_code():
    articles = glob.glob(os.path.join(ROOT, 'examples', '*.txt')) + glob.glob(os.path.join(ROOT, 'test', 'gold', '**', '*.txt'), recursive=True)
    if os.path.isdir(SHARED_CORPUS):
        articles += glob.glob(os.path.join(SHARED_CORPUS, '*', '*.txt'))
    seen = set()
    for path in articles:
        seen |= grams(open(path, encoding='utf-8', errors='replace').read())
    assert len(seen) > 500  # the example alone gives about 700
    hits = []
    for top in ('src', 'data'):
        for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
            for f in files:
                path = os.path.join(dirpath, f)
                text = open(path, encoding='utf-8', errors='replace').read()
                if os.path.basename(dirpath) == 'gazetteer':
                    # The gazetteer holds names: a long name ("Organization for Security and
                    # Co-operation in Europe") may match, but only inside one name field.
                    fields = [n for line in text.splitlines() if not line.startswith('#')
                              for field in line.split('\t') for n in field.split('|')]
                    common = set().union(*(grams(n) for n in fields)) & seen
                    common -= set().union(*(grams(n) for n in fields if len(WORD.findall(n)) >= N))
                else:
                    common = grams(text) & seen
                if common:
                    hits.append(f'{os.path.relpath(path, ROOT)}: "{sorted(common)[0]}"')
    assert not hits, 'article text in rules or code:\n' + '\n'.join(hits)


def test_the_check_would_see_a_copied_sentence():
    text = 'The likes of Cuba and Russia remained loyal to Mr Maduro.'
    example = open(os.path.join(ROOT, 'examples', 'venezuela-2019.txt'), encoding='utf-8').read()
    assert grams(text) & grams(example)


main([test_no_article_text_in_rules_or_code, test_the_check_would_see_a_copied_sentence])
