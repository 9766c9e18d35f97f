//! Emitters: one native sequence per opcode.
//!
//! Registers: `rbx` holds the frame's slot 0 address, `r12` the `Vm`,
//! `r13` the byte offset of slot 0 from the slot stack's start (constant
//! for the frame's life: after a call that may have moved the stack,
//! `rbx = stack_ptr + r13`), `r14` the frame's index in `G::frames`.
//! Slot `s` of the frame is `[rbx + 8*s]`; the operand at depth `k` is
//! slot `locals + k`. Between basic blocks every value lives in its slot
//! (within one, [`Opd`] keeps operands in registers), so the state at any
//! call is exactly the interpreter's.
//!
//! **Direct convention** (native code calling native code): the caller
//! pushes the callee's frame header (none for a lazy callee: see
//! `lazy.rs`), points `rbx`/`r13`/`r14` at the
//! callee's frame and calls its direct entry, which saves nothing: it
//! keeps `r12`, returns the `NativeEntry` status in `rax` and leaves the
//! other registers clobbered, so the caller re-derives its own `r13`/`r14`
//! (constant offsets from the callee's) and `rbx`. Only the Rust entry
//! saves the callee-saved registers, once per entry from Rust.

mod calls;
mod cold;
mod defers;
mod divide;
mod heap;
mod homes;
mod lazy;
mod vstack;

use calls::direct_callee;
use defers::deferred_funcs;
use dynasmrt::x64::{Assembler, Rq};
use dynasmrt::{dynasm, AssemblyOffset, DynamicLabel, DynasmApi, DynasmLabelApi, ExecutableBuffer};
use gust_vm::op::{Arith, Cmp, Conv, Mem, Native, Op, INLINE_MOVE_SLOTS};
use gust_vm::program::OpenDefers;
use gust_vm::program::{Function, Program};
use gust_vm::tier::{
    jit_branch, jit_call, jit_op, jit_resume, native_layout, NativeEnv, NativeLayout,
};
use gust_vm::types::{FuncId, IntKind};
use gust_vm::verify::stack_depths;
use vstack::{Opd, Src};

pub use lazy::{lazy_funcs, SiteOffsets};

/// Whether the baseline compiler has an emitter for `op` (its own code
/// or a call of a runtime helper): [`Op::native`] says.
pub fn supported(op: &Op) -> bool {
    match op.native() {
        Native::Inline | Native::DirectCall | Native::Helper => true,
        Native::Interpreted => false,
    }
}

/// Where each slot of a `ty` lives in memory (a type of at most
/// `INLINE_MOVE_SLOTS` slots, which always has a slot table).
fn layout_slots(prog: &Program, ty: gust_vm::types::TypeId) -> &[(u32, Mem)] {
    prog.types
        .layout(ty)
        .slots
        .as_deref()
        .expect("a small type's slot table")
}

fn int_arith(op: Arith) -> bool {
    use Arith::*;
    matches!(
        op,
        Add | Sub | Mul | And | Or | Xor | AndNot | Shl | ShrS | ShrU
    )
}

