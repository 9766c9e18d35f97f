//! Runtime errors: the panics the runtime raises itself, with Go's texts.

/// A run-time error, turned into a Go panic whose value is a
/// `runtime.Error` (see [`crate::vm::Vm::runtime_error_value`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuntimeError {
    /// `index out of range [i] with length n`
    Index {
        /// The offending index.
        index: i64,
        /// The length.
        len: u64,
    },
    /// A slice-bounds failure, already rendered (`slice bounds out of
    /// range [:5] with capacity 3`).
    SliceBounds(String),
    /// `integer divide by zero`
    DivideByZero,
    /// `invalid memory address or nil pointer dereference`
    NilDeref,
    /// `assignment to entry in nil map`
    NilMapWrite,
    /// `negative shift amount`
    NegativeShift,
    /// `makeslice: len out of range` and friends.
    MakeSlice(&'static str),
    /// `hash of unhashable type T`
    Unhashable(String),
    /// `comparing uncomparable type T`
    Uncomparable(String),
    /// `interface conversion: ...` (a `*runtime.TypeAssertionError`).
    TypeAssertion(String),
    /// `panic(nil)`: a `*runtime.PanicNilError`.
    PanicNil,
    /// Any other message, printed after `runtime error: `.
    Other(String),
    /// The system has no memory for an allocation of this many bytes (Go
    /// sizes): Go's fatal `out of memory` (not a panic: it ends the
    /// program).
    OutOfMemory(u64),
    /// A `plainError` with a message built at run time (`value method
    /// main.T.F called using nil *T pointer`, Go's `panicwrap`).
    Plain(String),
}

impl RuntimeError {
    /// The text after `runtime error: ` (Go's `Error()` minus the prefix),
    /// or the whole text for type assertion errors.
    pub fn message(&self) -> String {
        match self {
            RuntimeError::Index { index, .. } if *index < 0 => {
                format!("index out of range [{index}]")
            }
            RuntimeError::Index { index, len } => {
                format!("index out of range [{index}] with length {len}")
            }
            RuntimeError::SliceBounds(s) => s.clone(),
            RuntimeError::DivideByZero => "integer divide by zero".into(),
            RuntimeError::NilDeref => "invalid memory address or nil pointer dereference".into(),
            RuntimeError::NilMapWrite => "assignment to entry in nil map".into(),
            RuntimeError::NegativeShift => "negative shift amount".into(),
            RuntimeError::MakeSlice(s) => s.to_string(),
            RuntimeError::Unhashable(t) => format!("hash of unhashable type {t}"),
            RuntimeError::Uncomparable(t) => format!("comparing uncomparable type {t}"),
            RuntimeError::TypeAssertion(s) => s.clone(),
            RuntimeError::PanicNil => "panic called with nil argument".into(),
            RuntimeError::Other(s) | RuntimeError::Plain(s) => s.clone(),
            RuntimeError::OutOfMemory(_) => "out of memory".into(),
        }
    }

    /// Whether Go raises this error from one static value (fixed text).
    pub fn is_static(&self) -> bool {
        matches!(
            self,
            RuntimeError::DivideByZero
                | RuntimeError::NilDeref
                | RuntimeError::NilMapWrite
                | RuntimeError::NegativeShift
                | RuntimeError::MakeSlice(_)
        )
    }

    /// The full `Error()` text.
    pub fn error_text(&self) -> String {
        match self {
            RuntimeError::TypeAssertion(s) => s.clone(),
            e if e.is_plain() => e.message(),
            e => format!("runtime error: {}", e.message()),
        }
    }

    /// Whether Go raises this as a `plainError` (no `runtime error: `
    /// prefix in its text).
    pub fn is_plain(&self) -> bool {
        matches!(self, RuntimeError::NilMapWrite | RuntimeError::Plain(_))
    }

    /// Whether Go reports this error with a `[signal SIGSEGV ...]` line.
    pub fn is_signal(&self) -> bool {
        matches!(self, RuntimeError::NilDeref)
    }
}

/// The runtime error a `Trap { kind }` instruction raises.
pub fn trap(kind: u32) -> RuntimeError {
    match kind {
        0 => RuntimeError::NilDeref,
        1 => RuntimeError::DivideByZero,
        _ => RuntimeError::Other(format!("unknown trap {kind}")),
    }
}
