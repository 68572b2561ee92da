#!/usr/bin/env python3
"""Hostile input: text from the open web that tries to break the converter
or its output. Each case asserts the exact outcome: which diagnostic, which
exit status, that the output parses (and, where it matters, in all four
parsers), that no IRI is made from raw text, and that memory grows linearly
with the input. Time is left to scripts/benchmark-scaling (no timed tests).

Under the sanitizer build (CLAIMGRAPH_SANITIZED=1, set by test/meson.build)
the large inputs are a tenth of their size: the checks are the same."""
import os
import re
import subprocess

from harness import CLAIMGRAPH, EXAMPLE, PYTHON, ROOT, TOOLS, claimgraph, main, read, run, tempdir, write

SANITIZED = os.environ.get('CLAIMGRAPH_SANITIZED') == '1'
SCALE = 10 if SANITIZED else 1
BASE = 'https://w3id.org/claimgraph/id/'
LIMIT = 64 * 1024 * 1024
# Namespaces an IRI of ours may start with besides the base (src/graph/vocabulary.hpp).
VOCABULARIES = ('https://w3id.org/claimgraph/ns#', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
                'http://www.w3.org/2000/01/rdf-schema#', 'http://www.w3.org/2002/07/owl#',
                'http://www.w3.org/2001/XMLSchema#', 'http://www.w3.org/2004/02/skos/core#',
                'http://www.w3.org/ns/prov#', 'http://schema.org/',
                'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
                'http://www.wikidata.org/entity/', 'http://www.w3.org/2005/11/its/rdf#',
                'https://w3id.org/claimgraph/cameo/')
MINTED_LOCAL = re.compile(r'^[A-Za-z0-9._~/#=,:-]*$')
NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'


def measured(args, stdin_path=None):
    """Runs claimgraph under GNU time; returns (status, stdout, stderr, peak
    resident KiB). (The rusage of a child forked from this process would
    count this process's own memory, which holds the large inputs.)"""
    with tempdir() as d:
        out_path, err_path, rss_path = (os.path.join(d, n) for n in ('out', 'err', 'rss'))
        stdin = open(stdin_path, 'rb') if stdin_path else subprocess.DEVNULL
        try:
            with open(out_path, 'wb') as out, open(err_path, 'wb') as err:
                status = subprocess.run(['/usr/bin/time', '-f', '%M', '-o', rss_path, CLAIMGRAPH, *args],
                                        stdin=stdin, stdout=out, stderr=err).returncode
        finally:
            if stdin_path:
                stdin.close()
        return status, read(out_path), read(err_path).decode(), int(read(rss_path).decode().split()[-1])


def diagnostics(stderr):
    return [line for line in stderr.splitlines() if line.startswith('claimgraph: ')]


def serdi_count(data, syntax='ntriples'):
    """Statements in `data`, read by serdi in strict mode (fails the test if it rejects them)."""
    proc = run(['serdi', '-l', '-i', syntax, '-o', 'ntriples', '-'], stdin=data)
    assert proc.returncode == 0, proc.stderr.decode('utf-8', 'replace')[:2000]
    return proc.stdout.count(b'\n')


def load_everywhere(source, directory, *options):
    """Converts `source` to the four formats; each must load alike in serdi,
    rapper, rdflib and Oxigraph (test/tools/load_check.py)."""
    paths = []
    for fmt, ext in (('turtle', 'ttl'), ('ntriples', 'nt'), ('nquads', 'nq'), ('trig', 'trig')):
        paths.append(write(os.path.join(directory, f'out.{ext}'), claimgraph(*options, '-f', fmt, source, check=0).stdout))
    proc = run([PYTHON, os.path.join(TOOLS, 'load_check.py'), *paths])
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()


