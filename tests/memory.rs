//! The heap cap (`Engine::max_heap_bytes`, `gust run --max-heap`) and
//! running out of memory: Go's fatal report, status 2, and an engine that
//! stays usable.

use std::process::Command;

const HELLO: &str = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n";

/// 1<<27 ints are 1 GiB, past a 64 MB cap.
const HUGE_MAKE: &str = r#"package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls do not run")
	n := 1 << 27
	fmt.Println("before")
	s := make([]int, n)
	fmt.Println(len(s))
}
"#;

/// Appends forever: growslice's growth reaches the cap.
const APPEND_FOREVER: &str = r#"package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls do not run")
	chunk := make([]int, 1000)
	var s []int
	for i := 0; ; i++ {
		s = append(s, chunk...)
		if i == 0 {
			fmt.Println("appending")
		}
	}
}
"#;

#[test]
fn out_of_memory_is_a_typed_error_and_the_engine_stays_usable() {
    for mode in [gust::JitMode::Off, gust::JitMode::Always] {
        let engine = gust::Engine::new().jit(mode).max_heap_bytes(64 << 20);
        let oom = engine.compile("oom.go", HUGE_MAKE).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let r = engine.run_with_output(&oom, &[], &mut out, &mut err);
        assert!(
            matches!(r, Err(gust::Error::OutOfMemory)),
            "{mode:?}: {r:?}"
        );
        assert_eq!(out, b"before\n", "{mode:?}");
        let err = String::from_utf8_lossy(&err);
        assert!(
            err.starts_with("fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n"),
            "{mode:?}: {err}"
        );
        let hello = engine.compile("hello.go", HELLO).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let r = engine.run_with_output(&hello, &[], &mut out, &mut err);
        assert_eq!(r.unwrap(), 0, "{mode:?}");
        assert_eq!(out, b"hello\n", "{mode:?}");
        assert!(err.is_empty(), "{mode:?}");
        // Within the cap the same program runs.
        let roomy = gust::Engine::new().jit(mode).max_heap_bytes(2 << 30);
        let small = HUGE_MAKE.replace("1 << 27", "1 << 20");
        let p = roomy.compile("small.go", &small).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let r = roomy.run_with_output(&p, &[], &mut out, &mut err);
        assert_eq!(r.unwrap(), 0, "{mode:?}");
        assert_eq!(
            out, b"before\n1048576\ndeferred calls do not run\n",
            "{mode:?}"
        );
    }
}

