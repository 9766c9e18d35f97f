//! The examples run as a user runs them (`cargo run --example NAME`):
//! `cargo test` builds them next to this test's binary; each must exit
//! successfully and print what its comments promise.

use std::path::PathBuf;
use std::process::Command;

/// Runs example `name` and returns its stdout.
fn run(name: &str) -> String {
    // target/<profile>/deps/examples-HASH → target/<profile>/examples/NAME
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir: PathBuf = exe
        .parent()
        .and_then(|d| d.parent())
        .expect("target dir")
        .into();
    let bin = dir.join("examples").join(name);
    let out = Command::new(&bin)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", bin.display()));
    assert!(
        out.status.success(),
        "{name}: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn embed() {
    let out = run("embed");
    assert!(
        out.contains("Go panic: panic: assignment to entry in nil map"),
        "{out}"
    );
    assert!(out.contains("arg 0: hello"), "{out}");
    assert!(
        out.contains("compile error: bad.go:4:2: declared and not used: x"),
        "{out}"
    );
}

#[test]
fn calls() {
    assert_eq!(
        run("calls"),
        "APPLE x3 = 1.50 (1.5)\n\
         PEAR x12 = 9.00 (9)\n\
         rejected: bad quantity 0 for plum (in main.Price)\n\
         not called: Price: argument 2: cannot use &str as Go int\n\
         quotes: 2\n\
         audit: [\"APPLE x3 = 1.50\", \"PEAR x12 = 9.00\"]\n"
    );
}

#[test]
fn thread_pool() {
    let out = run("thread_pool");
    for w in 0..4 {
        assert!(
            out.contains(&format!("worker {w}: 1000 words, total score 73")),
            "{out}"
        );
    }
}

#[test]
fn limits() {
    assert_eq!(
        run("limits"),
        "Forever: stopped at its deadline\n\
         Hoard: stopped at the 64 MB heap cap\n\
         rounds so far: true\n\
         Forever: interrupted from another thread\n"
    );
}

#[test]
fn host_package() {
    assert_eq!(
        run("host_package"),
        "script recovered: host function game.Spawn: panicked: cannot spawn a dragon of level -1\n\
         host log: [\"fell on turn 100\"]\n"
    );
}
