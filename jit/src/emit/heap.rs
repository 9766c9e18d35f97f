//! Inline heap access: slice elements and one-slot loads and stores
//! through pointers, via the heap's object table (each entry holds its
//! object's storage address); errors take
//! the slow path through `jit_op`. Memory is in Go's layout: a slot is
//! stored as its [`Mem`] says (narrow integers truncated on store and
//! extended on load, a `float32` slot's `float64` bits converted).

use super::cold::Cold;
use super::vstack::Opd;
use super::Emitter;
use dynasmrt::x64::Rq;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use gust_vm::heap::{OBJ_ADDR_OFFSET, OBJ_ENTRY_SIZE};
use gust_vm::op::Mem;
use gust_vm::tier::jit_op;

impl Emitter<'_> {
    /// For `Load`/`Store` of the pointer in slot displacement `at`: leaves
    /// the address it points at in `rdx`, or branches to the returned
    /// label for a nil pointer.
    pub(super) fn heap_addr(&mut self, at: i32) -> DynamicLabel {
        let slow = self.ops.new_dynamic_label();
        self.non_nil(at, slow);
        self.pointee();
        slow
    }

    /// `rax` = the pointer in slot displacement `at`; a nil one (handle
    /// 0) branches to `slow`. Clobbers `rdx`.
    fn non_nil(&mut self, at: i32, slow: DynamicLabel) {
        dynasm!(self.ops
            ; .arch x64
            ; mov rax, [rbx + at]
            ; mov rdx, rax
            ; shr rdx, 32
            ; jz =>slow
        );
    }

    /// `rdx` = the address that the pointer in `rax` (`h << 32 | off`)
    /// points at; clobbers `rax` and `r8`.
    fn pointee(&mut self) {
        dynasm!(self.ops ; .arch x64 ; mov rdx, rax ; shr rdx, 32 ; mov eax, eax);
        self.obj_addr(Rq::RDX, Rq::R8);
        dynasm!(self.ops ; .arch x64 ; add rdx, rax);
    }

    /// `rcx` = the index in slot displacement `i`, checked below the
    /// length at `len` (unsigned: a negative index is out of range too);
    /// out of range, to `slow`.
    fn checked_index(&mut self, i: i32, len: i32, slow: DynamicLabel) {
        dynasm!(self.ops
            ; .arch x64
            ; mov rcx, [rbx + i]
            ; cmp rcx, [rbx + len]
            ; jae =>slow
        );
    }

    /// `h` = the storage address of object `h` (a handle), read from its
    /// table entry (two words, the address at `OBJ_ADDR_OFFSET`), through
    /// `tmp`.
    pub(super) fn obj_addr(&mut self, h: Rq, tmp: Rq) {
        const _: () = assert!(OBJ_ENTRY_SIZE == 16);
        let (objs, at) = (self.layout.objs, OBJ_ADDR_OFFSET as i32);
        dynasm!(self.ops
            ; .arch x64
            ; mov Rq(tmp), [r12 + objs]
            ; shl Rq(h), 4
            ; mov Rq(h), [Rq(tmp) + Rq(h) + at]
        );
    }

    /// `rax` = the slot stored as `m` at `[base + disp]` (widened).
    pub(super) fn load_mem(&mut self, m: Mem, base: Rq, disp: i32) {
        let b = base;
        match m {
            Mem::U8 => dynasm!(self.ops ; .arch x64 ; movzx eax, BYTE [Rq(b) + disp]),
            Mem::I8 => dynasm!(self.ops ; .arch x64 ; movsx rax, BYTE [Rq(b) + disp]),
            Mem::U16 => dynasm!(self.ops ; .arch x64 ; movzx eax, WORD [Rq(b) + disp]),
            Mem::I16 => dynasm!(self.ops ; .arch x64 ; movsx rax, WORD [Rq(b) + disp]),
            Mem::U32 => dynasm!(self.ops ; .arch x64 ; mov eax, DWORD [Rq(b) + disp]),
            Mem::I32 => dynasm!(self.ops ; .arch x64 ; movsxd rax, DWORD [Rq(b) + disp]),
            Mem::F32 => dynasm!(self.ops
                ; .arch x64
                ; cvtss2sd xmm0, DWORD [Rq(b) + disp]
                ; movq rax, xmm0
            ),
            Mem::W64 => dynasm!(self.ops ; .arch x64 ; mov rax, QWORD [Rq(b) + disp]),
        }
    }

    /// Stores the slot in `src` (`rax` or `rcx`) as `m` at `[base + disp]`
    /// (narrowed).
    pub(super) fn store_mem(&mut self, m: Mem, base: Rq, disp: i32, src: Rq) {
        debug_assert!(matches!(src, Rq::RAX | Rq::RCX), "a source with a low byte");
        let (b, s) = (base, src);
        match m {
            Mem::U8 | Mem::I8 => dynasm!(self.ops ; .arch x64 ; mov BYTE [Rq(b) + disp], Rb(s)),
            Mem::U16 | Mem::I16 => dynasm!(self.ops ; .arch x64 ; mov WORD [Rq(b) + disp], Rw(s)),
            Mem::U32 | Mem::I32 => dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(b) + disp], Rd(s)),
            Mem::F32 => dynasm!(self.ops
                ; .arch x64
                ; movq xmm0, Rq(s)
                ; cvtsd2ss xmm0, xmm0
                ; movss DWORD [Rq(b) + disp], xmm0
            ),
            Mem::W64 => dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(b) + disp], Rq(s)),
        }
    }

    /// `dst = base + idx * size` (an element's address; `size` is a
    /// one-slot element's, 1, 2, 4 or 8).
    fn elem_addr(&mut self, dst: Rq, base: Rq, idx: Rq, size: usize) {
        let (d, b, i) = (dst, base, idx);
        match size {
            1 => dynasm!(self.ops ; .arch x64 ; lea Rq(d), [Rq(b) + Rq(i)]),
            2 => dynasm!(self.ops ; .arch x64 ; lea Rq(d), [Rq(b) + Rq(i) * 2]),
            4 => dynasm!(self.ops ; .arch x64 ; lea Rq(d), [Rq(b) + Rq(i) * 4]),
            _ => dynasm!(self.ops ; .arch x64 ; lea Rq(d), [Rq(b) + Rq(i) * 8]),
        }
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

    /// `LoadLocalElem` / `StoreLocalElem` (`store`) of elements stored as
    /// `m` on the slice in local slots `slot..slot + 3`, at `pc`, depth
    /// `d`, with pending operands: the index goes to `rcx` (the stored
    /// value to `rax`), the bounds check and the access are inline
    /// (element `i` of the array at `h << 32 | off` is at `addr(h) +
    /// off + i * size`), a loaded element is left pending in `rax`. An
    /// index out of range takes a cold path that writes the state out and
    /// calls `jit_op`, which raises Go's error.
    pub(super) fn local_elem(&mut self, slot: u32, m: Mem, d: u32, pc: u32, store: bool) {
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
        match self.home(slot + 1) {
            Some(h) => dynasm!(self.ops ; .arch x64 ; cmp rcx, Rq(h)),
            None => {
                let len = self.slot(slot + 1);
                dynasm!(self.ops ; .arch x64 ; cmp rcx, [rbx + len]);
            }
        }
        dynasm!(self.ops ; .arch x64 ; jae =>slow);
        match self.elem_base(slot) {
            Some(b) => self.elem_addr(Rq::RDX, b, Rq::RCX, m.size()),
            None => {
                self.load_local(Rq::RDX, slot);
                dynasm!(self.ops ; .arch x64 ; mov r9d, edx ; shr rdx, 32);
                self.obj_addr(Rq::RDX, Rq::R8);
                dynasm!(self.ops ; .arch x64 ; add rdx, r9);
                self.elem_addr(Rq::RDX, Rq::RDX, Rq::RCX, m.size());
            }
        }
        if store {
            self.store_mem(m, Rq::RDX, 0, Rq::RAX);
        } else {
            self.load_mem(m, Rq::RDX, 0);
            self.pend.push(Opd::Rax);
        }
    }
}

