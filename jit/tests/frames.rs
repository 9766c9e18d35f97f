//! Native frames are ordinary frames to the runtime: a panic raised below
//! a compiled function unwinds through it by status, recovery into an
//! interpreted frame above it works, and tracebacks show it with the line
//! of its call, as in the interpreter.

use gust_jit::Jit;
use gust_vm::op::{Fresh, Op};
use gust_vm::program::{Function, Program};
use gust_vm::types::{builtin, FuncId, TypeTable};
use gust_vm::verify::verify_program;
use gust_vm::vm::{Config, Unwind, Vm};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;

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

/// A function whose instruction `i` is on line `first_line + i`.
fn func(name: &str, params: u32, results: u32, first_line: u32, code: Vec<Op>) -> Function {
    let deferreturn = code
        .iter()
        .position(|op| matches!(op, Op::DeferReturn))
        .map(|pc| pc as u32);
    Function {
        name: name.to_string(),
        params,
        results,
        locals: params,
        lines: (0..code.len() as u32).map(|i| first_line + i).collect(),
        code,
        deferreturn,
        ..Function::default()
    }
}

/// `main` → `main.f` (compiled) → `main.g` (interpreted: it panics).
/// With `recover`, `main` defers a recovering closure (function 3).
fn program(recover: bool) -> Program {
    let mut main = vec![];
    if recover {
        main.push(Op::MakeClosure {
            func: FuncId(3),
            n: 0,
        });
        main.push(Op::DeferStack { args: 0 });
    }
    main.extend([
        Op::Push { v: 5 },
        Op::Call {
            func: FuncId(1),
            args: 1,
            rets: 1,
        },
        Op::StoreGlobal {
            off: 0,
            ty: gust_vm::types::builtin::INT,
            n: 1,
        },
        Op::DeferReturn,
        Op::Return { n: 0 },
    ]);
    let f = vec![
        Op::LocalAddImm { slot: 0, v: 1 },
        Op::Call {
            func: FuncId(2),
            args: 1,
            rets: 1,
        },
        Op::Return { n: 1 },
    ];
    let g = vec![
        Op::ConstIface {
            ty: builtin::STRING,
            s: 0,
        },
        Op::Panic {
            fresh: Fresh::Never,
        },
    ];
    let recoverer = vec![
        Op::Recover,
        Op::StoreGlobal {
            off: 8,
            ty: gust_vm::types::builtin::ANY,
            n: 2,
        },
        Op::Return { n: 0 },
    ];
    let mut prog = Program {
        funcs: vec![
            func("main.main", 0, 0, 10, main),
            func("main.f", 1, 1, 20, f),
            func("main.g", 1, 1, 30, g),
            func("main.main.func1", 0, 0, 40, recoverer),
        ],
        types: TypeTable::new(),
        strings: vec![b"boom".to_vec()],
        globals: 24,
        files: vec!["t.go".into()],
        ..Program::default()
    };
    verify_program(&mut prog).unwrap();
    prog
}

fn run(prog: Program, jit: bool) -> (Result<(), Unwind>, String, Vec<u64>) {
    let prog = Arc::new(prog);
    if jit {
        assert!(gust_vm::tier::Tier::compile(
            &mut Jit::new(),
            &prog,
            FuncId(1),
            &gust_vm::tier::NativeEnv::detached()
        )
        .is_some());
    }
    let err = Sink::default();
    let mut vm = Vm::new(
        prog.clone(),
        Config::default(),
        Box::new(std::io::sink()),
        Box::new(err.clone()),
    );
    if jit {
        vm.set_tier(Box::new(Jit::new()), 0);
    }
    let r = vm.run_main();
    let mut globals = vm.heap.words(prog.globals_handle()).to_vec();
    // The static box of the panic's string constant, for comparisons.
    globals.push(vm.heap.const_string_box(0));
    let stderr = String::from_utf8(err.0.borrow().clone()).unwrap();
    (r, stderr, globals)
}

#[test]
fn traceback_through_a_native_frame_matches_the_interpreter() {
    let (r_int, trace_int, _) = run(program(false), false);
    let (r_jit, trace_jit, _) = run(program(false), true);
    assert!(matches!(r_int, Err(Unwind::Panicked(_))));
    assert!(matches!(r_jit, Err(Unwind::Panicked(_))));
    assert_eq!(trace_jit, trace_int);
    // main.f's frame names the line of its call to g (instruction 1).
    assert!(
        trace_jit.contains("main.f(...)\n\tt.go:21\n"),
        "{trace_jit}"
    );
    assert!(trace_jit.starts_with("panic: boom\n"), "{trace_jit}");
}

#[test]
fn recovery_above_a_native_frame_unwinds_it_by_status() {
    let (r, stderr, globals) = run(program(true), true);
    assert!(r.is_ok(), "{r:?}: {stderr}");
    // main.main recovered "boom"; f's result was never stored.
    assert_eq!(globals[0], 0);
    assert_eq!(globals[1..3], [builtin::STRING.0 as u64, globals[3]]);
}
