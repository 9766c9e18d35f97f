//! `gust disasm --asm`: the native code of a function in Intel syntax,
//! each bytecode instruction's code under a comment naming it.

use crate::emit;
use gust_vm::program::{Function, Program};
use gust_vm::tier::{
    jit_branch, jit_call, jit_materialize, jit_op, jit_open_defer, jit_resume, NativeEnv,
};
use gust_vm::types::FuncId;
use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
use std::fmt::Write;

/// The listing of `func`'s native code, or why it stays interpreted.
/// It is compiled for no running VM: embedded VM addresses (globals) are
/// shown as 0.
pub fn disassemble(prog: &Program, func: FuncId) -> Result<String, String> {
    let lazy = emit::lazy_funcs(prog);
    let c = emit::compile(prog, func, &NativeEnv::detached(), &lazy)?;
    Ok(listing(prog.func(func), &c))
}

/// The listing of compiled code `c` of `f`: its funcdata, then each
/// bytecode instruction's native code under a comment naming it.
pub(crate) fn listing(f: &Function, c: &emit::Compiled) -> String {
    let code: &[u8] = &c.buf;
    let start = c.entry.0;
    let mut out = String::new();
    if c.lazy {
        let _ = writeln!(out, "    ; lazy frame header: calls of it push none");
    }
    if let Some(od) = &f.open_defers {
        let at = |s: u32| format!("[rbx+{:x}h]", s * 8);
        let _ = writeln!(
            out,
            "    ; funcdata: deferBits {}, {} open-coded defers",
            at(od.bits_slot),
            od.defers.len()
        );
        for (i, &(closure, first, n)) in od.defers.iter().enumerate() {
            let args = (first..first + n).map(at).collect::<Vec<_>>().join(" ");
            let _ = writeln!(
                out,
                "    ;   defer {i}: closure {} args [{args}]",
                at(closure)
            );
        }
    }
    let helpers = [
        (jit_call as *const () as u64, "jit_call"),
        (jit_op as *const () as u64, "jit_op"),
        (jit_open_defer as *const () as u64, "jit_open_defer"),
        (jit_resume as *const () as u64, "jit_resume"),
        (jit_branch as *const () as u64, "jit_branch"),
        (jit_materialize as *const () as u64, "jit_materialize"),
    ];
    let mut decoder = Decoder::with_ip(64, &code[start..], start as u64, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut text = String::new();
    let mut inst = Instruction::default();
    let (mut next_pc, mut next_section) = (0, 0);
    while decoder.can_decode() {
        decoder.decode_out(&mut inst);
        let at = inst.ip() as usize;
        while next_pc < c.pc_offsets.len() && c.pc_offsets[next_pc] <= at {
            let op = f.code[next_pc];
            let mut operands = String::new();
            op.write_operands(&mut operands);
            let _ = writeln!(out, "    ; {next_pc:>4}  {}{operands}", op.name());
            next_pc += 1;
        }
        // A section's title, unless it is empty (the next starts here).
        while let Some(&(start, what)) = c.sections.get(next_section) {
            if start > at {
                break;
            }
            next_section += 1;
            if c.sections
                .get(next_section)
                .is_none_or(|&(next, _)| next > at)
            {
                let _ = writeln!(out, "    ; -- {what}");
            }
        }
        text.clear();
        fmt.format(&inst, &mut text);
        if let Some((_, name)) = helpers.iter().find(|h| h.0 == inst.immediate64()) {
            let _ = write!(text, "  ; {name}");
        }
        let _ = writeln!(out, "  {at:6x}  {text}");
    }
    out
}
