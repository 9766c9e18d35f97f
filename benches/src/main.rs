//! Benchmark runner: times each program of `benches/programs/` in gust's
//! tiers and, when installed, in real Go and Lua 5.4, in one run, and
//! prints medians and ratios. The variants of a program take turns, round
//! by round, so a noisy machine's slow phases hit them alike.
//!
//! Usage: `cargo run --release -p gust-benches -- [--runs N] [FILTER]`
//!
//! A program `name.go` may have a `name.lua` twin computing the same
//! result. Go programs are built once with `go build` (GOTOOLCHAIN=local).
//! Every tier's stdout must agree with gust's interpreter, or the row is
//! flagged.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use gust::{Engine, JitMode};
use std::io::IsTerminal;

struct Args {
    runs: usize,
    filter: Option<String>,
}

fn parse_args() -> Args {
    let mut a = Args {
        runs: 3,
        filter: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--runs" => a.runs = it.next().and_then(|n| n.parse().ok()).unwrap_or(3).max(1),
            "-h" | "--help" => {
                println!("usage: gust-benches [--runs N] [FILTER]");
                std::process::exit(0);
            }
            f => a.filter = Some(f.to_string()),
        }
    }
    a
}

/// A way to run one program: gust in a tier, Lua or a Go binary.
type Runner<'a> = Box<dyn FnMut() -> Result<String, String> + 'a>;

/// Runs every runner once per round, `runs` rounds, interleaved so that
/// a slow phase of a noisy machine hits every variant alike; gives each
/// its median wall time and last output, or its first error.
fn time_interleaved(
    runs: usize,
    runners: &mut [Runner],
) -> Vec<Result<(Duration, String), String>> {
    let mut times: Vec<Result<Vec<Duration>, String>> =
        runners.iter().map(|_| Ok(vec![])).collect();
    let mut outs = vec![String::new(); runners.len()];
    for _ in 0..runs {
        for (i, run) in runners.iter_mut().enumerate() {
            let Ok(ts) = &mut times[i] else { continue };
            let t = Instant::now();
            match run() {
                Ok(out) => {
                    ts.push(t.elapsed());
                    outs[i] = out;
                }
                Err(e) => times[i] = Err(e),
            }
        }
    }
    times
        .into_iter()
        .zip(outs)
        .map(|(t, out)| {
            let mut t = t?;
            t.sort();
            Ok((t[t.len() / 2], out))
        })
        .collect()
}

fn run_gust(path: &Path, mode: JitMode) -> Result<String, String> {
    let engine = Engine::new().jit(mode);
    let prog = engine.compile_file(path).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    engine
        .run_with_output(&prog, &[], &mut out, &mut std::io::sink())
        .map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn run_cmd(cmd: &mut Command) -> Result<String, String> {
    let o = cmd.output().map_err(|e| e.to_string())?;
    if !o.status.success() {
        return Err(format!(
            "exit {}: {}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
}

fn have(cmd: &str) -> bool {
    Command::new(cmd).arg("-v").output().is_ok()
        || Command::new(cmd).arg("version").output().is_ok()
}

fn fmt_secs(d: Option<Duration>) -> String {
    d.map(|d| format!("{:.3}s", d.as_secs_f64()))
        .unwrap_or_else(|| "-".into())
}

fn ratio(a: Option<Duration>, b: Option<Duration>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b.as_secs_f64() > 0.0 => {
            format!("{:.2}x", a.as_secs_f64() / b.as_secs_f64())
        }
        _ => "-".into(),
    }
}

fn main() {
    let args = parse_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("benches/programs")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .filter(|p| {
            args.filter
                .as_ref()
                .is_none_or(|f| p.to_string_lossy().contains(f.as_str()))
        })
        .collect();
    programs.sort();
    let go = have("go");
    let lua = Command::new("lua5.4").arg("-v").output().is_ok();
    let tmp = std::env::temp_dir().join(format!("gust-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&tmp);
    if cfg!(debug_assertions) {
        eprintln!("warning: this is a debug build; run with --release for meaningful numbers");
    }
    println!(
        "median of {} interleaved runs; gust-jit is --jit=always; ratios are time / time (lower is better for gust)",
        args.runs
    );
    println!(
        "{:<14} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8} {:>8}",
        "program", "gust-off", "gust-jit", "lua5.4", "go", "off/lua", "off/go", "jit/off", "jit/go"
    );
    // A progress line only where it can be overwritten (a terminal).
    let progress = std::io::stderr().is_terminal();
    for p in programs {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        if progress {
            eprint!("running {name}...\r");
        }
        let (lua_src, bin) = (p.with_extension("lua"), tmp.join(&name));
        let mut runners: Vec<Runner> = vec![
            Box::new(|| run_gust(&p, JitMode::Off)),
            Box::new(|| run_gust(&p, JitMode::Always)),
        ];
        let with_lua = lua && lua_src.exists();
        if with_lua {
            runners.push(Box::new(|| run_cmd(Command::new("lua5.4").arg(&lua_src))));
        }
        let with_go = go
            && Command::new("go")
                .env("GOTOOLCHAIN", "local")
                .arg("build")
                .arg("-o")
                .arg(&bin)
                .arg(&p)
                .status()
                .is_ok_and(|s| s.success());
        if with_go {
            runners.push(Box::new(|| run_cmd(&mut Command::new(&bin))));
        }
        let mut results = time_interleaved(args.runs, &mut runners).into_iter();
        let (off, jit) = (results.next().unwrap(), results.next().unwrap());
        let expected = off.as_ref().map(|r| r.1.clone()).ok();
        let check = |r: Result<(Duration, String), String>, what: &str| -> Option<Duration> {
            match r {
                Ok((d, out)) => {
                    if expected.as_ref().is_some_and(|e| *e != out) {
                        eprintln!("{name}: {what} output differs from gust's interpreter");
                    }
                    Some(d)
                }
                Err(e) => {
                    eprintln!("{name}: {what} failed: {e}");
                    None
                }
            }
        };
        let off_t = check(off, "gust-off");
        let jit_t = check(jit, "gust-jit");
        let lua_t = with_lua
            .then(|| check(results.next().unwrap(), "lua"))
            .flatten();
        let go_t = with_go
            .then(|| check(results.next().unwrap(), "go"))
            .flatten();
        if progress {
            eprint!("{:<40}\r", "");
        }
        println!(
            "{:<14} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8} {:>8}",
            name,
            fmt_secs(off_t),
            fmt_secs(jit_t),
            fmt_secs(lua_t),
            fmt_secs(go_t),
            ratio(off_t, lua_t),
            ratio(off_t, go_t),
            ratio(jit_t, off_t),
            ratio(jit_t, go_t)
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
