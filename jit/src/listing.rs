//! `gust disasm --asm`: the native code of a function in Intel syntax,
//! each bytecode instruction's code under a comment naming it.

use crate::emit;
use gust_vm::program::Program;
use gust_vm::tier::NativeEnv;
use gust_vm::types::FuncId;
use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
use std::fmt::Write;

/// The listing of `func`'s native code, or why it stays interpreted.
/// It is compiled for no running VM: embedded VM addresses (globals) are
/// shown as 0.
pub fn disassemble(prog: &Program, func: FuncId) -> Result<String, String> {
    let f = prog.func(func);
    let c = emit::compile(prog, f, &NativeEnv::detached())?;
    let code: &[u8] = &c.buf;
    let start = c.entry.0;
    let mut out = String::new();
    let mut decoder = Decoder::with_ip(64, &code[start..], start as u64, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut text = String::new();
    let mut inst = Instruction::default();
    let mut next_pc = 0;
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
        text.clear();
        fmt.format(&inst, &mut text);
        let _ = writeln!(out, "  {at:6x}  {text}");
    }
    Ok(out)
}
