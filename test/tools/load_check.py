#!/usr/bin/env python3
"""Checks that RDF files load in four independent parsers with the same
number of distinct statements: serdi (Serd), rapper (Raptor), rdflib and
Oxigraph (npm, via oxigraph-count.js beside this script).

Usage: load_check.py [-q] FILE...   (syntax from the extension: .ttl .nt .nq)
Exit 0 when every file passes, 1 when any fails, 2 on bad usage.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTAX = {'.ttl': ('turtle', 'turtle', 'turtle'), '.nt': ('ntriples', 'ntriples', 'nt'),
          '.nq': ('nquads', 'nquads', 'nquads')}


def distinct_lines(command):
    proc = subprocess.run(command, capture_output=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:] or ['failed'])
    return len({line for line in proc.stdout.splitlines() if line.strip()})


def serdi(path, syntax):
    return distinct_lines(['serdi', '-i', syntax[0], '-o', 'nquads', path])


def rapper(path, syntax):
    return distinct_lines(['rapper', '-q', '-i', syntax[1], '-o', 'nquads', path, 'http://example.invalid/'])


def rdflib_counter():
    import rdflib

    def count(path, syntax):
        if syntax[2] == 'nquads':
            ds = rdflib.Dataset()
            ds.parse(path, format='nquads')
            return sum(len(g) for g in ds.graphs() if len(g))
        g = rdflib.Graph()
        g.parse(path, format=syntax[2])
        return len(g)
    return count


def main(argv):
    quiet = '-q' in argv
    files = [a for a in argv if a != '-q']
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        rdflib_count = rdflib_counter()
    except ImportError:
        print('load_check: python3-rdflib is not installed', file=sys.stderr)
        return 2
    node = subprocess.run(['node', os.path.join(HERE, 'oxigraph-count.js')] + files, capture_output=True, text=True)
    oxigraph = {}
    for line in node.stdout.splitlines():
        parts = line.split('\t')
        oxigraph[parts[0]] = parts[1] if parts[1] != 'ERROR' else 'ERROR ' + (parts[2] if len(parts) > 2 else '')
    failures = 0
    for path in files:
        syntax = SYNTAX.get(os.path.splitext(path)[1])
        if not syntax:
            print(f'FAIL {path}: unknown extension')
            failures += 1
            continue
        counts = {}
        for name, fn in (('serdi', serdi), ('rapper', rapper), ('rdflib', rdflib_count)):
            try:
                counts[name] = str(fn(path, syntax))
            except Exception as e:  # a parser's rejection, reported as such
                counts[name] = f'ERROR {e}'
        counts['oxigraph'] = oxigraph.get(path, 'ERROR no result')
        values = set(counts.values())
        if len(values) != 1 or any(v.startswith('ERROR') for v in values):
            failures += 1
            print(f'FAIL {path}: ' + ', '.join(f'{k} {v}' for k, v in counts.items()))
        elif not quiet:
            print(f'PASS {path}: {counts["serdi"]} statements in serdi, rapper, rdflib, oxigraph')
    print(f'load_check: {len(files) - failures} of {len(files)} files load alike in four parsers')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
