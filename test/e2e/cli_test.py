#!/usr/bin/env python3
"""The command line as users meet it: options, standard input and output,
exit statuses, diagnostics that name file and position, batches that go on
after a bad input, outputs that are complete or absent."""
import os
import re
import subprocess

from harness import CLAIMGRAPH, EXAMPLE, claimgraph, main, read, tempdir, write

GOOD = 'Peru backs Guaido.\n'


def test_help_lists_every_option_and_exit_status():
    out = claimgraph('--help', check=0).stdout.decode()
    assert out.startswith('Usage: claimgraph [OPTIONS] [FILE|DIR|-]...')
    for flag in ('--output', '--split', '--format', '--base', '--jsonl', '--glob', '--jobs', '--include-text',
                 '--mentions', '--date', '--source-url', '--stats', '--strict', '--data', '--progress', '--quiet',
                 '--help', '--version'):
        assert flag in out, flag
    assert 'Exit status' in out


def test_version():
    assert claimgraph('--version', check=0).stdout.decode().startswith('claimgraph 0.')


def test_man_page_comes_from_the_same_definitions():
    man = claimgraph('--man', check=0).stdout.decode()
    assert man.startswith('.TH CLAIMGRAPH 1')
    help_text = claimgraph('--help', check=0).stdout.decode()
    flags = re.findall(r'^  (?:-\w \[ )?--([a-z-]+)', help_text, re.M)
    assert len(flags) >= 18, flags
    for flag in flags:
        assert '\\-\\-' + flag.replace('-', '\\-') in man, flag


def test_bad_usage_exits_2_with_one_line_and_no_output():
    cases = [['--bogus'], ['--format', 'rdfxml'], ['--base', 'not an iri/'], ['--base', 'http://example.org/x'],
             ['--base', 'http://example.org/a#b/'], ['-o', 'x.ttl', '-d', 'dir'], ['--output'],
             ['-j', '0'], ['-j', 'two'], ['--jobs', '999'], ['--glob'],
             ['--date', '2019-02-30'], ['--date', '24.01.2019'], ['--source-url', 'www.example.org/a b'],
             ['--source-url', 'relative/path'], ['--source-url', 'https://example.org/a', 'a.txt', 'b.txt']]
    for args in cases:
        proc = claimgraph(*args, stdin=b'')
        assert proc.returncode == 2, (args, proc.returncode)
        assert proc.stdout == b'', args
        err = proc.stderr.decode()
        assert err.startswith('claimgraph: ') and "Try 'claimgraph --help'" in err, (args, err)


def test_standard_input_to_standard_output():
    for args in ([], ['-']):
        proc = claimgraph(*args, stdin=GOOD.encode(), check=0)
        assert b'cg:supports' in proc.stdout
        assert proc.stdout.startswith(b'@prefix')


def test_empty_input_is_an_error_of_its_own():
    for empty in (b'', b' \n\t\n'):
        proc = claimgraph(stdin=empty)
        assert proc.returncode == 1, proc.returncode
        assert proc.stderr.decode() == 'claimgraph: <stdin>: empty input\n', proc.stderr


def test_bad_input_is_named_and_the_batch_goes_on():
    with tempdir() as d:
        a = write(os.path.join(d, 'a.txt'), GOOD)
        bad = write(os.path.join(d, 'bad.txt'), b'fine line\nab\xff\xfecd\n')
        c = write(os.path.join(d, 'c.txt'), 'Chile condemned Maduro.\n')
        proc = claimgraph(a, bad, c)
        assert proc.returncode == 1
        err = proc.stderr.decode()
        assert f'{bad}:2:3: invalid UTF-8 (bytes 0xFF)' in err, err
        assert err.count('\n') == 1, err
        assert b'cg:supports' in proc.stdout and b'cg:condemns' in proc.stdout
        assert proc.stdout.count(b'@prefix cg:') == 1