def graph_of(turtle):
    """The Turtle output as an rdflib graph. (Not N-Triples: rdflib 6.1's
    N-Triples reader decodes the escaped backslash of a literal "\\u0000" as
    a NUL character; its Turtle reader, serdi, rapper and Oxigraph do not.)"""
    import rdflib
    g = rdflib.Graph()
    g.parse(data=turtle.decode('utf-8'), format='turtle')
    return g


def converted(directory, name, text, *options):
    """Writes `text` to NAME and converts it to Turtle, which must go without
    a diagnostic; returns the path and the graph."""
    path = write(os.path.join(directory, name), text)
    status, out, err, _ = measured(['-f', 'turtle', *options, path])
    assert status == 0 and diagnostics(err) == [], err
    return path, graph_of(out)


def assert_minted_iris_only(g, allowed=()):
    """Every IRI is under the base or a vocabulary, with a local part of slug characters."""
    import rdflib
    for triple in g:
        for node in triple:
            if not isinstance(node, rdflib.URIRef) or str(node) in allowed:
                continue
            iri = str(node)
            prefix = BASE if iri.startswith(BASE) else next((v for v in VOCABULARIES if iri.startswith(v)), None)
            assert prefix is not None, f'an IRI not of ours: <{iri}>'
            assert MINTED_LOCAL.match(iri[len(prefix):]), f'an IRI with raw text in it: <{iri}>'


def assert_anchors_exact(g, text):
    """Every NIF string's anchor is the text between its offsets (code points)."""
    import rdflib
    anchors = 0
    for s, _, anchor in g.triples((None, rdflib.URIRef(NIF + 'anchorOf'), None)):
        begin = int(g.value(s, rdflib.URIRef(NIF + 'beginIndex')))
        end = int(g.value(s, rdflib.URIRef(NIF + 'endIndex')))
        assert text[begin:end] == str(anchor), f'{s}: {text[begin:end]!r} != {str(anchor)!r}'
        anchors += 1
    return anchors


def stats(stderr):
    """The --stats lines: entities and claims."""
    lines = diagnostics(stderr)
    entities = next(line for line in lines if ' entities:' in line)
    claims = next(line for line in lines if ' claims (' in line)
    return int(entities.split()[1]), int(claims.split()[1]), entities, claims


def test_invalid_utf8_is_named_at_its_position_and_the_batch_goes_on():
    cases = {
        'lone-lead.txt': (b'Russia backs \xc3( Maduro.', '1:14: invalid UTF-8 (bytes 0xC3)'),
        'overlong.txt': (b'Line one.\nPeru \xc0\xaf Chile', '2:6: invalid UTF-8 (bytes 0xC0 0xAF)'),
        'surrogate.txt': (b'Cuba \xed\xa0\x80 backs Maduro.', '1:6: invalid UTF-8 (bytes 0xED 0xA0 0x80)'),
        'beyond-unicode.txt': (b'Iran \xf4\x90\x80\x80 said.', '1:6: invalid UTF-8 (bytes 0xF4 0x90 0x80 0x80)'),
        'truncated.txt': (b'Cafe Guaido \xe2\x82', '1:13: invalid UTF-8 (bytes 0xE2 0x82)'),
    }
    with tempdir() as d:
        paths = [write(os.path.join(d, name), data) for name, (data, _) in cases.items()]
        good = write(os.path.join(d, 'good.txt'), 'Russia supports Nicolas Maduro, the Kremlin said.')
        status, out, err, _ = measured(['-f', 'ntriples', *paths, good])
        assert status == 1, (status, err)
        expected = [f'claimgraph: {p}:{cases[os.path.basename(p)][1]}' for p in paths]
        assert diagnostics(err) == expected, (diagnostics(err), expected)
        assert serdi_count(out) > 0 and b'entity/russia>' in out


def test_nul_bytes_are_named_at_their_position():
    with tempdir() as d:
        path = write(os.path.join(d, 'nul.txt'), b'Headline\n\nRussia\x00supports Maduro.')
        status, out, err, _ = measured(['-f', 'ntriples', path])
        assert status == 1
        assert diagnostics(err) == [f'claimgraph: {path}:3:7: NUL byte in text (is this a binary file?)']
        assert out == b''


