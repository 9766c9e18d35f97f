//! Register homes: the hottest one-slot locals of a function with loops
//! live in registers for the whole function.
//!
//! **Invariant:** a homed local's value is in its register everywhere in
//! the function's code; its slot is written (`spill_homes`) right before
//! every call out of the code (helpers and direct calls) and the
//! registers are re-read (`reload_homes`) right after one that returns,
//! and at the body's entries (pc 0, `->osr`). So whenever anything but
//! this code runs, the frame's slots hold exactly the interpreter's state.
//! Every emitter that touches locals inline is home-aware; nothing is
//! homed in a function with defers (the runtime reads their funcdata
//! slots, and a recovery resumes the frame).
//!
//! One slice local indexed in loops may also get an *element base* in
//! `rsi`: the address of its element 0 (`addr(h) + off` of its
//! array pointer). **Invariant:** `rsi` holds it everywhere in the code:
//! it is recomputed after every inline write of the pointer slot and
//! wherever the homes are reloaded. (Slot objects never move and nothing
//! is freed, so the address stays good while the pointer does.)

use super::Emitter;
use dynasmrt::x64::Rq;
use dynasmrt::{dynasm, DynasmApi};
use gust_vm::op::Op;
use gust_vm::program::Function;

/// Home registers: not used as scratch by any emitter before a branch to
/// a cold path (rax, rcx, rdx, r8 and r9 are), nor by the fixed frame
/// registers. `rdi` is the helpers' first argument, written after the
/// spill.
const HOME_REGS: [Rq; 5] = [Rq::R15, Rq::RBP, Rq::R10, Rq::R11, Rq::RDI];

/// The element base register (`rsi`, the helpers' second argument,
/// written after the spill and recomputed after the call).
const ELEM_BASE: Rq = Rq::RSI;

/// A function's register homes.
#[derive(Debug, Default)]
pub(super) struct Homes {
    /// Homed locals: `(slot, register)`, the most used first.
    pub(super) regs: Vec<(u32, Rq)>,
    /// The slice local (its first slot) whose element base is in `rsi`.
    pub(super) elems: Option<u32>,
}

/// How many times more a use inside a loop counts, per loop level.
const LOOP_WEIGHT: u64 = 8;

/// The local slots an instruction names, counted as uses when its
/// opcode has inline code ([`Op::may_be_inline`], even if these operands
/// go to a helper); every such emitter is home-aware. (Instructions run
/// by a helper reach locals in memory, which the spill before every
/// helper call keeps exact.)
fn inline_slots(op: &Op) -> impl Iterator<Item = u32> {
    let slots = if op.may_be_inline() {
        op.local_slots()
    } else {
        [0..0, 0..0]
    };
    slots.into_iter().flatten()
}

/// The homes of `f`'s locals, chosen by uses weighted by loop depth;
/// none for a function without loops or with defers.
pub(super) fn choose_homes(f: &Function) -> Homes {
    if f.deferreturn.is_some() || f.open_defers.is_some() {
        return Homes::default();
    }
    // Loops are the ranges of backward branches.
    let loops: Vec<(usize, usize)> = f
        .code
        .iter()
        .enumerate()
        .filter_map(|(pc, op)| {
            let t = op.branch_target()? as usize;
            (t <= pc).then_some((t, pc))
        })
        .collect();
    if loops.is_empty() {
        return Homes::default();
    }
    let n = f.locals as usize;
    let (mut weight, mut elem_weight) = (vec![0u64; n], vec![0u64; n]);
    for (pc, op) in f.code.iter().enumerate() {
        let depth = loops.iter().filter(|&&(a, b)| a <= pc && pc <= b).count();
        let w = LOOP_WEIGHT.saturating_pow(depth.min(6) as u32);
        for s in inline_slots(op) {
            if let Some(x) = weight.get_mut(s as usize) {
                *x += w;
            }
        }
        if let Op::LoadLocalElem { slot, .. } | Op::StoreLocalElem { slot, .. } = *op {
            if let Some(x) = elem_weight.get_mut(slot as usize) {
                *x += w;
            }
        }
    }
    let top = |w: &[u64]| {
        let mut c: Vec<u32> = (0..n as u32)
            .filter(|&s| w[s as usize] >= LOOP_WEIGHT)
            .collect();
        c.sort_by_key(|&s| std::cmp::Reverse(w[s as usize]));
        c
    };
    Homes {
        regs: top(&weight).into_iter().zip(HOME_REGS).collect(),
        elems: top(&elem_weight).first().copied(),
    }
}

