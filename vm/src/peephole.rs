//! Superinstructions: fuses hot instruction sequences that lowering
//! emits (`LoadLocal; Push; Arith` → `LocalArithImm`, compare-and-branch,
//! ...) so the interpreter dispatches fewer times.
//!
//! **Invariant:** an instruction that is a branch target (or a function's
//! deferreturn point) is never absorbed into the instruction before it,
//! so every jump still lands on an instruction boundary; targets are
//! remapped afterwards.

use crate::op::{Arith, Cmp, Op};
use crate::program::{Function, Program};

/// Fuses superinstructions in every function of `prog`.
pub fn optimize_program(prog: &mut Program) {
    for f in &mut prog.funcs {
        // Fused ops can fuse again (LoadLocal2 + compare-and-branch).
        loop {
            let before = f.code.len();
            optimize(f);
            if f.code.len() == before {
                break;
            }
        }
    }
}

fn is_int_cmp(op: Cmp) -> bool {
    !op.is_float()
}

fn fits_i32(v: i64) -> bool {
    v >= i32::MIN as i64 && v <= i32::MAX as i64
}

/// Tries to fuse the instructions starting at `code[i]`; returns the
/// fused op and how many instructions it replaces.
fn fuse(code: &[Op], i: usize, target: &[bool]) -> Option<(Op, usize)> {
    let next = |k: usize| -> Option<Op> {
        let j = i + k;
        if j < code.len() && !target[j] {
            Some(code[j])
        } else {
            None
        }
    };
    let a = code[i];
    match (a, next(1), next(2), next(3)) {
        (
            Op::LoadLocal { slot },
            Some(Op::Push { v }),
            Some(Op::Cmp { op }),
            Some(Op::JumpIfFalse { target }),
        ) if is_int_cmp(op) && fits_i32(v) => Some((
            Op::LocalCmpImmJump {
                slot,
                op,
                v: v as i32,
                target,
            },
            4,
        )),
        (
            Op::LoadLocal { slot },
            Some(Op::Push { v }),
            Some(Op::Cmp { op }),
            Some(Op::JumpIfTrue { target }),
        ) if op.negate().is_some() && fits_i32(v) => Some((
            Op::LocalCmpImmJump {
                slot,
                op: op.negate().unwrap(),
                v: v as i32,
                target,
            },
            4,
        )),
        (Op::LoadLocal2 { a, b }, Some(Op::Cmp { op }), Some(Op::JumpIfFalse { target }), _) => {
            Some((Op::LocalLocalCmpJump { a, b, op, target }, 3))
        }
        (Op::LoadLocal2 { a, b }, Some(Op::Cmp { op }), Some(Op::JumpIfTrue { target }), _)
            if op.negate().is_some() =>
        {
            Some((
                Op::LocalLocalCmpJump {
                    a,
                    b,
                    op: op.negate().unwrap(),
                    target,
                },
                3,
            ))
        }
        (Op::LoadLocal { slot }, Some(Op::Push { v }), Some(Op::Arith { op }), _)
            if matches!(op, Arith::Add | Arith::Sub) && fits_i32(v) =>
        {
            let v = if op == Arith::Sub { -v } else { v };
            Some((Op::LocalAddImm { slot, v: v as i32 }, 3))
        }
        (Op::Push { v }, Some(Op::Arith { op }), _, _) => Some((Op::ArithImm { op, v }, 2)),
        (Op::Push { v }, Some(Op::Cmp { op }), _, _) => Some((Op::CmpImm { op, v }, 2)),
        (Op::Cmp { op }, Some(Op::JumpIfFalse { target }), _, _) => {
            Some((Op::CmpJump { op, target }, 2))
        }
        (Op::Not, Some(Op::JumpIfFalse { target }), _, _) => Some((Op::JumpIfTrue { target }, 2)),
        (Op::Not, Some(Op::JumpIfTrue { target }), _, _) => Some((Op::JumpIfFalse { target }, 2)),
        (Op::Cmp { op }, Some(Op::JumpIfTrue { target }), _, _) if op.negate().is_some() => Some((
            Op::CmpJump {
                op: op.negate().unwrap(),
                target,
            },
            2,
        )),
        (Op::Arith { op }, Some(Op::StoreLocal { slot }), _, _) => {
            Some((Op::ArithStore { op, slot }, 2))
        }
        (Op::LoadLocal { slot: a }, Some(Op::LoadLocal { slot: b }), _, _) => {
            Some((Op::LoadLocal2 { a, b }, 2))
        }
        _ => None,
    }
}

