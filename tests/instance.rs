//! Instances as an embedder uses them: typed calls into a program, its
//! package variables kept between calls, package initialization run
//! once, failures as typed errors that leave the instance usable, in
//! every JIT mode.

use gust::{Capture, Engine, Error, Instance, JitMode, PanicValue};

const RULES: &str = r#"package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Celsius float64

var (
	calls   int
	prefix  = "rule"
	history []string
	inited  = initCount()
	limit   int32 = 100
)

func initCount() int {
	fmt.Println("initializing")
	return 1
}

func init() { prefix += ":" }

func Add(a, b int) int {
	calls++
	return a + b
}

func Describe(name string, score float64, tags []string) string {
	calls++
	sort.Strings(tags)
	s := fmt.Sprintf("%s %s %.1f [%s]", prefix, name, score, strings.Join(tags, ","))
	history = append(history, s)
	return s
}

func DivMod(a, b int) (int, int) { return a / b, a % b }

func Warm(c Celsius) Celsius { return c + 0.5 }

func Half(x float32) float32 { return x / 2 }

func Squares(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i * i
	}
	return out
}

func Check(x int) bool {
	if x < 0 {
		panic(fmt.Sprintf("negative: %d", x))
	}
	return x%2 == 0
}

func Loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func Quit() { os.Exit(3) }

func Narrow(b int8, u uint16) int { return int(b) + int(u) }

func main() {
	fmt.Println("main", calls)
}
"#;

fn instance(mode: JitMode, out: &Capture) -> Instance {
    let engine = Engine::new().jit(mode);
    let program = engine.compile("rules.go", RULES).unwrap();
    engine
        .instantiate_with_output(&program, out.clone(), out.clone())
        .unwrap()
}

const MODES: [JitMode; 3] = [JitMode::Off, JitMode::Auto, JitMode::Always];

#[test]
fn calls_convert_arguments_and_results_and_keep_state() {
    for mode in MODES {
        let out = Capture::default();
        let mut rules = instance(mode, &out);
        // Package initialization ran once, before any call.
        assert_eq!(out.take(), b"initializing\n", "{mode:?}");
        assert_eq!(rules.get::<String>("prefix").unwrap(), "rule:");

        assert_eq!(rules.call::<_, i64>("Add", (2, 40)).unwrap(), 42);
        let s: String = rules.call("Describe", ("x", 2.5, vec!["b", "a"])).unwrap();
        assert_eq!(s, "rule: x 2.5 [a,b]");
        let (q, r): (i32, u8) = rules.call("DivMod", (17, 5)).unwrap();
        assert_eq!((q, r), (3, 2));
        assert_eq!(rules.call::<_, f64>("Warm", (20.0,)).unwrap(), 20.5);
        assert_eq!(rules.call::<_, f32>("Half", (3.0f32,)).unwrap(), 1.5);
        assert_eq!(
            rules.call::<_, Vec<u64>>("Squares", (4,)).unwrap(),
            [0, 1, 4, 9]
        );
        assert_eq!(
            rules.call::<_, i64>("Narrow", (-3i8, 65535u16)).unwrap(),
            65532
        );
        // Hot enough for the JIT in the default mode.
        for _ in 0..3 {
            assert_eq!(rules.call::<_, i64>("Loop", (10_000,)).unwrap(), 29_994);
        }

        // Package variables persist, and the host can change them.
        assert_eq!(rules.get::<i64>("calls").unwrap(), 2, "{mode:?}");
        assert_eq!(
            rules.get::<Vec<String>>("history").unwrap(),
            ["rule: x 2.5 [a,b]"]
        );
        rules.set("prefix", "host").unwrap();
        rules.set("history", Vec::<String>::new()).unwrap();
        let s: String = rules.call("Describe", ("y", 1.0, vec!["z"])).unwrap();
        assert_eq!(s, "host y 1.0 [z]");
        assert_eq!(rules.get::<Vec<String>>("history").unwrap().len(), 1);

        // main runs as often as asked, seeing the state.
        assert_eq!(rules.run_main().unwrap(), 0);
        assert_eq!(rules.run_main().unwrap(), 0);
        assert_eq!(out.take(), b"main 3\nmain 3\n", "{mode:?}");
    }
}

