"""Shared helpers for the end-to-end tests: where things are, running the
real binaries, and a small test runner that prints one line per check.

Each test script is a meson test: argv[1] is the claimgraph binary,
argv[2] the claimgraph-eval binary, argv[3] the source root.
"""
import os
import subprocess
import sys
import tempfile
import traceback

CLAIMGRAPH, EVAL, ROOT = (os.path.abspath(p) for p in sys.argv[1:4])
TOOLS = os.path.join(ROOT, 'test', 'tools')
EXAMPLE = os.path.join(ROOT, 'examples', 'venezuela-2019.txt')
SHARED_CORPUS = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'corpus'))
PYTHON = '/usr/bin/python3' if os.path.exists('/usr/bin/python3') else sys.executable
SKIP = 77  # meson's exit status for a skipped test


def run(args, stdin=None, check=None, cwd=None):
    """Runs a command; returns CompletedProcess with bytes stdout/stderr."""
    proc = subprocess.run(args, input=stdin, capture_output=True, cwd=cwd)
    if check is not None and proc.returncode != check:
        raise AssertionError(f'{args[0]} exited {proc.returncode}, expected {check}\n'
                             f'stderr: {proc.stderr.decode("utf-8", "replace")}')
    return proc


def claimgraph(*args, stdin=None, check=None, cwd=None):
    return run([CLAIMGRAPH, *args], stdin=stdin, check=check, cwd=cwd)


def tempdir():
    return tempfile.TemporaryDirectory(prefix='claimgraph-test-')


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
    return path


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def main(tests):
    """Runs test functions; exit 1 if any fails."""
    failed = 0
    for test in tests:
        try:
            test()
            print(f'ok   {test.__name__}')
        except Exception:  # a failing check, reported with its traceback
            failed += 1
            print(f'FAIL {test.__name__}')
            traceback.print_exc()
    print(f'{len(tests) - failed} passed, {failed} failed')
    sys.exit(1 if failed else 0)