def test_utf16_and_utf32_files_are_named_by_their_byte_order_mark():
    text = 'Russia supports Nicolas Maduro.\n'
    cases = [('utf16le.txt', b'\xff\xfe' + text.encode('utf-16-le'), 'UTF-16LE', 'FF FE'),
             ('utf16be.txt', b'\xfe\xff' + text.encode('utf-16-be'), 'UTF-16BE', 'FE FF'),
             ('utf32le.txt', b'\xff\xfe\x00\x00' + text.encode('utf-32-le'), 'UTF-32LE', 'FF FE 00 00')]
    with tempdir() as d:
        paths = [write(os.path.join(d, name), data) for name, data, _, _ in cases]
        status, out, err, _ = measured(['-f', 'ntriples', *paths])
        assert status == 1
        assert diagnostics(err) == [
            f'claimgraph: {p}:1:1: text in {enc} (byte-order mark {mark}); claimgraph reads UTF-8: '
            f'convert it first (iconv -f {enc} -t UTF-8)' for p, (_, _, enc, mark) in zip(paths, cases)]
        assert out == b''
        # Converted as the message says, the file reads.
        utf8 = write(os.path.join(d, 'utf8.txt'), text)
        assert b'entity/russia>' in claimgraph('-f', 'ntriples', utf8, check=0).stdout


def test_crlf_and_lone_cr_read_as_lf():
    lf = read(EXAMPLE).decode('utf-8')
    with tempdir() as d:
        results = []
        for name, text in (('lf.txt', lf), ('crlf.txt', lf.replace('\n', '\r\n')), ('cr.txt', lf.replace('\n', '\r'))):
            path = write(os.path.join(d, name), text)
            status, out, err, _ = measured(['-f', 'turtle', '--stats', '--include-text', path])
            assert status == 0, err
            g = graph_of(out)
            assert assert_anchors_exact(g, text) > 20
            results.append(stats(err)[2:])
        assert results[0] == results[1] == results[2], results


def test_control_characters_become_spaces_and_offsets_stay():
    text = 'Controls\n\nRussia\x01supports\x1fNicolas Maduro.\x7f The US\x0b\x0crecognizes Juan Guaido\x1b[31m.\n'
    with tempdir() as d:
        import rdflib
        path, g = converted(d, 'controls.txt', text, '--include-text')
        strings = [str(o) for o in g.objects(None, rdflib.URIRef(NIF + 'isString'))]
        expected = re.sub('[\x00-\x08\x0b\x0c\x0e-\x1f]', ' ', text)  # DEL is allowed in RDF literals
        assert strings == [expected], strings
        assert_anchors_exact(g, expected)
        load_everywhere(path, d, '--include-text')


def test_injected_syntax_stays_literal():
    text = ('Turtle in the text\n\n'
            'The minister said "> . <x> <y> <z> ." and """ then @prefix ex: <http://evil.example/> . '
            'ex:a ex:b ex:c . _:b1 <http://evil.example/p> "v"^^<http://evil.example/t> . '
            'with \\u0000 and \\" and \\U0001F600 escapes.\n\n'
            'Russia condemned <http://evil.example/Maduro> as Nicolas Maduro} GRAPH <g> { said "} ."\n')
    with tempdir() as d:
        path, g = converted(d, 'injection.txt', text, '--include-text', '--mentions')
        assert_minted_iris_only(g)
        import rdflib
        assert [str(o) for o in g.objects(None, rdflib.URIRef(NIF + 'isString'))] == [text]
        assert_anchors_exact(g, text)
        load_everywhere(path, d, '--include-text', '--mentions')


