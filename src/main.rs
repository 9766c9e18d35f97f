//! The `gust` command: run Go programs, print their bytecode.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use gust::{Engine, Error, JitMode};

/// gust runs Go programs (a subset of Go) on a bytecode VM with an x86-64
/// JIT, behaving as `go run` does.
#[derive(Parser)]
#[command(name = "gust", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a Go program, like `go run FILE.go [args...]`.
    Run {
        /// When to compile functions to native code: off, auto or always.
        #[arg(long, default_value = "auto", value_name = "MODE")]
        jit: JitMode,
        /// Under `--jit=auto`, the calls plus loop back edges that make a
        /// function hot enough to compile.
        #[arg(long, value_name = "N", default_value_t = gust::HOT_CALLS)]
        hot_calls: u32,
        /// Compiler debug output, as gc's -d: `-d=defer` reports each
        /// defer's kind (open-coded, stack- or heap-allocated).
        #[arg(short = 'd', value_name = "FLAG")]
        debug: Vec<String>,
        /// Print to stderr, as the JIT compiles each function, its x86-64
        /// code with its funcdata (or why it stays interpreted).
        #[arg(long)]
        dump_asm: bool,
        /// A hard cap on the heap: an allocation past it ends the run with
        /// Go's `fatal error: runtime: out of memory` (exit status 2),
        /// unlike Go's soft GOMEMLIMIT. SIZE is bytes, or a number with a
        /// unit: B, KB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB
        /// (powers of 1024), e.g. 256MB, 1GiB.
        #[arg(long, value_name = "SIZE", value_parser = parse_size)]
        max_heap: Option<usize>,
        /// Stops the run when it has taken DURATION (e.g. 500ms, 2s,
        /// 1.5m, 1h; a bare number is seconds): `gust: timeout after
        /// DURATION` on stderr, exit status 124 (as coreutils' timeout).
        /// Deferred calls do not run.
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        timeout: Option<std::time::Duration>,
        /// Stops the run when it has spent N units of fuel (one per loop
        /// iteration and per call, roughly): `gust: out of fuel` on
        /// stderr, exit status 124. Deferred calls do not run.
        #[arg(long, value_name = "N")]
        fuel: Option<u64>,
        /// The program.
        file: PathBuf,
        /// Arguments passed to the program (os.Args[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the bytecode of every function of a Go program.
    Disasm {
        /// Also print each function's x86-64 code from the JIT (or why it
        /// stays interpreted).
        #[arg(long)]
        asm: bool,
        /// The program.
        file: PathBuf,
    },
}

fn report(e: &Error) -> ExitCode {
    match e {
        Error::Io(m) => eprintln!("gust: {m}"),
        Error::Compile(lines) => {
            for l in lines {
                eprintln!("{l}");
            }
        }
        // Go's report was written to stderr as the run ended.
        Error::Panic(_) | Error::OutOfMemory => return ExitCode::from(2),
        Error::Exit(code) => return ExitCode::from((*code).clamp(0, 255) as u8),
        // (The CLI only runs main.)
        Error::Call(m) => eprintln!("gust: {m}"),
        Error::Timeout => {
            let shown = TIMEOUT_SHOWN.get().map_or("the deadline", String::as_str);
            eprintln!("gust: timeout after {shown}");
            return ExitCode::from(124);
        }
        Error::OutOfFuel => {
            eprintln!("gust: out of fuel");
            return ExitCode::from(124);
        }
        Error::Interrupted => {
            eprintln!("gust: interrupted");
            return ExitCode::from(130);
        }
    }
    ExitCode::from(1)
}

/// `--timeout` as given, for the timeout message.
static TIMEOUT_SHOWN: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Parses a `--timeout` DURATION: a decimal number with a unit `ms`,
/// `s`, `m` or `h` (a bare number is seconds).
fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let bad = || format!("invalid duration {s:?} (want e.g. 500ms, 2s, 1.5m or 1h)");
    let digits = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(digits);
    let n: f64 = num.parse().map_err(|_| bad())?;
    let scale = match unit {
        "ms" => 1e-3,
        "" | "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        _ => return Err(bad()),
    };
    let d = std::time::Duration::try_from_secs_f64(n * scale).map_err(|_| bad())?;
    let _ = TIMEOUT_SHOWN.set(s.to_string());
    Ok(d)
}

