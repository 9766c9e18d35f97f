//! A long differential fuzzing campaign: random defer/panic/recover Go
//! programs run with gust's interpreter and JIT (and, every K-th case,
//! real Go).
//!
//! ```text
//! cargo run --release -p gust-conformance --bin fuzz -- --cases 100000 [--seed N] [--go-sample K]
//! ```
//!
//! Prints a progress line every few seconds; each failing program is
//! written to `target/fuzz-failures/NNN.go` with the diff as a trailing
//! comment (and in `NNN.diff`). `--print` shows every program and its
//! outcome; `--file F.go` checks one saved program. Exits 1 if anything
//! failed.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use gust_conformance::fuzz::{
    check_against_go, check_equivalent, go_available, jit_coverage, program_strategy, Coverage,
};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

struct Args {
    cases: u64,
    seed: u64,
    go_sample: u64,
    out: PathBuf,
    print: bool,
    file: Option<PathBuf>,
}

fn usage() -> ! {
    eprintln!(
        "usage: fuzz [--cases N] [--seed N] [--go-sample K] [--out DIR] [--print] [--file F.go]"
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
        out: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-failures"),
        print: false,
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || it.next().unwrap_or_else(|| usage());
        match flag.as_str() {
            "--cases" => a.cases = val().parse().unwrap_or_else(|_| usage()),
            "--seed" => a.seed = val().parse().unwrap_or_else(|_| usage()),
            "--go-sample" => a.go_sample = val().parse().unwrap_or_else(|_| usage()),
            "--out" => a.out = PathBuf::from(val()),
            "--print" => a.print = true,
            "--file" => a.file = Some(PathBuf::from(val())),
            _ => usage(),
        }
    }
    a
}

/// `--file F.go`: checks one program (a saved failure, say) and exits.
fn check_file(path: &std::path::Path) -> ! {
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{}: {e}", path.display());
        std::process::exit(2)
    });
    let mut ok = true;
    match check_equivalent(&src) {
        Ok(o) => println!("interpreter and JIT agree (exit {})", o.exit_code),
        Err(d) => {
            ok = false;
            println!("interpreter vs JIT {d}");
        }
    }
    if go_available() {
        let dir = std::env::temp_dir().join(format!("gust-fuzz-go-{}", std::process::id()));
        match check_against_go(&src, &dir) {
            Ok(_) => println!("gust and Go agree"),
            Err(d) => {
                ok = false;
                println!("Go vs gust interpreter {d}");
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    std::process::exit(if ok { 0 } else { 1 })
}

fn main() {
    let args = parse_args();
    if let Some(f) = &args.file {
        check_file(f);
    }
    let go = args.go_sample > 0 && go_available();
    if args.go_sample > 0 && !go {
        eprintln!("note: `go` is not on PATH; --go-sample ignored");
    }
    println!(
        "fuzz: {} cases, seed {}, go sample {}",
        args.cases,
        args.seed,
        if go { args.go_sample } else { 0 }
    );
    let mut seed = [0u8; 32];
    seed[..8].copy_from_slice(&args.seed.to_le_bytes());
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
    );
    let strategy = program_strategy();
    let go_dir = std::env::temp_dir().join(format!("gust-fuzz-go-{}", std::process::id()));
    let start = Instant::now();
    let mut last = Instant::now();
    let (mut failures, mut go_runs, mut go_failures) = (0u64, 0u64, 0u64);
    let mut coverage = Coverage::default();
    for case in 0..args.cases {
        let tree = match strategy.new_tree(&mut runner) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("generation failed: {e}");
                continue;
            }
        };
        let src = tree.current().source();
        coverage += jit_coverage(&src);
        let mut problems = vec![];
        match check_equivalent(&src) {
            Ok(o) if args.print => println!(
                "// case {case}\n{src}// exit {}\n// stdout:\n{}// stderr:\n{}",
                o.exit_code,
                o.stdout
                    .lines()
                    .map(|l| format!("//   {l}\n"))
                    .collect::<String>(),
                o.stderr_filtered
                    .lines()
                    .map(|l| format!("//   {l}\n"))
                    .collect::<String>(),
            ),
            Ok(_) => {}
            Err(d) => {
                failures += 1;
                problems.push(format!("interpreter vs JIT {d}"));
            }
        }
        if go && (case + 1) % args.go_sample == 0 {
            go_runs += 1;
            match check_against_go(&src, &go_dir) {
                Ok(_) => {}
                Err(d) => {
                    go_failures += 1;
                    problems.push(format!("Go vs gust interpreter {d}"));
                }
            }
        }
        if !problems.is_empty() {
            let n = failures + go_failures;
            let _ = std::fs::create_dir_all(&args.out);
            let base = args.out.join(format!("{n:03}"));
            let report = problems.join("\n");
            let commented: String = report.lines().map(|l| format!("// {l}\n")).collect();
            let _ = std::fs::write(base.with_extension("go"), format!("{src}\n{commented}"));
            let _ = std::fs::write(base.with_extension("diff"), &report);
            println!(
                "\ncase {case}: failure written to {}\n{report}",
                base.with_extension("go").display()
            );
        }
        if last.elapsed() >= Duration::from_secs(3) || case + 1 == args.cases {
            last = Instant::now();
            let secs = start.elapsed().as_secs_f64();
            println!(
                "[{:>6.1}s] {} cases, {} JIT mismatches, {}/{} Go mismatches, {:.1} cases/s, {}/{} functions JIT-eligible ({} lazy)",
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
    let _ = std::fs::remove_dir_all(&go_dir);
    if failures + go_failures > 0 {
        std::process::exit(1);
    }
}