/// Compiled code: the buffer, the entry point and the code offset of each
/// bytecode instruction (for listings).
pub struct Compiled {
    /// The executable code.
    pub buf: ExecutableBuffer,
    /// Where Rust enters the function (`NativeEntry`).
    pub entry: AssemblyOffset,
    /// Where native code calls it (`NativeCode::direct`).
    pub direct: AssemblyOffset,
    /// Offset of the first native instruction of each bytecode pc.
    pub pc_offsets: Vec<usize>,
    /// The code after the body: `(offset, what)` per section, in order.
    pub sections: Vec<(usize, &'static str)>,
    /// The lazy call sites (see `lazy.rs`).
    pub sites: Vec<SiteOffsets>,
    /// Whether the function is lazy (see `lazy.rs`).
    pub lazy: bool,
}

/// The largest function the JIT compiles, in bytecode instructions: far
/// above any hot function (a package initializer laying out a huge array
/// literal reaches millions), and small enough that its code stays within
/// rel32 jumps and the compile costs no more than running it once.
pub const MAX_JIT_INSTRUCTIONS: usize = 1 << 18;

/// Compiles `func`, or says why it stays interpreted (an instruction has
/// no emitter, its frame is too large to address). `lazy` is
/// [`lazy_funcs`] of `prog`.
pub fn compile(
    prog: &Program,
    func: FuncId,
    env: &NativeEnv,
    lazy: &[bool],
) -> Result<Compiled, String> {
    let f = prog.func(func);
    if f.code.is_empty() {
        return Err("a native (no bytecode)".into());
    }
    if f.code.len() > MAX_JIT_INSTRUCTIONS {
        return Err(format!(
            "{} instructions (the JIT compiles at most {MAX_JIT_INSTRUCTIONS})",
            f.code.len()
        ));
    }
    if let Some(op) = f.code.iter().find(|op| !supported(op)) {
        return Err(format!("{} has no emitter yet", op.name()));
    }
    let (depths, max) = stack_depths(f).map_err(|e| e.0)?;
    // Open-coded defers: the i-th reachable `DeferStack` in code order is
    // defer i of the funcdata (the lowering emits both together; gc, like
    // `defers.rs`, drops defers in dead code).
    let mut defer_index = vec![None; f.code.len()];
    if let Some(od) = &f.open_defers {
        let sites: Vec<usize> = (0..f.code.len())
            .filter(|&pc| depths[pc].is_some())
            .filter(|&pc| matches!(f.code[pc], Op::DeferStack { .. } | Op::Defer { .. }))
            .collect();
        let all_stack = sites
            .iter()
            .all(|&pc| matches!(f.code[pc], Op::DeferStack { .. }));
        if sites.len() != od.defers.len() || !all_stack || od.defers.len() > 8 {
            return Err("funcdata does not match the defer statements".into());
        }
        for (i, pc) in sites.into_iter().enumerate() {
            defer_index[pc] = Some(i as u32);
        }
    }
    if (f.locals as u64 + max as u64) * 8 > i32::MAX as u64 / 2 {
        return Err("frame too large".into());
    }
    for op in &f.code {
        // Direct calls must pass exactly the callee's parameters.
        if let Op::Call { func, args, .. } = *op {
            if prog.func(func).params != args {
                let name = &prog.func(func).name;
                return Err(format!("call of {name} with {args} slots"));
            }
        }
        if let Op::LoadGlobal { off, ty, .. } | Op::StoreGlobal { off, ty, .. } = *op {
            let l = prog.types.layout(ty);
            if off as u64 + l.size > i32::MAX as u64 || l.slots.is_none() {
                return Err("global beyond a 32-bit displacement".into());
            }
        }
    }
    let mut e = Emitter {
        ops: Assembler::new().map_err(|e| e.to_string())?,
        locals: f.locals,
        labels: Vec::new(),
        globals: env.globals as i64,
        open: f.open_defers.clone(),
        pend: Vec::new(),
        deferred_funcs: deferred_funcs(f, &defer_index, &depths),
        defer_index,
        cold: Vec::new(),
        homes: homes::choose_homes(f),
        lazy: lazy[func.0 as usize],
        lazy_funcs: lazy,
        sites: Vec::new(),
        in_cold: false,
        fuel: env.fuel,
        broken: None,
        header_uses: 0,
        prog,
        f,
        entries: env.entries as i64,
        static_closures: env.static_closures as i64,
        layout: native_layout(),
    };
    e.labels = (0..f.code.len())
        .map(|_| e.ops.new_dynamic_label())
        .collect();
    // The Rust entry (`NativeEntry`, sysv64) saves the registers the code
    // owns, sets them up and calls the body: at pc 0 through the direct
    // entry, elsewhere (on-stack replacement, recovery) through `->osr`.
    let entry = e.ops.offset();
    let stack_ptr = e.layout.stack_ptr;
    dynasm!(e.ops
        ; .arch x64
        ; push rbx
        ; push rbp
        ; push r12
        ; push r13
        ; push r14
        ; push r15
        ; sub rsp, 8
        ; mov r12, rdi
        ; mov rbx, rsi
        ; mov r13, rsi
        ; sub r13, [r12 + stack_ptr]
        ; mov r14, rcx
        ; test edx, edx
        ; jnz >osr
        ; call ->body
        ; jmp >out
        ; osr:
        ; call ->osr
        ; out:
        ; add rsp, 8
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbp
        ; pop rbx
        ; ret
    );
    // The direct entry: the body's frame is its return address and 8
    // bytes that align `rsp` for the helpers it calls (a lazy function's
    // is only the return address: its cold paths align `rsp` themselves).
    let direct = e.ops.offset();
    dynasm!(e.ops ; .arch x64 ; ->body:);
    e.open_frame();
    e.reload_homes();
    // Calls and loops poll for a stop request: at entry, and at every
    // loop header (the target of a backward branch).
    if env.polls {
        e.poll(0);
    }
    let mut loop_header = vec![false; f.code.len()];
    for (pc, op) in f.code.iter().enumerate() {
        if let Some(t) = op.branch_target().filter(|&t| t as usize <= pc) {
            loop_header[t as usize] = true;
        }
    }
    let mut pc_offsets = Vec::with_capacity(f.code.len());
    // Where control arrives from elsewhere: pending operands are written
    // to their slots before.
    let mut entries = vec![false; f.code.len()];
    for t in f
        .code
        .iter()
        .filter_map(Op::branch_target)
        .chain(f.deferreturn)
    {
        entries[t as usize] = true;
    }
    for (pc, op) in f.code.iter().enumerate() {
        let label = e.labels[pc];
        match depths[pc] {
            Some(d) if entries[pc] => e.flush(d),
            Some(_) => {}
            // Nothing falls through into dead code.
            None => e.pend.clear(),
        }
        let polls = env.polls && loop_header[pc] && depths[pc].is_some();
        if polls {
            // (A loop that polls runs a fifth slower unaligned.)
            dynasm!(e.ops ; .arch x64 ; .align 32);
        }
        pc_offsets.push(e.ops.offset().0);
        dynasm!(e.ops ; .arch x64 ; =>label);
        if polls {
            e.poll(pc as u32);
        }
        if let Some(d) = depths[pc] {
            let uses = e.header_uses;
            e.op(*op, d, pc as u32);
            debug_assert!(
                op.native() != Native::Inline || e.header_uses == uses,
                "{} is declared Inline in op.rs but its code needs the frame header",
                op.name()
            );
        }
    }
    let mut sections = vec![(e.ops.offset().0, "slow paths")];
    e.emit_cold();
    sections.push((e.ops.offset().0, "trampolines of lazy calls"));
    let sites = e.emit_tramps();
    sections.push((e.ops.offset().0, "exits: unwind, recovery, OSR entry"));
    dynasm!(e.ops ; .arch x64 ; ->unwind:);
    if let Some(dr) = f.deferreturn {
        // Recovery into this frame: resume at the deferreturn exit.
        let dr = e.labels[dr as usize];
        dynasm!(e.ops
            ; .arch x64
            ; mov rdi, r12
            ; mov rsi, r14
            ; mov rax, QWORD jit_resume as *const () as i64
            ; call rax
            ; test rax, rax
            ; jz ->fail
            ; mov rbx, rax
            ; jmp =>dr
        );
    }
    dynasm!(e.ops
        ; .arch x64
        ; ->fail:
        ; xor eax, eax
    );
    e.close_frame();
    dynasm!(e.ops ; .arch x64 ; ret ; ->osr:);
    e.open_frame();
    // The entry pc moves to eax: reloading the homes uses rdx.
    dynasm!(e.ops ; .arch x64 ; mov eax, edx);
    e.reload_homes();
    // Entries past pc 0: on-stack replacement enters at a branch target
    // (the interpreter only enters at loop headers it just jumped to), a
    // recovery at the deferreturn exit; any other pc is a bug, which traps
    // rather than running the wrong code.
    let mut targets: Vec<u32> = f.code.iter().filter_map(Op::branch_target).collect();
    targets.extend(f.deferreturn);
    targets.sort_unstable();
    targets.dedup();
    for t in targets {
        let l = e.labels[t as usize];
        dynasm!(e.ops ; .arch x64 ; cmp eax, t as i32 ; je =>l);
    }
    dynasm!(e.ops ; .arch x64 ; ud2);
    if let Some(why) = e.broken {
        debug_assert!(false, "{}: {why}", f.name);
        return Err(format!("internal error: {why}"));
    }
    // Commit first: `finalize` panics on a relocation it cannot make (a
    // function whose code spans more than a rel32 jump), and a function
    // the JIT cannot place stays interpreted instead.
    e.ops
        .commit()
        .map_err(|err| format!("code too large to place ({err})"))?;
    let buf = e
        .ops
        .finalize()
        .map_err(|_| "could not finalize the code buffer".to_string())?;
    Ok(Compiled {
        buf,
        entry,
        direct,
        pc_offsets,
        sections,
        sites,
        lazy: e.lazy,
    })
}

struct Emitter<'p> {
    prog: &'p Program,
    /// The function being compiled.
    f: &'p Function,
    /// Address of the per-function entry table.
    entries: i64,
    /// Address of the per-function static closure table.
    static_closures: i64,
    layout: NativeLayout,
    ops: Assembler,
    locals: u32,
    labels: Vec<DynamicLabel>,
    /// Address of global slot 0.
    globals: i64,
    /// The funcdata of a function with open-coded defers.
    open: Option<OpenDefers>,
    /// Per pc, the open-coded defer index of a `DeferStack`.
    defer_index: Vec<Option<u32>>,
    /// The pending operands (see [`Opd`]).
    pend: Vec<Opd>,
    /// Per open-coded defer, the function it calls when the code shows
    /// it (its closure made by a `MakeClosure` in the same block).
    deferred_funcs: Vec<Option<FuncId>>,
    /// Slow paths to place after the body.
    cold: Vec<cold::Cold>,
    /// Locals kept in registers (see `homes.rs`).
    homes: homes::Homes,
    /// Whether this function is lazy (see `lazy.rs`): its calls push no
    /// headers and its cold paths materialize them first.
    lazy: bool,
    /// [`lazy_funcs`] of the program.
    lazy_funcs: &'p [bool],
    /// The lazy call sites emitted so far.
    sites: Vec<lazy::LazySite>,
    /// Whether the cold paths are being emitted.
    in_cold: bool,
    /// Whether polls spend fuel (`NativeEnv::fuel`).
    fuel: bool,
    /// Why the code of a lazy function would be wrong (a hot helper call,
    /// a header read): the function is then not compiled.
    broken: Option<&'static str>,
    /// Hot helper calls and header reads emitted so far (each
    /// instruction declared [`Native::Inline`] must add none).
    header_uses: u32,
}

