//! Every corpus program is a named test per JIT mode:
//! `category/name::off`, `::always`, `::auto`, plus `::defer` (gust's
//! defer kinds against gc's `-d=defer`) when it has a `.defer` file.
//! A program that must be rejected at compile time (gc's errors or gust's
//! `unsupported:`) is one test, `category/name::compile`: it never runs,
//! so the JIT mode cannot change its outcome.
//!
//! Programs listed in `known_failures.txt` (documented gaps; a line names
//! a program, or one of its tests as `name::defer`) run as ignored tests:
//! `cargo test -p gust-conformance --test conformance -- --ignored` shows
//! where they stand.

use std::path::Path;

use gust::JitMode;
use gust_conformance::{check, check_defers, discover, expected, has_defer_kinds};
use libtest_mimic::{Arguments, Trial};

/// Names listed in `known_failures.txt`.
fn known_failures(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let known = known_failures(dir);
    let mut trials = vec![];
    for case in discover(&dir.join("programs")) {
        let ignored = known.contains(&case.name);
        let rejected = expected(&case).is_ok_and(|e| e.is_rejection());
        let modes: &[_] = if rejected {
            &[("compile", JitMode::Off)]
        } else {
            &[
                ("off", JitMode::Off),
                ("always", JitMode::Always),
                ("auto", JitMode::Auto),
            ]
        };
        for &(tag, mode) in modes {
            let c = case.clone();
            let t = Trial::test(format!("{}::{tag}", case.name), move || {
                check(&c, mode).map_err(Into::into)
            });
            trials.push(t.with_ignored_flag(ignored));
        }
        if has_defer_kinds(&case) {
            let name = format!("{}::defer", case.name);
            let ignored = ignored || known.contains(&name);
            let c = case.clone();
            let t = Trial::test(name, move || check_defers(&c).map_err(Into::into));
            trials.push(t.with_ignored_flag(ignored));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
