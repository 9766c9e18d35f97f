//! The virtual operand stack: operands kept out of memory within a basic
//! block ([`Opd`]), written to their slots when the state must be the
//! interpreter's.

use super::Emitter;
use dynasmrt::x64::Rq;
use dynasmrt::{dynasm, DynasmApi};
use gust_vm::op::Arith;

/// An operand of the top window of the operand stack, whose value may
/// not be in its slot yet (a baseline compiler's virtual stack: values
/// stay out of memory within a basic block).
///
/// **Invariants:** `pend` describes the top `pend.len()` operands (every
/// deeper one is in its slot); at most one is `Rax`, and it is written out
/// before anything else clobbers `rax`; a `Local(s)` is written out before
/// local `s` is stored to. At branch targets, branches, calls and every
/// instruction without a pending-aware emitter, all of them are written to
/// their slots first (`flush`), so the state there is exactly the
/// interpreter's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Opd {
    /// A constant.
    Const(i64),
    /// A copy of local slot `s` (no local is written while it is pending).
    Local(u32),
    /// The value in `rax`.
    Rax,
    /// In its slot already (the operand at this depth).
    Mem(u32),
}

/// Where an instruction finds an operand: a register or an immediate.
#[derive(Clone, Copy, Debug)]
pub(super) enum Src {
    /// In this register.
    Reg(Rq),
    /// A constant that fits a sign-extended 32-bit immediate.
    Imm(i32),
}

