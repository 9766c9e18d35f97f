//! Unit tests for the defer pool, the panic chain and the recover rule,
//! on hand-written bytecode (no frontend involved).

use crate::goroutine::DeferRecordKind;
use crate::op::{Fresh, Op};
use crate::program::{Function, Program};
use crate::types::{builtin, FuncId, TypeTable};
use crate::verify::verify_program;
use crate::vm::{Config, Unwind, Vm, VmResult};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;

/// A `Write` whose bytes the test can read afterwards.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A function named `name`; `deferreturn` is the pc of its `DeferReturn`.
fn func(name: &str, code: Vec<Op>) -> Function {
    let deferreturn = code
        .iter()
        .position(|op| matches!(op, Op::DeferReturn))
        .map(|pc| pc as u32);
    Function {
        name: name.to_string(),
        lines: vec![1; code.len()],
        code,
        deferreturn,
        ..Function::default()
    }
}

/// Pushes the interface value `string(strings[i])` (its static box).
fn push_str(i: usize) -> Op {
    Op::ConstIface {
        ty: builtin::STRING,
        s: i as u32,
    }
}

/// The interface value `push_str(i)` pushes.
fn str_iface(vm: &mut Vm, i: usize) -> [u64; 2] {
    [builtin::STRING.0 as u64, vm.heap.const_string_box(i as u32)]
}

/// Builds a program whose entry is `funcs[0]`, with string constants
/// `strings` and four global slots, and a VM for it writing stderr to the
/// returned sink.
fn vm(funcs: Vec<Function>, strings: &[&str]) -> (Vm, Sink) {
    let mut prog = Program {
        funcs,
        types: TypeTable::new(),
        strings: strings.iter().map(|s| s.as_bytes().to_vec()).collect(),
        globals: 32,
        files: vec!["t.go".to_string()],
        ..Program::default()
    };
    verify_program(&mut prog).expect("test bytecode verifies");
    let err = Sink::default();
    let vm = Vm::new(
        Arc::new(prog),
        Config::default(),
        Box::new(Sink::default()),
        Box::new(err.clone()),
    );
    (vm, err)
}

/// The report of an unrecovered panic, checked against what went to
/// stderr.
fn report(r: VmResult<()>, err: &Sink) -> String {
    match r {
        Err(Unwind::Panicked(p)) => {
            let printed = String::from_utf8(err.0.borrow().clone()).unwrap();
            assert!(printed.starts_with(&p.report), "{printed:?} vs {p:?}");
            p.report
        }
        r => panic!("expected an unrecovered panic, got {r:?}"),
    }
}

/// Global slots 0..4 after the run.
fn globals(vm: &Vm) -> Vec<u64> {
    vm.heap.words(vm.prog.globals_handle()).to_vec()
}

/// A function that stores `recover()` in globals 0..2.
fn recoverer(name: &str) -> Function {
    func(
        name,
        vec![
            Op::Recover,
            Op::StoreGlobal {
                off: 0,
                ty: crate::types::builtin::ANY,
                n: 2,
            },
            Op::Return { n: 0 },
        ],
    )
}

/// `main` defers `f1` (a stack record), then panics with `strings[0]`.
fn main_defers_and_panics() -> Function {
    let s0 = push_str(0);
    func(
        "main",
        vec![
            Op::MakeClosure {
                func: FuncId(1),
                n: 0,
            },
            Op::DeferStack { args: 0 },
            s0,
            Op::Panic {
                fresh: Fresh::Never,
            },
            Op::DeferReturn,
            Op::Return { n: 0 },
        ],
    )
}

fn run(vm: &mut Vm) -> VmResult<()> {
    vm.run_main()
}

#[test]
fn defer_pool_recycles_spilled_argument_buffers() {
    let (mut vm, _) = vm(vec![func("main", vec![Op::Return { n: 0 }])], &[]);
    vm.g.stack[..7].copy_from_slice(&[9, 1, 2, 3, 4, 5, 6]);
    // Six arguments do not fit a record inline: the buffer spills.
    vm.push_defer(0, 0, 6, DeferRecordKind::Heap);
    let d = vm.g.defers.pop().unwrap();
    assert_eq!((d.closure, &d.args[..]), (9, &[1, 2, 3, 4, 5, 6][..]));
    vm.free_defer(d);
    assert_eq!(vm.g.defer_pool.len(), 1, "freedefer keeps the buffer");
    // The next record takes it back: a steady loop allocates nothing.
    vm.push_defer(0, 0, 5, DeferRecordKind::Heap);
    assert!(vm.g.defer_pool.is_empty());
    let d = vm.g.defers.pop().unwrap();
    assert_eq!(&d.args[..], &[1, 2, 3, 4, 5]);
    assert!(d.args.capacity() >= 6, "the pooled buffer was reused");
    vm.free_defer(d);
}

