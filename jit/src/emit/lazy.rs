//! Lazy frame headers: native calls of *lazy* functions push no header.
//!
//! A function is lazy when nothing in its hot code reads or needs a frame
//! header: every instruction is inline native code (helpers only on cold
//! paths: a callee not compiled yet, a runtime error), it has no defers,
//! reads no captures, and every function it calls directly is lazy too
//! (so a lazy frame never calls code that pushes a header eagerly).
//! A call of a lazy callee (from any native code) then only moves the
//! frame registers and calls; the header is written, if ever, by
//! `jit_materialize`, which the cold paths of lazy functions call first,
//! from the call site recorded here (see the lazy-headers invariant in
//! `gust_vm::tier`). Each lazy call site gets a trampoline the
//! materializer redirects the return address to: it drops the header
//! again when the frame returns.

use super::calls::direct_callee;
use super::{supported, Emitter};
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use gust_vm::op::{Native, Op};
use gust_vm::program::{Function, Program};
use gust_vm::types::FuncId;

/// Per function of `prog`, whether it is lazy (the module doc): the
/// greatest set of functions whose code is inline and whose direct
/// callees are all in the set (recursion stays lazy).
pub fn lazy_funcs(prog: &Program) -> Vec<bool> {
    let mut lazy: Vec<bool> = prog.funcs.iter().map(inline_code).collect();
    loop {
        let mut changed = false;
        for (i, f) in prog.funcs.iter().enumerate() {
            if lazy[i] && !callees(f).all(|c| lazy_callee(prog, &lazy, c)) {
                lazy[i] = false;
                changed = true;
            }
        }
        if !changed {
            return lazy;
        }
    }
}

/// The functions `f` calls directly.
fn callees(f: &Function) -> impl Iterator<Item = FuncId> + '_ {
    f.code.iter().filter_map(|op| {
        let Op::Call { func, .. } = *op else {
            return None;
        };
        Some(func)
    })
}

/// Whether all of `f`'s code is inline native code that needs no frame
/// header (its calls aside, checked by [`lazy_funcs`]).
fn inline_code(f: &Function) -> bool {
    !f.code.is_empty()
        && f.open_defers.is_none()
        && f.deferreturn.is_none()
        && f.code.iter().all(|op| supported(op) && inline_op(op))
}

/// Whether the emitter's code for `op` calls no helper on its hot path
/// and reads no frame header ([`Op::native`]; a `Call` is inline only as
/// a direct call, whether its callee is lazy is checked separately). The
/// emitter checks it: a lazy function whose code calls a helper on its
/// hot path fails to compile, and in debug builds every instruction
/// declared `Inline` is checked (`Emitter::op`).
fn inline_op(op: &Op) -> bool {
    match op.native() {
        Native::Inline | Native::DirectCall => true,
        Native::Helper | Native::Interpreted => false,
    }
}

/// Whether a direct call of `callee` pushes no header: it is lazy and
/// called directly.
pub(super) fn lazy_callee(prog: &Program, lazy: &[bool], callee: FuncId) -> bool {
    lazy.get(callee.0 as usize).copied().unwrap_or(false) && direct_callee(prog.func(callee))
}

/// A lazy call site, for the call-site map.
pub(super) struct LazySite {
    /// Where the call returns to.
    pub(super) after: DynamicLabel,
    /// The offset of `after` (the return address).
    pub(super) ret: usize,
    /// The call's bytecode pc.
    pub(super) pc: u32,
    /// The callee.
    pub(super) callee: FuncId,
    /// The caller slot where the callee's frame starts.
    pub(super) first: u32,
}

/// A lazy call site with code offsets (made absolute by the JIT).
#[derive(Clone, Copy, Debug)]
pub struct SiteOffsets {
    /// Offset of the return address.
    pub ret: usize,
    /// Offset of the trampoline.
    pub tramp: usize,
    /// The call's bytecode pc.
    pub pc: u32,
    /// The callee.
    pub callee: FuncId,
    /// The caller slot where the callee's frame starts.
    pub first: u32,
}

impl Emitter<'_> {
    /// Emits the trampolines of the lazy call sites: with the callee's
    /// frame index still in `r14` (the direct convention keeps it), drop
    /// its header (truncate `G::frames` to it) and go on after the call.
    pub(super) fn emit_tramps(&mut self) -> Vec<SiteOffsets> {
        let len = self.layout.frames_len;
        let mut out = Vec::new();
        for s in std::mem::take(&mut self.sites) {
            let tramp = self.ops.offset().0;
            dynasm!(self.ops
                ; .arch x64
                ; cmp [r12 + len], r14
                ; jbe >keep
                ; mov [r12 + len], r14
                ; keep:
                ; jmp =>s.after
            );
            out.push(SiteOffsets {
                ret: s.ret,
                tramp,
                pc: s.pc,
                callee: s.callee,
                first: s.first,
            });
        }
        out
    }
}
