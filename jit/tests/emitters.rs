//! The emitters against the interpreter: each test runs one bytecode
//! function interpreted and compiled, on the same inputs, and compares
//! the results.

mod common;

use common::{global0_after_run, program};
use gust_jit::Jit;
use gust_vm::heap::ptr;
use gust_vm::op::{Arith, Cmp, Conv, Mem, Op};
use gust_vm::program::GLOBALS_HANDLE;
use gust_vm::program::{Function, Program};
use gust_vm::tier::{NativeEnv, Tier};
use gust_vm::types::{builtin, FuncId};
use gust_vm::vm::{Config, Vm};
use proptest::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

fn func(name: &str, params: u32, results: u32, locals: u32, code: Vec<Op>) -> Function {
    Function {
        name: name.to_string(),
        params,
        results,
        locals,
        lines: vec![1; code.len()],
        code,
        ..Function::default()
    }
}

/// Runs `f` (function 1) on `args` from an interpreted `main` (function 0)
/// that stores its one result in global 0; `jit` compiles `f` first.
fn run(f: &Function, args: &[i64], jit: bool) -> u64 {
    if jit {
        let prog = program(vec![main_calling(args), f.clone()]);
        assert!(
            Jit::new()
                .compile(&prog, FuncId(1), &NativeEnv::detached())
                .is_some(),
            "{} compiles",
            f.name
        );
    }
    exec(vec![main_calling(args), f.clone()], jit)
}

/// `main`: calls function 1 on `args`, stores its result in global 0.
fn main_calling(args: &[i64]) -> Function {
    let mut main: Vec<Op> = args.iter().map(|&v| Op::Push { v }).collect();
    main.extend([
        Op::Call {
            func: FuncId(1),
            args: args.len() as u32,
            rets: 1,
        },
        Op::StoreGlobal {
            off: 0,
            ty: gust_vm::types::builtin::INT,
            n: 1,
        },
        Op::Return { n: 0 },
    ]);
    func("main", 0, 0, 0, main)
}

/// Runs `funcs`, every call compiled first when `jit`; returns global 0.
fn exec(funcs: Vec<Function>, jit: bool) -> u64 {
    global0_after_run(program(funcs), jit)
}

fn same(f: &Function, args: &[i64]) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        run(f, args, false),
        run(f, args, true),
        "{:?} on {:?}",
        f.code,
        args
    );
    Ok(())
}

const INT_ARITH: [Arith; 10] = [
    Arith::Add,
    Arith::Sub,
    Arith::Mul,
    Arith::And,
    Arith::Or,
    Arith::Xor,
    Arith::AndNot,
    Arith::Shl,
    Arith::ShrS,
    Arith::ShrU,
];

const INT_DIV: [Arith; 4] = [Arith::DivS, Arith::DivU, Arith::RemS, Arith::RemU];

const FLOAT_CMP: [Cmp; 6] = [Cmp::FEq, Cmp::FNe, Cmp::FLt, Cmp::FLe, Cmp::FGt, Cmp::FGe];

/// Floats with the cases IEEE comparisons single out.
fn float_operand() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(1.5),
        any::<f64>(),
    ]
}

const INT_CMP: [Cmp; 10] = [
    Cmp::Eq,
    Cmp::Ne,
    Cmp::LtS,
    Cmp::LeS,
    Cmp::GtS,
    Cmp::GeS,
    Cmp::LtU,
    Cmp::LeU,
    Cmp::GtU,
    Cmp::GeU,
];

/// Interesting 64-bit operands: small, boundary and shift-count values.
fn operand() -> impl Strategy<Value = i64> {
    prop_oneof![
        -3i64..70,
        Just(i64::MIN),
        Just(i64::MAX),
        Just(-1i64),
        any::<i64>(),
    ]
}

