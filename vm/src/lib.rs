//! gust's virtual machine: bytecode, values and heap, the interpreter and the
//! Go runtime (goroutine state, defer/panic/recover, built-in packages).

pub mod fmtcore;