/// Parses a `--max-heap` SIZE: bytes, or a number with a unit (`B`,
/// `KB`/`MB`/`GB`/`TB` in powers of 1000, `KiB`/`MiB`/`GiB`/`TiB` in powers
/// of 1024; any case).
fn parse_size(s: &str) -> Result<usize, String> {
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (num, unit) = s.split_at(digits);
    let n: u128 = num
        .parse()
        .map_err(|_| format!("invalid size {s:?} (want e.g. 256MB, 1GiB or 1048576)"))?;
    let scale: u128 = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "tb" => 1_000_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        "tib" => 1 << 40,
        _ => {
            return Err(format!(
                "invalid size unit {unit:?} (want B, KB, MB, GB, TB, KiB, MiB, GiB or TiB)"
            ))
        }
    };
    n.checked_mul(scale)
        .and_then(|b| usize::try_from(b).ok())
        .ok_or_else(|| format!("size {s:?} is too large"))
}

/// Splits `gust run [flags] FILE.go args...` as `go run` does: everything
/// after the first argument ending in `.go` belongs to the program, `--`
/// and flag-like words included (clap would take `--` as its own marker).
/// (Arguments that are not UTF-8 reach the program lossily converted.)
fn split_program_args(mut argv: Vec<OsString>) -> (Vec<OsString>, Vec<String>) {
    let run = argv.iter().position(|a| a == "run");
    let file = run.and_then(|r| {
        argv.iter()
            .skip(r + 1)
            .position(|a| a.to_string_lossy().ends_with(".go"))
            .map(|i| r + 1 + i)
    });
    let rest = match file {
        Some(f) => argv.split_off(f + 1),
        None => Vec::new(),
    };
    let rest = rest
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    (argv, rest)
}

fn main() -> ExitCode {
    let (gust_args, program_args) = split_program_args(std::env::args_os().collect());
    let mut cli = Cli::parse_from(gust_args);
    if let Command::Run { args, .. } = &mut cli.command {
        args.extend(program_args);
    }
    // A bug in gust must not look like a Rust crash dump: one clear line.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("gust: internal error: {msg}{at} (please report this bug)");
    }));
    // The runtime recurses when it calls Go (deferred calls during a panic,
    // String methods); the frontend has its own thread (frontend/src/stack.rs).
    // Where the system refuses that stack (`ulimit -v`), say so and exit
    // 2, as Go does when it cannot start.
    let thread = match std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(cli))
    {
        Ok(t) => t,
        Err(e) => {
            eprintln!("gust: cannot start the interpreter thread: {e}");
            return ExitCode::from(2);
        }
    };
    // A panic was reported by the hook above.
    thread.join().unwrap_or(ExitCode::from(3))
}

/// Returns the memory the compiler freed to the system before the
/// program runs (glibc keeps it in the frontend thread's arena), so a
/// run's resident memory is its own.
fn release_compile_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only releases free memory of malloc's arenas.
    unsafe {
        libc::malloc_trim(0);
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Run {
            jit,
            hot_calls,
            debug,
            dump_asm,
            max_heap,
            timeout,
            fuel,
            file,
            args,
        } => {
            let mut engine = Engine::new()
                .jit(jit)
                .hot_calls(hot_calls)
                .dump_asm(dump_asm);
            if let Some(d) = timeout {
                engine = engine.timeout(d);
            }
            if let Some(n) = fuel {
                engine = engine.fuel(n);
            }
            if let Some(bytes) = max_heap {
                engine = engine.max_heap_bytes(bytes);
            }
            let program = match engine.compile_file(&file) {
                Ok(p) => p,
                Err(e) => return report(&e),
            };
            release_compile_memory();
            for d in &debug {
                match d.as_str() {
                    "defer" => {
                        // Exactly `go build -gcflags=-d=defer`'s stderr.
                        let lines = program.defer_report();
                        if !lines.is_empty() {
                            eprintln!("# command-line-arguments");
                        }
                        for line in lines {
                            eprintln!("{line}");
                        }
                    }
                    other => {
                        eprintln!("gust: unknown debug flag -d={other} (known: defer)");
                        return ExitCode::from(2);
                    }
                }
            }
            let mut argv = vec![file.with_extension("").display().to_string()];
            argv.extend(args);
            match engine.run(&program, &argv) {
                Ok(code) => ExitCode::from(code.clamp(0, 255) as u8),
                Err(e) => report(&e),
            }
        }
        Command::Disasm { file, asm } => match Engine::new().compile_file(&file) {
            Ok(p) => {
                print!("{}", p.disassemble());
                if asm {
                    print!("{}", p.disassemble_native());
                }
                ExitCode::SUCCESS
            }
            Err(e) => report(&e),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("256MB"), Ok(256_000_000));
        assert_eq!(parse_size("512KiB"), Ok(512 << 10));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("2gb"), Ok(2_000_000_000));
        assert_eq!(parse_size("7B"), Ok(7));
        for bad in ["", "MB", "1.5GB", "-1", "12XB", "1 GB"] {
            assert!(parse_size(bad).is_err(), "{bad:?}");
        }
        assert!(parse_size("99999999999999999999999999999999999999TiB").is_err());
        assert!(parse_size("999999999999999999999999999999999999999").is_err());
    }
}
