//! Benchmark runner: runs each program of `benches/programs/` as a separate
//! process in gust's tiers and, when installed, in real Go, Lua 5.4 and
//! LuaJIT, in one run, and prints each variant's wall time and peak RSS
//! with the ratios to Go. The variants of a program take turns, round by
//! round, so a noisy machine's slow phases hit them alike; a row shows the
//! median time and the largest peak RSS of its runs, and for gust the
//! longest collection pause (gust runs with `GUST_GCTRACE=1`).
//!
//! Usage:
//!
//! ```sh
//! cargo build --release && cargo run --release -p gust-benches -- [--runs N] [FILTER...]
//! ```
//!
//! Options: `--runs N` (rounds, default 3), `--gust-arg ARG` (repeatable,
//! passed to every `gust run` before the file), `--mem-cap SIZE` (address
//! space limit of each gust child, e.g. `6G`, `512M`, `none`; default 6 GiB),
//! `--timeout SECS` (a run taking longer is killed; default 300). A FILTER
//! keeps the programs whose name contains it. Children inherit the
//! environment, so `GOGC=off cargo run ...` reaches Go and any variable
//! gust reads reaches gust.
//!
//! gust runs as the release binary `target/release/gust` (found next to
//! this runner's executable; `cargo build --release` builds it):
//! `gust-off` is `--jit=off`, `gust-jit` is `--jit=always`, `gust` is the
//! default (`auto`). A program `name.go` may have a `name.lua` twin
//! computing the same result. Go programs are built once with `go build`
//! (`$GO` or `go` on PATH, GOTOOLCHAIN=local). Every variant's stdout must
//! agree with Go's (with gust's interpreter's without Go), or the row is
//! flagged. A variant that fails (exit status, signal, out of memory,
//! timeout) is reported as such in its row.
//!
//! Peak RSS is the child's `ru_maxrss` from `wait4` (Linux, KiB). A gust
//! child is forked (its memory cap is set between fork and exec), so its
//! peak includes the runner's own few MiB at the fork as a floor.

use std::ffi::OsString;
use std::fs::File;
use std::io::IsTerminal;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

const USAGE: &str = "usage: gust-benches [--runs N] [--gust-arg ARG]... [--mem-cap SIZE|none] [--timeout SECS] [FILTER...]
  (build gust first: cargo build --release)";

struct Args {
    runs: usize,
    filters: Vec<String>,
    gust_args: Vec<String>,
    /// Address-space limit of each gust child, in bytes.
    mem_cap: Option<u64>,
    timeout: Duration,
}

/// Parses `6G`, `6GiB`, `512M`, `100000K`, `1048576` (bytes); `none` or
/// `0` is no limit (`Ok(None)`).
fn parse_size(s: &str) -> Option<Option<u64>> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("none") || t == "0" {
        return Some(None);
    }
    let digits = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(digits);
    let num: f64 = num.parse().ok()?;
    let unit = unit.to_ascii_lowercase();
    let scale: u64 = match unit.trim_end_matches("ib").trim_end_matches('b') {
        "" => 1,
        "k" => 1 << 10,
        "m" => 1 << 20,
        "g" => 1 << 30,
        "t" => 1 << 40,
        _ => return None,
    };
    let bytes = num * scale as f64;
    (bytes >= 1.0 && bytes < u64::MAX as f64).then_some(Some(bytes as u64))
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        runs: 3,
        filters: vec![],
        gust_args: vec![],
        mem_cap: Some(6 << 30),
        timeout: Duration::from_secs(300),
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        let mut value = || it.next().ok_or(format!("{x} needs a value"));
        match x.as_str() {
            "--runs" => {
                let v = value()?;
                a.runs = v
                    .parse::<usize>()
                    .map_err(|_| format!("bad --runs {v}"))?
                    .max(1);
            }
            "--gust-arg" => a.gust_args.push(value()?),
            "--mem-cap" => {
                let v = value()?;
                a.mem_cap = parse_size(&v).ok_or(format!("bad --mem-cap {v}"))?;
            }
            "--timeout" => {
                let v = value()?;
                let s: f64 = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| *s > 0.0 && s.is_finite())
                    .ok_or(format!("bad --timeout {v}"))?;
                a.timeout = Duration::from_secs_f64(s);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            f if f.starts_with('-') => return Err(format!("unknown option {f}")),
            f => a.filters.push(f.to_string()),
        }
    }
    Ok(a)
}