#[test]
fn a_panic_or_exit_is_an_error_and_the_instance_goes_on() {
    for mode in MODES {
        let out = Capture::default();
        let mut rules = instance(mode, &out);
        out.take();
        assert!(rules.call::<_, bool>("Check", (4,)).unwrap());
        match rules.call::<_, bool>("Check", (-1,)) {
            Err(Error::Panic(p)) => {
                assert_eq!(p.report.trim_end(), "panic: negative: -1");
                assert_eq!(p.value, PanicValue::String("negative: -1".into()));
                assert_eq!(p.message, "negative: -1");
                // Innermost first: Check at its panic, called from Rust.
                let f = &p.frames[0];
                assert_eq!(
                    (f.function.as_str(), f.file.as_str(), f.line),
                    ("main.Check", "rules.go", 56)
                );
                assert_eq!(p.frames.len(), 1, "{mode:?}: {:?}", p.frames);
            }
            other => panic!("{mode:?}: {other:?}"),
        }
        // The report went to stderr as in Go.
        assert!(String::from_utf8(out.take())
            .unwrap()
            .starts_with("panic: negative: -1"));
        assert!(matches!(
            rules.call::<_, ()>("Quit", ()),
            Err(Error::Exit(3))
        ));
        // Still usable, state intact.
        assert!(!rules.call::<_, bool>("Check", (3,)).unwrap());
        assert_eq!(rules.call::<_, i64>("Add", (1, 1)).unwrap(), 2);
        assert_eq!(rules.get::<i64>("calls").unwrap(), 1);
    }
}

#[test]
fn wrong_names_counts_and_types_are_call_errors() {
    let out = Capture::default();
    let mut rules = instance(JitMode::Auto, &out);
    let err = |r: Result<(), Error>| match r {
        Err(Error::Call(m)) => m,
        other => panic!("{other:?}"),
    };
    let msg = |r: Result<i64, Error>| err(r.map(|_| ()));
    assert_eq!(
        msg(rules.call("Nope", ())),
        "no function Nope in package main"
    );
    assert_eq!(
        msg(rules.call("Add", (1,))),
        "Add: 1 arguments given, the Go function has 2"
    );
    assert_eq!(
        msg(rules.call("Add", (1, "two"))),
        "Add: argument 2: cannot use &str as Go int"
    );
    assert_eq!(
        err(rules.call::<_, (i64, i64)>("Add", (1, 2)).map(|_| ())),
        "Add: 2 results wanted, the Go function has 1"
    );
    assert_eq!(
        err(rules.call::<_, String>("Add", (1, 2)).map(|_| ())),
        "Add: result 1: cannot convert Go int to String"
    );
    assert_eq!(
        msg(rules.call("Narrow", (300, 1))),
        "Narrow: argument 1: 300 overflows Go int8"
    );
    assert_eq!(
        err(rules.get::<i64>("missing").map(|_| ())),
        "no variable missing in package main"
    );
    assert_eq!(
        err(rules.set("limit", 1u64 << 40)),
        "limit: 1099511627776 overflows Go int32"
    );
    // Nothing ran: the state is untouched.
    assert_eq!(rules.get::<i64>("calls").unwrap(), 0);
    // A result whose value does not fit is known only after the call.
    assert_eq!(
        err(rules.call::<_, i8>("Add", (100, 100)).map(|_| ())),
        "Add: result 1: Go int value 200 overflows i8"
    );
    assert_eq!(rules.get::<i64>("calls").unwrap(), 1);
}

#[test]
fn a_failing_initialization_is_an_error() {
    let engine = Engine::new();
    let src = "package main\n\nvar x = f()\n\nfunc f() int { panic(\"no\") }\n\nfunc main() {}\n";
    let program = engine.compile("bad.go", src).unwrap();
    let r = engine.instantiate_with_output(&program, std::io::sink(), std::io::sink());
    assert!(matches!(r, Err(Error::Panic(p)) if p.message == "no"));
}

#[test]
fn one_program_serves_instances_on_many_threads() {
    let engine = Engine::new();
    let program = engine.compile("rules.go", RULES).unwrap();
    let handles: Vec<_> = (0..4i64)
        .map(|t| {
            let (engine, program) = (engine.clone(), program.clone());
            std::thread::spawn(move || {
                let out = Capture::default();
                let mut rules = engine
                    .instantiate_with_output(&program, out.clone(), out.clone())
                    .unwrap();
                let mut total = 0;
                // Past the JIT's threshold: each instance compiles Add.
                for i in 0..1500 {
                    total += rules.call::<_, i64>("Add", (t, i)).unwrap();
                }
                (total, rules.get::<i64>("calls").unwrap())
            })
        })
        .collect();
    for (t, h) in handles.into_iter().enumerate() {
        // Each instance has its own state: 1500 calls each.
        let t = t as i64;
        assert_eq!(h.join().unwrap(), (1500 * t + 1499 * 1500 / 2, 1500));
    }
}
