//! A long differential fuzzing campaign: random defer/panic/recover Go
//! programs run with gust's interpreter and JIT (and, every K-th case,
//! real Go).
//!
//! ```text
//! cargo run --release -p gust-conformance --bin fuzz -- --cases 100000 [--seed N] [--go-sample K] [--gc-stress N]
//! ```
//!
//! `--gc-stress N` runs every gust configuration (interpreter, JIT, mixed
//! tiers) with the collector collecting at every N-th safepoint and
//! compares each with the unstressed interpreter (and that with Go when
//! sampled). `GUST_GCSTRESS` in the environment is ignored: the fuzzer
//! sets `Engine::gc_stress` for each run.
//!
//! Each case runs in a worker process (this binary with `--check`), so a
//! crash or hang of native code is a failure like any other. Prints a
//! progress line every few seconds; each failing program is shrunk
//! (proptest's simplify/complicate walk, keeping failures of the same
//! kind) and written to `target/fuzz-failures/NNN.go` with the diff as a
//! trailing comment (and in `NNN.diff`). `--print` shows every program
//! and its outcome; `--file F.go` checks one saved program. Exits 1 if
//! anything failed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use gust_conformance::fuzz::{
    check_against_go, check_equivalent, check_gc_stress, go_available, jit_coverage,
    program_strategy, Coverage, GoProgram, Outcome,
};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

struct Args {
    cases: u64,
    seed: u64,
    go_sample: u64,
    /// Collect at every N-th safepoint (0: normal pacing).
    gc_stress: u32,
    out: PathBuf,
    print: bool,
    file: Option<PathBuf>,
    /// The worker mode (`--check F.go`, internal).
    check: Option<PathBuf>,
}

fn usage() -> ! {
    eprintln!(
        "usage: fuzz [--cases N] [--seed N] [--go-sample K] [--gc-stress N] [--out DIR] [--print] [--file F.go]"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut a = Args {
        cases: 1000,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        go_sample: 0,
        gc_stress: 0,
        out: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-failures"),
        print: false,
        file: None,
        check: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || it.next().unwrap_or_else(|| usage());
        match flag.as_str() {
            "--cases" => a.cases = val().parse().unwrap_or_else(|_| usage()),
            "--seed" => a.seed = val().parse().unwrap_or_else(|_| usage()),
            "--go-sample" => a.go_sample = val().parse().unwrap_or_else(|_| usage()),
            "--gc-stress" => a.gc_stress = val().parse().unwrap_or_else(|_| usage()),
            "--out" => a.out = PathBuf::from(val()),
            "--print" => a.print = true,
            "--file" => a.file = Some(PathBuf::from(val())),
            "--check" => a.check = Some(PathBuf::from(val())),
            // The worker's switch for its one Go comparison.
            "--go" => a.go_sample = 1,
            _ => usage(),
        }
    }
    a
}

/// The gust comparison of one case: the tiers, or the tiers under the
/// collector's stress mode `gc_stress` against the unstressed
/// interpreter. `Err` starts with the failure's [`Kind`] prefix.
fn check_gust(src: &str, gc_stress: u32) -> Result<Outcome, String> {
    match gc_stress {
        0 => check_equivalent(src).map_err(|d| format!("interpreter vs JIT {d}")),
        n => check_gc_stress(src, n).map_err(|d| format!("GC stress: interpreter vs {d}")),
    }
}

/// `--file F.go`: checks one program (a saved failure, say) and exits.
fn check_file(path: &Path, gc_stress: u32) -> ! {
    let src = read_source(path);
    let mut ok = true;
    match check_gust(&src, gc_stress) {
        Ok(o) => println!("gust configurations agree (exit {})", o.exit_code),
        Err(d) => {
            ok = false;
            println!("{d}");
        }
    }
    if go_available() {
        match check_against_go(&src, &go_dir()) {
            Ok(_) => println!("gust and Go agree"),
            Err(d) => {
                ok = false;
                println!("Go vs gust interpreter {d}");
            }
        }
        let _ = std::fs::remove_dir_all(go_dir());
    }
    std::process::exit(if ok { 0 } else { 1 })
}

fn read_source(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{}: {e}", path.display());
        std::process::exit(2)
    })
}

/// Where Go builds the programs of this process.
fn go_dir() -> PathBuf {
    std::env::temp_dir().join(format!("gust-fuzz-go-{}", std::process::id()))
}

