//! gust's virtual machine: bytecode, values and heap, the interpreter and the
//! Go runtime (goroutine state, defer/panic/recover, built-in packages).
//!
//! **API boundary:** the frontend produces a [`program::Program`]; the root
//! crate's `Engine` runs it with [`vm::Vm`]. The vm never names the jit.

// First: its opcode group macros (`value_ops!`, ...) are used by name below.
#[macro_use]
pub mod op;
pub mod errors;
pub mod fmtcore;
pub mod frames;
pub mod gc;
pub mod goroutine;
pub mod heap;
mod interp;
pub mod layout;
pub mod liveness;
pub mod map;
pub mod natives;
mod panic;
pub mod peephole;
pub mod program;
mod slow;
pub mod stop;
pub mod tier;
pub mod types;
pub mod utf8;
mod value;
mod value_ops;
pub mod verify;
pub mod vm;

pub use interp::convert;
pub use panic::print_float;
pub use slow::grow_cap;