#[test]
fn the_cap_holds_for_natives_too() {
    // Results that natives build (strings.Repeat, []rune(s), strings.Join) count against
    // the cap as make does.
    let src = |body: &str| {
        format!(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {{\n\ts := strings.Repeat(\"ab\", 1<<20)\n\tfmt.Println(len(s))\n\t{body}\n}}\n"
        )
    };
    let engine = gust::Engine::new().max_heap_bytes(32 << 20);
    for body in [
        "fmt.Println(len(strings.Repeat(s, 32)))",
        "r := []rune(strings.Repeat(s, 12))\n\tfmt.Println(len(r))",
        "fmt.Println(len(strings.Join([]string{s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s}, \"\")))",
    ] {
        let p = engine.compile("cap.go", &src(body)).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let r = engine.run_with_output(&p, &[], &mut out, &mut err);
        assert!(matches!(r, Err(gust::Error::OutOfMemory)), "{body}: {r:?}");
        assert_eq!(out, b"2097152\n", "{body}");
        let err = String::from_utf8_lossy(&err);
        assert!(err.starts_with("fatal error: runtime: out of memory\n"), "{body}: {err}");
    }
}

#[test]
fn cli_max_heap_ends_an_endless_append_with_gos_report() {
    let dir = std::env::temp_dir().join(format!("gust-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("forever.go");
    std::fs::write(&file, APPEND_FOREVER).unwrap();
    for mode in ["off", "always"] {
        // The cap keeps it small (the collector frees outgrown backing
        // arrays, so the live slice reaches it); `ulimit -v` (KiB) guards
        // the machine should the cap ever not hold.
        let o = Command::new("sh")
            .arg("-c")
            .arg("ulimit -v 8000000 && exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_gust"))
            .args(["run", &format!("--jit={mode}"), "--max-heap", "256MB"])
            .arg(&file)
            .output()
            .expect("gust runs");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "appending\n", "{mode}");
        assert!(
            err.starts_with("fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n"),
            "{mode}: {err}"
        );
        assert!(err.contains("forever.go:10"), "{mode}: {err}");
        assert_eq!(o.status.code(), Some(2), "{mode}: {err}");
    }
}

/// Grows a map forever (issue 12: `m[i] = [64]int{}` used to abort with
/// "memory allocation of N bytes failed").
const MAP_FOREVER: &str = r#"package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls do not run")
	m := map[int][64]int{}
	for i := 0; ; i++ {
		m[i] = [64]int{i}
		if i == 0 {
			fmt.Println("growing")
		}
	}
}
"#;

#[test]
fn a_growing_map_ends_with_gos_report() {
    let dir = std::env::temp_dir().join(format!("gust-memory-map-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("mapgrow.go");
    std::fs::write(&file, MAP_FOREVER).unwrap();
    // Past the heap cap (entries count against it), and with no cap when
    // the system refuses to grow the map's storage (`ulimit -v`, KiB).
    for (limit, args) in [
        ("8000000", &["--max-heap", "64MB"][..]),
        ("600000", &[][..]),
    ] {
        for mode in ["off", "always"] {
            let o = Command::new("sh")
                .arg("-c")
                .arg(format!("ulimit -v {limit} && exec \"$0\" \"$@\""))
                .arg(env!("CARGO_BIN_EXE_gust"))
                .args(["run", &format!("--jit={mode}")])
                .args(args)
                .arg(&file)
                .output()
                .expect("gust runs");
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(
                String::from_utf8_lossy(&o.stdout),
                "growing\n",
                "{mode} {args:?}"
            );
            assert!(
                err.starts_with("fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n"),
                "{mode} {args:?}: {err}"
            );
            assert!(err.contains("mapgrow.go:9"), "{mode} {args:?}: {err}");
            assert_eq!(o.status.code(), Some(2), "{mode} {args:?}: {err}");
        }
    }
}

/// A map as a sliding window: a million inserts, ten entries live.
const MAP_WINDOW: &str = r#"package main

import "fmt"

func main() {
	m := map[int][8]int{}
	for i := 0; i < 1000000; i++ {
		m[i] = [8]int{i}
		delete(m, i-10)
	}
	fmt.Println(len(m))
}
"#;

#[test]
fn a_map_whose_entries_come_and_go_stays_small() {
    // Deleted entries are dropped by the collector, so the window never
    // nears the cap (the million entries it saw would take ~130 MB).
    for mode in [gust::JitMode::Off, gust::JitMode::Always] {
        let engine = gust::Engine::new().jit(mode).max_heap_bytes(32 << 20);
        let p = engine.compile("window.go", MAP_WINDOW).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let r = engine.run_with_output(&p, &[], &mut out, &mut err);
        assert_eq!(r.unwrap(), 0, "{mode:?}: {}", String::from_utf8_lossy(&err));
        assert_eq!(out, b"10\n", "{mode:?}");
    }
}

#[test]
fn cli_rejects_a_bad_size() {
    let o = Command::new(env!("CARGO_BIN_EXE_gust"))
        .args(["run", "--max-heap", "12XB", "x.go"])
        .output()
        .expect("gust runs");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("invalid size unit"), "{err}");
}

#[test]
fn cli_says_why_the_interpreter_thread_cannot_start() {
    // 20 MB of address space cannot hold the interpreter thread's 256 MiB
    // stack: one clear line and status 2 (was status 3 and nothing).
    let dir = std::env::temp_dir().join(format!("gust-memory-thread-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("hello.go");
    std::fs::write(&file, HELLO).unwrap();
    let o = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 20000 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_gust"))
        .arg("run")
        .arg(&file)
        .output()
        .expect("gust runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("gust: cannot start the interpreter thread: "),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(o.stdout.is_empty());
}
