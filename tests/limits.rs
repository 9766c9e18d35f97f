//! Stopping runaway scripts: an interrupt from another thread and a
//! deadline stop loops and recursion in interpreted and native code,
//! run no deferred call, and leave the engine and the instance usable.

use std::time::{Duration, Instant};

use gust::{Capture, Engine, Error, JitMode};

const RUNAWAY: &str = r#"package main

import "fmt"

var ticks int

func spin() {
	defer fmt.Println("deferred: must not run")
	for {
		ticks++
	}
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func Recurse() int { return fib(90) }

func Spin() { spin() }

func Ticks() int { return ticks }

func main() { spin() }
"#;

const MODES: [JitMode; 3] = [JitMode::Off, JitMode::Auto, JitMode::Always];

#[test]
fn an_interrupt_from_another_thread_stops_a_run_in_every_tier() {
    for mode in MODES {
        let engine = Engine::new().jit(mode);
        let program = engine.compile("runaway.go", RUNAWAY).unwrap();
        let handle = engine.interrupt_handle();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            handle.interrupt();
        });
        let out = Capture::default();
        let r = engine.run_with_output(&program, &[], &mut out.clone(), &mut std::io::sink());
        t.join().unwrap();
        assert!(matches!(r, Err(Error::Interrupted)), "{mode:?}: {r:?}");
        assert!(out.take().is_empty(), "{mode:?}: a deferred call ran");
        // The engine runs the next program.
        let ok = engine
            .compile("ok.go", "package main\n\nfunc main() { println(1) }\n")
            .unwrap();
        let mut err = Vec::new();
        assert_eq!(
            engine
                .run_with_output(&ok, &[], &mut Vec::new(), &mut err)
                .unwrap(),
            0
        );
        assert_eq!(err, b"1\n");
    }
}

#[test]
fn a_deadline_stops_loops_and_recursion_and_the_instance_goes_on() {
    for mode in MODES {
        let engine = Engine::new().jit(mode).timeout(Duration::from_millis(150));
        let program = engine.compile("runaway.go", RUNAWAY).unwrap();
        let out = Capture::default();
        let mut inst = engine
            .instantiate_with_output(&program, out.clone(), out.clone())
            .unwrap();
        let start = Instant::now();
        let spin = inst.call::<_, ()>("Spin", ());
        let recurse = inst.call::<_, i64>("Recurse", ());
        assert!(matches!(spin, Err(Error::Timeout)), "{mode:?}: {spin:?}");
        assert!(
            matches!(recurse, Err(Error::Timeout)),
            "{mode:?}: {recurse:?}"
        );
        assert!(start.elapsed() < Duration::from_secs(5), "{mode:?}");
        assert!(out.take().is_empty(), "{mode:?}: a deferred call ran");
        // The loop's progress is kept; the instance takes the next call.
        assert!(inst.call::<_, i64>("Ticks", ()).unwrap() > 0);
        assert!(inst.get::<i64>("ticks").unwrap() > 0);
    }
}

#[test]
fn an_instance_handle_stops_only_that_instance() {
    let engine = Engine::new().jit(JitMode::Always);
    let program = engine.compile("runaway.go", RUNAWAY).unwrap();
    let mut a = engine.instantiate(&program).unwrap();
    let handle = a.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    assert!(matches!(
        a.call::<_, ()>("Spin", ()),
        Err(Error::Interrupted)
    ));
    t.join().unwrap();
    // Nothing pending afterwards: the next call runs to its end.
    assert!(a.call::<_, i64>("Ticks", ()).unwrap() > 0);
}

/// `String` methods that call `fmt` again: every level recurses through
/// Rust (the native `fmt` calls Go back).
const DEEP_CALLBACKS: &str = r#"package main

import "fmt"

type T struct{ n int }

func (t T) String() string {
	if t.n == 0 {
		return "0"
	}
	return fmt.Sprint(T{t.n - 1})
}

func Depth(n int) int { return len(fmt.Sprint(T{n})) }

func main() {}
"#;

#[test]
fn deep_callbacks_on_a_small_host_thread_end_in_a_stack_overflow_not_a_crash() {
    for mode in MODES {
        let t = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || {
                let engine = Engine::new().jit(mode);
                let program = engine.compile("deep.go", DEEP_CALLBACKS).unwrap();
                let err = Capture::default();
                let mut inst = engine
                    .instantiate_with_output(&program, std::io::sink(), err.clone())
                    .unwrap();
                // (A debug build's interpreter takes some 200 KiB of
                // machine stack per level through Rust: stay shallow.)
                let shallow = inst.call::<_, i64>("Depth", (2,));
                let deep = inst.call::<_, i64>("Depth", (100_000,));
                let report = String::from_utf8(err.take()).unwrap();
                // The instance is still usable afterwards.
                let again = inst.call::<_, i64>("Depth", (2,));
                (shallow, deep, report, again)
            })
            .unwrap();
        let (shallow, deep, report, again) = t.join().expect("the host thread survives");
        assert_eq!(shallow.unwrap(), 1, "{mode:?}");
        assert!(matches!(deep, Err(Error::Exit(2))), "{mode:?}: {deep:?}");
        assert!(
            report.contains("fatal error: stack overflow"),
            "{mode:?}: {report}"
        );
        assert_eq!(again.unwrap(), 1, "{mode:?}");
    }
}

#[test]
fn fuel_stops_loops_and_recursion_and_is_refilled_per_call() {
    for mode in MODES {
        let engine = Engine::new().jit(mode).fuel(100_000);
        let program = engine.compile("runaway.go", RUNAWAY).unwrap();
        let out = Capture::default();
        let mut inst = engine
            .instantiate_with_output(&program, out.clone(), out.clone())
            .unwrap();
        let spin = inst.call::<_, ()>("Spin", ());
        assert!(matches!(spin, Err(Error::OutOfFuel)), "{mode:?}: {spin:?}");
        let ticks = inst.get::<i64>("ticks").unwrap();
        // About one unit per iteration (calls spend some too).
        assert!((90_000..=100_000).contains(&ticks), "{mode:?}: {ticks}");
        let recurse = inst.call::<_, i64>("Recurse", ());
        assert!(
            matches!(recurse, Err(Error::OutOfFuel)),
            "{mode:?}: {recurse:?}"
        );
        assert!(out.take().is_empty(), "{mode:?}: a deferred call ran");
        // Each call gets the whole budget again.
        assert_eq!(inst.call::<_, i64>("Ticks", ()).unwrap(), ticks);
    }
    // Enough fuel: the program runs to its end.
    let engine = Engine::new().fuel(1_000_000);
    let ok = engine.compile("ok.go", "package main\n\nfunc main() {\n\ts := 0\n\tfor i := 0; i < 1000; i++ {\n\t\ts += i\n\t}\n\tprintln(s)\n}\n").unwrap();
    let mut err = Vec::new();
    assert_eq!(
        engine
            .run_with_output(&ok, &[], &mut Vec::new(), &mut err)
            .unwrap(),
        0
    );
    assert_eq!(err, b"499500\n");
}