/// `a op b` in each form (operands on the stack, an immediate, stored
/// to a local), interpreted and compiled.
fn arith(op: Arith, a: i64, b: i64) -> Result<(), TestCaseError> {
    let f = func(
        "arith",
        2,
        1,
        2,
        vec![
            Op::LoadLocal2 { a: 0, b: 1 },
            Op::Arith { op },
            Op::Return { n: 1 },
        ],
    );
    same(&f, &[a, b])?;
    let g = func(
        "arith_imm",
        1,
        1,
        1,
        vec![
            Op::LoadLocal { slot: 0 },
            Op::ArithImm { op, v: b },
            Op::Return { n: 1 },
        ],
    );
    same(&g, &[a])?;
    let h = func(
        "arith_store",
        2,
        1,
        3,
        vec![
            Op::LoadLocal { slot: 0 },
            Op::LoadLocal { slot: 1 },
            Op::ArithStore { op, slot: 2 },
            Op::LoadLocal { slot: 2 },
            Op::Return { n: 1 },
        ],
    );
    same(&h, &[a, b])
}

proptest! {
    #[test]
    fn int_arith(op in proptest::sample::select(&INT_ARITH[..]), a in operand(), b in operand()) {
        arith(op, a, b)?;
    }

    /// Division and remainder (nonzero divisors: a zero one raises,
    /// which the conformance programs check), in all three forms.
    #[test]
    fn division(op in proptest::sample::select(&INT_DIV[..]), a in operand(), b in operand()) {
        prop_assume!(b != 0);
        arith(op, a, b)?;
    }

    #[test]
    fn compare(op in proptest::sample::select(&INT_CMP[..]), a in operand(), b in operand()) {
        let f = func("cmp", 2, 1, 2, vec![
            Op::LoadLocal2 { a: 0, b: 1 },
            Op::Cmp { op },
            Op::Return { n: 1 },
        ]);
        same(&f, &[a, b])?;
        let g = func("cmp_imm", 1, 1, 1, vec![
            Op::LoadLocal { slot: 0 },
            Op::CmpImm { op, v: b },
            Op::Return { n: 1 },
        ]);
        same(&g, &[a])?;
        // Each compare-and-branch form returns 1 when it falls through.
        let branch = |first: Vec<Op>| {
            let mut code = first;
            code.extend([Op::Push { v: 1 }, Op::Return { n: 1 }, Op::Push { v: 0 }, Op::Return { n: 1 }]);
            let at = code.len() as u32 - 2;
            for op in &mut code {
                if let Some(t) = op.branch_target_mut() {
                    *t = at;
                }
            }
            func("branch", 2, 1, 2, code)
        };
        same(&branch(vec![Op::LocalLocalCmpJump { a: 0, b: 1, op, target: 0 }]), &[a, b])?;
        same(&branch(vec![Op::LoadLocal2 { a: 0, b: 1 }, Op::CmpJump { op, target: 0 }]), &[a, b])?;
        let v = b as i32;
        same(&branch(vec![Op::LocalCmpImmJump { slot: 0, op, v, target: 0 }]), &[a, v as i64])?;
        same(&branch(vec![Op::LoadLocal { slot: 0 }, Op::JumpIfFalse { target: 0 }]), &[a & 1, b])?;
        same(&branch(vec![Op::LoadLocal { slot: 0 }, Op::JumpIfTrue { target: 0 }]), &[a & 1, b])?;
    }

    #[test]
    fn float_compares(
        op in proptest::sample::select(&FLOAT_CMP[..]),
        a in float_operand(),
        b in float_operand(),
    ) {
        let (a, b) = (a.to_bits() as i64, b.to_bits() as i64);
        let f = func("fcmp", 2, 1, 2, vec![
            Op::LoadLocal2 { a: 0, b: 1 },
            Op::Cmp { op },
            Op::Return { n: 1 },
        ]);
        same(&f, &[a, b])?;
        let g = func("fbranch", 2, 1, 2, vec![
            Op::LoadLocal2 { a: 0, b: 1 },
            Op::CmpJump { op, target: 4 },
            Op::Push { v: 1 },
            Op::Return { n: 1 },
            Op::Push { v: 0 },
            Op::Return { n: 1 },
        ]);
        same(&g, &[a, b])?;
    }

    #[test]
    fn unary_and_locals(a in operand(), by in operand()) {
        for op in [Op::Neg, Op::BitNot] {
            same(&func("unary", 1, 1, 1, vec![Op::LoadLocal { slot: 0 }, op, Op::Return { n: 1 }]), &[a])?;
        }
        same(&func("not", 1, 1, 1, vec![Op::LoadLocal { slot: 0 }, Op::Not, Op::Return { n: 1 }]), &[a & 1])?;
        same(&func("inc", 1, 1, 1, vec![
            Op::IncLocal { slot: 0, by },
            Op::LoadLocal { slot: 0 },
            Op::Return { n: 1 },
        ]), &[a])?;
        same(&func("add_imm", 1, 1, 1, vec![
            Op::LocalAddImm { slot: 0, v: by as i32 },
            Op::Return { n: 1 },
        ]), &[a])?;
        same(&func("push", 0, 1, 0, vec![Op::Push { v: by }, Op::Return { n: 1 }]), &[])?;
        same(&func("dup", 1, 1, 1, vec![
            Op::LoadLocal { slot: 0 },
            Op::Dup { n: 1 },
            Op::Arith { op: Arith::Sub },
            Op::Return { n: 1 },
        ]), &[a])?;
    }
}

