#!/usr/bin/env python3
"""Batch conversion as CI and publishing pipelines use it: -j 2 gives the
same bytes as -j 1 (merged Turtle, --split, N-Quads); a batch with broken
inputs converts every good article and names exactly the bad ones;
directories and --glob; JSON Lines with metadata; --stats; the stance
network for Graphviz, rendered by dot; GNU parallel over JSON Lines shards
concatenating into one valid dataset; meson install into a temporary
prefix, and the installed program on the example."""
import glob
import json
import os
import re
import shutil
import subprocess

from harness import CLAIMGRAPH, EXAMPLE, PYTHON, ROOT, SHARED_CORPUS, TOOLS, claimgraph, main, read, run, tempdir, write

ARTICLES = (sorted(glob.glob(os.path.join(ROOT, 'test', 'batch', '*.txt'))) +
            sorted(glob.glob(os.path.join(ROOT, 'test', 'gold', 'dev', '*.txt'))) + [EXAMPLE])
LOAD_CHECK = os.path.join(TOOLS, 'load_check.py')


def sample():
    """The 50 batch articles, and every 12th corpus article when the corpus is there."""
    return ARTICLES + sorted(glob.glob(os.path.join(SHARED_CORPUS, '*', '*.txt')))[::12]


def article_nodes(turtle):
    return set(re.findall(r'<https://w3id.org/claimgraph/id/article/[0-9a-f]+>\n\ta nif:Context', turtle)) or \
        set(re.findall(r'<(https://w3id.org/claimgraph/id/article/[0-9a-f]+)> <http://www.w3.org/1999/02/22-rdf-syntax'
                       r'-ns#type> <http://schema.org/NewsArticle>', turtle))


def test_two_jobs_give_the_same_bytes_as_one():
    articles = sample()
    for fmt in ('turtle', 'nquads', 'dot'):
        one = claimgraph('-f', fmt, '-j', '1', *articles, check=0).stdout
        two = claimgraph('-f', fmt, '-j', '2', *articles, check=0).stdout
        assert one == two, fmt
        assert len(one) > 10000, fmt
    with tempdir() as d:
        claimgraph('--split', os.path.join(d, 'one'), '-j', '1', *articles, check=0)
        claimgraph('--split', os.path.join(d, 'two'), '-j', '2', *articles, check=0)
        names = sorted(os.listdir(os.path.join(d, 'one')))
        assert len(names) == len(articles) and names == sorted(os.listdir(os.path.join(d, 'two')))
        for n in names:
            assert read(os.path.join(d, 'one', n)) == read(os.path.join(d, 'two', n)), n


def test_the_merged_graph_holds_each_entity_once_and_every_article():
    out = claimgraph(*ARTICLES, check=0).stdout.decode()
    assert out.count('\n\ta cg:Country ;') == len(set(re.findall(r'\n(<[^>]*/entity/[a-z0-9-]+>)\n\ta cg:Country ;', out)))
    assert out.count('<https://w3id.org/claimgraph/id/entity/united-states>\n') == 1  # one subject block
    assert len(re.findall(r'\n<https://w3id.org/claimgraph/id/article/[0-9a-f]+>\n', out)) == len(ARTICLES)
    with tempdir() as d:
        path = write(os.path.join(d, 'merged.ttl'), out)
        proc = run([PYTHON, LOAD_CHECK, path])
        assert proc.returncode == 0, proc.stdout.decode()