/// A condition code, for `setcc` / `jcc`.
#[derive(Clone, Copy)]
enum Cc {
    E,
    Ne,
    L,
    Le,
    G,
    Ge,
    B,
    Be,
    A,
    Ae,
}

impl Cc {
    fn of(op: Cmp) -> Cc {
        match op {
            Cmp::Eq => Cc::E,
            Cmp::Ne => Cc::Ne,
            Cmp::LtS => Cc::L,
            Cmp::LeS => Cc::Le,
            Cmp::GtS => Cc::G,
            Cmp::GeS => Cc::Ge,
            Cmp::LtU => Cc::B,
            Cmp::LeU => Cc::Be,
            Cmp::GtU => Cc::A,
            Cmp::GeU => Cc::Ae,
            _ => unreachable!("float compare {op:?} reached the integer emitter"),
        }
    }

    fn not(self) -> Cc {
        match self {
            Cc::E => Cc::Ne,
            Cc::Ne => Cc::E,
            Cc::L => Cc::Ge,
            Cc::Le => Cc::G,
            Cc::G => Cc::Le,
            Cc::Ge => Cc::L,
            Cc::B => Cc::Ae,
            Cc::Be => Cc::A,
            Cc::A => Cc::Be,
            Cc::Ae => Cc::B,
        }
    }
}

