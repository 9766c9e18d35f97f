//! Inline heap access: slice elements and one-slot loads and stores
//! through pointers, via the heap's per-handle address table; errors take
//! the slow path through `jit_op`.

use super::Emitter;
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

    /// Ends an inline fast path: the `slow` label runs the instruction at
    /// `pc` (depth `d`) through `jit_op`, which raises its error.
    pub(super) fn slow_path(&mut self, slow: DynamicLabel, pc: u32, d: u32) {
        let done = self.ops.new_dynamic_label();
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>slow);
        self.call_helper(jit_op as *const () as i64, pc, self.locals + d);
        dynasm!(self.ops ; .arch x64 ; =>done);
    }

    /// `LoadLocalElem` / `StoreLocalElem` (`store`) on the slice in local
    /// slots `slot..slot + 3`, at `pc`, depth `d`: the bounds check and
    /// the element access inline (slot `off + i` of object `h` is at
    /// `slot_addrs[h] + 8 * (off + i)`); an index out of range calls
    /// `jit_op`, which raises Go's error.
    pub(super) fn local_elem(&mut self, slot: u32, d: u32, pc: u32, store: bool) {
        let (p, len) = (self.slot(slot), self.slot(slot + 1));
        let i = self.opd(d - 1 - store as u32);
        let table = self.layout.slot_addrs;
        let slow = self.ops.new_dynamic_label();
        dynasm!(self.ops
            ; .arch x64
            ; mov rcx, [rbx + i]
            ; cmp rcx, [rbx + len]
            ; jae =>slow
            ; mov rax, [rbx + p]
            ; mov rdx, rax
            ; shr rdx, 32
            ; mov eax, eax
            ; add rax, rcx
            ; mov r8, [r12 + table]
            ; mov rdx, [r8 + rdx * 8]
        );
        if store {
            let v = self.opd(d - 1);
            dynasm!(self.ops ; .arch x64 ; mov rcx, [rbx + v] ; mov [rdx + rax * 8], rcx);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov rax, [rdx + rax * 8] ; mov [rbx + i], rax);
        }
        self.slow_path(slow, pc, d);
    }
}