/// One way to run a program: a command line, maybe under a memory cap.
struct Variant {
    name: String,
    program: PathBuf,
    args: Vec<OsString>,
    /// `RLIMIT_AS` for the child, in bytes.
    mem_cap: Option<u64>,
    /// gust: trace collections (`GUST_GCTRACE=1`) for the longest pause.
    gc_trace: bool,
}

/// One run of a variant.
struct Sample {
    wall: Duration,
    /// Peak resident set of the child, KiB.
    max_rss_kib: u64,
    /// The longest collection pause gust traced, ms.
    max_pause_ms: Option<f64>,
    stdout: String,
    /// Why the run failed (exit status, signal, out of memory, timeout).
    failure: Option<String>,
}

fn signal_name(sig: i32) -> String {
    match sig {
        libc::SIGABRT => "SIGABRT".into(),
        libc::SIGKILL => "SIGKILL".into(),
        libc::SIGSEGV => "SIGSEGV".into(),
        libc::SIGBUS => "SIGBUS".into(),
        libc::SIGILL => "SIGILL".into(),
        libc::SIGTERM => "SIGTERM".into(),
        n => format!("signal {n}"),
    }
}

fn fmt_size(bytes: u64) -> String {
    let b = bytes as f64;
    if b >= (1u64 << 30) as f64 {
        format!("{:.2} GiB", b / (1u64 << 30) as f64)
    } else {
        format!("{:.1} MiB", b / (1u64 << 20) as f64)
    }
}

