#!/usr/bin/env python3
"""Checks that RDF files load in four independent parsers with the same
number of distinct statements: serdi (Serd), rapper (Raptor), rdflib and
Oxigraph (npm, via oxigraph-count.js beside this script); for N-Quads and
TriG, also that rdflib and Oxigraph see the same named graphs.

Usage: load_check.py [-q] FILE...   (syntax from the extension: .ttl .nt .nq .trig)
Prints one line per file ("PASS FILE: N statements ... in G named graphs").
Exit 0 when every file passes, 1 when any fails, 2 on bad usage.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTAX = {'.ttl': ('turtle', 'turtle', 'turtle'), '.nt': ('ntriples', 'ntriples', 'nt'),
          '.nq': ('nquads', 'nquads', 'nquads'), '.trig': ('trig', 'trig', 'trig')}
QUADS = ('nquads', 'trig')


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
        """(statements, named graphs holding any)."""
        if syntax[2] in QUADS:
            ds = rdflib.Dataset()
            ds.parse(path, format=syntax[2])
            named = [g for g in ds.graphs() if len(g) and g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID]
            return sum(len(g) for g in ds.graphs() if len(g)), len(named)
        g = rdflib.Graph()
        g.parse(path, format=syntax[2])
        return len(g), 0
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
        oxigraph[parts[0]] = '\t'.join(parts[1:]) if parts[1] != 'ERROR' else 'ERROR ' + (parts[2] if len(parts) > 2 else '')
    failures = 0
    for path in files:
        syntax = SYNTAX.get(os.path.splitext(path)[1])
        if not syntax:
            print(f'FAIL {path}: unknown extension')
            failures += 1
            continue
        counts = {}
        graphs = {}
        for name, fn in (('serdi', serdi), ('rapper', rapper), ('rdflib', rdflib_count)):
            try:
                result = fn(path, syntax)
                if isinstance(result, tuple):
                    result, graphs[name] = result
                counts[name] = str(result)
            except Exception as e:  # a parser's rejection, reported as such
                counts[name] = f'ERROR {e}'
        ox = oxigraph.get(path, 'ERROR no result').split('\t')
        counts['oxigraph'] = ox[0]
        if len(ox) > 1:
            graphs['oxigraph'] = int(ox[1])
        values = set(counts.values())
        graph_counts = set(graphs.values())
        if len(values) != 1 or any(v.startswith('ERROR') for v in values) or len(graph_counts) > 1:
            failures += 1
            print(f'FAIL {path}: ' + ', '.join(f'{k} {v}' for k, v in counts.items()) +
                  (f'; named graphs: {graphs}' if len(graph_counts) > 1 else ''))
        elif not quiet:
            print(f'PASS {path}: {counts["serdi"]} statements in serdi, rapper, rdflib, oxigraph, '
                  f'in {graphs.get("oxigraph", 0)} named graphs')
    print(f'load_check: {len(files) - failures} of {len(files)} files load alike in four parsers')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