def test_names_with_characters_not_allowed_in_iris():
    text = ('Odd names\n\n'
            'President Jean O<Brien> of France met Prime Minister Ana {Ruiz}|Gomez and Dr Zoe `Tick` \\Back. '
            'Mr Li^Wei%20 of the Foo&Bar Party said Russia backs Nicolas Maduro. '
            'Minister Émile Zola-Ça\u0301 and President Иван Петров spoke.\n')
    with tempdir() as d:
        path, g = converted(d, 'names.txt', text, '--mentions')
        assert_minted_iris_only(g)
        entities = {str(s) for t in g for s in t if str(s).startswith(BASE + 'entity/')}
        assert entities and all(re.match(re.escape(BASE) + r'entity/[a-z0-9-]+$', e) for e in entities), entities
        load_everywhere(path, d, '--mentions')


def test_unbalanced_and_nested_quotes():
    text = ('Quotes\n\n'
            '"He said \'Russia "supports" Maduro\' and left," Pompeo said. "Unbalanced quote. '
            '\u201cCurly \u2018nested\u2019 and \u201cdouble\u201d\u201d, said Mr Maduro. The US said "" and "\n\n'
            '"Another paragraph without an end\n\n'
            '\u201d Stray closing mark, then "a quote," said Secretary of State Mike Pompeo.\n')
    with tempdir() as d:
        import rdflib
        path, g = converted(d, 'quotes.txt', text, '--include-text')
        quotes = list(g.subjects(rdflib.RDF.type, rdflib.URIRef('https://w3id.org/claimgraph/ns#Quote')))
        assert quotes
        for q in quotes:
            said = str(g.value(q, rdflib.URIRef('https://w3id.org/claimgraph/ns#text')))
            assert said and said in text, said
        assert_anchors_exact(g, text)
        load_everywhere(path, d)


def test_a_sentence_naming_500_countries():
    names = [line.split('\t')[3] for line in read(os.path.join(ROOT, 'data', 'gazetteer', 'countries.tsv')).decode().splitlines()
             if line and not line.startswith('#')]
    subjects, objects = names[:250], names[::-1][:250]
    text = ('Summit\n\n' + ', '.join(subjects[:-1]) + ' and ' + subjects[-1] + ' condemned ' +
            ', '.join(objects[:-1]) + ' and ' + objects[-1] + '.\n')
    with tempdir() as d:
        path = write(os.path.join(d, 'countries.txt'), text)
        status, out, err, _ = measured(['-f', 'ntriples', '--stats', path])
        assert status == 0, err
        entities, claims, entity_line, _ = stats(err)
        assert entities == len(set(subjects) | set(objects)), entity_line
        assert entity_line.endswith(f'Country {entities};'), entity_line
        # Pairing every subject with every object would make 62,250 claims.
        assert claims <= 500, claims
        assert serdi_count(out) > 0