/// `--check F.go [--go] [--print] [--gc-stress N]`, the worker the
/// campaign runs each case in: the problems go to stderr (exit 1),
/// `--print` shows the program and its outcome on stdout; exit 0 if all
/// agree.
fn worker(path: &Path, go: bool, print: bool, gc_stress: u32) -> ! {
    let src = read_source(path);
    let mut problems = Vec::new();
    match check_gust(&src, gc_stress) {
        Ok(o) if print => println!(
            "{src}// exit {}\n// stdout:\n{}// stderr:\n{}",
            o.exit_code,
            commented(&o.stdout, "//   "),
            commented(&o.stderr_filtered, "//   "),
        ),
        Ok(_) => {}
        Err(d) => problems.push(d),
    }
    if go {
        if let Err(d) = check_against_go(&src, &go_dir()) {
            problems.push(format!("Go vs gust interpreter {d}"));
        }
        let _ = std::fs::remove_dir_all(go_dir());
    }
    eprint!("{}", problems.join("\n"));
    std::process::exit(if problems.is_empty() { 0 } else { 1 })
}

/// `text`'s lines, each behind `prefix`.
fn commented(text: &str, prefix: &str) -> String {
    text.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

/// How a case failed: shrinking keeps only candidates that fail the
/// same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// gust rejected a generated program (a generator bug).
    Rejected,
    /// The interpreter and the JIT differ.
    Jit,
    /// A configuration under the collector's stress mode differs from
    /// the unstressed interpreter.
    Gc,
    /// gust and Go differ.
    Go,
    /// The worker crashed or hung (a signal, a Rust panic, a timeout).
    Crash,
}

/// A failed case.
struct Failure {
    kind: Kind,
    report: String,
}

/// Runs one case in a worker process, so that a crash in native code
/// (or a hang) is a reported failure, not the end of the campaign.
/// Returns the worker's stdout, or how it failed.
fn run_isolated(
    src: &str,
    dir: &Path,
    go: bool,
    print: bool,
    gc_stress: u32,
) -> Result<String, Failure> {
    let file = dir.join("case.go");
    let crash = |report: String| Failure {
        kind: Kind::Crash,
        report,
    };
    std::fs::write(&file, src)
        .map_err(|e| crash(format!("cannot write {}: {e}", file.display())))?;
    let exe = std::env::current_exe().map_err(|e| crash(format!("no worker: {e}")))?;
    let mut cmd = Command::new(exe);
    cmd.arg("--check").arg(&file);
    if go {
        cmd.arg("--go");
    }
    if print {
        cmd.arg("--print");
    }
    if gc_stress > 0 {
        cmd.arg("--gc-stress").arg(gc_stress.to_string());
    }
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| crash(format!("cannot start the worker: {e}")))?;
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    // Under GC stress, up to four runs of 40 s (`STRESS_TIMEOUT`).
    let limit = Duration::from_secs(match (go, gc_stress > 0) {
        (_, true) => 240,
        (true, false) => 180,
        (false, false) => 60,
    });
    let out = match rx.recv_timeout(limit) {
        Ok(Ok(out)) => out,
        Ok(Err(e)) => return Err(crash(format!("worker failed: {e}"))),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            return Err(crash(format!("timed out after {} s", limit.as_secs())));
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    match out.status.code() {
        Some(0) => Ok(stdout),
        Some(1) => {
            // The report's first line names the comparison; a Rust
            // panic of a run (reported as a crash outcome) may have
            // written its message before it.
            let kind = stderr.lines().find_map(|l| {
                if l.ends_with("gust rejected the program:") {
                    Some(Kind::Rejected)
                } else if l.starts_with("interpreter vs JIT") {
                    Some(Kind::Jit)
                } else if l.starts_with("GC stress") {
                    Some(Kind::Gc)
                } else if l.starts_with("Go vs gust") {
                    Some(Kind::Go)
                } else {
                    None
                }
            });
            let kind = kind.unwrap_or(Kind::Crash);
            Err(Failure {
                kind,
                report: stderr,
            })
        }
        _ => {
            let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            Err(crash(format!(
                "the worker crashed ({}):\n{}",
                out.status,
                tail.join("\n")
            )))
        }
    }
}

