//! gust's x86-64 JIT tier (dynasm): a baseline compiler. Each bytecode
//! instruction becomes a short native sequence (integer code, locals,
//! globals, branches, calls) or a call of the runtime's `jit_op` helper
//! (natives, boxing, slices, maps), over the same frame slots the
//! interpreter uses (locals, then the operand stack at depths fixed by the
//! verifier), so a native frame is indistinguishable from an interpreted
//! one to the frame walker and can be entered at any loop header (OSR).
//!
//! A function is compiled only if every instruction has an emitter
//! ([`emit::supported`]); otherwise it stays interpreted (never
//! miscompiled). Defers compile to records through `jit_op`, or, for
//! open-codable functions, to Go's open-coded form: a deferBits slot and
//! per-defer closure/argument slots named by the function's funcdata,
//! which the runtime's panic path reads (`addOneOpenDeferFrame`).

mod emit;
mod listing;

use dynasmrt::ExecutableBuffer;
use gust_vm::program::Program;
use gust_vm::tier::{CallSite, NativeCode, NativeEntry, NativeEnv, Tier};
use gust_vm::types::FuncId;
use std::collections::HashMap;
use std::io::Write;

pub use emit::{lazy_funcs, supported};

/// Whether `func` compiles to native code, or why it stays interpreted.
pub fn compilable(prog: &Program, func: FuncId) -> Result<(), String> {
    let lazy = emit::lazy_funcs(prog);
    emit::compile(prog, func, &NativeEnv::detached(), &lazy).map(|_| ())
}
pub use listing::disassemble;

/// The JIT: compiles functions on request and owns their code.
#[derive(Default)]
pub struct Jit {
    /// One executable buffer per compiled function (read + execute only).
    code: Vec<ExecutableBuffer>,
    /// Where `--dump-asm` writes each listing as the function compiles.
    dump: Option<Box<dyn Write>>,
    /// Per function of the program, whether it is lazy (its calls push
    /// no frame header; computed at the first compile).
    lazy: Vec<bool>,
    /// The lazy call sites of the compiled code, by return address.
    sites: HashMap<usize, CallSite>,
}

impl Jit {
    /// A JIT with no compiled code.
    pub fn new() -> Self {
        Self::default()
    }

    /// A JIT that writes to `out`, as each function is compiled, its
    /// listing with its funcdata, or why it stays interpreted.
    pub fn with_dump(out: Box<dyn Write>) -> Self {
        Jit {
            dump: Some(out),
            ..Jit::default()
        }
    }
}

impl Tier for Jit {
    fn compile(&mut self, prog: &Program, func: FuncId, env: &NativeEnv) -> Option<NativeCode> {
        if self.lazy.len() != prog.funcs.len() {
            self.lazy = emit::lazy_funcs(prog);
        }
        let f = prog.func(func);
        let c = emit::compile(prog, func, env, &self.lazy);
        if let Some(out) = &mut self.dump {
            let _ = match &c {
                Ok(c) => write!(
                    out,
                    "native {} #{}:\n{}",
                    f.name,
                    func.0,
                    listing::listing(f, c)
                ),
                Err(why) => writeln!(out, "interpreted {} #{}: {why}", f.name, func.0),
            };
            let _ = out.flush();
        }
        let c = c.ok()?;
        // SAFETY: `entry` is the start of code emitted by `emit::compile`
        // with the `NativeEntry` calling convention; the buffer is kept
        // alive (and never written again) as long as the JIT lives.
        let entry: NativeEntry = unsafe { std::mem::transmute(c.buf.ptr(c.entry)) };
        let direct = c.buf.ptr(c.direct) as usize;
        for s in &c.sites {
            let site = CallSite {
                pc: s.pc,
                callee: s.callee,
                first: s.first,
                tramp: c.buf.ptr(dynasmrt::AssemblyOffset(s.tramp)) as usize,
            };
            let ret = c.buf.ptr(dynasmrt::AssemblyOffset(s.ret)) as usize;
            self.sites.insert(ret, site);
        }
        self.code.push(c.buf);
        Some(NativeCode { entry, direct })
    }

    fn call_site(&self, ret: usize) -> Option<CallSite> {
        self.sites.get(&ret).copied()
    }
}