def test_a_sentence_without_full_stops_gives_claims_and_memory_linear_in_it():
    def run_with(repeats):
        with tempdir() as d:
            path = write(os.path.join(d, 'long.txt'), 'Russia condemned Cuba and ' * repeats + 'Peru.\n')
            status, out, err, rss = measured(['-f', 'ntriples', '--stats', path])
            assert status == 0, err
            assert serdi_count(out) > 0
            return stats(err)[1], rss
    small_claims, small_rss = run_with(2000 // SCALE)
    large_claims, large_rss = run_with(20000 // SCALE)
    assert large_claims <= 11 * small_claims, (small_claims, large_claims)
    assert large_rss <= 3 * small_rss, (small_rss, large_rss)


def memory_is_linear(small, large, factor, baseline):
    """Peak memory above the baseline grows at most 1.25 times as fast as the input."""
    assert large - baseline <= 1.25 * factor * max(small - baseline, 1024), (small, large, baseline)


def baseline_rss():
    with tempdir() as d:
        path = write(os.path.join(d, 'word.txt'), 'Hello\n')
        return measured(['-f', 'ntriples', path])[3]


def test_a_single_50_mb_line():
    corpus = b' '.join(read(p).replace(b'\n', b' ').replace(b'\r', b' ')
                       for p in sorted(os.path.join(ROOT, 'test', 'batch', f) for f in os.listdir(os.path.join(ROOT, 'test', 'batch')))
                       if p.endswith('.txt'))
    size = 50_000_000 // SCALE
    small = 1_000_000 // SCALE
    with tempdir() as d:
        def line_of(n, name):
            data = (corpus * (n // len(corpus) + 1))[:n]
            data = data[:data.rfind(b' ')]  # not in the middle of a character
            return write(os.path.join(d, name), data)
        small_path, large_path = line_of(small, 'small.txt'), line_of(size, 'large.txt')
        _, small_out, _, small_rss = measured(['-f', 'ntriples', small_path])
        status, out, err, large_rss = measured(['-f', 'ntriples', large_path])
        assert status == 0 and diagnostics(err) == [], err
        assert serdi_count(out) > 10 * serdi_count(small_out)
        memory_is_linear(small_rss, large_rss, size / small, baseline_rss())


def test_a_million_one_word_sentences():
    count = 1_000_000 // SCALE
    with tempdir() as d:
        small = write(os.path.join(d, 'small.txt'), 'Yes. ' * (count // 10))
        large = write(os.path.join(d, 'large.txt'), 'Yes. ' * count)
        _, _, _, small_rss = measured(['-f', 'ntriples', small])
        status, out, err, large_rss = measured(['-f', 'ntriples', '--stats', large])
        assert status == 0, err
        assert stats(err)[:2] == (0, 0)
        assert serdi_count(out) == 4  # the article: its type, context type and offsets
        memory_is_linear(small_rss, large_rss, 10, baseline_rss())


def test_input_over_the_size_limit_is_refused_unread():
    with tempdir() as d:
        big = os.path.join(d, 'big.txt')
        with open(big, 'wb') as f:
            f.truncate(LIMIT + 1)  # sparse: no disk used
        good = write(os.path.join(d, 'good.txt'), 'Russia supports Nicolas Maduro.')
        status, out, err, rss = measured(['-f', 'ntriples', big, good])
        assert status == 1
        assert diagnostics(err) == [f'claimgraph: {big}: input of {LIMIT + 1} bytes is larger than the '
                                    f'{LIMIT}-byte limit for one article']
        assert b'entity/russia>' in out
        assert rss < 4 * baseline_rss(), rss  # the file was not read
        # Through a pipe the size is unknown: reading stops one byte over.
        status, out, err, rss = measured(['-f', 'ntriples', '-'], stdin_path=big)
        assert status == 1
        assert diagnostics(err) == [f'claimgraph: <stdin>: input is larger than the {LIMIT}-byte limit for one article']
        assert rss < 3 * LIMIT // 1024 + baseline_rss(), rss  # KiB: the limit's bytes, as the string grows


def test_symlink_loops_and_dangling_links_in_input_directories():
    with tempdir() as d:
        tree = os.path.join(d, 'in')
        os.makedirs(os.path.join(tree, 'sub'))
        write(os.path.join(tree, 'sub', 'good.txt'), 'Russia supports Nicolas Maduro.')
        os.symlink('..', os.path.join(tree, 'sub', 'parent'))          # a directory loop: not followed
        os.symlink(tree, os.path.join(tree, 'sub', 'root'))
        os.symlink('b.txt', os.path.join(tree, 'a.txt'))               # a loop of file links
        os.symlink('a.txt', os.path.join(tree, 'b.txt'))
        os.symlink('missing.txt', os.path.join(tree, 'dangling.txt'))  # a link to nothing
        status, out, err, _ = measured(['-f', 'ntriples', tree])
        assert status == 1
        assert diagnostics(err) == [
            f'claimgraph: {tree}/a.txt: cannot read: Too many levels of symbolic links',
            f'claimgraph: {tree}/b.txt: cannot read: Too many levels of symbolic links',
            f'claimgraph: {tree}/dangling.txt: cannot read: No such file or directory'], diagnostics(err)
        assert out.count(b'entity/russia>') >= 1
        assert serdi_count(out) > 0


def test_a_full_output_device():
    status, out, err, _ = measured(['-o', '/dev/full', EXAMPLE])
    assert status == 2
    assert diagnostics(err) == ['claimgraph: /dev/full: cannot write: No space left on device']
    with open('/dev/full', 'wb') as full:
        proc = subprocess.run([CLAIMGRAPH, EXAMPLE], stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == 2
    assert diagnostics(proc.stderr.decode()) == ['claimgraph: standard output: cannot write: No space left on device']


def test_hostile_file_names_are_shown_escaped():
    with tempdir() as d:
        path = write(os.path.join(d, 'evil\x1b[31m\x07.txt'), b'\xc3(')
        status, _, err, _ = measured(['-f', 'ntriples', path])
        assert status == 1
        shown = path.replace('\x1b', '\\x1B').replace('\x07', '\\x07')
        assert diagnostics(err) == [f'claimgraph: {shown}:1:1: invalid UTF-8 (bytes 0xC3)'], diagnostics(err)


def test_json_lines_with_hostile_fields():
    lines = [
        '{"id": "nul", "text": "Russia\\u0000supports Maduro."}',
        '{"id": "iri", "url": "http://x.example/> <y> <z> .", "date": "2019-13-45", '
        '"title": "T\\u001b[31m", "text": "Russia supports Nicolas Maduro."}',
        b'{"id": "bytes", "text": "bad \xc3( byte"}'.decode('latin-1'),
        '{"id": "ok", "url": "https://example.org/a?b=c&d=%20", "text": "Cuba backs Nicolas Maduro."}',
    ]
    with tempdir() as d:
        path = os.path.join(d, 'feed.jsonl')
        with open(path, 'wb') as f:
            f.write(b'\n'.join(line.encode('latin-1') if line.startswith('{"id": "bytes"') else line.encode()
                               for line in lines) + b'\n')
        status, out, err, _ = measured(['-f', 'turtle', path])
        assert status == 1
        assert diagnostics(err) == [
            f'claimgraph: {path}:1:1:7: NUL byte in text (is this a binary file?)',
            f"claimgraph: {path}:2: warning: date '2019-13-45' is not YYYY-MM-DD; left out",
            f"claimgraph: {path}:2: warning: url 'http://x.example/> <y> <z> .' is not an absolute IRI; left out",
            f"claimgraph: {path}:3: malformed JSON: parse error at line 1, column 31: syntax error while parsing "
            f"value - invalid string: ill-formed UTF-8 byte; last read: '\"bad \\xC3('"], diagnostics(err)
        g = graph_of(out)
        assert_minted_iris_only(g, allowed=('https://example.org/a?b=c&d=%20',))
        import rdflib
        headlines = [str(o) for o in g.objects(None, rdflib.URIRef('http://schema.org/headline'))]
        assert headlines == ['T [31m'], headlines


main([test_invalid_utf8_is_named_at_its_position_and_the_batch_goes_on,
      test_nul_bytes_are_named_at_their_position,
      test_utf16_and_utf32_files_are_named_by_their_byte_order_mark,
      test_crlf_and_lone_cr_read_as_lf,
      test_control_characters_become_spaces_and_offsets_stay,
      test_injected_syntax_stays_literal,
      test_names_with_characters_not_allowed_in_iris,
      test_unbalanced_and_nested_quotes,
      test_a_sentence_naming_500_countries,
      test_a_sentence_without_full_stops_gives_claims_and_memory_linear_in_it,
      test_a_single_50_mb_line,
      test_a_million_one_word_sentences,
      test_input_over_the_size_limit_is_refused_unread,
      test_symlink_loops_and_dangling_links_in_input_directories,
      test_a_full_output_device,
      test_hostile_file_names_are_shown_escaped,
      test_json_lines_with_hostile_fields])