/// A loop with a call inside: sum of `g(i)` for i in 0..n, where `g` is
/// also compiled; exercises labels, back edges and native-to-native calls.
#[test]
fn loops_and_calls() {
    // s := 0; for i := 0; i < n; i++ { s += square(i) }; return s
    let sum = func(
        "sum",
        1,
        1,
        3,
        vec![
            Op::Push { v: 0 },
            Op::StoreLocal { slot: 1 },
            Op::Push { v: 0 },
            Op::StoreLocal { slot: 2 },
            Op::Jump { target: 9 },
            Op::LoadLocal2 { a: 1, b: 2 },
            Op::Call {
                func: FuncId(2),
                args: 1,
                rets: 1,
            },
            Op::ArithStore {
                op: Arith::Add,
                slot: 1,
            },
            Op::IncLocal { slot: 2, by: 1 },
            Op::LocalLocalCmpJump {
                a: 2,
                b: 0,
                op: Cmp::LtS,
                target: 11,
            },
            Op::Jump { target: 5 },
            Op::LoadLocal { slot: 1 },
            Op::Return { n: 1 },
        ],
    );
    let square = func(
        "square",
        1,
        1,
        1,
        vec![
            Op::LoadLocal2 { a: 0, b: 0 },
            Op::Arith { op: Arith::Mul },
            Op::Return { n: 1 },
        ],
    );
    let funcs = vec![main_calling(&[1000]), sum, square];
    let prog = program(funcs.clone());
    for f in [FuncId(1), FuncId(2)] {
        assert!(Jit::new()
            .compile(&prog, f, &NativeEnv::detached())
            .is_some());
    }
    let want: u64 = (0..1000u64).map(|i| i * i).sum();
    assert_eq!(exec(funcs.clone(), false), want);
    assert_eq!(exec(funcs, true), want);
}

/// `gust disasm --asm`: every bytecode instruction is named above its
/// native code; a function the JIT declines says why.
#[test]
fn listing_names_each_instruction_or_the_reason() {
    let f = func(
        "add",
        2,
        1,
        2,
        vec![
            Op::LoadLocal2 { a: 0, b: 1 },
            Op::Arith { op: Arith::Add },
            Op::Return { n: 1 },
        ],
    );
    let flt = func(
        "flt",
        2,
        1,
        2,
        vec![
            Op::LocalLocalCmpJump {
                a: 0,
                b: 1,
                op: Cmp::FLt,
                target: 3,
            },
            Op::Push { v: 1 },
            Op::Return { n: 1 },
            Op::Push { v: 0 },
            Op::Return { n: 1 },
        ],
    );
    let prog = program(vec![main_calling(&[1, 2]), f, flt]);
    let asm = gust_jit::disassemble(&prog, FuncId(1)).unwrap();
    for (pc, name) in ["LoadLocal2", "Arith", "Return"].iter().enumerate() {
        assert!(asm.contains(&format!(";    {pc}  {name}")), "{asm}");
    }
    assert!(asm.contains("add rax,rcx") && asm.contains("ret"), "{asm}");
    let why = gust_jit::disassemble(&prog, FuncId(2)).unwrap_err();
    assert_eq!(why, "LocalLocalCmpJump has no emitter yet");
}