impl Emitter<'_> {
    /// `FieldAddr`: `p + off` for the pointer on top (a nil one raises
    /// through the slow path).
    pub(super) fn field_addr(&mut self, off: u32, d: u32, pc: u32) {
        self.flush(d);
        let at = self.opd(d - 1);
        let slow = self.ops.new_dynamic_label();
        self.non_nil(at, slow);
        dynasm!(self.ops ; .arch x64 ; add rax, off as i32 ; mov [rbx + at], rax);
        self.slow_path(slow, pc, d);
    }

    /// `StrIndex`: the byte at index `i` of the string below it, through
    /// the object table (a string's data pointer is `h << 32 | off`);
    /// an index out of range raises through the slow path.
    pub(super) fn str_index(&mut self, d: u32, pc: u32) {
        self.flush(d);
        let (data, len, i) = (self.opd(d - 3), self.opd(d - 2), self.opd(d - 1));
        let slow = self.ops.new_dynamic_label();
        self.checked_index(i, len, slow);
        dynasm!(self.ops ; .arch x64 ; mov rax, [rbx + data]);
        self.pointee();
        dynasm!(self.ops
            ; .arch x64
            ; movzx eax, BYTE [rdx + rcx]
            ; mov [rbx + data], rax
        );
        self.slow_path(slow, pc, d);
    }

    /// `SliceStr`: the view `s[lo:hi]` of the string below the present
    /// bounds (mask `bounds`: 1 lo, 2 hi), in place of it; bounds out of
    /// range raise through the slow path; an empty result is `""`, (0, 0).
    pub(super) fn slice_str(&mut self, bounds: u8, d: u32, pc: u32) {
        self.flush(d);
        let (has_lo, has_hi) = (bounds & 1 != 0, bounds & 2 != 0);
        let k = has_lo as u32 + has_hi as u32;
        let (data, len) = (self.opd(d - k - 2), self.opd(d - k - 1));
        let slow = self.ops.new_dynamic_label();
        let (empty, done) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        dynasm!(self.ops ; .arch x64 ; mov r9, [rbx + len]);
        if has_hi {
            let hi = self.opd(d - 1);
            dynasm!(self.ops ; .arch x64 ; mov rcx, [rbx + hi] ; cmp rcx, r9 ; ja =>slow);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov rcx, r9);
        }
        if has_lo {
            let lo = self.opd(d - k);
            dynasm!(self.ops ; .arch x64 ; mov rdx, [rbx + lo] ; cmp rdx, rcx ; ja =>slow);
        } else {
            dynasm!(self.ops ; .arch x64 ; xor edx, edx);
        }
        dynasm!(self.ops
            ; .arch x64
            ; sub rcx, rdx
            ; mov [rbx + len], rcx
            ; jz =>empty
            ; add [rbx + data], rdx
            ; jmp =>done
            ; =>empty
            ; mov QWORD [rbx + data], 0
            ; =>done
        );
        self.slow_path(slow, pc, d);
    }
}

