//! Cold paths: the helper calls behind inline fast paths (a callee not
//! compiled yet, an index out of range, a nil pointer), placed after the
//! function's body so the hot code falls straight through.

use super::vstack::Opd;
use super::Emitter;
use dynasmrt::x64::Rq;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use gust_vm::tier::jit_poll;

/// One cold path, emitted by [`Emitter::emit_cold`].
///
/// **Invariant:** at `entry` the frame's state is the interpreter's once
/// `pend` (the window as it was at the branch, its top at depth `top`) is
/// written out and each `spill` register is stored to its slot; the
/// fast path changed no local since, so pending `Local` copies are still
/// right.
pub(super) struct Cold {
    /// Where the fast path branches to.
    pub(super) entry: DynamicLabel,
    /// The pending operands at the branch.
    pub(super) pend: Vec<Opd>,
    /// Depth of the window's top.
    pub(super) top: u32,
    /// Taken operands: register, slot displacement.
    pub(super) spill: Vec<(Rq, i32)>,
    /// The helper call `(f, a, b)` (the `call_helper` shape).
    pub(super) helper: (i64, u32, u32),
    /// Where the fast path continues after a helper that returns (with
    /// every operand in its slot); `None` when the helper always raises.
    pub(super) resume: Option<DynamicLabel>,
}

impl Emitter<'_> {
    /// A cold path for state that is entirely in slots (no pending
    /// operands): `entry` calls `helper`, then continues at `resume`.
    pub(super) fn cold_call(
        &mut self,
        entry: DynamicLabel,
        helper: (i64, u32, u32),
        resume: Option<DynamicLabel>,
    ) {
        debug_assert!(self.pend.is_empty(), "a cold call with pending operands");
        self.cold.push(Cold {
            entry,
            pend: Vec::new(),
            top: 0,
            spill: Vec::new(),
            helper,
            resume,
        });
    }

    /// A poll for a stop request at bytecode `pc` (a function entry or a
    /// loop header, with no operand pending): two loads and a compare on
    /// the hot path (and a unit of fuel spent, when the VM counts fuel);
    /// `jit_poll`, which unwinds, on the cold one.
    pub(super) fn poll(&mut self, pc: u32) {
        let (cold, resume) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        let (word, fuel) = (self.layout.stop_word, self.layout.fuel);
        if self.fuel {
            dynasm!(self.ops ; .arch x64 ; sub QWORD [r12 + fuel], 1 ; js =>cold);
        }
        dynasm!(self.ops
            ; .arch x64
            ; mov rax, [r12 + word]
            ; cmp DWORD [rax], 0
            ; jne =>cold
            ; =>resume
        );
        self.cold_call(cold, (jit_poll as *const () as i64, pc, 0), Some(resume));
    }

    /// Emits the cold paths recorded so far.
    pub(super) fn emit_cold(&mut self) {
        self.in_cold = true;
        for c in std::mem::take(&mut self.cold) {
            dynasm!(self.ops ; .arch x64 ; =>c.entry);
            self.pend = c.pend;
            self.flush(c.top);
            for (r, at) in c.spill {
                dynasm!(self.ops ; .arch x64 ; mov [rbx + at], Rq(r));
            }
            self.call_helper(c.helper.0, c.helper.1, c.helper.2);
            match c.resume {
                Some(l) => dynasm!(self.ops ; .arch x64 ; jmp =>l),
                None => dynasm!(self.ops ; .arch x64 ; ud2),
            }
        }
        self.in_cold = false;
    }
}
