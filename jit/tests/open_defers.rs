//! Open-coded defers: the deferBits code and funcdata the JIT emits run
//! the same deferred calls, in the same order, as the interpreter's defer
//! records, for every subset of conditional defers.

mod common;

use common::global0_after_run;
use gust_vm::op::{Arith, Op};
use gust_vm::program::{Function, OpenDefers, Program};
use gust_vm::types::FuncId;
use proptest::prelude::*;

fn func(name: &str, params: u32, locals: u32, code: Vec<Op>) -> Function {
    Function {
        name: name.to_string(),
        params,
        locals,
        lines: vec![1; code.len()],
        code,
        ..Function::default()
    }
}

/// `main(mask)` calls `f(mask)`; `f` defers `g_i` for each bit `i < k`
/// set in `mask` (open-coded: deferBits in slot 1, closure `i` in slot
/// `2 + i`); `g_i` does `global0 = global0 * 10 + (i + 1)`.
fn program(k: u32, mask: i64) -> Program {
    let f_id = 1;
    let g_id = |i: u32| FuncId(2 + i);
    let main = func(
        "main",
        0,
        0,
        vec![
            Op::Push { v: mask },
            Op::Call {
                func: FuncId(f_id),
                args: 1,
                rets: 0,
            },
            Op::Return { n: 0 },
        ],
    );
    let mut code = vec![];
    for i in 0..k {
        let skip = code.len() as u32 + 5;
        code.extend([
            Op::LoadLocal { slot: 0 },
            Op::ArithImm {
                op: Arith::And,
                v: 1 << i,
            },
            Op::JumpIfFalse { target: skip },
            Op::MakeClosure {
                func: g_id(i),
                n: 0,
            },
            Op::DeferStack { args: 0 },
        ]);
    }
    let deferreturn = code.len() as u32;
    code.extend([Op::DeferReturn, Op::Return { n: 0 }]);
    let mut f = func("f", 1, 2 + k, code);
    f.deferreturn = Some(deferreturn);
    f.open_defers = Some(OpenDefers {
        bits_slot: 1,
        defers: (0..k).map(|i| (2 + i, 2 + k, 0)).collect(),
    });
    let mut funcs = vec![main, f];
    for i in 0..k {
        funcs.push(func(
            &format!("g{i}"),
            0,
            0,
            vec![
                Op::LoadGlobal {
                    off: 0,
                    ty: gust_vm::types::builtin::INT,
                    n: 1,
                },
                Op::ArithImm {
                    op: Arith::Mul,
                    v: 10,
                },
                Op::ArithImm {
                    op: Arith::Add,
                    v: i as i64 + 1,
                },
                Op::StoreGlobal {
                    off: 0,
                    ty: gust_vm::types::builtin::INT,
                    n: 1,
                },
                Op::Return { n: 0 },
            ],
        ));
    }
    common::program(funcs)
}

proptest! {
    #[test]
    fn open_coded_defers_run_like_records(k in 1u32..=8, mask in 0i64..256) {
        // Deferred calls run last-in first-out: highest set bit first.
        let want = (0..k).rev().filter(|i| mask & (1 << i) != 0).fold(0, |acc, i| acc * 10 + i as u64 + 1);
        prop_assert_eq!(gust_jit::compilable(&program(k, mask), FuncId(1)), Ok(()));
        prop_assert_eq!(global0_after_run(program(k, mask), false), want);
        prop_assert_eq!(global0_after_run(program(k, mask), true), want);
    }
}

/// The listing prints the funcdata and the code that sets and tests the
/// bits.
#[test]
fn listing_shows_funcdata_and_bits() {
    let prog = program(3, 0);
    let asm = gust_jit::disassemble(&prog, FuncId(1)).unwrap();
    assert!(
        asm.contains("; funcdata: deferBits [rbx+8h], 3 open-coded defers"),
        "{asm}"
    );
    assert!(
        asm.contains(";   defer 2: closure [rbx+20h] args []"),
        "{asm}"
    );
    assert!(asm.contains("or qword ptr [rbx+8],4"), "{asm}");
    assert!(asm.contains("test qword ptr [rbx+8],4"), "{asm}");
    assert!(
        asm.contains("and qword ptr [rbx+8],0FFFFFFFFFFFFFFFBh"),
        "{asm}"
    );
}
