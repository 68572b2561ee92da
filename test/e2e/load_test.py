#!/usr/bin/env python3
"""Every output loads in serdi, rapper, rdflib and Oxigraph with the same
number of triples: the example in every format, and hostile input."""
import os

from harness import EXAMPLE, PYTHON, TOOLS, claimgraph, main, run, tempdir, write

LOAD_CHECK = os.path.join(TOOLS, 'load_check.py')

# Text that tries to break the syntax: quotes, backslashes, control and
# format characters, non-BMP characters, brackets and IRI delimiters inside
# names, a name that is only non-Latin letters.
HOSTILE = ('Attack on "quotes" \\ and <tags>\n\n'
           'President Jean-Luc O\'Brien-Müller of France said: "We \\"condemn\\" Ivan {Petrov} | ^ ` <now>," '
           'while Prime Minister 習近平 Zhang praised Россия. Tabs\there, NUL-free controls \x01\x1f\x7f, '
           'RTL \u202e text, emoji \U0001F600, combining e\u0301 and a lone CR\r in the middle.\n\n'
           '“Unclosed quotation by Ms Ana Ruiz-Gómez of the Ministry of <Foreign> Affairs (MFA)\n\n'
           'The MFA rejected the "plan" of Russia\'s Foreign Ministry, as did Brazil.')


def check(paths):
    proc = run([PYTHON, LOAD_CHECK, *paths])
    print(proc.stdout.decode())
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()


def every_format(source, directory):
    """Converts `source` to each output format; returns the files written."""
    return [write(os.path.join(directory, f'out.{ext}'), claimgraph('-f', fmt, source, check=0).stdout)
            for fmt, ext in (('turtle', 'ttl'), ('ntriples', 'nt'), ('nquads', 'nq'), ('trig', 'trig'))]


def test_example_loads_alike_in_every_format():
    with tempdir() as d:
        check(every_format(EXAMPLE, d))


def test_hostile_text_loads_alike():
    with tempdir() as d:
        check(every_format(write(os.path.join(d, 'hostile.txt'), HOSTILE), d))


def test_a_batch_with_other_bases_loads_alike():
    with tempdir() as d:
        a = write(os.path.join(d, 'a.txt'), 'Peru backs Guaido.')
        b = write(os.path.join(d, 'b.txt'), HOSTILE)
        out = write(os.path.join(d, 'batch.ttl'),
                    claimgraph('--base', 'http://example.org/news%20items/', EXAMPLE, a, b, check=0).stdout)
        check([out])


def test_the_checker_rejects_broken_rdf():
    with tempdir() as d:
        bad = write(os.path.join(d, 'bad.ttl'), '<http://a b> <http://p> "x" .\n')
        proc = run([PYTHON, LOAD_CHECK, bad])
        assert proc.returncode == 1, 'load_check accepted an IRI with a space'


if __name__ == '__main__':
    main([test_example_loads_alike_in_every_format, test_hostile_text_loads_alike,
          test_a_batch_with_other_bases_loads_alike, test_the_checker_rejects_broken_rdf])
