//! Open-coded defers: deferBits and funcdata slots at each `defer`, the
//! bit tests at the deferreturn exit.

use super::calls::{direct_callee, DirectCall};
use super::Emitter;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use gust_vm::op::Op;
use gust_vm::program::Function;
use gust_vm::tier::jit_open_defer;
use gust_vm::types::FuncId;

/// Per open-coded defer (by `defer_index`), the function its closure
/// runs, when a `MakeClosure` in the same basic block made the closure
/// operand of its `DeferStack` (walking back over the instructions that
/// leave that operand alone).
pub(super) fn deferred_funcs(
    f: &Function,
    defer_index: &[Option<u32>],
    depths: &[Option<u32>],
) -> Vec<Option<FuncId>> {
    let mut targets = vec![false; f.code.len()];
    for t in f.code.iter().filter_map(Op::branch_target) {
        targets[t as usize] = true;
    }
    let mut out = vec![None; defer_index.iter().flatten().count()];
    for (pc, i) in defer_index.iter().enumerate() {
        let (Some(i), Some(d), Op::DeferStack { args }) = (i, depths[pc], f.code[pc]) else {
            continue;
        };
        let want = d - args - 1;
        let mut q = pc;
        while q > 0 && !targets[q] {
            q -= 1;
            let Some(dq) = depths[q] else { break };
            let (pops, pushes) = f.code[q].stack_effect();
            if dq - pops > want {
                continue; // it works above the operand
            }
            if let Op::MakeClosure { func, .. } = f.code[q] {
                if dq - pops + pushes == want + 1 {
                    out[*i as usize] = Some(func);
                }
            }
            break;
        }
    }
    out
}

impl Emitter<'_> {
    /// An open-coded defer (the `DeferStack` at `pc`, depth `d`): the
    /// closure and its `args` slots move to the funcdata's slots and the
    /// defer's bit is set in deferBits.
    pub(super) fn open_defer(&mut self, d: u32, args: u32, pc: u32) {
        let od = self.open.as_ref().expect("funcdata");
        let i = self.defer_index[pc as usize].expect("open-coded defer site");
        let (closure, first, n) = od.defers[i as usize];
        debug_assert_eq!(n, args);
        let bits = self.slot(od.bits_slot);
        let from = d - args - 1;
        self.copy(self.opd(from), self.slot(closure));
        for j in 0..args {
            self.copy(self.opd(from + 1 + j), self.slot(first + j));
        }
        dynasm!(self.ops ; .arch x64 ; or QWORD [rbx + bits], 1 << i);
    }

    /// The deferreturn exit of a function with open-coded defers: tests
    /// the bits from high to low, clearing each before its call.
    pub(super) fn open_deferreturn(&mut self, pc: u32) {
        let od = self.open.clone().expect("funcdata");
        let bits = self.slot(od.bits_slot);
        for i in (0..od.defers.len() as u32).rev() {
            let skip = self.ops.new_dynamic_label();
            dynasm!(self.ops
                ; .arch x64
                ; test QWORD [rbx + bits], 1 << i
                ; jz =>skip
                ; and QWORD [rbx + bits], !(1 << i)
            );
            let slow = (jit_open_defer as *const () as i64, pc, i);
            let (closure, first, n) = od.defers[i as usize];
            match self.deferred_funcs[i as usize] {
                // The deferred call's frame goes right above the locals:
                // the operand stack is empty at the deferreturn exit.
                Some(func)
                    if direct_callee(self.prog.func(func)) && self.prog.func(func).params == n =>
                {
                    let call = DirectCall {
                        func,
                        first: self.locals,
                        closure: Some(closure),
                        copy_args: Some((first, n)),
                        keep: false,
                    };
                    self.direct_seq(call, pc, slow);
                }
                _ => self.call_helper(slow.0, slow.1, slow.2),
            }
            dynasm!(self.ops ; .arch x64 ; =>skip);
        }
    }
}