impl Emitter<'_> {
    /// The register homing local `s`, if any.
    pub(super) fn home(&self, s: u32) -> Option<Rq> {
        self.homes.regs.iter().find(|h| h.0 == s).map(|h| h.1)
    }

    /// The register holding the element base of the slice in local
    /// `slot..slot + 3`, if any.
    pub(super) fn elem_base(&self, slot: u32) -> Option<Rq> {
        (self.homes.elems == Some(slot)).then_some(ELEM_BASE)
    }

    /// Recomputes the element base after local `s` may have changed
    /// (through `rdx` and `r8`).
    pub(super) fn local_written(&mut self, s: u32) {
        if self.homes.elems == Some(s) {
            self.load_elem_base(s);
        }
    }

    /// `rsi = addr(h) + off` for the pointer `h << 32 | off` in
    /// local `s` (through `rdx` and `r8`).
    fn load_elem_base(&mut self, s: u32) {
        self.load_local(Rq::RDX, s);
        dynasm!(self.ops ; .arch x64 ; mov r8d, edx ; shr rdx, 32);
        self.obj_addr(Rq::RDX, Rq::RSI);
        dynasm!(self.ops ; .arch x64 ; lea rsi, [rdx + r8]);
    }

    /// Writes every home to its slot.
    pub(super) fn spill_homes(&mut self) {
        for &(s, r) in &self.homes.regs {
            let at = (s * 8) as i32;
            dynasm!(self.ops ; .arch x64 ; mov [rbx + at], Rq(r));
        }
    }

    /// Reads every home from its slot (and recomputes the element base).
    pub(super) fn reload_homes(&mut self) {
        for &(s, r) in &self.homes.regs {
            let at = (s * 8) as i32;
            dynasm!(self.ops ; .arch x64 ; mov Rq(r), [rbx + at]);
        }
        if let Some(s) = self.homes.elems {
            self.load_elem_base(s);
        }
    }

    /// `dst = L[s]`.
    pub(super) fn load_local(&mut self, dst: Rq, s: u32) {
        match self.home(s) {
            Some(h) => dynasm!(self.ops ; .arch x64 ; mov Rq(dst), Rq(h)),
            None => {
                let at = self.slot(s);
                dynasm!(self.ops ; .arch x64 ; mov Rq(dst), [rbx + at]);
            }
        }
    }

    /// `L[s] = src` (then the element base follows, through `rdx`, `r8`).
    pub(super) fn store_local(&mut self, s: u32, src: Rq) {
        match self.home(s) {
            Some(h) => dynasm!(self.ops ; .arch x64 ; mov Rq(h), Rq(src)),
            None => {
                let at = self.slot(s);
                dynasm!(self.ops ; .arch x64 ; mov [rbx + at], Rq(src));
            }
        }
        self.local_written(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gust_vm::op::{Arith, Cmp};

    /// `for i := 0; i < L[1]; i++ { L[2] += i }` with `extra` in the body.
    fn looping(extra: Vec<Op>, locals: u32) -> Function {
        let mut code = vec![
            Op::Push { v: 0 },
            Op::StoreLocal { slot: 0 },
            Op::Jump { target: 0 }, // patched below
        ];
        let body = code.len() as u32;
        code.extend([
            Op::LoadLocal2 { a: 2, b: 0 },
            Op::ArithStore {
                op: Arith::Add,
                slot: 2,
            },
        ]);
        code.extend(extra);
        code.push(Op::IncLocal { slot: 0, by: 1 });
        let head = code.len() as u32;
        code[2] = Op::Jump { target: head };
        code.push(Op::LocalLocalCmpJump {
            a: 0,
            b: 1,
            op: Cmp::GeS,
            target: body,
        });
        code.push(Op::Return { n: 0 });
        Function {
            code,
            locals,
            ..Function::default()
        }
    }

    #[test]
    fn loop_locals_get_homes_by_weight() {
        let h = choose_homes(&looping(vec![], 3)).regs;
        let slots: Vec<u32> = h.iter().map(|x| x.0).collect();
        // i is used most in the loop, then the sum, then the bound.
        assert_eq!(slots, vec![0, 2, 1]);
        assert_eq!(h[0].1, HOME_REGS[0]);
    }

    #[test]
    fn multi_slot_uses_count_and_at_most_five_homes() {
        // The bound and the sum are also read as a two-slot value.
        let f = looping(vec![Op::LoadLocalN { slot: 1, n: 2 }, Op::Pop { n: 2 }], 3);
        let slots: Vec<u32> = choose_homes(&f).regs.iter().map(|x| x.0).collect();
        assert_eq!(slots, vec![0, 2, 1]);
        let f = looping(vec![Op::LoadLocalN { slot: 3, n: 6 }, Op::Pop { n: 6 }], 9);
        assert_eq!(choose_homes(&f).regs.len(), HOME_REGS.len());
    }

    #[test]
    fn the_slice_indexed_most_in_loops_gets_the_element_base() {
        let elem = |slot| {
            vec![
                Op::Push { v: 0 },
                Op::LoadLocalElem {
                    slot,
                    mem: gust_vm::op::Mem::W64,
                },
                Op::Pop { n: 1 },
            ]
        };
        let mut body = elem(3);
        body.extend(elem(6));
        body.extend(elem(6));
        let h = choose_homes(&looping(body, 9));
        assert_eq!(h.elems, Some(6));
        assert!(choose_homes(&looping(vec![], 3)).elems.is_none());
    }

    #[test]
    fn defers_and_straight_code_get_none() {
        let mut f = looping(vec![], 3);
        f.deferreturn = Some(0);
        assert!(choose_homes(&f).regs.is_empty());
        let straight = Function {
            code: vec![Op::LoadLocal { slot: 0 }, Op::Return { n: 1 }],
            locals: 1,
            ..Function::default()
        };
        assert!(choose_homes(&straight).regs.is_empty());
    }
}