impl Emitter<'_> {
    /// Displacement of frame slot `s`.
    fn slot(&self, s: u32) -> i32 {
        (s * 8) as i32
    }

    /// Displacement of the operand at depth `k`.
    fn opd(&self, k: u32) -> i32 {
        self.slot(self.locals + k)
    }

    /// `rax = imm` (any 64-bit value).
    fn mov_rax(&mut self, v: i64) {
        if i32::try_from(v).is_ok() {
            dynasm!(self.ops ; .arch x64 ; mov rax, v as i32);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov rax, QWORD v);
        }
    }

    /// `rcx = imm` (any 64-bit value).
    fn mov_rcx(&mut self, v: i64) {
        if i32::try_from(v).is_ok() {
            dynasm!(self.ops ; .arch x64 ; mov rcx, v as i32);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov rcx, QWORD v);
        }
    }

    /// `[rbx + to] = [rbx + from]`.
    fn copy(&mut self, from: i32, to: i32) {
        dynasm!(self.ops ; .arch x64 ; mov rax, [rbx + from] ; mov [rbx + to], rax);
    }

    /// `rax = rax op rcx`, Go's integer semantics.
    fn arith(&mut self, op: Arith) {
        match op {
            Arith::Add => dynasm!(self.ops ; .arch x64 ; add rax, rcx),
            Arith::Sub => dynasm!(self.ops ; .arch x64 ; sub rax, rcx),
            Arith::Mul => dynasm!(self.ops ; .arch x64 ; imul rax, rcx),
            Arith::And => dynasm!(self.ops ; .arch x64 ; and rax, rcx),
            Arith::Or => dynasm!(self.ops ; .arch x64 ; or rax, rcx),
            Arith::Xor => dynasm!(self.ops ; .arch x64 ; xor rax, rcx),
            Arith::AndNot => dynasm!(self.ops ; .arch x64 ; not rcx ; and rax, rcx),
            // Counts are unsigned 64-bit; >= 64 shifts everything out.
            Arith::Shl => dynasm!(self.ops
                ; .arch x64
                ; mov rdx, rax
                ; shl rdx, cl
                ; xor eax, eax
                ; cmp rcx, 64
                ; cmovb rax, rdx
            ),
            Arith::ShrU => dynasm!(self.ops
                ; .arch x64
                ; mov rdx, rax
                ; shr rdx, cl
                ; xor eax, eax
                ; cmp rcx, 64
                ; cmovb rax, rdx
            ),
            Arith::ShrS => dynasm!(self.ops
                ; .arch x64
                ; mov edx, 63
                ; cmp rcx, 63
                ; cmova rcx, rdx
                ; sar rax, cl
            ),
            _ => unreachable!("{op:?} has no integer emitter"),
        }
    }

    /// `rax = rax op v` in one instruction when `v` fits it (a 32-bit
    /// immediate, a shift count below 64); `false` if it does not.
    fn arith_imm(&mut self, op: Arith, v: i64) -> bool {
        let Ok(i) = i32::try_from(v) else {
            return false;
        };
        let count = (0..64).contains(&v);
        match op {
            Arith::Add => dynasm!(self.ops ; .arch x64 ; add rax, i),
            Arith::Sub => dynasm!(self.ops ; .arch x64 ; sub rax, i),
            Arith::Mul => dynasm!(self.ops ; .arch x64 ; imul rax, rax, i),
            Arith::And => dynasm!(self.ops ; .arch x64 ; and rax, i),
            Arith::Or => dynasm!(self.ops ; .arch x64 ; or rax, i),
            Arith::Xor => dynasm!(self.ops ; .arch x64 ; xor rax, i),
            Arith::Shl if count => dynasm!(self.ops ; .arch x64 ; shl rax, i as i8),
            Arith::ShrU if count => dynasm!(self.ops ; .arch x64 ; shr rax, i as i8),
            Arith::ShrS if count => dynasm!(self.ops ; .arch x64 ; sar rax, i as i8),
            _ => return false,
        }
        true
    }

    /// `rax = (rax cc rcx) as u64`.
    fn setcc(&mut self, cc: Cc) {
        dynasm!(self.ops ; .arch x64 ; cmp rax, rcx);
        match cc {
            Cc::E => dynasm!(self.ops ; .arch x64 ; sete al),
            Cc::Ne => dynasm!(self.ops ; .arch x64 ; setne al),
            Cc::L => dynasm!(self.ops ; .arch x64 ; setl al),
            Cc::Le => dynasm!(self.ops ; .arch x64 ; setle al),
            Cc::G => dynasm!(self.ops ; .arch x64 ; setg al),
            Cc::Ge => dynasm!(self.ops ; .arch x64 ; setge al),
            Cc::B => dynasm!(self.ops ; .arch x64 ; setb al),
            Cc::Be => dynasm!(self.ops ; .arch x64 ; setbe al),
            Cc::A => dynasm!(self.ops ; .arch x64 ; seta al),
            Cc::Ae => dynasm!(self.ops ; .arch x64 ; setae al),
        }
        dynasm!(self.ops ; .arch x64 ; movzx eax, al);
    }

    /// Jumps to bytecode `target` if `rax cc rcx`.
    fn jcc(&mut self, cc: Cc, target: u32) {
        dynasm!(self.ops ; .arch x64 ; cmp rax, rcx);
        self.jump_if(cc, target);
    }

    /// Jumps to bytecode `target` unless `rax op rcx` holds for the
    /// float64 bits in them (IEEE: every comparison with NaN is false,
    /// except `!=`). `ucomisd` sets CF for "below", ZF for "equal", all
    /// three flags (with PF) for unordered.
    fn float_jump_unless(&mut self, op: Cmp, target: u32) {
        let l = self.labels[target as usize];
        dynasm!(self.ops ; .arch x64 ; movq xmm0, rax ; movq xmm1, rcx);
        match op {
            // a < b is b above a; a <= b is b above-or-equal a.
            Cmp::FLt => dynasm!(self.ops ; .arch x64 ; ucomisd xmm1, xmm0 ; jbe =>l),
            Cmp::FLe => dynasm!(self.ops ; .arch x64 ; ucomisd xmm1, xmm0 ; jb =>l),
            Cmp::FGt => dynasm!(self.ops ; .arch x64 ; ucomisd xmm0, xmm1 ; jbe =>l),
            Cmp::FGe => dynasm!(self.ops ; .arch x64 ; ucomisd xmm0, xmm1 ; jb =>l),
            Cmp::FEq => dynasm!(self.ops ; .arch x64 ; ucomisd xmm0, xmm1 ; jne =>l ; jp =>l),
            Cmp::FNe => {
                let skip = self.ops.new_dynamic_label();
                dynasm!(self.ops
                    ; .arch x64
                    ; ucomisd xmm0, xmm1
                    ; jp =>skip
                    ; je =>l
                    ; =>skip
                );
            }
            _ => unreachable!("{op:?} is not a float compare"),
        }
    }

    /// Jumps to bytecode `target` if the flags say `cc`.
    fn jump_if(&mut self, cc: Cc, target: u32) {
        let l = self.labels[target as usize];
        match cc {
            Cc::E => dynasm!(self.ops ; .arch x64 ; je =>l),
            Cc::Ne => dynasm!(self.ops ; .arch x64 ; jne =>l),
            Cc::L => dynasm!(self.ops ; .arch x64 ; jl =>l),
            Cc::Le => dynasm!(self.ops ; .arch x64 ; jle =>l),
            Cc::G => dynasm!(self.ops ; .arch x64 ; jg =>l),
            Cc::Ge => dynasm!(self.ops ; .arch x64 ; jge =>l),
            Cc::B => dynasm!(self.ops ; .arch x64 ; jb =>l),
            Cc::Be => dynasm!(self.ops ; .arch x64 ; jbe =>l),
            Cc::A => dynasm!(self.ops ; .arch x64 ; ja =>l),
            Cc::Ae => dynasm!(self.ops ; .arch x64 ; jae =>l),
        }
    }

    /// Emits `op`, found at `pc` with operand depth `d` before it: the
    /// operand-stack instructions that can leave their results pending
    /// (see [`Opd`]) here, everything else on slots after a flush.
    fn op(&mut self, op: Op, d: u32, pc: u32) {
        match op {
            Op::Nop => {}
            Op::Pop { n } => {
                // Pending operands vanish; stored ones are left behind.
                let keep = self.pend.len().saturating_sub(n as usize);
                self.pend.truncate(keep);
            }
            Op::Push { v } => self.pend.push(Opd::Const(v)),
            Op::LoadLocal { slot } => self.pend.push(Opd::Local(slot)),
            Op::LoadLocal2 { a, b } => {
                self.pend.push(Opd::Local(a));
                self.pend.push(Opd::Local(b));
            }
            Op::StoreLocal { slot } => {
                let [v] = self.take(d);
                self.materialize_local(d - 1, slot);
                match v {
                    Opd::Rax => self.store_local(slot, Rq::RAX),
                    v => {
                        self.load_rcx(v);
                        self.store_local(slot, Rq::RCX);
                    }
                }
            }
            Op::Neg => {
                self.unary(d);
                dynasm!(self.ops ; .arch x64 ; neg rax);
                self.pend.push(Opd::Rax);
            }
            Op::BitNot => {
                self.unary(d);
                dynasm!(self.ops ; .arch x64 ; not rax);
                self.pend.push(Opd::Rax);
            }
            Op::Conv { c: Conv::Narrow(k) } => {
                self.unary(d);
                match k {
                    IntKind::I8 => dynasm!(self.ops ; .arch x64 ; movsx rax, al),
                    IntKind::I16 => dynasm!(self.ops ; .arch x64 ; movsx rax, ax),
                    IntKind::I32 => dynasm!(self.ops ; .arch x64 ; movsxd rax, eax),
                    IntKind::U8 => dynasm!(self.ops ; .arch x64 ; movzx eax, al),
                    IntKind::U16 => dynasm!(self.ops ; .arch x64 ; movzx eax, ax),
                    IntKind::U32 => dynasm!(self.ops ; .arch x64 ; mov eax, eax),
                    IntKind::Int
                    | IntKind::I64
                    | IntKind::Uint
                    | IntKind::U64
                    | IntKind::Uintptr => {}
                }
                self.pend.push(Opd::Rax);
            }
            Op::Not => {
                self.unary(d);
                dynasm!(self.ops ; .arch x64 ; xor rax, 1);
                self.pend.push(Opd::Rax);
            }
            Op::Arith { op } if int_arith(op) => {
                self.take_pair(d);
                self.arith(op);
                self.pend.push(Opd::Rax);
            }
            Op::Arith { op } if divide::int_div(op) => {
                self.take_pair(d);
                self.divide(op, d, pc, None);
                self.pend.push(Opd::Rax);
            }
            Op::ArithImm { op, v } if divide::int_div(op) && v != 0 => {
                let [a] = self.take(d);
                self.load_rax(a);
                self.mov_rcx(v);
                self.divide(op, d, pc, Some(v));
                self.pend.push(Opd::Rax);
            }
            Op::ArithImm { op, v } if int_arith(op) => {
                let [a] = self.take(d);
                self.load_rax(a);
                if !self.arith_imm(op, v) {
                    self.mov_rcx(v);
                    self.arith(op);
                }
                self.pend.push(Opd::Rax);
            }
            Op::ArithStore { op, slot } if int_arith(op) => {
                let [a, b] = self.take(d);
                match self.home(slot) {
                    // `x op= y` on a homed `x`: in place.
                    Some(h)
                        if a == Opd::Local(slot) && self.alu_in_place(op, h, b, d - 2, slot) => {}
                    _ => {
                        self.load_pair(a, b);
                        self.arith(op);
                        self.materialize_local(d - 2, slot);
                        self.store_local(slot, Rq::RAX);
                    }
                }
            }
            Op::ArithStore { op, slot } if divide::int_div(op) => {
                let [a, b] = self.take(d);
                self.load_pair(a, b);
                self.divide(op, d, pc, None);
                self.materialize_local(d - 2, slot);
                self.store_local(slot, Rq::RAX);
            }
            Op::Cmp { op } if !op.is_float() => {
                self.take_pair(d);
                self.setcc(Cc::of(op));
                self.pend.push(Opd::Rax);
            }
            Op::CmpImm { op, v } if !op.is_float() => {
                let [a] = self.take(d);
                self.load_rax(a);
                self.mov_rcx(v);
                self.setcc(Cc::of(op));
                self.pend.push(Opd::Rax);
            }
            Op::JumpIfFalse { target } => self.jump_on_bool(d, Cc::E, target),
            Op::JumpIfTrue { target } => self.jump_on_bool(d, Cc::Ne, target),
            Op::CmpJump { op, target } => {
                let [a, b] = self.take(d);
                self.flush(d - 2);
                if op.is_float() {
                    self.load_pair(a, b);
                    self.float_jump_unless(op, target);
                } else {
                    // Homed locals and small constants compare in place.
                    let b = self.src(b, Rq::RCX);
                    let a = self.src_reg(a, Rq::RAX);
                    match b {
                        Src::Reg(b) => dynasm!(self.ops ; .arch x64 ; cmp Rq(a), Rq(b)),
                        Src::Imm(v) => dynasm!(self.ops ; .arch x64 ; cmp Rq(a), v),
                    }
                    self.jump_if(Cc::of(op).not(), target);
                }
            }
            Op::LoadLocalElem { slot, mem } => self.local_elem(slot, mem, d, pc, false),
            Op::StoreLocalElem { slot, mem } => self.local_elem(slot, mem, d, pc, true),
            Op::LoadGlobal { off, ty, n: 1 } => {
                self.free_rax(d);
                dynasm!(self.ops ; .arch x64 ; mov rdx, QWORD self.globals);
                let m = self.prog.types.layout(ty).mem1();
                self.load_mem(m, Rq::RDX, off as i32);
                self.pend.push(Opd::Rax);
            }
            Op::StoreGlobal { off, ty, n: 1 } => {
                let [v] = self.take(d);
                self.load_rax(v);
                dynasm!(self.ops ; .arch x64 ; mov rdx, QWORD self.globals);
                let m = self.prog.types.layout(ty).mem1();
                self.store_mem(m, Rq::RDX, off as i32, Rq::RAX);
            }
            Op::MakeClosure { func, n: 0 } => {
                // Made before compiling (see `NativeEnv::static_closures`).
                self.free_rax(d);
                let at = self.static_closures + func.0 as i64 * 4;
                dynasm!(self.ops ; .arch x64 ; mov rax, QWORD at ; mov eax, [rax]);
                self.pend.push(Opd::Rax);
            }
            Op::Return { n: 1 } => {
                // The other operands are dead: only the result is stored.
                let [v] = self.take(d);
                self.pend.clear();
                match v {
                    Opd::Local(0) if self.home(0).is_none() => {}
                    Opd::Mem(k) if self.locals + k == 0 => {}
                    Opd::Rax => dynasm!(self.ops ; .arch x64 ; mov [rbx], rax),
                    v => {
                        self.load_rcx(v);
                        dynasm!(self.ops ; .arch x64 ; mov [rbx], rcx);
                    }
                }
                self.ret(1);
            }
            // Everything else works on slots: pending operands are written
            // out first.
            Op::LoadLocalN { slot, n } => {
                self.flush(d);
                for i in 0..n {
                    let to = self.opd(d + i);
                    self.load_local(Rq::RAX, slot + i);
                    dynasm!(self.ops ; .arch x64 ; mov [rbx + to], rax);
                }
            }
            Op::StoreLocalN { slot, n } => {
                self.flush(d);
                for i in 0..n {
                    let from = self.opd(d - n + i);
                    dynasm!(self.ops ; .arch x64 ; mov rax, [rbx + from]);
                    self.store_local(slot + i, Rq::RAX);
                }
            }
            Op::Dup { n } => {
                self.flush(d);
                for i in 0..n {
                    self.copy(self.opd(d - n + i), self.opd(d + i));
                }
            }
            Op::LoadGlobal { off, ty, .. } => {
                self.flush(d);
                dynasm!(self.ops ; .arch x64 ; mov rdx, QWORD self.globals);
                let prog = self.prog;
                let slots = prog.types.layout(ty).slots.as_deref().unwrap_or_default();
                for (i, &(o, m)) in (0..).zip(slots) {
                    self.load_mem(m, Rq::RDX, (off + o) as i32);
                    let to = self.opd(d + i);
                    dynasm!(self.ops ; .arch x64 ; mov [rbx + to], rax);
                }
            }
            Op::StoreGlobal { off, ty, n } => {
                self.flush(d);
                dynasm!(self.ops ; .arch x64 ; mov rdx, QWORD self.globals);
                let prog = self.prog;
                let slots = prog.types.layout(ty).slots.as_deref().unwrap_or_default();
                for (i, &(o, m)) in (0..).zip(slots) {
                    let from = self.opd(d - n + i);
                    dynasm!(self.ops ; .arch x64 ; mov rax, [rbx + from]);
                    self.store_mem(m, Rq::RDX, (off + o) as i32, Rq::RAX);
                }
            }
            Op::IncLocal { slot, by } => {
                self.flush(d);
                let at = self.slot(slot);
                match (i32::try_from(by), self.home(slot)) {
                    (Ok(by), Some(h)) => dynasm!(self.ops ; .arch x64 ; add Rq(h), by),
                    (Ok(by), None) => dynasm!(self.ops ; .arch x64 ; add QWORD [rbx + at], by),
                    (Err(_), h) => {
                        self.mov_rax(by);
                        match h {
                            Some(h) => dynasm!(self.ops ; .arch x64 ; add Rq(h), rax),
                            None => dynasm!(self.ops ; .arch x64 ; add [rbx + at], rax),
                        }
                    }
                }
                self.local_written(slot);
            }
            Op::LocalAddImm { slot, v } => {
                self.flush(d);
                let to = self.opd(d);
                self.load_local(Rq::RAX, slot);
                dynasm!(self.ops ; .arch x64 ; add rax, v ; mov [rbx + to], rax);
            }
            Op::Jump { target } => {
                self.flush(d);
                let l = self.labels[target as usize];
                dynasm!(self.ops ; .arch x64 ; jmp =>l);
            }
            Op::LocalCmpImmJump {
                slot,
                op,
                v,
                target,
            } => {
                self.flush(d);
                match self.home(slot) {
                    Some(h) => dynasm!(self.ops ; .arch x64 ; cmp Rq(h), v),
                    None => {
                        let a = self.slot(slot);
                        dynasm!(self.ops ; .arch x64 ; cmp QWORD [rbx + a], v);
                    }
                }
                self.jump_if(Cc::of(op).not(), target);
            }
            Op::LocalLocalCmpJump { a, b, op, target } => {
                self.flush(d);
                self.load_local(Rq::RAX, a);
                self.load_local(Rq::RCX, b);
                self.jcc(Cc::of(op).not(), target);
            }
            Op::Call { func, args, .. } if direct_callee(self.prog.func(func)) => {
                self.flush(d);
                self.direct_call(func, args, d, pc);
            }
            Op::Call { .. } | Op::CallClosure { .. } | Op::CallIface { .. } => {
                self.flush(d);
                self.call_helper(jit_call as *const () as i64, pc, self.locals + d);
            }
            Op::DeferStack { args } if self.open.is_some() => {
                self.flush(d);
                self.open_defer(d, args, pc);
            }
            Op::DeferReturn if self.open.is_some() => {
                self.flush(d);
                self.open_deferreturn(pc);
            }
            Op::FieldAddr { off } => self.field_addr(off, d, pc),
            Op::SliceIndex { ty, n } if n <= INLINE_MOVE_SLOTS => {
                let prog = self.prog;
                let size = prog.types.layout(ty).size as u32;
                self.slice_index(Some(layout_slots(prog, ty)), size, d, pc);
            }
            op @ (Op::SliceIndexAddr { size } | Op::ArrayIndexAddr { size, .. })
                if op.native() == Native::Inline =>
            {
                match op {
                    Op::ArrayIndexAddr { len, .. } => self.array_index_addr(size, len, d, pc),
                    _ => self.slice_index(None, size, d, pc),
                }
            }
            Op::StrIndex => self.str_index(d, pc),
            Op::StrCmp {
                op: op @ (Cmp::Eq | Cmp::Ne),
            } => self.str_eq(op == Cmp::Eq, d, pc),
            Op::SliceStr { bounds } => self.slice_str(bounds, d, pc),
            Op::StrLen => {
                self.flush(d);
                let (len, to) = (self.opd(d - 1), self.opd(d - 2));
                dynasm!(self.ops ; .arch x64 ; mov rax, [rbx + len] ; mov [rbx + to], rax);
            }
            Op::Load { ty, n } if n <= INLINE_MOVE_SLOTS => {
                // Each slot from its offset, by its storage (Go's layout).
                self.flush(d);
                let at = self.opd(d - 1);
                let slow = self.heap_addr(at);
                let prog = self.prog;
                for (i, &(off, m)) in (0..).zip(layout_slots(prog, ty)) {
                    self.load_mem(m, Rq::RDX, off as i32);
                    let to = self.opd(d - 1 + i);
                    dynasm!(self.ops ; .arch x64 ; mov [rbx + to], rax);
                }
                self.slow_path(slow, pc, d);
            }
            Op::Store { ty, n } if n <= INLINE_MOVE_SLOTS => {
                self.flush(d);
                let at = self.opd(d - n - 1);
                let slow = self.heap_addr(at);
                let prog = self.prog;
                for (i, &(off, m)) in (0..).zip(layout_slots(prog, ty)) {
                    let v = self.opd(d - n + i);
                    dynasm!(self.ops ; .arch x64 ; mov rcx, [rbx + v]);
                    self.store_mem(m, Rq::RDX, off as i32, Rq::RCX);
                }
                self.slow_path(slow, pc, d);
            }
            Op::LoadCapture { i } => {
                self.flush(d);
                self.needs_header("a capture read");
                // The running frame's header is frames[r14].
                let (l, to) = (self.layout, self.opd(d));
                dynasm!(self.ops
                    ; .arch x64
                    ; lea rax, [r14 + r14 * 2]
                    ; shl rax, 3
                    ; add rax, [r12 + l.frames_ptr]
                    ; mov edx, [rax + l.frame_closure]
                );
                self.obj_addr(Rq::RDX, Rq::R8);
                dynasm!(self.ops
                    ; .arch x64
                    ; mov rax, [rdx + (i * 8) as i32]
                    ; mov [rbx + to], rax
                );
            }
            Op::TypeSwitchCase { target, .. }
            | Op::StrIterNext { target, .. }
            | Op::MapIterNext { target, .. } => {
                self.flush(d);
                let l = self.labels[target as usize];
                let f = jit_branch as *const () as i64;
                self.needs_header("a branching helper");
                self.spill_homes();
                dynasm!(self.ops
                    ; .arch x64
                    ; mov rdi, r12
                    ; mov esi, pc as i32
                    ; mov edx, (self.locals + d) as i32
                    ; mov rax, QWORD f
                    ; call rax
                    ; mov rbx, rax
                    ; and rbx, -2
                );
                self.reload_homes();
                dynasm!(self.ops ; .arch x64 ; test eax, 1 ; jnz =>l);
            }
            // What native code leaves to the runtime (`jit_op`, which runs
            // exactly these groups): value instructions without inline
            // code, slow paths, runtime calls.
            #[allow(unreachable_patterns)] // the value instructions above
            gust_vm::value_ops!() | gust_vm::slow_ops!() | gust_vm::runtime_ops!() => {
                self.flush(d);
                self.call_helper(jit_op as *const () as i64, pc, self.locals + d);
            }
            Op::Return { n } => {
                self.flush(d);
                // Results go to slots 0.. (ascending: a source is never
                // below its destination), where a direct caller wants them.
                for i in 0..n {
                    let (from, to) = (self.opd(d - n + i), self.slot(i));
                    if from != to {
                        self.copy(from, to);
                    }
                }
                self.ret(n);
            }
        }
    }

    /// Pops the bool on top (depth `d`) and jumps to `target` if it
    /// compares `cc` with 0.
    fn jump_on_bool(&mut self, d: u32, cc: Cc, target: u32) {
        let [a] = self.take(d);
        // The target expects every operand in its slot.
        self.flush(d - 1);
        self.load_rax(a);
        dynasm!(self.ops ; .arch x64 ; xor ecx, ecx);
        self.jcc(cc, target);
    }

    /// Takes the one operand of a unary instruction into `rax`.
    fn unary(&mut self, d: u32) {
        let [a] = self.take(d);
        self.load_rax(a);
    }

    /// Returns `n` results, which are in slots `0..n` (the body's
    /// epilogue, inline).
    fn ret(&mut self, n: u32) {
        self.mov_rax(((n as i64) << 32) | 1);
        self.close_frame();
        dynasm!(self.ops ; .arch x64 ; ret);
    }

    /// The body's frame below its return address: 8 bytes of padding
    /// (`rsp` is then 16-byte aligned for helper calls), none in a lazy
    /// function (its frame is 8 bytes, see `jit_materialize`).
    fn open_frame(&mut self) {
        if !self.lazy {
            dynasm!(self.ops ; .arch x64 ; sub rsp, 8);
        }
    }

    /// Undoes [`Self::open_frame`] before a `ret`.
    fn close_frame(&mut self) {
        if !self.lazy {
            dynasm!(self.ops ; .arch x64 ; add rsp, 8);
        }
    }
}