#[test]
fn defer_pool_skips_inline_buffers_and_is_bounded() {
    let (mut vm, _) = vm(vec![func("main", vec![Op::Return { n: 0 }])], &[]);
    vm.push_defer(0, 0, 2, DeferRecordKind::Stack);
    let d = vm.g.defers.pop().unwrap();
    vm.free_defer(d);
    assert!(vm.g.defer_pool.is_empty(), "inline records own no buffer");
    for _ in 0..100 {
        vm.push_defer(0, 0, 8, DeferRecordKind::Heap);
    }
    while let Some(d) = vm.g.defers.pop() {
        vm.free_defer(d);
    }
    assert_eq!(vm.g.defer_pool.len(), 64);
}

#[test]
fn recover_in_the_deferred_function_stops_the_panic() {
    let f1 = func(
        "main.func1",
        vec![
            Op::Recover,
            Op::StoreGlobal {
                off: 0,
                ty: crate::types::builtin::ANY,
                n: 2,
            },
            Op::Recover, // only once: the second call sees no panic
            Op::StoreGlobal {
                off: 16,
                ty: crate::types::builtin::ANY,
                n: 2,
            },
            Op::Return { n: 0 },
        ],
    );
    let (mut vm, err) = vm(vec![main_defers_and_panics(), f1], &["boom"]);
    assert!(run(&mut vm).is_ok());
    let boom = str_iface(&mut vm, 0);
    assert_eq!(globals(&vm), [boom[0], boom[1], 0, 0]);
    assert!(vm.g.panics.is_empty() && vm.g.defers.is_empty());
    assert!(err.0.borrow().is_empty());
}

#[test]
fn recover_in_a_helper_of_the_deferred_function_returns_nil() {
    let f1 = func(
        "main.func1",
        vec![
            Op::Call {
                func: FuncId(2),
                args: 0,
                rets: 0,
            },
            Op::Return { n: 0 },
        ],
    );
    let helper = recoverer("main.helper");
    let (mut vm, err) = vm(vec![main_defers_and_panics(), f1, helper], &["boom"]);
    let r = run(&mut vm);
    assert_eq!(globals(&vm), [0; 4], "argp mismatch: recover is nil");
    assert!(report(r, &err).starts_with("panic: boom\n"));
}

#[test]
fn recover_without_a_panic_returns_nil() {
    let main = recoverer("main");
    let (mut vm, _) = vm(vec![main], &[]);
    assert!(run(&mut vm).is_ok());
    assert_eq!(globals(&vm), [0; 4]);
}

/// `main` defers `recoverer` then `repanicker` and panics "first";
/// `repanicker` runs first and panics "second", which aborts "first";
/// `recoverer` then recovers "second", and both panics leave the chain.
#[test]
fn panic_in_a_deferred_call_aborts_the_earlier_panic() {
    let s0 = push_str(0);
    let s1 = push_str(1);
    let main = func(
        "main",
        vec![
            Op::MakeClosure {
                func: FuncId(1),
                n: 0,
            },
            Op::DeferStack { args: 0 },
            Op::MakeClosure {
                func: FuncId(2),
                n: 0,
            },
            Op::DeferStack { args: 0 },
            s0,
            Op::Panic {
                fresh: Fresh::Never,
            },
            Op::DeferReturn,
            Op::Return { n: 0 },
        ],
    );
    let recoverer = recoverer("main.recoverer");
    let repanicker = func(
        "main.repanicker",
        vec![
            s1,
            Op::Panic {
                fresh: Fresh::Never,
            },
            Op::Return { n: 0 },
        ],
    );
    let (mut vm, err) = vm(vec![main, recoverer, repanicker], &["first", "second"]);
    assert!(run(&mut vm).is_ok());
    let second = str_iface(&mut vm, 1);
    assert_eq!(globals(&vm)[..2], second);
    assert!(
        vm.g.panics.is_empty(),
        "aborted and recovered panics popped"
    );
    assert!(vm.g.defers.is_empty());
    assert!(err.0.borrow().is_empty());
}

