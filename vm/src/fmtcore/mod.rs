//! Go's `fmt` and `strconv` formatting core, independent of the VM's values.
//!
//! - [`strconv`]: `FormatFloat`, `FormatInt`, `ParseInt`, `ParseFloat`,
//!   `Quote`, ... with Go's exact output and error texts.
//! - [`printer`]: Go's `fmt` formatter state and per-kind primitives
//!   (`fmtInteger`, `fmtFloat`, `fmtString`, ...).
//! - [`printf`]: the `Sprintf`/`Sprint`/`Sprintln` drivers over the
//!   [`printf::FmtArg`] trait the VM implements.

mod isprint;
pub mod printer;
pub mod printf;
pub mod strconv;
pub mod utf8;

pub use printer::{Flags, Printer};
pub use printf::{sprint, sprintf, sprintln, FmtArg};
pub use strconv::NumErr;

#[cfg(test)]
mod tests;
