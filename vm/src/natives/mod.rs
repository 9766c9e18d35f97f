//! Native functions: the parts of Go's packages implemented in Rust.
//!
//! The frontend's prelude declares each native as a Go function without a
//! body; lowering resolves its name here and emits `CallNative { id }`.
//! A native reads its arguments from the stack at `at` (laid out as the
//! Go signature's slots) and writes its results there.

use crate::vm::{Vm, VmResult};

/// A native function: `f(vm, at)` with arguments at `vm.g.stack[at..]`.
pub type NativeFn = fn(&mut Vm, usize) -> VmResult<()>;

/// One entry of the native table.
pub struct NativeDef {
    /// Qualified Go name, e.g. `strings.Repeat`.
    pub name: &'static str,
    /// The implementation.
    pub f: NativeFn,
}

/// All natives.
pub static NATIVES: &[NativeDef] = &[];

/// The id of native `name`, if gust implements it.
pub fn lookup(name: &str) -> Option<u32> {
    NATIVES.iter().position(|n| n.name == name).map(|i| i as u32)
}

impl Vm {
    /// Runs native `id` with its arguments at stack index `at`.
    #[inline]
    pub(crate) fn call_native(&mut self, id: u32, at: usize) -> VmResult<()> {
        (NATIVES[id as usize].f)(self, at)
    }
}