/// Without a recover, both panics are reported, the earlier one first.
#[test]
fn unrecovered_chain_prints_every_panic() {
    let s1 = push_str(1);
    let repanicker = func(
        "main.func1",
        vec![
            s1,
            Op::Panic {
                fresh: Fresh::Never,
            },
            Op::Return { n: 0 },
        ],
    );
    let (mut vm, err) = vm(
        vec![main_defers_and_panics(), repanicker],
        &["first", "second"],
    );
    let r = run(&mut vm);
    assert!(report(r, &err).starts_with("panic: first\n\tpanic: second\n"));
}

/// Frames of `main` (function 0) and of `open` (function 1, one
/// open-coded defer, deferBits in slot 0), ten slots apart; `bits[i]` is
/// frame `i`'s deferBits (`None`: a `main` frame).
fn open_frames(bits: &[Option<u64>]) -> Vm {
    let mut open = func("open", vec![Op::DeferReturn, Op::Return { n: 0 }]);
    open.locals = 3;
    open.open_defers = Some(crate::program::OpenDefers {
        bits_slot: 0,
        defers: vec![(1, 2, 0)],
    });
    let (mut vm, _) = vm(vec![func("main", vec![Op::Return { n: 0 }]), open], &[]);
    for (i, b) in bits.iter().enumerate() {
        let base = 10 * i as u32;
        vm.g.frames.push(crate::goroutine::Frame {
            func: FuncId(b.is_some() as u32),
            pc: 0,
            base,
            ret: base,
            closure: 0,
            keep_results: true,
        });
        vm.g.stack[base as usize] = b.unwrap_or(0);
    }
    vm
}

/// The chain as (frame, kind, started), innermost last.
fn chain(vm: &Vm) -> Vec<(u32, DeferRecordKind, bool)> {
    vm.g.defers
        .iter()
        .map(|d| (d.frame, d.kind, d.started))
        .collect()
}

#[test]
fn open_frame_record_is_ordered_by_frame_and_added_once() {
    use DeferRecordKind::{Heap, Open};
    // A frame of `open` with no bits (an interpreted activation, or
    // nothing pending) gets no record; the first one with bits does.
    let mut vm = open_frames(&[None, Some(1), None, Some(0)]);
    vm.push_defer(0, 100, 0, Heap);
    vm.push_defer(2, 100, 0, Heap);
    vm.add_one_open_defer_frame(4);
    assert_eq!(
        chain(&vm),
        [(0, Heap, false), (1, Open, false), (2, Heap, false)]
    );
    vm.add_one_open_defer_frame(4);
    assert_eq!(chain(&vm).len(), 3, "an existing record stops the scan");
}

#[test]
fn open_frame_scan_stops_at_an_in_progress_record() {
    use DeferRecordKind::Open;
    let mut vm = open_frames(&[Some(1), None, Some(1)]);
    vm.add_one_open_defer_frame(3);
    assert_eq!(chain(&vm), [(2, Open, false)]);
    // A nested panic while frame 2's defers run: nothing is added past
    // the in-progress record.
    vm.g.defers[0].started = true;
    vm.add_one_open_defer_frame(3);
    assert_eq!(chain(&vm), [(2, Open, true)]);
    // Once frame 2 is done, the scan resumes below it.
    vm.add_one_open_defer_frame(2);
    assert_eq!(chain(&vm), [(0, Open, false), (2, Open, true)]);
}

#[test]
fn recovery_drops_open_records_not_yet_started() {
    use DeferRecordKind::{Heap, Open};
    let mut vm = open_frames(&[Some(1), None, Some(1), None]);
    vm.add_one_open_defer_frame(1);
    vm.push_defer(1, 100, 0, Heap);
    vm.g.defers[1].started = true;
    vm.add_one_open_defer_frame(3);
    vm.push_defer(3, 100, 0, Heap);
    assert_eq!(
        chain(&vm),
        [
            (0, Open, false),
            (1, Heap, true),
            (2, Open, false),
            (3, Heap, false)
        ]
    );
    vm.remove_stale_open_records();
    // Innermost first, up to the first started record: frame 2's open
    // record goes (the frame runs its defers at its deferreturn exit);
    // frame 0's, beyond the started one, belongs to an earlier panic.
    assert_eq!(
        chain(&vm),
        [(0, Open, false), (1, Heap, true), (3, Heap, false)]
    );
}