def test_broken_inputs_are_named_and_the_rest_converts():
    with tempdir() as d:
        good = []
        for i, article in enumerate(ARTICLES[:6]):
            good.append(write(os.path.join(d, f'good-{i}.txt'), read(article)))
        invalid = write(os.path.join(d, 'invalid.txt'), b'A headline\n\nBrazil backs \xff Guaido.\n')
        empty = write(os.path.join(d, 'empty.txt'), b'')
        binary = write(os.path.join(d, 'binary.txt'), b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00')
        lines = [json.dumps({'id': 'feed-1', 'title': 'Peru backs Guaido', 'text': 'Peru backs Guaido.'}),
                 '{"id": "feed-2", "text": "Chile condemned Maduro.",',
                 json.dumps({'id': 'feed-3', 'text': 'Russia supports Maduro.'})]
        feed = write(os.path.join(d, 'feed.jsonl'), '\n'.join(lines) + '\n')
        unreadable = os.path.join(d, 'unreadable.txt')
        if os.geteuid() == 0:  # root reads anything: a link to nowhere cannot be read either
            os.symlink(os.path.join(d, 'nowhere'), unreadable)
        else:
            write(unreadable, 'Peru backs Guaido.')
            os.chmod(unreadable, 0)
        inputs = good[:3] + [invalid, empty, feed, unreadable, binary] + good[3:]
        out = os.path.join(d, 'out.ttl')
        proc = claimgraph('-o', out, '--stats', *inputs)
        assert proc.returncode == 1, proc.returncode
        errors = [l for l in proc.stderr.decode().splitlines() if not l.startswith('claimgraph: ') or
                  ': ' in l[len('claimgraph: '):] and 'articles converted' not in l and 'entities:' not in l and
                  'claims (' not in l]
        named = sorted(l.split(': ')[1].split(':')[0] for l in errors)
        assert named == sorted([invalid, empty, feed, unreadable, binary]), errors
        err = proc.stderr.decode()
        assert f'{invalid}:3:14: invalid UTF-8' in err, err
        assert f'{empty}: empty input' in err and f'{feed}:2: malformed JSON' in err, err
        assert f'{binary}:' in err and f'{unreadable}: cannot read' in err, err
        assert 'claimgraph: 8 articles converted, 5 failed' in err, err  # 6 files and 2 JSON lines
        text = read(out).decode()
        assert len(re.findall(r'\n<https://w3id.org/claimgraph/id/article/[0-9a-f]+>\n', text)) == 8
        assert 'Peru backs Guaido"@en' in text  # the JSON line's title is the headline
        # --strict stops at the first bad input.
        proc = claimgraph('--strict', *inputs)
        assert proc.returncode == 1 and proc.stderr.decode().count('\n') == 1, proc.stderr
        assert len(re.findall(r'\n<https://w3id.org/claimgraph/id/article/[0-9a-f]+>\n',
                              proc.stdout.decode())) == 3


def test_directories_are_walked_in_order_and_filtered():
    with tempdir() as d:
        os.makedirs(os.path.join(d, 'in', 'b', 'c'))
        write(os.path.join(d, 'in', 'z.txt'), 'Peru backs Guaido.')
        write(os.path.join(d, 'in', 'b', 'a.txt'), 'Chile condemned Maduro.')
        write(os.path.join(d, 'in', 'b', 'c', 'x.text'), 'Russia supports Maduro.')
        write(os.path.join(d, 'in', 'README.md'), 'not an article')
        write(os.path.join(d, 'in', '.draft.txt'), 'Cuba condemned Peru.')  # hidden: skipped
        os.symlink(os.path.join(d, 'in'), os.path.join(d, 'in', 'b', 'loop'))  # not followed
        out = os.path.join(d, 'out')
        proc = claimgraph('--split', out, os.path.join(d, 'in'))
        assert proc.returncode == 0, proc.stderr
        assert sorted(os.listdir(out)) == ['a.ttl', 'z.ttl']
        proc = claimgraph('--glob', '*.text', '-f', 'nquads', os.path.join(d, 'in'))
        assert proc.returncode == 0 and b'ns#supports' in proc.stdout and b'condemns' not in proc.stdout
        assert claimgraph('--glob', '*.none', os.path.join(d, 'in')).returncode == 1
        # Sorted by path: b/a.txt before z.txt.
        ordered = claimgraph('-f', 'ntriples', os.path.join(d, 'in'), check=0).stdout.decode()
        assert ordered.index('#condemns') < ordered.index('#supports')


def test_json_lines_carry_metadata_and_name_split_files():
    with tempdir() as d:
        feed = write(os.path.join(d, 'feed.jsonl'), '\n'.join(json.dumps(a) for a in [
            {'id': 'a1', 'url': 'https://example.org/a1', 'title': 'Peru and Guaido', 'date': '2019-01-24',
             'text': 'Peru backs Guaido.'},
            {'id': 'a/2', 'date': '2019-01-25T08:00:00Z', 'text': 'Chile condemned Maduro.'},
            {'id': 3, 'date': 'yesterday', 'url': 'not a url', 'text': 'Russia supports Maduro.'},
        ]) + '\n\n')
        out = os.path.join(d, 'out')
        proc = claimgraph('--split', out, feed)
        assert proc.returncode == 0, proc.stderr
        assert sorted(os.listdir(out)) == ['3.ttl', 'a1.ttl', 'feed-2.ttl']  # 'a/2' is no file name
        a1 = read(os.path.join(out, 'a1.ttl')).decode()
        assert 'schema:headline "Peru and Guaido"@en' in a1
        assert 'schema:datePublished "2019-01-24"^^xsd:date' in a1 and 'schema:url <https://example.org/a1>' in a1
        assert '"2019-01-25"^^xsd:date' in read(os.path.join(out, 'feed-2.ttl')).decode()
        err = proc.stderr.decode()
        assert f"{feed}:3: warning: date 'yesterday' is not YYYY-MM-DD; left out" in err, err
        assert f"{feed}:3: warning: url 'not a url' is not an absolute IRI; left out" in err, err
        # Two lines with the same text but their own ids are two articles.
        twins = write(os.path.join(d, 'twins.jsonl'), json.dumps({'id': 'x', 'title': 'A', 'text': 'Peru backs Guaido.'})
                      + '\n' + json.dumps({'id': 'y', 'title': 'B', 'text': 'Peru backs Guaido.'}) + '\n')
        merged = claimgraph(twins, check=0).stdout.decode()
        assert len(re.findall(r'\n<https://w3id.org/claimgraph/id/article/[0-9a-f]+>\n', merged)) == 2, merged
        # A feed or directory without articles is an error; so is a URL for many articles.
        empty = write(os.path.join(d, 'empty.jsonl'), '\n \n')
        proc = claimgraph(empty)
        assert proc.returncode == 1 and proc.stderr.decode() == f'claimgraph: {empty}: no articles (no JSON line)\n'
        proc = claimgraph('--source-url', 'https://example.org/x', feed)
        assert proc.returncode == 2 and 'many' in proc.stderr.decode()
        # The same from standard input with --jsonl.
        piped = claimgraph('--jsonl', '-f', 'nquads', stdin=read(feed), check=0).stdout
        assert piped == claimgraph('-f', 'nquads', feed, check=0).stdout


def test_json_lines_are_read_as_any_json_parser_reads_them():
    """Lines of strings and nulls take claimgraph's own reader, the rest
    nlohmann's: escapes, surrogate pairs, raw UTF-8, spacing, repeated keys
    and nulls must read as Python's json module reads them, and a line that
    is not JSON must fail the same way on both paths."""
    lines = [
        r'{"title": "Quote \"this\" and C:\\path \/ slash", "text": "Peru backs Guaido."}',
        r'{"title":"caf\u00e9 \ud83d\ude00 \u2014 end","text":"Peru backs Guaido.\nChile condemned Maduro."}',
        '{ "title" : "Caf\u00e9 raw: café ¿qué?" ,\t"text" : "Peru backs Guaido." }\r',
        r'{"title": "first", "title": "second wins", "text": "Peru backs Guaido."}',
        r'{"title": null, "url": null, "text": "Peru backs Guaido.", "extra": {"nested": [1, 2]}}',
        r'{"title": "tab\tand\r\nline", "id": 7, "text": "Peru backs Guaido."}',
        r'{"title": "bell\u0007 and \b back", "text": "Peru backs Guaido."}',  # not XML: spaces
    ]
    broken = [
        r'{"title": "lone \ud800 surrogate", "text": "x"}',
        '{"title": "raw \x01 control", "text": "x"}',
        r'{"text": "Peru backs Guaido."} trailing',
        r"{'text': 'single quotes'}",
        r'{"text": "unterminated}',
    ]
    headline = re.compile(r'<http://schema.org/headline> "((?:[^"\\]|\\.)*)"@en \.')
    unescape = {'"': '"', '\\': '\\', 'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f'}
    with tempdir() as d:
        for i, line in enumerate(lines):
            expected = json.loads(line)
            ours = claimgraph('--jsonl', '-f', 'ntriples', stdin=line.encode() + b'\n', check=0).stdout.decode()
            # The same object as Python writes it (ASCII with \u escapes, numbers kept).
            canonical = claimgraph('--jsonl', '-f', 'ntriples', stdin=json.dumps(expected).encode() + b'\n', check=0).stdout
            assert ours.encode() == canonical, (line, ours)
            found = headline.findall(ours)
            if expected.get('title') is None:
                assert not [h for h in found if h != 'Peru backs Guaido.'], (line, found)
            else:
                assert len(found) == 1, (line, found)
                decoded = re.sub(r'\\(.)', lambda m: unescape.get(m.group(1), m.group(1)), found[0]) if found else None
                title = ''.join(' ' if ord(c) < 0x20 and c not in '\t\n\r' else c for c in expected['title'])
                assert decoded == title, (line, found)
        for line in broken:
            feed = write(os.path.join(d, 'broken.jsonl'), line.encode() + b'\n')
            proc = claimgraph(feed)
            assert proc.returncode == 1, (line, proc.stderr)
            assert proc.stderr.decode().startswith(f'claimgraph: {feed}:1: malformed JSON: parse error'), \
                (line, proc.stderr)


def test_stats_count_articles_entities_and_claims():
    proc = claimgraph('--stats', EXAMPLE, check=0)
    err = proc.stderr.decode().splitlines()
    assert err[0] == 'claimgraph: 1 articles converted, 0 failed', err
    assert re.match(r'claimgraph: \d+ entities: .*Country \d+;.*Person \d+;', err[1]), err
    assert 'recognizes 3/3;' in err[2] and 'supports 11/0;' in err[2], err


def test_the_stance_network_renders_with_graphviz():
    dot = claimgraph('-f', 'dot', EXAMPLE, check=0).stdout.decode()
    assert dot == read(os.path.join(ROOT, 'examples', 'venezuela-2019.dot')).decode(), \
        'examples/venezuela-2019.dot is stale (scripts/update-expected)'
    assert '"united-states" -> "nicolas-maduro"' in dot and 'style=dashed' in dot
    assert 'label="not recognizes (1)"' in dot
    svg = run(['dot', '-Tsvg'], stdin=dot.encode(), check=0).stdout.decode()
    assert svg.count('<g id="node') == dot.count('[label=') and '<g id="edge' in svg
    committed = read(os.path.join(ROOT, 'examples', 'venezuela-2019.svg')).decode()
    assert committed.count('<g id="edge') == svg.count('<g id="edge')
    # Counts add up across articles: the same claim in two articles is one edge labelled (2);
    # the same article given twice is one article.
    with tempdir() as d:
        a = write(os.path.join(d, 'a.txt'), 'Peru backs Guaido.')
        b = write(os.path.join(d, 'b.txt'), 'Headline\n\nPeru backs Guaido again.')
        a_again = write(os.path.join(d, 'copy-of-a.txt'), 'Peru backs Guaido.')
        two = claimgraph('-f', 'dot', a, b, a_again, check=0).stdout.decode()
        assert '"peru" -> "juan-guaido" [color="#5aae61", fontcolor="#5aae61", label="supports (2)"];' in two, two


def test_gnu_parallel_over_json_lines_shards_makes_one_dataset():
    with tempdir() as d:
        articles = ARTICLES[:24]
        feed = write(os.path.join(d, 'all.jsonl'), ''.join(
            json.dumps({'id': f'a{i}', 'text': read(a).decode()}) + '\n' for i, a in enumerate(articles)))
        subprocess.run(['split', '-n', 'l/4', '--additional-suffix=.jsonl', feed, os.path.join(d, 'shard-')],
                       check=True)
        shards = sorted(glob.glob(os.path.join(d, 'shard-*.jsonl')))
        assert len(shards) == 4
        subprocess.run(['parallel', '--will-cite', '-j', '2', CLAIMGRAPH, '-q', '-f', 'nquads', '{}', '>', '{.}.nq',
                        ':::'] + shards, check=True, cwd=d)
        parts = sorted(glob.glob(os.path.join(d, 'shard-*.nq')))
        dataset = write(os.path.join(d, 'all.nq'), b''.join(read(p) for p in parts))
        proc = run([PYTHON, LOAD_CHECK, dataset])
        assert proc.returncode == 0 and f'in {len(articles) + 1} named graphs' in proc.stdout.decode(), \
            proc.stdout.decode()
        whole = claimgraph('-f', 'nquads', feed, check=0).stdout
        assert set(read(dataset).splitlines()) == set(whole.splitlines())


def test_meson_install_into_a_temporary_prefix():
    build = os.path.dirname(os.path.dirname(CLAIMGRAPH))
    with tempdir() as d:
        proc = run(['meson', 'install', '-C', build, '--destdir', d, '--no-rebuild', '--quiet'])
        assert proc.returncode == 0, proc.stderr.decode() + proc.stdout.decode()
        installed = glob.glob(os.path.join(d, '**', 'bin', 'claimgraph'), recursive=True)
        assert len(installed) == 1, installed
        prefix = os.path.dirname(os.path.dirname(installed[0]))
        for part in ('share/claimgraph/data/lexicon/relations.tsv', 'share/claimgraph/ontology/shapes.ttl',
                     'share/man/man1/claimgraph.1', 'include/claimgraph/claimgraph.hpp',
                     'include/claimgraph/graph/graph.hpp'):
            assert os.path.exists(os.path.join(prefix, part)), part
        assert glob.glob(os.path.join(prefix, 'lib', '**', 'pkgconfig', 'claimgraph.pc'), recursive=True)
        assert glob.glob(os.path.join(prefix, 'lib', '**', 'libclaimgraph.a'), recursive=True)
        out = run([installed[0], EXAMPLE], check=0).stdout
        assert out == read(os.path.join(ROOT, 'examples', 'venezuela-2019.ttl'))
        # It reads its data from the prefix: a broken installed lexicon is an error...
        with open(os.path.join(prefix, 'share/claimgraph/data/lexicon/relations.tsv'), 'a') as f:
            f.write('noproperty\t+\tS ~zzz O\n')
        proc = run([installed[0], EXAMPLE])
        assert proc.returncode == 2 and 'unknown property' in proc.stderr.decode(), proc.stderr
        # ...and --data points it elsewhere.
        assert run([installed[0], '--data', ROOT, EXAMPLE], check=0).stdout == out
        man = read(os.path.join(prefix, 'share/man/man1/claimgraph.1')).decode()
        assert man == claimgraph('--man', check=0).stdout.decode()


main([test_two_jobs_give_the_same_bytes_as_one, test_the_merged_graph_holds_each_entity_once_and_every_article,
      test_broken_inputs_are_named_and_the_rest_converts, test_directories_are_walked_in_order_and_filtered,
      test_json_lines_carry_metadata_and_name_split_files, test_json_lines_are_read_as_any_json_parser_reads_them,
      test_stats_count_articles_entities_and_claims,
      test_the_stance_network_renders_with_graphviz, test_gnu_parallel_over_json_lines_shards_makes_one_dataset,
      test_meson_install_into_a_temporary_prefix])
