//! The bytecode verifier: computes each function's deepest operand stack
//! and checks that every path agrees on the stack depth at each pc.
//!
//! The interpreter relies on it: a frame reserves `locals + max_stack`
//! slots when it is pushed, so pushes inside the frame need no checks.

use crate::liveness::FrameMaps;
use crate::program::{Function, Program};

/// A verification failure: function name, pc and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError(pub String);

/// Computes `max_stack` and the frame maps of every function of `prog`.
pub fn verify_program(prog: &mut Program) -> Result<(), VerifyError> {
    for f in &mut prog.funcs {
        if f.code.is_empty() {
            // A native's declaration: never called as bytecode.
            f.max_stack = 0;
            continue;
        }
        let (depths, max) = stack_depths(f)?;
        f.max_stack = max_stack(max);
        f.frame_maps = FrameMaps::new(f, &depths);
    }
    Ok(())
}

/// The operand-stack slots a frame reserves when its deepest operand
/// stack is `max`: headroom for runtime helpers that push temporaries
/// (deferred calls' arguments, type assertion results).
fn max_stack(max: u32) -> u32 {
    max + 8
}

/// The operand stack depth before each instruction of `f` (`None` for
/// unreachable code) and the deepest depth reached.
pub fn stack_depths(f: &Function) -> Result<(Vec<Option<u32>>, u32), VerifyError> {
    let err = |pc: usize, m: &str| VerifyError(format!("{} pc {pc}: {m}", f.name));
    let mut depth: Vec<Option<u32>> = vec![None; f.code.len() + 1];
    // Entries: pc 0, and the deferreturn exit a recovery resumes at with
    // an empty operand stack (after an unconditional panic, no
    // instruction may branch there).
    let mut work = vec![(0usize, 0u32)];
    work.extend(f.deferreturn.map(|dr| (dr as usize, 0)));
    let mut max = 0;
    while let Some((pc, d)) = work.pop() {
        if pc >= f.code.len() {
            return Err(err(pc, "falls off the end"));
        }
        match depth[pc] {
            Some(seen) if seen == d => continue,
            Some(seen) => return Err(err(pc, &format!("stack depth {d} here, {seen} before"))),
            None => depth[pc] = Some(d),
        }
        let op = f.code[pc];
        let end = op.local_slots().iter().map(|r| r.end).max().unwrap_or(0);
        if end > f.locals {
            return Err(err(
                pc,
                &format!(
                    "{} touches slot {} of {} locals",
                    op.name(),
                    end - 1,
                    f.locals
                ),
            ));
        }
        let (pops, pushes) = op.stack_effect();
        if pops > d {
            return Err(err(pc, &format!("{} pops {pops} of {d}", op.name())));
        }
        let after = d - pops + pushes;
        max = max.max(after).max(d);
        if let Some(t) = op.branch_target() {
            // The iterators push only on the fallthrough path.
            let taken = if op.pushes_only_if_not_taken() {
                d
            } else {
                after
            };
            work.push((t as usize, taken));
        }
        if !op.ends_block() {
            work.push((pc + 1, after));
        }
    }
    depth.pop();
    Ok((depth, max))
}
