//! Integer division and remainder, inline: `idiv`/`div` behind Go's
//! checks. A zero divisor takes a cold path that writes the operands out
//! and lets `jit_op` raise Go's error; `MinInt64 / -1` (which traps on
//! x86) takes Go's wrapping result instead.

use super::cold::Cold;
use super::vstack::Opd;
use super::Emitter;
use dynasmrt::x64::Rq;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use gust_vm::op::Arith;
use gust_vm::tier::jit_op;

/// Whether `op` is an integer division or remainder.
pub(super) fn int_div(op: Arith) -> bool {
    matches!(op, Arith::DivS | Arith::DivU | Arith::RemS | Arith::RemU)
}

impl Emitter<'_> {
    /// `rax = rax op rcx` for an [`int_div`] `op` of the instruction at
    /// `pc` whose two operands were taken at depth `d` (`rax` the
    /// dividend, `rcx` the divisor, the rest of the window still in
    /// `pend`). `divisor` is the divisor when it is a constant, which
    /// spares the checks it makes needless (a zero constant never comes
    /// here).
    pub(super) fn divide(&mut self, op: Arith, d: u32, pc: u32, divisor: Option<i64>) {
        debug_assert!(
            divisor != Some(0),
            "a zero constant divisor is the helper's"
        );
        if divisor.is_none() {
            let slow = self.ops.new_dynamic_label();
            self.cold.push(Cold {
                entry: slow,
                pend: self.pend.clone(),
                top: d - 2,
                spill: vec![(Rq::RAX, self.opd(d - 2)), (Rq::RCX, self.opd(d - 1))],
                helper: (jit_op as *const () as i64, pc, self.locals + d),
                resume: None,
            });
            dynasm!(self.ops ; .arch x64 ; test rcx, rcx ; jz =>slow);
        }
        debug_assert!(!self.pend.contains(&Opd::Rax), "take() wrote rax out");
        let signed = matches!(op, Arith::DivS | Arith::RemS);
        let rem = matches!(op, Arith::RemS | Arith::RemU);
        if !signed {
            dynasm!(self.ops ; .arch x64 ; xor edx, edx ; div rcx);
        } else if divisor.is_some_and(|v| v != -1) {
            dynasm!(self.ops ; .arch x64 ; cqo ; idiv rcx);
        } else {
            // x / -1 is -x (wrapping), x % -1 is 0.
            let minus_one = self.ops.new_dynamic_label();
            let done = self.ops.new_dynamic_label();
            dynasm!(self.ops
                ; .arch x64
                ; cmp rcx, -1
                ; je =>minus_one
                ; cqo
                ; idiv rcx
            );
            if rem {
                dynasm!(self.ops ; .arch x64 ; mov rax, rdx);
            }
            dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>minus_one);
            if rem {
                dynasm!(self.ops ; .arch x64 ; xor eax, eax);
            } else {
                dynasm!(self.ops ; .arch x64 ; neg rax);
            }
            dynasm!(self.ops ; .arch x64 ; =>done);
            return;
        }
        if rem {
            dynasm!(self.ops ; .arch x64 ; mov rax, rdx);
        }
    }
}