/// Fuses superinstructions in `f`, remapping branch targets, line
/// numbers and the deferreturn point.
pub fn optimize(f: &mut Function) {
    let n = f.code.len();
    let mut target = vec![false; n + 1];
    for op in &f.code {
        if let Some(t) = op.branch_target() {
            target[t as usize] = true;
        }
    }
    if let Some(d) = f.deferreturn {
        target[d as usize] = true;
    }
    let mut out = Vec::with_capacity(n);
    let mut lines = Vec::with_capacity(n);
    let mut map = vec![0u32; n + 1];
    let mut i = 0;
    while i < n {
        map[i] = out.len() as u32;
        if i + 1 < n
            && f.code[i]
                == (Op::Jump {
                    target: i as u32 + 1,
                })
        {
            // A jump to the next instruction (the end of an `if` branch
            // before an empty `else`, ...) is dropped; jumps to it land on
            // the next instruction instead.
            i += 1;
            continue;
        }
        let (op, len) = fuse(&f.code, i, &target).unwrap_or((f.code[i], 1));
        for k in 1..len {
            map[i + k] = out.len() as u32;
        }
        out.push(op);
        lines.push(f.lines.get(i).copied().unwrap_or(0));
        i += len;
    }
    map[n] = out.len() as u32;
    for op in &mut out {
        if let Some(t) = op.branch_target_mut() {
            *t = map[*t as usize];
        }
    }
    f.deferreturn = f.deferreturn.map(|d| map[d as usize]);
    for pc in &mut f.unsigned_index {
        *pc = map[*pc as usize];
    }
    f.code = out;
    f.lines = lines;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_jumps_to_the_next_instruction() {
        let mut f = Function {
            code: vec![
                Op::Push { v: 1 },
                Op::JumpIfFalse { target: 3 },
                Op::Jump { target: 3 },
                Op::Return { n: 0 },
            ],
            lines: vec![1, 2, 3, 4],
            deferreturn: Some(3),
            ..Default::default()
        };
        optimize(&mut f);
        assert_eq!(
            f.code,
            [
                Op::Push { v: 1 },
                Op::JumpIfFalse { target: 2 },
                Op::Return { n: 0 }
            ]
        );
        assert_eq!((f.lines, f.deferreturn), (vec![1, 2, 4], Some(2)));
    }

    #[test]
    fn fuses_and_remaps_targets() {
        let mut f = Function {
            code: vec![
                Op::LoadLocal { slot: 0 },
                Op::Push { v: 2 },
                Op::Cmp { op: Cmp::LtS },
                Op::JumpIfFalse { target: 6 },
                Op::LoadLocal { slot: 0 },
                Op::Return { n: 1 },
                Op::LoadLocal { slot: 0 },
                Op::Push { v: 1 },
                Op::Arith { op: Arith::Sub },
                Op::Return { n: 1 },
            ],
            lines: vec![1; 10],
            ..Default::default()
        };
        optimize(&mut f);
        assert_eq!(
            f.code,
            vec![
                Op::LocalCmpImmJump {
                    slot: 0,
                    op: Cmp::LtS,
                    v: 2,
                    target: 3
                },
                Op::LoadLocal { slot: 0 },
                Op::Return { n: 1 },
                Op::LocalAddImm { slot: 0, v: -1 },
                Op::Return { n: 1 },
            ]
        );
    }

    #[test]
    fn never_swallows_a_branch_target() {
        let mut f = Function {
            code: vec![
                Op::Push { v: 1 },
                Op::Arith { op: Arith::Add },
                Op::Jump { target: 1 },
            ],
            lines: vec![1; 3],
            ..Default::default()
        };
        optimize(&mut f);
        assert_eq!(f.code.len(), 3);
    }
}
