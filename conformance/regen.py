#!/usr/bin/env python3
"""Regenerate the golden expectations of the gust conformance corpus.

Usage (from the repository root, with Go 1.27 on PATH):

    python3 conformance/regen.py [files...]

Without arguments every `.go` file under conformance/programs/ is processed;
otherwise only the given `.go` files (or directories, searched recursively).

For each program `<dir>/<name>.go` the script runs, from `<dir>`,

    GOTOOLCHAIN=local go build -o <tmpdir>/prog <name>.go

then runs the binary (cwd = `<dir>`, no arguments, stdin = /dev/null,
10 s timeout) and writes beside the program:

  <name>.out   exact stdout
  <name>.err   stderr, filtered: lines up to (not including) the first line
               matching `goroutine N [`; in kept lines every `0x[0-9a-f]+` is
               replaced by `0x?`; lines starting with `[signal ` or
               `runtime: ` are dropped. Always written (may be empty).
               Fatal runtime errors (`throw`: stack overflow, "panic while
               printing panic value", ...) print a `runtime stack:` section
               and `goroutine N gp=0x... m=... [running]:` headers instead;
               the filter also stops at the first line that is exactly
               `runtime stack:` or matches `goroutine N gp=`, so such a
               program's `.err` ends with `fatal error: ...` and a blank
               line, which is what the harness keeps when gust prints
               `fatal error: ...`, a blank line and `goroutine 1 [running]:`.
  <name>.code  exit code, decimal, followed by a newline

If `go build` fails, the program is a compile-error program: `.out` is
empty, `.code` is `1`, and `.err` holds the compiler's messages with the
`# command-line-arguments` header dropped and the `./<name>.go:` (or any
path ending in `<name>.go:`) prefix stripped, i.e. `line:col: message`.

If the program builds and its source contains the word `defer` (regex
`\bdefer\b`, comments included), the script also runs, from `<dir>`,

    GOTOOLCHAIN=local go build -gcflags=-d=defer -o <tmpdir>/prog2 <name>.go

and writes

  <name>.defer gc's defer-kind diagnostics (its stderr), normalized like
               compile errors: the `# command-line-arguments` header is
               dropped and the path prefix up to `<name>.go:` stripped, so
               each line reads `line:col: open-coded defer`,
               `line:col: stack-allocated defer` or
               `line:col: heap-allocated defer`. May be empty (e.g. the word
               only occurs in a comment). `gust run -d=defer <name>.go` must
               print the same lines with the `./<name>.go:` prefix.

A stale `<name>.defer` is deleted when the source no longer contains the
word `defer` or no longer builds.

Programs with a hand-written `<name>.unsupported` file (holding the
`line:col` gust must reject) are skipped.

The script is idempotent: files are rewritten only when their content
changes. It prints one line per program: `ok <name>`, `compile-error <name>`
(or `skip-unsupported <name>`, `TIMEOUT <name>`).
"""

import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(ROOT, "programs")
WORKERS = 2
TIMEOUT = 10

GOROUTINE_RE = re.compile(r"^goroutine \d+ \[")
# headers of fatal-error (throw) tracebacks, see the docstring
THROW_TRACE_RE = re.compile(r"^(runtime stack:$|goroutine \d+ gp=)")
DEFER_WORD_RE = re.compile(r"\bdefer\b")
HEX_RE = re.compile(r"0x[0-9a-f]+")


def go_env():
    env = dict(os.environ)
    env["GOTOOLCHAIN"] = "local"
    env.setdefault("GOFLAGS", "")
    return env


def filter_stderr(text):
    kept = []
    for line in text.splitlines(keepends=True):
        if GOROUTINE_RE.match(line) or THROW_TRACE_RE.match(line):
            break
        if line.startswith("[signal ") or line.startswith("runtime: "):
            continue
        kept.append(HEX_RE.sub("0x?", line))
    return "".join(kept)


def normalize_compile_errors(text, base):
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith("# command-line-arguments") or line.startswith("# "):
            continue
        idx = line.find(base + ":")
        if idx >= 0 and line[idx + len(base) + 1 : idx + len(base) + 2].isdigit():
            line = line[idx + len(base) + 1 :]
        out.append(line)
    return "".join(out)


def write_if_changed(path, content):
    try:
        with open(path, "r", encoding="utf-8", errors="surrogateescape", newline="") as f:
            if f.read() == content:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(content)


def remove_if_exists(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def decode(b):
    return b.decode("utf-8", errors="surrogateescape")


def process(path):
    directory, base = os.path.split(path)
    name = base[: -len(".go")]
    stem = os.path.join(directory, name)
    rel = os.path.relpath(path, PROGRAMS)
    if os.path.exists(stem + ".unsupported"):
        return "skip-unsupported " + rel
    env = go_env()
    with tempfile.TemporaryDirectory(prefix="gust-regen-") as tmp:
        exe = os.path.join(tmp, "prog")
        build = subprocess.run(
            ["go", "build", "-o", exe, base],
            cwd=directory,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        if build.returncode != 0:
            remove_if_exists(stem + ".defer")
            write_if_changed(stem + ".out", "")
            write_if_changed(stem + ".err", normalize_compile_errors(decode(build.stdout), base))
            write_if_changed(stem + ".code", "1\n")
            return "compile-error " + rel
        with open(path, "r", encoding="utf-8", errors="surrogateescape") as f:
            source = f.read()
        if DEFER_WORD_RE.search(source):
            dbuild = subprocess.run(
                ["go", "build", "-gcflags=-d=defer", "-o", exe + "2", base],
                cwd=directory,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            if dbuild.returncode != 0:
                raise RuntimeError("go build -gcflags=-d=defer failed for " + rel)
            write_if_changed(
                stem + ".defer", normalize_compile_errors(decode(dbuild.stderr), base)
            )
        else:
            remove_if_exists(stem + ".defer")
        try:
            run = subprocess.run(
                [exe],
                cwd=directory,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return "TIMEOUT " + rel
        code = run.returncode
        if code < 0:
            # killed by a signal; mirror the shell convention
            code = 128 - code
        write_if_changed(stem + ".out", decode(run.stdout))
        write_if_changed(stem + ".err", filter_stderr(decode(run.stderr)))
        write_if_changed(stem + ".code", "%d\n" % code)
        return "ok " + rel


def collect(args):
    files = []
    roots = args or [PROGRAMS]
    for a in roots:
        a = os.path.abspath(a)
        if os.path.isdir(a):
            for dirpath, _, names in os.walk(a):
                for n in names:
                    if n.endswith(".go"):
                        files.append(os.path.join(dirpath, n))
        elif a.endswith(".go") and os.path.isfile(a):
            files.append(a)
        else:
            print("not a .go file or directory: " + a, file=sys.stderr)
            sys.exit(2)
    return sorted(set(files))


def main():
    files = collect(sys.argv[1:])
    failed = False
    with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for line in pool.map(process, files):
            print(line, flush=True)
            if line.startswith("TIMEOUT"):
                failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
