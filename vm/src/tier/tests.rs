//! Unit tests for lazily materialized frame headers (`jit_materialize`)
//! on a hand-made machine stack and call-site map.

use super::*;
use crate::goroutine::Frame;
use crate::program::Function;
use crate::vm::Config;
use std::sync::Arc;

/// A tier that compiles nothing and knows three lazy call sites: the
/// return address `RET + i` is a call at pc `10 + i` of function `i`,
/// of function `i + 1`, whose frame starts at the caller's slot `4 + i`.
struct Sites;

const RET: usize = 0x1000;
const TRAMP: usize = 0x2000;

impl Tier for Sites {
    fn compile(&mut self, _: &Program, _: FuncId, _: &NativeEnv) -> Option<NativeCode> {
        None
    }

    fn call_site(&self, ret: usize) -> Option<CallSite> {
        let i = ret.checked_sub(RET).filter(|&i| i < 3)? as u32;
        Some(CallSite {
            pc: 10 + i,
            callee: FuncId(i + 1),
            first: 4 + i,
            tramp: TRAMP + i as usize,
        })
    }
}

/// A VM with the `Sites` tier and one header: function 0 at base 100.
fn vm() -> Vm {
    let funcs = (0..4)
        .map(|i| Function {
            name: format!("f{i}"),
            ..Function::default()
        })
        .collect();
    let prog = Program {
        funcs,
        ..Program::default()
    };
    let mut vm = Vm::new(
        Arc::new(prog),
        Config::default(),
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    );
    vm.set_tier(Box::new(Sites), 0);
    vm.g.frames.push(Frame {
        func: FuncId(0),
        pc: 0,
        base: 100,
        ret: 100,
        keep_results: true,
        closure: 0,
    });
    vm
}

/// The machine stack of lazy frames 1..=3 (frame 3 innermost at index
/// 0): per frame, the return address into its caller.
fn machine_stack() -> Vec<usize> {
    vec![RET + 2, RET + 1, RET]
}

#[test]
fn materialize_writes_the_missing_headers_and_redirects_returns() {
    let mut vm = vm();
    let mut stack = machine_stack();
    // SAFETY: `stack` holds frames 1..=3 as the invariant says.
    unsafe { jit_materialize(&mut vm, stack.as_mut_ptr(), 3) };
    let got: Vec<(u32, u32, u32)> =
        vm.g.frames
            .iter()
            .map(|f| (f.func.0, f.pc, f.base))
            .collect();
    // Each caller's pc is the call's + 1; each base its caller's + first.
    assert_eq!(got, [(0, 11, 100), (1, 12, 104), (2, 13, 109), (3, 0, 115)]);
    assert!(vm
        .g
        .frames
        .iter()
        .all(|f| f.ret == f.base && f.keep_results));
    assert_eq!(stack, [TRAMP + 2, TRAMP + 1, TRAMP]);

    // Frames that have headers are left alone.
    vm.g.frames[3].pc = 77;
    unsafe { jit_materialize(&mut vm, stack.as_mut_ptr(), 3) };
    assert_eq!(vm.g.frames.len(), 4);
    assert_eq!(vm.g.frames[3].pc, 77);
}

#[test]
fn materialize_extends_a_materialized_prefix() {
    let mut vm = vm();
    let mut stack = machine_stack();
    unsafe { jit_materialize(&mut vm, stack.as_mut_ptr().add(2), 1) };
    assert_eq!(vm.g.frames.len(), 2);
    assert_eq!(stack, [RET + 2, RET + 1, TRAMP]);
    // Frame 1 called on: only frames 2 and 3 are new, and frame 1's pc
    // is its new call's.
    vm.g.frames[1].pc = 0;
    unsafe { jit_materialize(&mut vm, stack.as_mut_ptr(), 3) };
    let pcs: Vec<u32> = vm.g.frames.iter().map(|f| f.pc).collect();
    assert_eq!(pcs, [11, 12, 13, 0]);
    assert_eq!(stack, [TRAMP + 2, TRAMP + 1, TRAMP]);
}