/// `main` defers `recoverer`, then `repanicker`, and calls
/// `runtime.Goexit`. The Goexit runs `repanicker`, whose panic aborts it
/// and is recovered by `recoverer`; recovery may not cancel a Goexit, so
/// the Goexit resumes its walk (un-aborted, its argp cleared: the call it
/// was running is gone) and ends in Go's deadlock report. In debug
/// builds the chains' invariants are checked all along.
#[test]
fn goexit_resumes_after_a_recovery_without_a_stale_argp() {
    let goexit = crate::natives::lookup("runtime.Goexit").expect("native");
    let s0 = push_str(0);
    let main = func(
        "main",
        vec![
            Op::MakeClosure {
                func: FuncId(1),
                n: 0,
            },
            Op::DeferStack { args: 0 },
            Op::MakeClosure {
                func: FuncId(2),
                n: 0,
            },
            Op::DeferStack { args: 0 },
            Op::CallNative {
                id: goexit,
                args: 0,
                rets: 0,
            },
            Op::DeferReturn,
            Op::Return { n: 0 },
        ],
    );
    let repanicker = func(
        "main.repanicker",
        vec![
            s0,
            Op::Panic {
                fresh: Fresh::Never,
            },
            Op::Return { n: 0 },
        ],
    );
    let (mut vm, err) = vm(
        vec![main, recoverer("main.recoverer"), repanicker],
        &["during goexit"],
    );
    assert!(matches!(run(&mut vm), Err(Unwind::Exit(2))));
    let during = str_iface(&mut vm, 0);
    assert_eq!(globals(&vm)[..2], during);
    let printed = String::from_utf8(err.0.borrow().clone()).unwrap();
    assert!(printed.starts_with("fatal error: no goroutines (main called runtime.Goexit)"));
    assert!(vm.g.defers.is_empty());
}

/// The invariant checks themselves (debug builds): each names the
/// invariant it found broken.
#[cfg(debug_assertions)]
mod checks {
    use super::*;
    use crate::goroutine::Panic;

    #[test]
    #[should_panic(expected = "records must be ordered by frame")]
    fn a_record_of_an_outer_frame_above_an_inner_one() {
        let mut vm = open_frames(&[None, None]);
        vm.push_defer(1, 100, 0, DeferRecordKind::Heap);
        vm.push_defer(0, 100, 0, DeferRecordKind::Heap);
        vm.g.check_defer(1);
    }

    #[test]
    #[should_panic(expected = "a record's frame must exist")]
    fn a_record_of_a_frame_not_pushed() {
        let mut vm = open_frames(&[None]);
        vm.push_defer(1, 100, 0, DeferRecordKind::Stack);
        vm.g.check_defer(0);
    }

    #[test]
    #[should_panic(expected = "records must be run before it returns")]
    fn a_record_outliving_its_frame() {
        let mut vm = open_frames(&[None, None]);
        vm.push_defer(1, 100, 0, DeferRecordKind::Stack);
        vm.g.frames.pop();
        vm.g.check_no_defers_from(1);
    }

    #[test]
    #[should_panic(expected = "started exactly by a panic in the chain")]
    fn a_started_record_whose_panic_is_gone() {
        let mut vm = open_frames(&[None]);
        vm.push_defer(0, 100, 0, DeferRecordKind::Stack);
        vm.g.defers[0].started = true;
        vm.g.defers[0].panic = Some(0);
        vm.g.check_defer(0);
    }

    fn panic_value() -> Panic {
        Panic {
            value: [builtin::STRING.0 as u64, 0],
            fresh: false,
            recovered: false,
            aborted: false,
            argp: None,
            goexit: false,
            start: 0,
        }
    }

    #[test]
    #[should_panic(expected = "only the innermost panic runs deferred calls")]
    fn an_older_panic_walking_under_a_newer_one() {
        let mut vm = open_frames(&[None]);
        vm.g.panics.extend([panic_value(), panic_value()]);
        vm.g.check_running_panic(0);
    }

    #[test]
    #[should_panic(expected = "an aborted panic never does")]
    fn an_aborted_panic_walking_again() {
        let mut vm = open_frames(&[None]);
        vm.g.panics.push(Panic {
            aborted: true,
            ..panic_value()
        });
        vm.g.check_running_panic(0);
    }

    #[test]
    #[should_panic(expected = "argp is the frame of the running deferred call")]
    fn an_argp_past_the_frames() {
        let mut vm = open_frames(&[None]);
        vm.g.panics.push(Panic {
            argp: Some(1),
            ..panic_value()
        });
        vm.g.check_argp();
    }
}
