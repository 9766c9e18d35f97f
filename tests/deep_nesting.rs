//! Deeply nested programs: `Engine::compile` from an embedder's small
//! (2 MiB) thread either compiles them, and they run as with Go, or
//! rejects them at the documented nesting limit (32768 levels) with a
//! compile error; never a stack overflow. Expected outputs are Go 1.27's.

/// Compiles and runs `src` on a 2 MiB thread; returns stderr (where
/// `println` writes) or the compile errors.
fn run_small(src: String) -> Result<String, Vec<String>> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let engine = gust::Engine::new();
            let program = match engine.compile("deep.go", &src) {
                Ok(p) => p,
                Err(gust::Error::Compile(lines)) => return Err(lines),
                Err(e) => panic!("unexpected error {e:?}"),
            };
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let status = engine
                .run_with_output(&program, &[], &mut out, &mut err)
                .expect("runs");
            assert_eq!(status, 0);
            Ok(String::from_utf8(err).unwrap())
        })
        .unwrap()
        .join()
        .unwrap()
}

fn program(body: &str) -> String {
    format!(
        "package main\n\ntype T struct {{\n\tnext *T\n\tv    int\n}}\n\n\
         func f(x int) int {{ return x }}\n\nfunc main() {{\n{body}}}\n"
    )
}

#[test]
fn deep_programs_compile_and_run() {
    let n = 10_000;
    let cases: Vec<(String, String)> = vec![
        (
            format!("\tx := {}1{}\n\tprintln(x)\n", "(".repeat(n), ")".repeat(n)),
            "1\n".into(),
        ),
        (
            format!("\tx := 0{}\n\tprintln(x)\n", " + 1".repeat(n)),
            format!("{n}\n"),
        ),
        (
            format!(
                "\tx := 1\n{}x++{}\n\tprintln(x)\n",
                "\t{".repeat(n),
                "}".repeat(n)
            ),
            "2\n".into(),
        ),
        (
            format!("\ty := 1\n\tx := {}y\n\tprintln(x)\n", "- ".repeat(n)),
            "1\n".into(),
        ),
        (
            format!(
                "\tx := {}1{}\n\tprintln(x)\n",
                "f(".repeat(n),
                ")".repeat(n)
            ),
            "1\n".into(),
        ),
        (
            format!(
                "\tvar t T\n\tt.next = &t\n\tx := t{}.v\n\tprintln(x)\n",
                ".next".repeat(n)
            ),
            "0\n".into(),
        ),
        (
            format!(
                "\tx := 1\n{}x++{}\n\tprintln(x)\n",
                "\tif x > 0 {".repeat(n / 3),
                "}".repeat(n / 3)
            ),
            "2\n".into(),
        ),
        (
            format!(
                "\tx := 1\n{}x++{}\n\tprintln(x)\n",
                "\tfunc() {".repeat(1000),
                "}()".repeat(1000)
            ),
            "2\n".into(),
        ),
        (
            format!("\tvar x {}int\n\tprintln(x == nil)\n", "[]".repeat(n)),
            "true\n".into(),
        ),
    ];
    for (body, want) in cases {
        let got = run_small(program(&body));
        assert_eq!(got, Ok(want), "{}", &body[..80.min(body.len())]);
    }
}

#[test]
fn nesting_beyond_the_limit_is_a_compile_error() {
    let n = 40_000;
    for body in [
        format!("\tx := {}1{}\n\tprintln(x)\n", "(".repeat(n), ")".repeat(n)),
        format!("\tx := 0{}\n\tprintln(x)\n", " + 1".repeat(n)),
        format!("\tx := 1\n{}x++{}\n", "\t{".repeat(n), "}".repeat(n)),
        format!("\tvar t T\n\tprintln(t{}.v)\n", ".next".repeat(n)),
        format!("\tprintln({}1{})\n", "f(".repeat(n), ")".repeat(n)),
        format!(
            "\tx := 1\n{}x++{}\n",
            "\tfunc() {".repeat(n),
            "}()".repeat(n)
        ),
    ] {
        let errs = run_small(program(&body)).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].ends_with(": exceeded max nesting depth"),
            "{errs:?}"
        );
    }
}