/// Globals: a compiled function reads and writes the VM's globals.
#[test]
fn globals() {
    // g0 = g0 + x; return g0 * 2  (main stores the result in g0 again)
    let f = func(
        "bump",
        1,
        1,
        1,
        vec![
            Op::LoadGlobal {
                off: 0,
                ty: gust_vm::types::builtin::INT,
                n: 1,
            },
            Op::LoadLocal { slot: 0 },
            Op::Arith { op: Arith::Add },
            Op::StoreGlobal {
                off: 0,
                ty: gust_vm::types::builtin::INT,
                n: 1,
            },
            Op::LoadGlobal {
                off: 0,
                ty: gust_vm::types::builtin::INT,
                n: 1,
            },
            Op::ArithImm {
                op: Arith::Mul,
                v: 2,
            },
            Op::Return { n: 1 },
        ],
    );
    assert_eq!(run(&f, &[21], false), 42);
    assert_eq!(run(&f, &[21], true), 42);
}

/// On-stack replacement: the entry function (run by the interpreter) is
/// compiled at its loop's first back edge and finishes natively from the
/// loop header, with the interpreter's slots as its frame.
#[test]
fn osr_enters_a_running_loop() {
    // s := 0; for i := 0; i < 1000; i++ { s += i*i }; g0 = s
    let main = func(
        "main",
        0,
        0,
        2,
        vec![
            Op::Push { v: 0 },
            Op::StoreLocal { slot: 0 },
            Op::Push { v: 0 },
            Op::StoreLocal { slot: 1 },
            Op::Jump { target: 10 },
            Op::LoadLocal { slot: 0 },
            Op::LoadLocal2 { a: 1, b: 1 },
            Op::Arith { op: Arith::Mul },
            Op::ArithStore {
                op: Arith::Add,
                slot: 0,
            },
            Op::IncLocal { slot: 1, by: 1 },
            Op::LocalCmpImmJump {
                slot: 1,
                op: Cmp::GeS,
                v: 1000,
                target: 5,
            },
            Op::LoadLocal { slot: 0 },
            Op::StoreGlobal {
                off: 0,
                ty: gust_vm::types::builtin::INT,
                n: 1,
            },
            Op::Return { n: 0 },
        ],
    );
    let prog = program(vec![main.clone()]);
    assert!(Jit::new()
        .compile(&prog, FuncId(0), &NativeEnv::detached())
        .is_some());
    let want: u64 = (0..1000u64).map(|i| i * i).sum();
    assert_eq!(exec(vec![main.clone()], false), want);
    assert_eq!(exec(vec![main.clone()], true), want);
    // The entry function is never called by bytecode, so only a back edge
    // can have asked for its code.
    struct Counting(Jit, Rc<std::cell::Cell<u32>>);
    impl Tier for Counting {
        fn compile(
            &mut self,
            prog: &Program,
            func: FuncId,
            env: &NativeEnv,
        ) -> Option<gust_vm::tier::NativeCode> {
            self.1.set(self.1.get() + 1);
            self.0.compile(prog, func, env)
        }
    }
    let asked = Rc::new(std::cell::Cell::new(0));
    let prog = Arc::new(program(vec![main]));
    let mut vm = Vm::new(
        prog.clone(),
        Config::default(),
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    );
    vm.set_tier(Box::new(Counting(Jit::new(), asked.clone())), 0);
    vm.run_main().unwrap();
    assert_eq!(asked.get(), 1);
    assert_eq!(vm.heap.words(prog.globals_handle())[0], want);
}