def test_missing_files_are_errors_of_their_own():
    with tempdir() as d:
        proc = claimgraph(os.path.join(d, 'nope.txt'), d, '-', '-', stdin=GOOD.encode())
        assert proc.returncode == 1
        err = proc.stderr.decode()
        assert err == (f'claimgraph: {d}/nope.txt: cannot read: No such file or directory\n'
                       f'claimgraph: {d}: no articles (no file ending in .txt or .jsonl)\n'
                       'claimgraph: <stdin>: standard input is given more than once\n'), err
        assert b'cg:supports' in proc.stdout  # the first '-' was read


def test_output_file_appears_whole_or_not_at_all():
    with tempdir() as d:
        out = os.path.join(d, 'graph.ttl')
        claimgraph('-o', out, EXAMPLE, check=0)
        assert read(out) == claimgraph(EXAMPLE, check=0).stdout
        # Every input bad: no file, and an existing one is left as it was.
        write(out, 'old')
        bad = write(os.path.join(d, 'bad.txt'), b'\xc0\xaf')
        assert claimgraph('-o', out, bad).returncode == 1
        assert read(out) == b'old'
        assert sorted(os.listdir(d)) == ['bad.txt', 'graph.ttl']


def test_devices_and_links_are_written_in_place():
    # -o /dev/null must not rename a file over the device.
    proc = claimgraph('-o', '/dev/null', stdin=GOOD.encode())
    assert proc.returncode == 0, proc.stderr
    assert os.path.exists('/dev/null') and not os.path.isfile('/dev/null')
    with tempdir() as d:
        target = write(os.path.join(d, 'target.ttl'), 'old')
        link = os.path.join(d, 'link.ttl')
        os.symlink(target, link)
        assert claimgraph('-o', link, stdin=GOOD.encode()).returncode == 0
        assert os.path.islink(link) and b'cg:supports' in read(target)


def test_unwritable_output_exits_2_and_leaves_nothing():
    with tempdir() as d:
        proc = claimgraph('-o', os.path.join(d, 'missing', 'x.ttl'), EXAMPLE)
        assert proc.returncode == 2 and 'cannot write' in proc.stderr.decode()
        assert os.listdir(d) == []
    if os.path.exists('/dev/full'):
        with open('/dev/full', 'wb') as full:
            proc = subprocess.run([CLAIMGRAPH, EXAMPLE], stdout=full, stderr=subprocess.PIPE)
        assert proc.returncode == 2, proc.returncode
        assert 'standard output: cannot write: No space left on device' in proc.stderr.decode()


def test_output_dir_writes_one_file_per_input():
    with tempdir() as d:
        a = write(os.path.join(d, 'a.txt'), GOOD)
        os.mkdir(os.path.join(d, 'sub'))
        a2 = write(os.path.join(d, 'sub', 'a.txt'), GOOD)
        b = write(os.path.join(d, 'b.txt'), 'Chile condemned Maduro.\n')
        out = os.path.join(d, 'out')
        proc = claimgraph('-d', out, '-f', 'nquads', a, b, a2)
        assert proc.returncode == 1 and 'already wrote a.nq' in proc.stderr.decode()
        assert sorted(os.listdir(out)) == ['a.nq', 'b.nq']
        assert b'cg:' not in read(os.path.join(out, 'a.nq'))  # N-Quads has no prefixes


def test_same_input_same_bytes():
    first = claimgraph(EXAMPLE, check=0).stdout
    second = claimgraph(EXAMPLE, check=0).stdout
    assert first == second
    with tempdir() as d:
        copy = write(os.path.join(d, 'copy.txt'), read(EXAMPLE))
        assert claimgraph(copy, check=0).stdout == first  # the file name is not part of the graph


def test_nquads_puts_each_article_in_its_own_graph():
    with tempdir() as d:
        a = write(os.path.join(d, 'a.txt'), GOOD)
        out = claimgraph('-f', 'nquads', a, EXAMPLE, check=0).stdout.decode().splitlines()
        graphs = {line.rsplit(' ', 2)[-2] for line in out}
        articles = {g for g in graphs if g.startswith('<https://w3id.org/claimgraph/id/article/')}
        assert len(articles) == 2, graphs
        assert graphs - articles == {'<https://w3id.org/claimgraph/id/graph/entities>'}, graphs