impl Emitter<'_> {
    /// `SliceIndex` of elements of type `ty` (`n` slots, at most
    /// `INLINE_MOVE_SLOTS`), `SliceIndexAddr` (`n` = None: the element's
    /// address) of `size`-byte elements: bounds check, then the element's
    /// slots from their offsets (or its pointer) in place of the slice
    /// and index; an index out of range raises through the slow path.
    pub(super) fn slice_index(&mut self, slots: Option<&[(u32, Mem)]>, size: u32, d: u32, pc: u32) {
        self.flush(d);
        let (p, len, i) = (self.opd(d - 4), self.opd(d - 3), self.opd(d - 1));
        let slow = self.ops.new_dynamic_label();
        self.checked_index(i, len, slow);
        dynasm!(self.ops
            ; .arch x64
            ; imul rcx, rcx, size as i32
            ; mov rax, [rbx + p]
        );
        match slots {
            None => dynasm!(self.ops ; .arch x64 ; add rax, rcx ; mov [rbx + p], rax),
            Some(slots) => {
                self.pointee();
                dynasm!(self.ops ; .arch x64 ; add rdx, rcx);
                for (k, &(off, m)) in (0..).zip(slots) {
                    self.load_mem(m, Rq::RDX, off as i32);
                    let to = self.opd(d - 4 + k);
                    dynasm!(self.ops ; .arch x64 ; mov [rbx + to], rax);
                }
            }
        }
        self.slow_path(slow, pc, d);
    }

    /// `ArrayIndexAddr`: `&(*p)[i]` for the pointer `p` to an array of
    /// `len` elements of `size` bytes; a nil `p` or an index out of range
    /// raises through the slow path (nil first, as gc checks).
    pub(super) fn array_index_addr(&mut self, size: u32, len: u32, d: u32, pc: u32) {
        self.flush(d);
        let (p, i) = (self.opd(d - 2), self.opd(d - 1));
        let slow = self.ops.new_dynamic_label();
        self.non_nil(p, slow);
        dynasm!(self.ops
            ; .arch x64
            ; mov rcx, [rbx + i]
            ; cmp rcx, len as i32
            ; jae =>slow
            ; imul rcx, rcx, size as i32
            ; add rax, rcx
            ; mov [rbx + p], rax
        );
        self.slow_path(slow, pc, d);
    }
}

impl Emitter<'_> {
    /// `StrCmp` `==` / `!=` (`eq`): strings of different lengths differ,
    /// and two views of the same bytes are equal, without a call; the
    /// rest compare their bytes in the runtime (the cold path, which
    /// resumes here).
    pub(super) fn str_eq(&mut self, eq: bool, d: u32, pc: u32) {
        self.flush(d);
        let (a, alen, b, blen) = (
            self.opd(d - 4),
            self.opd(d - 3),
            self.opd(d - 2),
            self.opd(d - 1),
        );
        let (bytes, done) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        let (differ, same) = (!eq as i32, eq as i32);
        dynasm!(self.ops
            ; .arch x64
            ; mov rax, [rbx + alen]
            ; cmp rax, [rbx + blen]
            ; mov eax, differ
            ; jne >store
            ; mov rcx, [rbx + a]
            ; cmp rcx, [rbx + b]
            ; jne =>bytes
            ; mov eax, same
            ; store:
            ; mov [rbx + a], rax
            ; =>done
        );
        self.cold_call(
            bytes,
            (jit_op as *const () as i64, pc, self.locals + d),
            Some(done),
        );
    }
}
