//! The `gust` command line: what users see.

use std::process::{Command, Output};

fn gust(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gust"))
        .args(args)
        .output()
        .expect("gust runs")
}

fn write(name: &str, src: &str) -> String {
    let dir = std::env::temp_dir().join(format!("gust-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p.display().to_string()
}

const OPEN_CODED: &str = r#"package main

import "fmt"

func f() (r int) {
	defer func() { r = 7 + len(fmt.Sprint(recover())) }()
	panic("boom")
}

func main() { fmt.Println(f()) }
"#;

#[test]
fn run_prints_program_output() {
    let f = write("ok.go", OPEN_CODED);
    for mode in ["off", "auto", "always"] {
        let o = gust(&["run", &format!("--jit={mode}"), &f]);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "11\n", "{mode}");
        assert_eq!(o.status.code(), Some(0));
    }
}

#[test]
fn dump_asm_lists_native_code_with_funcdata() {
    let f = write("dump.go", OPEN_CODED);
    let o = gust(&["run", "--jit=always", "--dump-asm", &f]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("native main.f #"), "{err}");
    assert!(err.contains("; funcdata: deferBits [rbx+"), "{err}");
    assert!(err.contains("jit_resume"), "{err}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "11\n");
}

#[test]
fn bad_input_is_one_clear_line() {
    let o = gust(&["run", "/nonexistent/x.go"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("gust: /nonexistent/x.go:"), "{err}");

    let f = write("bad.go", "package main\n\nfunc main() { x := }\n");
    let o = gust(&["run", &f]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.go:3:"), "{err}");

    let o = gust(&["run", "--jit=sometimes", &f]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn hot_calls_sets_the_auto_threshold() {
    let f = write("hot.go", OPEN_CODED);
    let compiled = |threshold: &str| {
        let o = gust(&["run", "--hot-calls", threshold, "--dump-asm", &f]);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "11\n", "{threshold}");
        String::from_utf8_lossy(&o.stderr).contains("native main.f #")
    };
    // main.f runs once: compiled at once with 0, never with the default.
    assert!(compiled("0"));
    assert!(!compiled("1000"));
}

#[test]
fn huge_arrays_are_compile_errors_not_aborts() {
    let cases = [
        (
            "huge.go",
            "[1 << 62]int",
            "huge.go:3:7: type [4611686018427387904]int larger than address space",
        ),
        ("big.go", "[1 << 33]byte", "big.go:3:7: unsupported: "),
    ];
    for (name, ty, want) in cases {
        let src = format!("package main\n\nvar a {ty}\n\nfunc main() {{ _ = len(a) }}\n");
        let o = gust(&["run", &write(name, &src)]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains(want), "{err}");
    }
}

/// A deferred call that panics while its function returns normally: the
/// function's traceback line is gc's (real Go 1.27.3), the same in every
/// tier: the `return` for open-coded defers, which gc runs at each exit,
/// else the closing brace of gc's one deferreturn exit.
#[test]
fn deferred_panic_at_return_reports_gcs_line() {
    let cases: [(&str, u32, &str); 5] = [
        (
            "implicit",
            8,
            r#"package main

func boom() { panic("boom") }

func f() {
	defer boom()
	println("f")
}

func main() { f() }
"#,
        ),
        (
            "early",
            8,
            r#"package main

func boom() { panic("boom") }

func f(c bool) int {
	defer boom()
	if c {
		return 2
	}
	println("f")
	return 3
}

func main() { f(true) }
"#,
        ),
        (
            "last",
            11,
            r#"package main

func boom() { panic("boom") }

func f(c bool) int {
	defer boom()
	if c {
		return 2
	}
	println("f")
	return 3
}

func main() { f(false) }
"#,
        ),
        (
            "heap",
            15,
            r#"package main

func boom(i int) {
	if i == 2 {
		panic("boom")
	}
}

func f(n int) (r int) {
	for i := 0; i < n; i++ {
		defer boom(i)
	}
	r = n
	return
}

func main() { f(3) }
"#,
        ),
        (
            "stack",
            20,
            r#"package main

func boom() { panic("boom") }

func f(c bool) (r int) {
	defer boom()
	defer println(1)
	defer println(2)
	defer println(3)
	defer println(4)
	defer println(5)
	defer println(6)
	defer println(7)
	defer println(8)
	if c {
		r = 1
		return
	}
	return 2
}

func main() { f(true) }
"#,
        ),
    ];
    for (name, line, src) in cases {
        let f = write(&format!("ret_{name}.go"), src);
        for mode in ["off", "auto", "always"] {
            let o = gust(&["run", &format!("--jit={mode}"), &f]);
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{name} {mode}: {err}");
            let want = format!("main.f(...)\n\t{f}:{line}\n");
            assert!(
                err.contains(&want),
                "{name} {mode}: want {want:?} in\n{err}"
            );
        }
    }
}

#[test]
fn arguments_after_the_file_belong_to_the_program() {
    // As `go run`: `--` and flag-like words after the file are os.Args.
    let f = write(
        "args.go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() { fmt.Printf(\"%q\\n\", os.Args[1:]) }\n",
    );
    let o = gust(&[
        "run",
        "--jit=off",
        &f,
        "--",
        "5",
        "--jit=always",
        "-d=defer",
        "x.go",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "[\"--\" \"5\" \"--jit=always\" \"-d=defer\" \"x.go\"]\n"
    );
    assert_eq!(o.status.code(), Some(0));
}

/// Go's `[signal SIGSEGV ...]` line (dropped by the conformance filter):
/// `dopanic_m` prints it while `gp.sig` is set, from the nil dereference
/// that started a panic until a recovery empties the panic chain, after
/// whatever chain is printed. Expectations from real Go 1.27.3 (its
/// `code=`, `addr=` and `pc=` fields are not modelled).
#[test]
fn signal_line_follows_gp_sig() {
    let cases: [(&str, &str, &str); 7] = [
        (
            "deferred_call_panics",
            r#"package main

type T struct{ x int }

func main() {
	defer func() { panic("again") }()
	var p *T
	println(p.x)
}
"#,
            "panic: runtime error: invalid memory address or nil pointer dereference\n\tpanic: again\n[signal SIGSEGV: segmentation violation]\n\n",
        ),
        (
            "repanic_after_recover",
            r#"package main

type T struct{ x int }

func main() {
	defer func() {
		recover()
		panic("again")
	}()
	var p *T
	println(p.x)
}
"#,
            "panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n\tpanic: again\n[signal SIGSEGV: segmentation violation]\n\n",
        ),
        (
            "recovered_then_later_panic",
            r#"package main

type T struct{ x int }

func f() {
	defer func() { recover() }()
	var p *T
	println(p.x)
}

func main() {
	f()
	panic("later")
}
"#,
            "panic: later\n\n",
        ),
        (
            "inner_recovered_outer_fatal",
            r#"package main

type T struct{ x int }

func main() {
	defer func() {
		defer func() { recover() }()
		var p *T
		println(p.x)
	}()
	panic("outer")
}
"#,
            "panic: outer\n[signal SIGSEGV: segmentation violation]\n\n",
        ),
        (
            "saved_value_repanicked",
            r#"package main

type T struct{ x int }

var saved interface{}

func f() {
	defer func() { saved = recover() }()
	var p *T
	println(p.x)
}

func main() {
	f()
	panic(saved)
}
"#,
            "panic: runtime error: invalid memory address or nil pointer dereference\n\n",
        ),
        (
            "error_method_faults",
            r#"package main

type E struct{ p *int }

func (e E) Error() string { return string(rune(*e.p)) }

func main() {
	panic(E{})
}
"#,
            "fatal error: panic while printing panic value: type runtime.errorString\n[signal SIGSEGV: segmentation violation]\n\n",
        ),
        (
            "recover_and_repanic_value",
            r#"package main

import "fmt"

type T struct{ x int }

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	var p *T
	fmt.Println(p.x)
}
"#,
            "panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]\n[signal SIGSEGV: segmentation violation]\n\n",
        ),
    ];
    for (name, src, want) in cases {
        let f = write(&format!("sig_{name}.go"), src);
        for mode in ["off", "auto", "always"] {
            let o = gust(&["run", &format!("--jit={mode}"), &f]);
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{name} {mode}: {err}");
            let report = err.split("goroutine ").next().unwrap_or("");
            assert_eq!(report, want, "{name} {mode}");
        }
    }
}

#[test]
fn functions_too_large_to_compile_stay_interpreted() {
    // A package initializer laying out a 512 KiB array literal is 524,297
    // instructions: the JIT declines it (gust used to fail with an
    // internal error when such code outgrew rel32 jumps) and says why.
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/conformance/programs/jit/huge_initializer.go"
    ))
    .unwrap();
    let f = write("huge_initializer.go", &src);
    let o = gust(&["disasm", "--asm", &f]);
    let listing = String::from_utf8_lossy(&o.stdout);
    assert!(
        listing.contains("interpreted runtime.doInit #")
            && listing.contains("instructions (the JIT compiles at most 262144)"),
        "{}",
        listing
            .lines()
            .filter(|l| l.starts_with("interpreted"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let o = gust(&["run", "--jit=always", &f]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "42 9 524288 51\n");
}

#[test]
fn timeout_stops_a_runaway_program_with_status_124() {
    let f = write(
        "runaway_timeout.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"deferred\")\n\tfor {\n\t}\n}\n",
    );
    for mode in ["off", "always"] {
        let o = gust(&["run", &format!("--jit={mode}"), "--timeout", "200ms", &f]);
        assert_eq!(o.status.code(), Some(124), "{mode}");
        assert_eq!(
            String::from_utf8_lossy(&o.stderr),
            "gust: timeout after 200ms\n"
        );
        assert!(o.stdout.is_empty(), "{mode}: a deferred call ran");
    }
    let o = gust(&["run", "--timeout", "soon", &f]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid duration \"soon\""));
}
