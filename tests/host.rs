//! Host packages as an embedder uses them: Rust closures with Go
//! signatures, called from interpreted and native code, checked by the
//! type checker, failing as Go panics a script can recover.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use gust::{Capture, Engine, Error, HostPackage, JitMode};

fn engine(mode: JitMode, calls: Arc<AtomicI64>) -> Engine {
    let host = HostPackage::new("game/host")
        .func("Add", "(a, b int) int", move |a: i64, b: i64| {
            calls.fetch_add(1, Ordering::Relaxed);
            a + b
        })
        .func("Split", "(s string) (string, int)", |s: String| {
            let (head, tail) = s.split_once(' ').unwrap_or((&s, ""));
            (head.to_uppercase(), tail.len() as i64)
        })
        .func("Sum", "(xs []float64) float64", |xs: Vec<f64>| xs.iter().sum::<f64>())
        .func("Words", "(n int) []string", |n: i64| {
            (0..n).map(|i| format!("w{i}")).collect::<Vec<String>>()
        })
        .func("Boom", "(why string)", |why: String| -> () { panic!("{why}") })
        .func("Wrong", "(x string) int", |x: i64| x)
        .go("// Twice is written in Go, beside the host functions.\nfunc Twice(x int) int { return Add(x, x) }\n");
    Engine::new().jit(mode).package(host)
}

const SCRIPT: &str = r#"package main

import (
	"fmt"
	"game/host"
)

func main() {
	t := 0
	for i := 0; i < 3000; i++ {
		t = host.Add(t, i%7)
	}
	head, n := host.Split("hello big world")
	fmt.Println(t, head, n, host.Twice(21))
	fmt.Println(host.Sum([]float64{1.5, 2.25}), host.Words(3))
	defer func() {
		fmt.Println("recovered:", recover())
		defer func() { fmt.Println("recovered:", recover()) }()
		host.Wrong("x")
	}()
	host.Boom("no fuel")
}
"#;

#[test]
fn host_functions_run_from_both_tiers_and_fail_as_go_panics() {
    for mode in [JitMode::Off, JitMode::Auto, JitMode::Always] {
        let calls = Arc::new(AtomicI64::new(0));
        let engine = engine(mode, calls.clone());
        let program = engine.compile("script.go", SCRIPT).unwrap();
        let out = Capture::default();
        let status = engine
            .run_with_output(&program, &[], &mut out.clone(), &mut std::io::sink())
            .unwrap();
        assert_eq!(status, 0);
        assert_eq!(
            String::from_utf8(out.take()).unwrap(),
            "8994 HELLO 9 42\n\
             3.75 [w0 w1 w2]\n\
             recovered: host function game/host.Boom: panicked: no fuel\n\
             recovered: host function game/host.Wrong: argument 1: cannot convert Go string to i64\n",
            "{mode:?}"
        );
        assert_eq!(calls.load(Ordering::Relaxed), 3001, "{mode:?}");
    }
}

#[test]
fn misuse_is_a_compile_error() {
    let engine = engine(JitMode::Auto, Arc::default());
    let src = "package main\n\nimport \"game/host\"\n\nfunc main() {\n\tprintln(host.Add(\"x\", 1))\n\thost.Nope()\n}\n";
    match engine.compile("bad.go", src) {
        Err(Error::Compile(lines)) => assert_eq!(
            lines,
            [
                "bad.go:6:19: cannot use \"x\" (untyped string constant) as int value in argument to host.Add",
                "bad.go:7:7: undefined: host.Nope",
            ]
        ),
        other => panic!("{other:?}"),
    }
    // Without the package, the import is what gust does not support.
    let r = Engine::new().compile("bad.go", src);
    assert!(matches!(r, Err(Error::Compile(_))));
}

#[test]
fn instances_call_go_that_calls_the_host() {
    let calls = Arc::new(AtomicI64::new(0));
    let engine = engine(JitMode::Always, calls.clone());
    let src = "package main\n\nimport \"game/host\"\n\nfunc Score(a, b int) int { return host.Add(a, b) * 2 }\n\nfunc main() {}\n";
    let program = engine.compile("score.go", src).unwrap();
    let mut inst = engine.instantiate(&program).unwrap();
    for i in 0..100 {
        assert_eq!(inst.call::<_, i64>("Score", (i, 1)).unwrap(), 2 * (i + 1));
    }
    assert_eq!(calls.load(Ordering::Relaxed), 100);
}