def test_base_iri_is_used_for_every_instance():
    out = claimgraph('--base', 'https://example.org/kg/', stdin=GOOD.encode(), check=0).stdout.decode()
    assert '<https://example.org/kg/entity/peru>' in out
    assert 'w3id.org/claimgraph/id' not in out


def test_progress_goes_to_standard_error():
    with tempdir() as d:
        a = write(os.path.join(d, 'a.txt'), GOOD)
        proc = claimgraph('--progress', a, a, check=0)
        assert b'claimgraph: 2 articles' in proc.stderr, proc.stderr
        assert claimgraph('--progress', '--quiet', a, check=0).stderr == b''
        assert claimgraph(a, check=0).stderr == b''  # not a terminal


def test_a_closed_pipe_ends_quietly():
    proc = subprocess.run(f'"{CLAIMGRAPH}" "{EXAMPLE}" "{EXAMPLE}" "{EXAMPLE}" | head -c 10 > /dev/null; '
                          'echo "status ${PIPESTATUS[0]}"', shell=True, executable='/bin/bash', capture_output=True)
    assert proc.stdout.strip() == b'status 0', proc.stdout
    assert proc.stderr == b'', proc.stderr


def test_article_metadata_and_text_only_when_given():
    plain = claimgraph(stdin=GOOD.encode(), check=0).stdout.decode()
    assert 'nif:isString' not in plain and 'schema:datePublished' not in plain and 'schema:url' not in plain
    out = claimgraph('--include-text', '--date', '2019-01-24', '--source-url', 'https://example.org/news/1',
                     stdin=GOOD.encode(), check=0).stdout.decode()
    assert 'nif:isString """Peru backs Guaido.\n"""' in out, out
    assert 'schema:datePublished "2019-01-24"^^xsd:date' in out
    assert 'schema:url <https://example.org/news/1>' in out
    # The same text published elsewhere is another article, with IRIs of its own.
    other = claimgraph('--date', '2019-01-25', '--source-url', 'https://example.org/news/2',
                       stdin=GOOD.encode(), check=0).stdout.decode()
    article = lambda text: set(re.findall(r'<https://w3id.org/claimgraph/id/article/[0-9a-f]+>', text))
    assert article(out) and article(other) and not article(out) & article(other) and not article(plain) & article(out)


def test_trig_names_the_same_graphs_as_nquads():
    with tempdir() as d:
        a = write(os.path.join(d, 'a.txt'), GOOD)
        trig = claimgraph('-f', 'trig', a, EXAMPLE, check=0).stdout.decode()
        quads = claimgraph('-f', 'nquads', a, EXAMPLE, check=0).stdout.decode().splitlines()
        graphs = {line.rsplit(' ', 2)[-2] for line in quads}
        for g in graphs:
            assert g + ' {' in trig, g
        assert trig.count(' {\n') == len(graphs) + 1  # the shared graph once per article


main([test_help_lists_every_option_and_exit_status, test_version, test_man_page_comes_from_the_same_definitions,
      test_bad_usage_exits_2_with_one_line_and_no_output, test_standard_input_to_standard_output,
      test_empty_input_is_an_error_of_its_own, test_bad_input_is_named_and_the_batch_goes_on,
      test_missing_files_are_errors_of_their_own, test_output_file_appears_whole_or_not_at_all,
      test_unwritable_output_exits_2_and_leaves_nothing, test_output_dir_writes_one_file_per_input,
      test_same_input_same_bytes, test_nquads_puts_each_article_in_its_own_graph,
      test_base_iri_is_used_for_every_instance, test_progress_goes_to_standard_error, test_a_closed_pipe_ends_quietly,
      test_article_metadata_and_text_only_when_given, test_trig_names_the_same_graphs_as_nquads,
      test_devices_and_links_are_written_in_place])
