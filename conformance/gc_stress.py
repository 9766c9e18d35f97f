#!/usr/bin/env python3
"""Runs the conformance corpus under the collector's stress mode.

Every program of conformance/programs/*/*.go runs with GUST_GCSTRESS=N (a
collection at every N-th safepoint) in one JIT mode; its stdout and exit
code must equal the committed expectations (.out, .code), as without
stress. Programs marked .unsupported are skipped.

    python3 conformance/gc_stress.py target/release/gust [--mode off|always|auto]
        [--every N] [--timeout SECS] [FILTER...]

Prints one line per failure as it happens, then the counts, and exits 1 if
any program printed something else or crashed (timeouts are reported, not
failures: stress mode makes deep-stack programs quadratic).
"""
import argparse
import collections
import glob
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gust")
    ap.add_argument("--mode", default="off", choices=["off", "always", "auto"])
    ap.add_argument("--every", default="1", help="GUST_GCSTRESS value (default 1)")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("filters", nargs="*", help="only programs whose path contains one")
    a = ap.parse_intermixed_args()
    gust = os.path.abspath(a.gust)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
    progs = sorted(glob.glob(os.path.join(root, "*", "*.go")))
    if a.filters:
        progs = [p for p in progs if any(f in p for f in a.filters)]
    env = dict(os.environ, GUST_GCSTRESS=a.every)
    res = collections.defaultdict(list)
    for p in progs:
        base, name = p[:-3], os.path.relpath(p, root)
        if os.path.exists(base + ".unsupported"):
            res["skipped"].append(name)
            continue
        with open(base + ".out", "rb") as f:
            want_out = f.read()
        with open(base + ".code") as f:
            want_code = int(f.read().strip())
        try:
            r = subprocess.run([gust, "run", f"--jit={a.mode}", os.path.basename(p)],
                               cwd=os.path.dirname(p), capture_output=True,
                               timeout=a.timeout, env=env)
        except subprocess.TimeoutExpired:
            res["timeout"].append(name)
            continue
        if r.returncode == want_code and r.stdout == want_out:
            res["pass"].append(name)
            continue
        crashed = r.returncode < 0 or b"internal error" in r.stderr
        kind = "crash" if crashed else "wrong"
        res[kind].append(name)
        print(f"{kind}: {name}: exit {r.returncode} (want {want_code}); "
              f"stderr {r.stderr[:300]!r}", flush=True)
    print({k: len(v) for k, v in sorted(res.items())})
    if res["timeout"]:
        print("timeout:", " ".join(res["timeout"]))
    sys.exit(1 if res["wrong"] or res["crash"] else 0)


if __name__ == "__main__":
    main()
