//! Calls from native code: runtime helpers and direct calls of compiled
//! callees, which push the frame header themselves (or, for a lazy
//! callee, none).

use super::lazy::{lazy_callee, LazySite};
use super::Emitter;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use gust_vm::program::Function;
use gust_vm::tier::{jit_call, jit_materialize};
use gust_vm::types::FuncId;

/// A direct call for `Emitter::direct_seq`.
pub(super) struct DirectCall {
    /// The callee.
    pub(super) func: FuncId,
    /// Caller slot where the callee's frame starts.
    pub(super) first: u32,
    /// Caller slot holding the closure handle the callee runs (none for
    /// a plain function).
    pub(super) closure: Option<u32>,
    /// Caller slots `(from, n)` to copy into the callee's parameters (none
    /// when the arguments already sit at `first`).
    pub(super) copy_args: Option<(u32, u32)>,
    /// Whether the caller takes the results (copied to `first`).
    pub(super) keep: bool,
}

/// Whether calls of `f` may enter its native code directly: it has
/// bytecode and few locals to zero.
pub(super) fn direct_callee(f: &Function) -> bool {
    !f.code.is_empty() && f.locals - f.pad - f.params <= 16
}

impl Emitter<'_> {
    /// Calls runtime helper `f(vm, a, b)` (the `jit_call` / `jit_op`
    /// shape): a null result unwinds, anything else is the frame's slot 0.
    /// In a lazy function (only on cold paths) the headers of the lazy
    /// frames up to this one are written first (`jit_materialize`), and
    /// `rsp`, whose alignment depends on the call depth there, is aligned
    /// around the calls.
    pub(super) fn call_helper(&mut self, f: i64, a: u32, b: u32) {
        self.spill_homes();
        if !self.in_cold {
            self.needs_header("a helper call on the hot path");
        }
        if self.lazy {
            dynasm!(self.ops
                ; .arch x64
                ; mov rsi, rsp
                ; sub rsp, 8
                ; and rsp, -16
                ; mov [rsp], rsi
                ; mov rdi, r12
                ; mov rdx, r14
                ; mov rax, QWORD jit_materialize as *const () as i64
                ; call rax
            );
        }
        dynasm!(self.ops
            ; .arch x64
            ; mov rdi, r12
            ; mov esi, a as i32
            ; mov edx, b as i32
            ; mov rax, QWORD f
            ; call rax
        );
        if self.lazy {
            dynasm!(self.ops ; .arch x64 ; mov rsp, [rsp]);
        }
        dynasm!(self.ops
            ; .arch x64
            ; test rax, rax
            ; jz ->unwind
            ; mov rbx, rax
        );
        self.reload_homes();
    }

    /// Records that the code needs its frame header, which a lazy
    /// function does not have.
    pub(super) fn needs_header(&mut self, why: &'static str) {
        self.header_uses += 1;
        if self.lazy {
            self.broken.get_or_insert(why);
        }
    }

    /// `Call { func, args }` at `pc`, depth `d`, of a callee that may be
    /// entered directly (else through `jit_call`).
    pub(super) fn direct_call(&mut self, func: FuncId, args: u32, d: u32, pc: u32) {
        let call = DirectCall {
            func,
            first: self.locals + d - args,
            closure: None,
            copy_args: None,
            keep: true,
        };
        self.direct_seq(
            call,
            pc,
            (jit_call as *const () as i64, pc, self.locals + d),
        );
    }

    /// A direct call: when the callee is compiled and there is room for
    /// its slots and machine stack, the code calls the callee's direct
    /// entry (the direct convention, see the module doc of `emit`);
    /// otherwise (out of line) it calls the runtime helper `slow` =
    /// `(helper, a, b)` (the `call_helper` shape). A call of a lazy
    /// callee pushes no frame header (see `lazy.rs`); any other pushes it
    /// as `push_frame` does, and pops it after. Homes are spilled before
    /// and reloaded after either.
    pub(super) fn direct_seq(&mut self, c: DirectCall, pc: u32, slow: (i64, u32, u32)) {
        let callee = self.prog.func(c.func);
        let l = self.layout;
        let nb = self.slot(c.first);
        let room = ((callee.locals + callee.max_stack) * 8) as i32;
        let entry_at = self.entries + c.func.0 as i64 * 8;
        let (slow_l, done) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        // A lazy callee reads neither its header's closure nor `keep`
        // (it returns natively): deferred calls of one are lazy too.
        let lazy = lazy_callee(self.prog, self.lazy_funcs, c.func);
        if !lazy {
            // A lazy frame has no header to push the callee's above.
            self.needs_header("an eager call");
        }
        // A recursive call needs no entry lookup: this code is running.
        let recursive = std::ptr::eq(callee, self.f);
        self.spill_homes();
        if !recursive {
            dynasm!(self.ops
                ; .arch x64
                ; mov rax, QWORD entry_at
                ; mov rax, [rax]
                ; test rax, rax
                ; jz =>slow_l
            );
        }
        dynasm!(self.ops
            ; .arch x64
            ; cmp rsp, [r12 + l.stack_limit]
            ; jb =>slow_l
            ; lea rdx, [rbx + nb + room]
            ; cmp rdx, [r12 + l.stack_end]
            ; ja =>slow_l
        );
        if !lazy {
            self.push_header(&c, pc, slow_l);
        }
        // (`rax` holds the callee's entry: copy through `r9`.)
        if let Some((from, n)) = c.copy_args {
            for k in 0..n {
                let (from, to) = (self.slot(from + k), self.slot(c.first + k));
                dynasm!(self.ops ; .arch x64 ; mov r9, [rbx + from] ; mov [rbx + to], r9);
            }
        }
        // Every zero slot is a zero value (the pad is never read).
        for k in callee.params..callee.locals - callee.pad {
            dynasm!(self.ops ; .arch x64 ; mov QWORD [rbx + nb + (k * 8) as i32], 0);
        }
        // The direct convention: the callee's registers in, ours back.
        dynasm!(self.ops
            ; .arch x64
            ; add rbx, nb
            ; add r13, nb
            ; inc r14
        );
        if recursive {
            dynasm!(self.ops ; .arch x64 ; call ->body);
        } else {
            dynasm!(self.ops ; .arch x64 ; call rax);
        }
        if lazy {
            let after = self.ops.new_dynamic_label();
            let ret = self.ops.offset().0;
            dynasm!(self.ops ; .arch x64 ; =>after);
            self.sites.push(LazySite {
                after,
                ret,
                pc,
                callee: c.func,
                first: c.first,
            });
        }
        dynasm!(self.ops
            ; .arch x64
            ; sub r13, nb
            ; dec r14
            // The stack may have moved.
            ; mov rbx, [r12 + l.stack_ptr]
            ; add rbx, r13
        );
        self.reload_homes();
        dynasm!(self.ops ; .arch x64 ; test rax, rax ; jz ->unwind);
        if !lazy {
            // Pop the header. Native code returns its results in its
            // slots 0.., the caller's slots `first..`: where it wants them.
            dynasm!(self.ops
                ; .arch x64
                ; lea r9, [r14 + 1]
                ; mov [r12 + l.frames_len], r9
            );
        }
        self.cold_call(slow_l, slow, Some(done));
        dynasm!(self.ops ; .arch x64 ; =>done);
    }

    /// Pushes the header of `c`'s callee at index `r14 + 1` (this frame is
    /// the innermost, and has its own header), after saving the caller's
    /// pc, or branches to `slow_l` when the frame stack is full. Leaves `rdx` at the header. (The callee's own pc is
    /// written before anything can read it: native code saves it at
    /// every call and helper.)
    fn push_header(&mut self, c: &DirectCall, pc: u32, slow_l: DynamicLabel) {
        let l = self.layout;
        let fs = l.frame_size;
        // `len * size` below is `(len * 3) << 3`.
        assert_eq!(fs, 24, "frame header size changed");
        let nb = self.slot(c.first);
        dynasm!(self.ops
            ; .arch x64
            // frames_len is written, never read back.
            ; lea rcx, [r14 + 1]
            ; cmp rcx, [r12 + l.frames_limit]
            ; jae =>slow_l
            ; lea rdx, [rcx + rcx * 2]
            ; shl rdx, 3
            ; add rdx, [r12 + l.frames_ptr]
            ; mov DWORD [rdx - fs + l.frame_pc], (pc + 1) as i32
            ; lea r8, [r13 + nb]
            ; shr r8, 3
            ; mov DWORD [rdx + l.frame_func], c.func.0 as i32
            ; mov [rdx + l.frame_base], r8d
            ; mov [rdx + l.frame_ret], r8d
            ; lea r9, [rcx + 1]
            ; mov [r12 + l.frames_len], r9
        );
        // `keep` and `closure` share one 8-byte word (`keep` in its low
        // byte, zero padding, then `closure`).
        assert_eq!(l.frame_closure, l.frame_keep + 4, "Frame layout changed");
        match c.closure {
            Some(s) => {
                let s = self.slot(s);
                dynasm!(self.ops
                    ; .arch x64
                    ; mov r8, [rbx + s]
                    ; shl r8, 32
                    ; or r8, c.keep as i32
                    ; mov [rdx + l.frame_keep], r8
                );
            }
            None => dynasm!(self.ops ; .arch x64 ; mov QWORD [rdx + l.frame_keep], c.keep as i32),
        }
    }
}