/// Lazy frame headers: a function whose code is all inline and whose
/// direct callees are lazy pushes no headers for its calls; a helper call
/// on the hot path (float arithmetic here) makes it eager, and so its
/// callers. The lazy code's cold paths write the headers first.
#[test]
fn lazy_functions() {
    let call = |func| Op::Call {
        func: FuncId(func),
        args: 1,
        rets: 1,
    };
    // f1(x) = f1(x - 1) when x > 0 (recursion stays lazy).
    let rec = func(
        "rec",
        1,
        1,
        1,
        vec![
            Op::LocalCmpImmJump {
                slot: 0,
                op: Cmp::LeS,
                v: 0,
                target: 4,
            },
            Op::LocalAddImm { slot: 0, v: -1 },
            call(1),
            Op::Return { n: 1 },
            Op::Push { v: 0 },
            Op::Return { n: 1 },
        ],
    );
    let float = func(
        "float",
        1,
        1,
        1,
        vec![
            Op::LoadLocal2 { a: 0, b: 0 },
            Op::Arith { op: Arith::FAdd },
            Op::Return { n: 1 },
        ],
    );
    let calls_float = func(
        "callsFloat",
        1,
        1,
        1,
        vec![Op::LoadLocal { slot: 0 }, call(2), Op::Return { n: 1 }],
    );
    let prog = program(vec![main_calling(&[3]), rec, float, calls_float]);
    // (main only calls lazy rec.)
    assert_eq!(gust_jit::lazy_funcs(&prog), [true, true, false, false]);
    let asm = gust_jit::disassemble(&prog, FuncId(1)).unwrap();
    assert!(asm.contains("jit_materialize"), "{asm}");
    assert!(asm.contains("; lazy frame header"), "{asm}");
    // No frame header is written: the only frames_len writes are the
    // trampoline's.
    let len_writes = asm.lines().filter(|l| l.contains("mov [r12+")).count();
    assert_eq!(len_writes, 1, "{asm}");
    let asm = gust_jit::disassemble(&prog, FuncId(3)).unwrap();
    assert!(!asm.contains("jit_materialize"), "{asm}");
    assert!(!asm.contains("; lazy frame header"), "{asm}");
}

/// The narrow scalar types and how memory stores them.
const NARROW: [(gust_vm::types::TypeId, Mem); 8] = [
    (builtin::INT8, Mem::I8),
    (builtin::UINT8, Mem::U8),
    (builtin::INT16, Mem::I16),
    (builtin::UINT16, Mem::U16),
    (builtin::INT32, Mem::I32),
    (builtin::UINT32, Mem::U32),
    (builtin::FLOAT32, Mem::F32),
    (builtin::INT64, Mem::W64),
];

proptest! {
    /// `Conv Narrow` (inline in native code) agrees with the interpreter.
    #[test]
    fn narrowing_conversions(a in operand()) {
        use gust_vm::types::IntKind::*;
        for k in [I8, I16, I32, U8, U16, U32, Int, Uint] {
            same(&func("narrow", 1, 1, 1, vec![
                Op::LoadLocal { slot: 0 },
                Op::Conv { c: Conv::Narrow(k) },
                Op::Return { n: 1 },
            ]), &[a])?;
        }
    }

    /// A slot stored to memory as each narrow type and loaded back, through
    /// a global, a pointer and a slice element (all inline in native
    /// code), gives the interpreter's result, which is the value
    /// truncated and extended (a float32's float64 bits, exactly).
    #[test]
    fn narrow_memory(i in 0..NARROW.len(), a in operand(), f in any::<f32>()) {
        let (ty, mem) = NARROW[i];
        let v = if mem == Mem::F32 { (f as f64).to_bits() as i64 } else { a };
        let at = ptr(GLOBALS_HANDLE, 0) as i64;
        let global = func("global", 1, 1, 1, vec![
            Op::LoadLocal { slot: 0 },
            Op::StoreGlobal { off: 0, ty, n: 1 },
            Op::LoadGlobal { off: 0, ty, n: 1 },
            Op::Return { n: 1 },
        ]);
        let through_ptr = func("ptr", 1, 1, 1, vec![
            Op::Push { v: at },
            Op::LoadLocal { slot: 0 },
            Op::Store { ty, n: 1 },
            Op::Push { v: at },
            Op::Load { ty, n: 1 },
            Op::Return { n: 1 },
        ]);
        // L[1..4] = a one-element slice over the globals.
        let elem = func("elem", 1, 1, 4, vec![
            Op::Push { v: at },
            Op::Push { v: 1 },
            Op::Push { v: 1 },
            Op::StoreLocalN { slot: 1, n: 3 },
            Op::Push { v: 0 },
            Op::LoadLocal { slot: 0 },
            Op::StoreLocalElem { slot: 1, mem },
            Op::Push { v: 0 },
            Op::LoadLocalElem { slot: 1, mem },
            Op::Return { n: 1 },
        ]);
        let mut bytes = [0u8; 8];
        mem.write(&mut bytes, 0, v as u64);
        let want = mem.read(&bytes, 0);
        for f in [global, through_ptr, elem] {
            same(&f, &[v])?;
            prop_assert_eq!(run(&f, &[v], true), want, "{} of {:?}", f.name, mem);
        }
    }
}

