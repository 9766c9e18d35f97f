//! Helpers shared by the JIT's integration tests.

use gust_jit::Jit;
use gust_vm::program::{Function, Program};
use gust_vm::types::TypeTable;
use gust_vm::verify::verify_program;
use gust_vm::vm::{Config, Vm};
use std::sync::Arc;

/// A verified program of `funcs` (entry: function 0) with one global.
pub fn program(funcs: Vec<Function>) -> Program {
    program_with_strings(funcs, Vec::new())
}

/// [`program`] with string constants `strings` (constant `i` at handle
/// `i + 2`).
pub fn program_with_strings(funcs: Vec<Function>, strings: Vec<Vec<u8>>) -> Program {
    let mut prog = Program {
        funcs,
        types: TypeTable::new(),
        globals: 8,
        strings,
        files: vec!["t.go".into()],
        ..Program::default()
    };
    verify_program(&mut prog).expect("test bytecode verifies");
    prog
}

/// Runs `prog`, every function compiled on its first call when `jit`;
/// returns global 0.
pub fn global0_after_run(prog: Program, jit: bool) -> u64 {
    let prog = Arc::new(prog);
    let mut vm = Vm::new(
        prog.clone(),
        Config::default(),
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    );
    if jit {
        vm.set_tier(Box::new(Jit::new()), 0);
    }
    vm.run_main().expect("runs");
    vm.heap.words(prog.globals_handle())[0]
}