/// Runs `v` once with stdout and stderr in files under `scratch`, and
/// reaps it with `wait4` for its peak RSS; kills it after `timeout`.
fn measure(prog: &str, v: &Variant, timeout: Duration, scratch: &Path) -> Result<Sample, String> {
    let (out_path, err_path) = (scratch.join("stdout"), scratch.join("stderr"));
    let out = File::create(&out_path).map_err(|e| e.to_string())?;
    let err = File::create(&err_path).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(&v.program);
    cmd.args(&v.args)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);
    if v.gc_trace {
        cmd.env("GUST_GCTRACE", "1");
    }
    if let Some(cap) = v.mem_cap {
        let lim = libc::rlimit {
            rlim_cur: cap as libc::rlim_t,
            rlim_max: cap as libc::rlim_t,
        };
        // SAFETY: the closure runs in the forked child before exec. It
        // only calls setrlimit (async-signal-safe) on a value captured by
        // copy, and builds its error from errno without allocating, so it
        // touches no lock or allocator state inherited from the parent.
        unsafe {
            cmd.pre_exec(move || {
                if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let start = Instant::now();
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", v.program.display()))?;
    let pid = child.id() as libc::pid_t;
    // The watchdog kills the child after `timeout` unless told it is done.
    // The child is only reaped after `done` is set under the lock, so the
    // pid the watchdog may kill is never reused by another process.
    let done = Arc::new((Mutex::new(false), Condvar::new()));
    let watchdog = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let (lock, cv) = &*done;
            let g = lock.lock().unwrap_or_else(|e| e.into_inner());
            let (g, _) = cv
                .wait_timeout_while(g, timeout, |d| !*d)
                .unwrap_or_else(|e| e.into_inner());
            if !*g {
                // SAFETY: kill takes plain integers; the child is not yet
                // reaped (see above), so `pid` is still ours.
                unsafe { libc::kill(pid, libc::SIGKILL) };
                return true;
            }
            false
        })
    };
    // Wait for the exit without reaping (WNOWAIT).
    loop {
        // SAFETY: siginfo_t is plain data; all-zero is a valid value.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t; WNOWAIT leaves
        // the child unreaped.
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if r == 0 {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waitid: {e}"));
        }
    }
    let wall = start.elapsed();
    {
        let (lock, cv) = &*done;
        *lock.lock().unwrap_or_else(|e| e.into_inner()) = true;
        cv.notify_one();
    }
    let timed_out = watchdog.join().unwrap_or(false);
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to overwrite.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `status` and `ru` are valid, writable locals; `pid` is our
    // unreaped child (std's `Child` is dropped without waiting on it).
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    drop(child);
    if r != pid {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let stdout =
        String::from_utf8_lossy(&std::fs::read(&out_path).unwrap_or_default()).into_owned();
    let stderr =
        String::from_utf8_lossy(&std::fs::read(&err_path).unwrap_or_default()).into_owned();
    let oom = stderr.contains("memory allocation of") || stderr.contains("out of memory");
    // `gc N: a->b MB, g MB goal, p ms pause, ...` lines (GUST_GCTRACE).
    let max_pause_ms = stderr
        .lines()
        .filter(|l| l.starts_with("gc "))
        .filter_map(|l| l.split(", ").find_map(|f| f.strip_suffix(" ms pause")))
        .filter_map(|p| p.parse::<f64>().ok())
        .reduce(f64::max);
    let failure = if timed_out {
        Some(format!("timeout after {timeout:?}"))
    } else if libc::WIFSIGNALED(status)
        || (libc::WIFEXITED(status) && libc::WEXITSTATUS(status) != 0)
    {
        let how = if libc::WIFSIGNALED(status) {
            signal_name(libc::WTERMSIG(status))
        } else {
            format!("exit {}", libc::WEXITSTATUS(status))
        };
        Some(match (oom, v.mem_cap) {
            (true, Some(cap)) => format!("out of memory (cap {}, {how})", fmt_size(cap)),
            (true, None) => format!("out of memory ({how})"),
            (false, _) if libc::WIFSIGNALED(status) && libc::WTERMSIG(status) == libc::SIGKILL => {
                "killed by SIGKILL (OOM killer?)".into()
            }
            _ => how,
        })
    } else {
        None
    };
    if let Some(f) = &failure {
        let first: Vec<&str> = stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(3)
            .collect();
        if !first.is_empty() {
            eprintln!("  {prog} {} failed ({f}): {}", v.name, first.join(" | "));
        }
    }
    Ok(Sample {
        wall,
        max_rss_kib: ru.ru_maxrss as u64,
        max_pause_ms,
        stdout,
        failure,
    })
}

/// A variant's result over the rounds: median time, largest peak RSS and
/// the last output, or the failed run's numbers and why it failed.
struct Summary {
    time: Duration,
    rss_kib: u64,
    /// The longest collection pause over the runs (gust only), ms.
    max_pause_ms: Option<f64>,
    stdout: String,
    failure: Option<String>,
}

/// Runs every variant once per round, `runs` rounds, interleaved so that
/// a slow phase of a noisy machine hits every variant alike. A variant
/// that fails is not run again.
fn run_interleaved(
    prog: &str,
    runs: usize,
    variants: &[Variant],
    timeout: Duration,
    scratch: &Path,
) -> Vec<Summary> {
    let mut samples: Vec<Vec<Sample>> = variants.iter().map(|_| vec![]).collect();
    let mut errors: Vec<Option<String>> = variants.iter().map(|_| None).collect();
    for _ in 0..runs {
        for (i, v) in variants.iter().enumerate() {
            let failed = errors[i].is_some() || samples[i].iter().any(|s| s.failure.is_some());
            if failed {
                continue;
            }
            match measure(prog, v, timeout, scratch) {
                Ok(s) => {
                    if let Some(prev) = samples[i].last() {
                        if s.failure.is_none() && prev.stdout != s.stdout {
                            eprintln!("  {prog} {}: output changed between runs", v.name);
                        }
                    }
                    samples[i].push(s)
                }
                Err(e) => errors[i] = Some(e),
            }
        }
    }
    samples
        .into_iter()
        .zip(errors)
        .map(|(mut s, err)| {
            if let Some(e) = err {
                return Summary {
                    time: Duration::ZERO,
                    rss_kib: 0,
                    max_pause_ms: None,
                    stdout: String::new(),
                    failure: Some(e),
                };
            }
            if let Some(bad) = s.iter().position(|s| s.failure.is_some()) {
                let f = s.swap_remove(bad);
                return Summary {
                    time: f.wall,
                    rss_kib: f.max_rss_kib,
                    max_pause_ms: f.max_pause_ms,
                    stdout: f.stdout,
                    failure: f.failure,
                };
            }
            let rss_kib = s.iter().map(|s| s.max_rss_kib).max().unwrap_or(0);
            let max_pause_ms = s.iter().filter_map(|s| s.max_pause_ms).reduce(f64::max);
            s.sort_by_key(|s| s.wall);
            let mid = s.swap_remove(s.len() / 2);
            Summary {
                time: mid.wall,
                rss_kib,
                max_pause_ms,
                stdout: mid.stdout,
                failure: None,
            }
        })
        .collect()
}

fn works(cmd: &str, arg: &str) -> bool {
    Command::new(cmd)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 {
        format!("{:.2}x", a / b)
    } else {
        "-".into()
    }
}

/// The first line where two outputs differ, for the report.
fn first_difference(a: &str, b: &str) -> String {
    let (mut la, mut lb) = (a.lines(), b.lines());
    for n in 1.. {
        match (la.next(), lb.next()) {
            (None, None) => break,
            (x, y) if x == y => continue,
            (x, y) => {
                return format!(
                    "line {n}: {:?} vs {:?}",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                )
            }
        }
    }
    "trailing whitespace".into()
}

fn main() {
    let args = parse_args().unwrap_or_else(|e| {
        eprintln!("gust-benches: {e}\n{USAGE}");
        std::process::exit(2);
    });
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let gust = exe_dir.join("gust");
    if !gust.is_file() {
        eprintln!(
            "gust-benches: no gust binary at {}; run `cargo build --release` first",
            gust.display()
        );
        std::process::exit(2);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("benches/programs")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .filter(|p| {
            let stem = p.file_stem().unwrap_or_default().to_string_lossy();
            args.filters.is_empty() || args.filters.iter().any(|f| stem.contains(f.as_str()))
        })
        .collect();
    programs.sort();
    let go_cmd = std::env::var("GO").unwrap_or_else(|_| "go".into());
    let go = works(&go_cmd, "version");
    let luas: Vec<&str> = ["lua5.4", "luajit"]
        .into_iter()
        .filter(|l| works(l, "-v"))
        .collect();
    let tmp = std::env::temp_dir().join(format!("gust-bench-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&tmp) {
        eprintln!("gust-benches: cannot create {}: {e}", tmp.display());
        std::process::exit(2);
    }
    if cfg!(debug_assertions) {
        eprintln!("warning: this is a debug build; run with --release for meaningful numbers");
    }
    println!(
        "gust = {} ; median wall time of {} interleaved runs, largest peak RSS (ru_maxrss)",
        gust.display(),
        args.runs
    );
    println!(
        "gust-off: --jit=off, gust-jit: --jit=always, gust: default (auto); gust args: [{}]; gust memory cap: {}",
        args.gust_args.join(" "),
        args.mem_cap.map(fmt_size).unwrap_or_else(|| "none".into())
    );
    if !go {
        println!("(no Go found: `{go_cmd} version` failed; set GO=/path/to/go)");
    }
    println!(
        "{:<16} {:<9} {:>9} {:>11} {:>8} {:>8}  note",
        "program", "variant", "time", "peak RSS", "time/go", "RSS/go"
    );
    // A progress line only where it can be overwritten (a terminal).
    let progress = std::io::stderr().is_terminal();
    let mut mismatches = 0;
    for p in programs {
        let name = p
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if progress {
            eprint!("running {name}...\r");
        }
        let gust_variant = |vname: &str, jit: Option<&str>| {
            let mut a: Vec<OsString> = vec!["run".into()];
            a.extend(jit.map(|j| format!("--jit={j}").into()));
            a.extend(args.gust_args.iter().map(OsString::from));
            a.push(p.clone().into());
            Variant {
                name: vname.into(),
                program: gust.clone(),
                args: a,
                mem_cap: args.mem_cap,
                gc_trace: true,
            }
        };
        let mut variants = vec![
            gust_variant("gust-off", Some("off")),
            gust_variant("gust-jit", Some("always")),
            gust_variant("gust", None),
        ];
        let bin = tmp.join(format!("{name}.bin"));
        let mut go_note = None;
        if go {
            let b = Command::new(&go_cmd)
                .env("GOTOOLCHAIN", "local")
                .arg("build")
                .arg("-o")
                .arg(&bin)
                .arg(&p)
                .output();
            match b {
                Ok(o) if o.status.success() => variants.push(Variant {
                    name: "go".into(),
                    program: bin.clone(),
                    args: vec![],
                    mem_cap: None,
                    gc_trace: false,
                }),
                Ok(o) => {
                    eprintln!(
                        "  go build failed: {}",
                        String::from_utf8_lossy(&o.stderr).trim()
                    );
                    go_note = Some("go build failed");
                }
                Err(e) => {
                    eprintln!("  go build: {e}");
                    go_note = Some("go build failed");
                }
            }
        }
        let lua_src = p.with_extension("lua");
        if lua_src.exists() {
            for l in &luas {
                variants.push(Variant {
                    name: l.to_string(),
                    program: l.into(),
                    args: vec![lua_src.clone().into()],
                    mem_cap: None,
                    gc_trace: false,
                });
            }
        }
        let results = run_interleaved(&name, args.runs, &variants, args.timeout, &tmp);
        let go_result = variants
            .iter()
            .position(|v| v.name == "go")
            .map(|i| &results[i])
            .filter(|r| r.failure.is_none());
        // The expected output: Go's, else gust's interpreter's.
        let (expected, expected_from) = match go_result {
            Some(g) => (Some(&g.stdout), "go"),
            None => (
                results
                    .first()
                    .filter(|r| r.failure.is_none())
                    .map(|r| &r.stdout),
                "gust-off",
            ),
        };
        if progress {
            eprint!("{:<40}\r", "");
        }
        for (v, r) in variants.iter().zip(&results) {
            let mut note = String::new();
            if let Some(f) = &r.failure {
                note = format!("FAILED: {f}");
            } else if let Some(e) = expected.filter(|e| **e != r.stdout) {
                mismatches += 1;
                note = format!("OUTPUT DIFFERS from {expected_from}");
                eprintln!(
                    "  {name} {}: output differs from {expected_from}: {}",
                    v.name,
                    first_difference(&r.stdout, e)
                );
            } else if let Some(p) = r.max_pause_ms {
                note = format!("max GC pause {p:.1} ms");
            }
            let (tr, rr) = match go_result {
                Some(g) if r.failure.is_none() => (
                    ratio(r.time.as_secs_f64(), g.time.as_secs_f64()),
                    ratio(r.rss_kib as f64, g.rss_kib as f64),
                ),
                _ => ("-".into(), "-".into()),
            };
            let (t, m) = if r.rss_kib == 0 && r.failure.is_some() {
                ("-".into(), "-".into())
            } else {
                (
                    format!("{:.3}s", r.time.as_secs_f64()),
                    fmt_size(r.rss_kib * 1024),
                )
            };
            println!(
                "{:<16} {:<9} {:>9} {:>11} {:>8} {:>8}  {note}",
                name, v.name, t, m, tr, rr
            );
        }
        if let Some(n) = go_note {
            println!(
                "{:<16} {:<9} {:>9} {:>11} {:>8} {:>8}  {n}",
                name, "go", "-", "-", "-", "-"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    if mismatches > 0 {
        eprintln!("{mismatches} variant(s) printed a different output");
        std::process::exit(1);
    }
}