/// Runs `f` on `args` with string constant `text` (handle 2), as [`run`].
fn run_with_text(f: &Function, args: &[i64], text: &[u8], jit: bool) -> u64 {
    let funcs = vec![main_calling(args), f.clone()];
    let prog = common::program_with_strings(funcs, vec![text.to_vec()]);
    if jit {
        let code = Jit::new().compile(&prog, FuncId(1), &NativeEnv::detached());
        assert!(code.is_some(), "{} compiles", f.name);
    }
    global0_after_run(prog, jit)
}

proptest! {
    /// `s[i]`, `len(s[lo:hi])` and `s[lo:hi][0]` on a view into a string
    /// constant, and `FieldAddr` offsets (inline in native code), agree
    /// with the interpreter for in-range operands.
    #[test]
    fn strings_and_field_addresses(start in 0u32..6, i in 0i64..6, lo in 0i64..6, hi in 0i64..6) {
        let text = b"hello, gust";
        let view = ptr(2, start) as i64;
        let len = text.len() as i64 - start as i64;
        prop_assume!(i < len && lo <= hi && hi <= len);
        let s = |rest: Vec<Op>| {
            let mut code = vec![Op::Push { v: view }, Op::Push { v: len }];
            code.extend(rest);
            code.push(Op::Return { n: 1 });
            func("strings", 3, 1, 3, code)
        };
        let cases = [
            s(vec![Op::LoadLocal { slot: 0 }, Op::StrIndex]),
            s(vec![Op::LoadLocal { slot: 1 }, Op::LoadLocal { slot: 2 }, Op::SliceStr { bounds: 3 }, Op::StrLen]),
            s(vec![Op::LoadLocal { slot: 1 }, Op::SliceStr { bounds: 1 }, Op::StrLen]),
            s(vec![Op::LoadLocal { slot: 2 }, Op::SliceStr { bounds: 2 }, Op::Pop { n: 1 }]),
            s(vec![Op::Pop { n: 1 }, Op::FieldAddr { off: 40 }]),
        ];
        for f in &cases {
            let want = run_with_text(f, &[i, lo, hi], text, false);
            prop_assert_eq!(run_with_text(f, &[i, lo, hi], text, true), want, "{:?}", f.code);
        }
        if lo < hi {
            let first = s(vec![Op::LoadLocal { slot: 1 }, Op::LoadLocal { slot: 2 }, Op::SliceStr { bounds: 3 }, Op::Push { v: 0 }, Op::StrIndex]);
            let want = text[(start as i64 + lo) as usize] as u64;
            prop_assert_eq!(run_with_text(&first, &[i, lo, hi], text, true), want);
        }
    }
}

proptest! {
    /// A mixed struct (`struct{ a int8; b int64; c bool; d float32; e
    /// uint16 }`, Go's offsets 0, 8, 16, 20, 24) stored through a pointer
    /// and loaded back in one `Store`/`Load` each (inline in native code),
    /// then summed, agrees with the interpreter.
    #[test]
    fn multi_slot_moves(a in operand(), b in operand(), f in any::<f32>()) {
        use gust_vm::types::{Field, Type};
        let field = |name: &str, ty| Field { name: name.into(), ty, embedded: false, tag: None };
        let mut types = gust_vm::types::TypeTable::new();
        let st = types.intern(Type::Struct(vec![
            field("a", builtin::INT8),
            field("b", builtin::INT64),
            field("c", builtin::BOOL),
            field("d", builtin::FLOAT32),
            field("e", builtin::UINT16),
        ]));
        types.freeze_layouts();
        let at = ptr(GLOBALS_HANDLE, 0) as i64;
        let fv = (f as f64).to_bits() as i64;
        let mut code = vec![Op::Push { v: at }];
        for s in 0..5 {
            code.push(Op::LoadLocal { slot: s });
        }
        code.extend([
            Op::Store { ty: st, n: 5 },
            Op::Push { v: at },
            Op::Load { ty: st, n: 5 },
            Op::Arith { op: Arith::Xor },
            Op::Arith { op: Arith::Xor },
            Op::Arith { op: Arith::Xor },
            Op::Arith { op: Arith::Xor },
            Op::Return { n: 1 },
        ]);
        let f = func("moves", 5, 1, 5, code);
        let args = [a, b, a & 1, fv, b];
        let run_it = |jit: bool| {
            let mut prog = program(vec![main_calling(&args), f.clone()]);
            prog.types = types.clone();
            prog.globals = 32;
            if jit {
                assert!(Jit::new().compile(&prog, FuncId(1), &NativeEnv::detached()).is_some());
            }
            global0_after_run(prog, jit)
        };
        let want = (a as i8 as i64 as u64) ^ (b as u64) ^ (a as u64 & 1) ^ (fv as u64) ^ (b as u16 as u64);
        prop_assert_eq!(run_it(false), want);
        prop_assert_eq!(run_it(true), want);
    }
}