impl Emitter<'_> {
    /// Operand `o` as a register or immediate, loading it into `scratch`
    /// only when it is in memory (a homed local is used in its home).
    pub(super) fn src(&mut self, o: Opd, scratch: Rq) -> Src {
        match o {
            Opd::Const(v) if i32::try_from(v).is_ok() => Src::Imm(v as i32),
            Opd::Rax if scratch != Rq::RAX => {
                dynasm!(self.ops ; .arch x64 ; mov Rq(scratch), rax);
                Src::Reg(scratch)
            }
            Opd::Local(s) if self.home(s).is_some() => Src::Reg(self.home(s).expect("home")),
            o => Src::Reg(self.src_reg(o, scratch)),
        }
    }

    /// Operand `o` in a register: its home, `rax` for a pending `rax`,
    /// else `scratch` after loading it.
    pub(super) fn src_reg(&mut self, o: Opd, scratch: Rq) -> Rq {
        match o {
            Opd::Rax => Rq::RAX,
            Opd::Local(s) if self.home(s).is_some() => self.home(s).expect("home"),
            Opd::Const(v) => {
                dynasm!(self.ops ; .arch x64 ; mov Rq(scratch), QWORD v);
                scratch
            }
            Opd::Local(s) => {
                self.load_local(scratch, s);
                scratch
            }
            Opd::Mem(k) => {
                let at = self.opd(k);
                dynasm!(self.ops ; .arch x64 ; mov Rq(scratch), [rbx + at]);
                scratch
            }
        }
    }

    /// `h op= b` for homed local `slot` (home `h`) when `op` has an
    /// in-place form; writes the window's copies of the local out first
    /// (the window's top at depth `top`). False when it has none.
    pub(super) fn alu_in_place(&mut self, op: Arith, h: Rq, b: Opd, top: u32, slot: u32) -> bool {
        if !matches!(
            op,
            Arith::Add | Arith::Sub | Arith::And | Arith::Or | Arith::Xor
        ) {
            return false;
        }
        let b = self.src(b, Rq::RCX);
        self.materialize_local(top, slot);
        match (op, b) {
            (Arith::Add, Src::Reg(r)) => dynasm!(self.ops ; .arch x64 ; add Rq(h), Rq(r)),
            (Arith::Sub, Src::Reg(r)) => dynasm!(self.ops ; .arch x64 ; sub Rq(h), Rq(r)),
            (Arith::And, Src::Reg(r)) => dynasm!(self.ops ; .arch x64 ; and Rq(h), Rq(r)),
            (Arith::Or, Src::Reg(r)) => dynasm!(self.ops ; .arch x64 ; or Rq(h), Rq(r)),
            (Arith::Xor, Src::Reg(r)) => dynasm!(self.ops ; .arch x64 ; xor Rq(h), Rq(r)),
            (Arith::Add, Src::Imm(v)) => dynasm!(self.ops ; .arch x64 ; add Rq(h), v),
            (Arith::Sub, Src::Imm(v)) => dynasm!(self.ops ; .arch x64 ; sub Rq(h), v),
            (Arith::And, Src::Imm(v)) => dynasm!(self.ops ; .arch x64 ; and Rq(h), v),
            (Arith::Or, Src::Imm(v)) => dynasm!(self.ops ; .arch x64 ; or Rq(h), v),
            (Arith::Xor, Src::Imm(v)) => dynasm!(self.ops ; .arch x64 ; xor Rq(h), v),
            _ => unreachable!("checked above"),
        }
        self.local_written(slot);
        true
    }

    /// Writes window entry `j` to its slot (the window's top is at depth
    /// `top`), through `r8`: `rax` and `rcx` survive.
    pub(super) fn materialize(&mut self, top: u32, j: usize) {
        let k = top - self.pend.len() as u32 + j as u32;
        let to = self.opd(k);
        match self.pend[j] {
            Opd::Mem(_) => return,
            Opd::Rax => dynasm!(self.ops ; .arch x64 ; mov [rbx + to], rax),
            Opd::Const(v) if i32::try_from(v).is_ok() => {
                dynasm!(self.ops ; .arch x64 ; mov QWORD [rbx + to], v as i32)
            }
            Opd::Const(v) => dynasm!(self.ops ; .arch x64 ; mov r8, QWORD v ; mov [rbx + to], r8),
            Opd::Local(s) => match self.home(s) {
                Some(h) => dynasm!(self.ops ; .arch x64 ; mov [rbx + to], Rq(h)),
                None => {
                    let from = self.slot(s);
                    dynasm!(self.ops ; .arch x64 ; mov r8, [rbx + from] ; mov [rbx + to], r8);
                }
            },
        }
        self.pend[j] = Opd::Mem(k);
    }

    /// Writes every pending operand (the stack is `d` deep) to its slot.
    pub(super) fn flush(&mut self, d: u32) {
        for j in 0..self.pend.len() {
            self.materialize(d, j);
        }
        self.pend.clear();
    }

    /// Writes out the window's copies of local `slot` before a store to
    /// it (the window's top is at depth `top`).
    pub(super) fn materialize_local(&mut self, top: u32, slot: u32) {
        for j in 0..self.pend.len() {
            if self.pend[j] == Opd::Local(slot) {
                self.materialize(top, j);
            }
        }
    }

    /// Pops the top `K` operands of a `d`-deep stack for an instruction
    /// that consumes them (and clobbers `rax`: a pending `rax` left in the
    /// window is written out).
    pub(super) fn take<const K: usize>(&mut self, d: u32) -> [Opd; K] {
        let n = self.pend.len();
        let t = K.min(n);
        let mut out = [Opd::Mem(0); K];
        for (i, o) in out.iter_mut().enumerate() {
            *o = if i < K - t {
                Opd::Mem(d - K as u32 + i as u32)
            } else {
                self.pend[n - t + i - (K - t)]
            };
        }
        self.pend.truncate(n - t);
        let top = d - K as u32;
        if let Some(j) = self.pend.iter().position(|&p| p == Opd::Rax) {
            self.materialize(top, j);
        }
        out
    }

    /// Writes a pending `rax` out (the stack is `d` deep) before an
    /// instruction that clobbers it without consuming operands.
    pub(super) fn free_rax(&mut self, d: u32) {
        let [] = self.take::<0>(d);
    }

    /// Takes two operands: the deeper into `rax`, the top into `rcx`.
    pub(super) fn take_pair(&mut self, d: u32) {
        let [a, b] = self.take(d);
        self.load_pair(a, b);
    }

    /// `rax = a`, `rcx = b`.
    pub(super) fn load_pair(&mut self, a: Opd, b: Opd) {
        // `b` first: `a` may be the pending `rax`, `b` never both.
        self.load_rcx(b);
        self.load_rax(a);
    }

    /// `rax = ` operand `o`.
    pub(super) fn load_rax(&mut self, o: Opd) {
        match o {
            Opd::Const(v) => self.mov_rax(v),
            Opd::Local(s) => self.load_local(Rq::RAX, s),
            Opd::Rax => {}
            Opd::Mem(k) => {
                let at = self.opd(k);
                dynasm!(self.ops ; .arch x64 ; mov rax, [rbx + at]);
            }
        }
    }

    /// `rcx = ` operand `o`.
    pub(super) fn load_rcx(&mut self, o: Opd) {
        match o {
            Opd::Const(v) => self.mov_rcx(v),
            Opd::Local(s) => self.load_local(Rq::RCX, s),
            Opd::Rax => dynasm!(self.ops ; .arch x64 ; mov rcx, rax),
            Opd::Mem(k) => {
                let at = self.opd(k);
                dynasm!(self.ops ; .arch x64 ; mov rcx, [rbx + at]);
            }
        }
    }
}
