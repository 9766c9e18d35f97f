//! Inline heap access: slice elements and one-slot loads and stores
//! through pointers, via the heap's per-handle address table; errors take
//! the slow path through `jit_op`.

use super::cold::Cold;
use super::vstack::Opd;
use super::Emitter;
use dynasmrt::x64::Rq;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use gust_vm::tier::jit_op;

impl Emitter<'_> {
    /// For `Load`/`Store` of the pointer in slot displacement `at`: leaves
    /// its object's slot address in `rdx` and the slot index in `rax`, or
    /// branches to the returned label for a nil pointer.
    pub(super) fn heap_slot(&mut self, at: i32) -> DynamicLabel {
        let slow = self.ops.new_dynamic_label();
        let table = self.layout.slot_addrs;
        dynasm!(self.ops
            ; .arch x64
            ; mov rax, [rbx + at]
            ; mov rdx, rax
            ; shr rdx, 32
            ; jz =>slow
            ; mov eax, eax
            ; mov r8, [r12 + table]
            ; mov rdx, [r8 + rdx * 8]
        );
        slow
    }

    /// Ends an inline fast path: the `slow` label (out of line) runs the
    /// instruction at `pc` (depth `d`, every operand in its slot) through
    /// `jit_op`, which raises its error.
    pub(super) fn slow_path(&mut self, slow: DynamicLabel, pc: u32, d: u32) {
        let done = self.ops.new_dynamic_label();
        self.cold_call(
            slow,
            (jit_op as *const () as i64, pc, self.locals + d),
            Some(done),
        );
        dynasm!(self.ops ; .arch x64 ; =>done);
    }

    /// `LoadLocalElem` / `StoreLocalElem` (`store`) on the slice in local
    /// slots `slot..slot + 3`, at `pc`, depth `d`, with pending operands:
    /// the index goes to `rcx` (the stored value to `rax`), the bounds
    /// check and the access are inline (slot `off + i` of object `h` is at
    /// `slot_addrs[h] + 8 * (off + i)`), a loaded element is left pending
    /// in `rax`. An index out of range takes a cold path that writes the
    /// state out and calls `jit_op`, which raises Go's error.
    pub(super) fn local_elem(&mut self, slot: u32, d: u32, pc: u32, store: bool) {
        let taken = 1 + store as u32;
        let mut spill = vec![(Rq::RCX, self.opd(d - taken))];
        if store {
            let [i, v] = self.take(d);
            self.load_pair(v, i);
            spill.push((Rq::RAX, self.opd(d - 1)));
        } else {
            let [i] = self.take(d);
            self.load_rcx(i);
        }
        debug_assert!(!self.pend.contains(&Opd::Rax), "take() wrote rax out");
        let slow = self.ops.new_dynamic_label();
        self.cold.push(Cold {
            entry: slow,
            pend: self.pend.clone(),
            top: d - taken,
            spill,
            helper: (jit_op as *const () as i64, pc, self.locals + d),
            resume: None,
        });
        let table = self.layout.slot_addrs;
        match self.home(slot + 1) {
            Some(h) => dynasm!(self.ops ; .arch x64 ; cmp rcx, Rq(h)),
            None => {
                let len = self.slot(slot + 1);
                dynasm!(self.ops ; .arch x64 ; cmp rcx, [rbx + len]);
            }
        }
        dynasm!(self.ops ; .arch x64 ; jae =>slow);
        if let Some(b) = self.elem_base(slot) {
            if store {
                dynasm!(self.ops ; .arch x64 ; mov [Rq(b) + rcx * 8], rax);
            } else {
                dynasm!(self.ops ; .arch x64 ; mov rax, [Rq(b) + rcx * 8]);
                self.pend.push(Opd::Rax);
            }
            return;
        }
        self.load_local(Rq::RDX, slot);
        dynasm!(self.ops
            ; .arch x64
            ; mov r9d, edx
            ; shr rdx, 32
            ; add r9, rcx
            ; mov r8, [r12 + table]
            ; mov rdx, [r8 + rdx * 8]
        );
        if store {
            dynasm!(self.ops ; .arch x64 ; mov [rdx + r9 * 8], rax);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov rax, [rdx + r9 * 8]);
            self.pend.push(Opd::Rax);
        }
    }
}