proptest! {
    /// Element `i` of a `[4]int16` in memory read by `SliceIndex`, through
    /// `SliceIndexAddr` and through `ArrayIndexAddr` (all inline in native
    /// code), agrees with the interpreter and with Go's truncation.
    #[test]
    fn element_moves(vals in proptest::array::uniform4(operand()), i in 0i64..4) {
        use gust_vm::types::Type;
        let mut types = gust_vm::types::TypeTable::new();
        let arr = types.intern(Type::Array(builtin::INT16, 4));
        types.freeze_layouts();
        let at = ptr(GLOBALS_HANDLE, 0) as i64;
        let store = |rest: Vec<Op>| {
            let mut code: Vec<Op> = (0..4).map(|s| Op::LoadLocal { slot: s }).collect();
            code.push(Op::StoreGlobal { off: 0, ty: arr, n: 4 });
            code.extend(rest);
            code.push(Op::Return { n: 1 });
            func("elems", 5, 1, 5, code)
        };
        let slice = [Op::Push { v: at }, Op::Push { v: 4 }, Op::Push { v: 4 }, Op::LoadLocal { slot: 4 }];
        let cases = [
            store([&slice[..], &[Op::SliceIndex { ty: builtin::INT16, n: 1 }]].concat()),
            store([&slice[..], &[Op::SliceIndexAddr { size: 2 }, Op::Load { ty: builtin::INT16, n: 1 }]].concat()),
            store(vec![
                Op::Push { v: at },
                Op::LoadLocal { slot: 4 },
                Op::ArrayIndexAddr { size: 2, len: 4 },
                Op::Load { ty: builtin::INT16, n: 1 },
            ]),
        ];
        let args = [vals[0], vals[1], vals[2], vals[3], i];
        let want = vals[i as usize] as i16 as i64 as u64;
        for f in &cases {
            let run_it = |jit: bool| {
                let mut prog = program(vec![main_calling(&args), f.clone()]);
                prog.types = types.clone();
                if jit {
                    assert!(Jit::new().compile(&prog, FuncId(1), &NativeEnv::detached()).is_some());
                }
                global0_after_run(prog, jit)
            };
            prop_assert_eq!(run_it(false), want, "{:?}", f.code);
            prop_assert_eq!(run_it(true), want, "{:?}", f.code);
        }
    }
}

proptest! {
    /// `==` and `!=` of two views into a string constant with repeated
    /// bytes (equal and unequal lengths, the same and different data
    /// pointers; inline in native code, bytes compared in the runtime).
    #[test]
    fn string_equality(lo1 in 0i64..8, n1 in 0i64..4, lo2 in 0i64..8, n2 in 0i64..4) {
        let text = b"abababababab";
        let view = |lo: i64, n: i64| [
            Op::Push { v: ptr(2, 0) as i64 },
            Op::Push { v: text.len() as i64 },
            Op::Push { v: lo },
            Op::Push { v: lo + n },
            Op::SliceStr { bounds: 3 },
        ];
        for op in [Cmp::Eq, Cmp::Ne] {
            let mut code = view(lo1, n1).to_vec();
            code.extend(view(lo2, n2));
            code.extend([Op::StrCmp { op }, Op::Return { n: 1 }]);
            let f = func("streq", 0, 1, 0, code);
            let a = &text[lo1 as usize..(lo1 + n1) as usize];
            let b = &text[lo2 as usize..(lo2 + n2) as usize];
            let want = ((a == b) == (op == Cmp::Eq)) as u64;
            prop_assert_eq!(run_with_text(&f, &[], text, false), want);
            prop_assert_eq!(run_with_text(&f, &[], text, true), want);
        }
    }
}