/// Shrinks a failing case (proptest's simplify/complicate walk): keeps
/// the simplest program that still fails the same way, within `steps`
/// checks. Returns it with its report and the number of checks made.
fn shrink<T: ValueTree<Value = GoProgram>>(
    tree: &mut T,
    first: Failure,
    check: impl Fn(&str) -> Result<String, Failure>,
    steps: usize,
) -> (String, Failure, usize) {
    let mut best = (tree.current().source(), first);
    let mut made = 0;
    if !tree.simplify() {
        return (best.0, best.1, made);
    }
    while made < steps {
        made += 1;
        let src = tree.current().source();
        let still = match check(&src) {
            Err(f) if f.kind == best.1.kind => Some(f),
            _ => None,
        };
        let more = match still {
            Some(f) => {
                best = (src, f);
                tree.simplify()
            }
            None => tree.complicate(),
        };
        if !more {
            break;
        }
    }
    (best.0, best.1, made)
}

/// Checks per shrink (a Go comparison takes a second or so each).
const SHRINK_STEPS: usize = 400;

fn main() {
    let args = parse_args();
    if let Some(f) = &args.check {
        worker(f, args.go_sample > 0, args.print, args.gc_stress);
    }
    if let Some(f) = &args.file {
        check_file(f, args.gc_stress);
    }
    let go = args.go_sample > 0 && go_available();
    if args.go_sample > 0 && !go {
        eprintln!("note: `go` is not on PATH; --go-sample ignored");
    }
    println!(
        "fuzz: {} cases, seed {}, go sample {}, gc stress {}",
        args.cases,
        args.seed,
        if go { args.go_sample } else { 0 },
        args.gc_stress
    );
    let mut seed = [0u8; 32];
    seed[..8].copy_from_slice(&args.seed.to_le_bytes());
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
    );
    let strategy = program_strategy();
    let work = std::env::temp_dir().join(format!("gust-fuzz-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&work) {
        eprintln!("{}: {e}", work.display());
        std::process::exit(2);
    }
    let start = Instant::now();
    let mut last = Instant::now();
    let (mut failures, mut go_runs, mut go_failures) = (0u64, 0u64, 0u64);
    let mut coverage = Coverage::default();
    for case in 0..args.cases {
        let mut tree = match strategy.new_tree(&mut runner) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("generation failed: {e}");
                continue;
            }
        };
        let src = tree.current().source();
        coverage += jit_coverage(&src);
        let with_go = go && (case + 1) % args.go_sample == 0;
        go_runs += with_go as u64;
        match run_isolated(&src, &work, with_go, args.print, args.gc_stress) {
            Ok(out) => print!("{out}"),
            Err(f) => {
                match f.kind {
                    Kind::Go => go_failures += 1,
                    _ => failures += 1,
                }
                println!("\ncase {case}: {:?} failure, shrinking...", f.kind);
                let with_go = f.kind == Kind::Go;
                let check = |src: &str| run_isolated(src, &work, with_go, false, args.gc_stress);
                let (src, f, steps) = shrink(&mut tree, f, check, SHRINK_STEPS);
                let n = failures + go_failures;
                let _ = std::fs::create_dir_all(&args.out);
                let base = args.out.join(format!("{n:03}"));
                let report = format!(
                    "{:?} failure (shrunk in {steps} checks)\n{}",
                    f.kind, f.report
                );
                let _ = std::fs::write(
                    base.with_extension("go"),
                    format!("{src}\n{}", commented(&report, "// ")),
                );
                let _ = std::fs::write(base.with_extension("diff"), &report);
                println!(
                    "case {case}: failure written to {}\n{report}",
                    base.with_extension("go").display()
                );
            }
        }
        if last.elapsed() >= Duration::from_secs(3) || case + 1 == args.cases {
            last = Instant::now();
            let secs = start.elapsed().as_secs_f64();
            println!(
                "[{:>6.1}s] {} cases, {} tier/GC mismatches or crashes, {}/{} Go mismatches, {:.1} cases/s, {}/{} functions JIT-eligible ({} lazy)",
                secs,
                case + 1,
                failures,
                go_failures,
                go_runs,
                (case + 1) as f64 / secs,
                coverage.eligible,
                coverage.total,
                coverage.lazy
            );
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    if failures + go_failures > 0 {
        std::process::exit(1);
    }
}
