//! The one opcode table.
//!
//! Every opcode is declared once in `opcodes!`: its operands, its stack
//! effect `(pops, pushes)` in slots, how native code runs it ([`Native`],
//! possibly depending on its operands), the frame slots it touches
//! (`locals [..]`), its flags (`bounds`, `ends`, `push_if_not_taken`,
//! `collects`) and a one-line semantics comment in the style of Lua's
//! `lopcodes.h`. An
//! operand named `target` is a branch target. The table is grouped by the
//! routine that runs the instruction in both tiers (`interp_ops`: the
//! interpreter loop's own arms; `value_ops`: `Vm::exec_value`; ...), and
//! each group is also a pattern macro (`op @ value_ops!() => ...`).
//!
//! Everything else is generated from the table: the name, stack effect
//! and operands (disassembler, verifier), [`Op::native`] (which functions
//! the JIT compiles, which ones are lazy), [`Op::local_slots`] (verifier,
//! register homes), [`Op::branch_target`], [`Op::checks_bounds`],
//! [`Op::ends_block`], [`Op::pushes_only_if_not_taken`],
//! [`Op::may_collect`] (the collector's frame maps). No `match` on
//! [`Op`] in the workspace has a catch-all arm: the interpreter, the
//! runtime helpers of native code (`tier.rs`), `exec_value`,
//! `exec_test`, `exec_slow` and the JIT's emitter name every opcode (one
//! by one or by group), so an opcode added here does not compile until
//! each of them has decided what to do with it.
//!
//! Notation: `S` is the operand stack (top at the right), `L[i]` a slot of
//! the current frame, `G[i]` a global slot, `C[i]` a captured variable's box
//! pointer of the running closure, `*p` the value a pointer addresses.
//! Values of `n` slots move as a unit. Pointers are `handle << 32 | byte
//! offset`; memory is in Go's layout (`layout.rs`): a value of type `ty`
//! moves between its slots and memory by `ty`'s layout.
//! (The semantics comments use this notation, not rustdoc links.)
#![allow(rustdoc::broken_intra_doc_links)]

pub use crate::layout::Mem;
use crate::types::{FuncId, IntKind, TypeId};

macro_rules! opcodes {
    ($(
        $(#[doc = $gdoc:literal])*
        $group:ident {
            $(
                $(#[doc = $doc:literal])*
                $name:ident $({ $($field:ident : $fty:ty),* })? => ($pops:expr, $pushes:expr),
                    $native:ident $(unless $cond:expr => $fallback:ident)?
                    $(, locals [$($loc:expr),*])?
                    $(, [$($flag:ident),*])?;
            )*
        }
    )*) => {
        /// A bytecode instruction. See the module docs for the notation.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op {
            $($( $(#[doc = $doc])* $name $({ $(#[allow(missing_docs)] $field: $fty),* })?, )*)*
        }

        // Only the flags `has_flag!` knows.
        const _: () = { $($( $( $( known_flag!($flag); )* )? )*)* };

        impl Op {
            /// The opcode's name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self { $($( Op::$name { .. } => stringify!($name), )*)* }
            }

            /// Slots popped and pushed, for the stack-depth verifier.
            #[allow(unused_variables)]
            pub fn stack_effect(&self) -> (u32, u32) {
                match *self { $($( Op::$name $({ $($field),* })? => ($pops, $pushes), )*)* }
            }

            /// Writes the operands as `name=value` pairs.
            #[allow(unused_variables)]
            pub fn write_operands(&self, out: &mut String) {
                use std::fmt::Write;
                match *self { $($( Op::$name $({ $($field),* })? => {
                    $( $( let _ = write!(out, " {}={:?}", stringify!($field), $field); )* )?
                } )*)* }
            }

            /// How native code runs this instruction (see [`Native`]): the
            /// declared kind, or the one after `unless` when its condition
            /// on the operands holds.
            #[allow(unused_variables)]
            pub fn native(&self) -> Native {
                match *self { $($( Op::$name $({ $($field),* })? => {
                    $( if $cond { return Native::$fallback; } )?
                    Native::$native
                } )*)* }
            }

            /// Whether native code has inline code for this opcode, for
            /// some operands at least (its declared [`Native`] kind, before
            /// any `unless`, is `Inline` or `DirectCall`).
            pub fn may_be_inline(&self) -> bool {
                match self { $($( Op::$name { .. } => matches!(Native::$native, Native::Inline | Native::DirectCall), )*)* }
            }

            /// The frame slots (locals) this instruction reads or writes
            /// itself, as up to two ranges (empty ranges for the rest).
            #[allow(unused_variables)]
            pub fn local_slots(&self) -> [std::ops::Range<u32>; 2] {
                match *self { $($( Op::$name $({ $($field),* })? => two_ranges(&[$($($loc),*)?]), )*)* }
            }

            /// The branch target (its `target` operand), if this
            /// instruction may branch.
            #[allow(unused_variables)]
            pub fn branch_target(&self) -> Option<u32> {
                match *self { $($( Op::$name $({ $($field),* })? => None $($( .or(target_of!($field, $field)) )*)?, )*)* }
            }

            /// The branch target operand, mutably.
            #[allow(unused_variables)]
            pub fn branch_target_mut(&mut self) -> Option<&mut u32> {
                match self { $($( Op::$name $({ $($field),* })? => None $($( .or(target_of!($field, $field)) )*)?, )*)* }
            }

            /// Whether this instruction checks an index or slice bounds
            /// (and can raise a `boundsError`): the `bounds` flag.
            pub fn checks_bounds(&self) -> bool {
                match self { $($( Op::$name { .. } => has_flag!(bounds; $($($flag)*)?), )*)* }
            }

            /// Whether control never goes on to the next instruction (the
            /// `ends` flag: an unconditional jump, a return, a panic).
            pub fn ends_block(&self) -> bool {
                match self { $($( Op::$name { .. } => has_flag!(ends; $($($flag)*)?), )*)* }
            }

            /// Whether the branch is taken before the instruction pushes
            /// anything (the `push_if_not_taken` flag: the iterators push
            /// the next element only on the fallthrough path), so the
            /// target has the stack depth from before the instruction.
            pub fn pushes_only_if_not_taken(&self) -> bool {
                match self { $($( Op::$name { .. } => has_flag!(push_if_not_taken; $($($flag)*)?), )*)* }
            }

            /// Whether a collection may run while this instruction runs:
            /// every instruction of the groups that call, allocate or
            /// run natives (`slow_ops`, `slow_test_ops`, `call_ops`,
            /// `runtime_ops`) and the value instructions flagged
            /// `collects`. The collector's frame maps exist only where
            /// a frame can stand during one (`liveness.rs`).
            pub fn may_collect(&self) -> bool {
                match self { $($( Op::$name { .. } => group_collects!($group) || has_flag!(collects; $($($flag)*)?), )*)* }
            }
        }

        $(
            $(#[doc = $gdoc])*
            ///
            /// (A pattern for a `match` on `Op`: `op @ group!() => ...`; in
            /// this crate by name, the module being `#[macro_use]`.)
            #[macro_export]
            macro_rules! $group { () => { $( $crate::op::Op::$name { .. } )|* } }
        )*
    };
}

/// `Some(target)` for the operand named `target`, `None` for the others.
macro_rules! target_of {
    (target, $v:ident) => {
        Some($v)
    };
    ($other:ident, $v:ident) => {
        None
    };
}

/// Whether flag `$f` is in the list after `;`.
macro_rules! has_flag {
    ($f:ident;) => {
        false
    };
    (bounds; bounds $($rest:ident)*) => {
        true
    };
    (ends; ends $($rest:ident)*) => {
        true
    };
    (push_if_not_taken; push_if_not_taken $($rest:ident)*) => {
        true
    };
    (collects; collects $($rest:ident)*) => {
        true
    };
    ($f:ident; $other:ident $($rest:ident)*) => {
        has_flag!($f; $($rest)*)
    };
}

/// Compiles only for the flags [`has_flag!`] knows.
macro_rules! known_flag {
    (bounds) => {};
    (ends) => {};
    (push_if_not_taken) => {};
    (collects) => {};
}

/// Whether every instruction of group `$g` may run a collection
/// ([`Op::may_collect`]).
macro_rules! group_collects {
    (interp_ops) => {
        false
    };
    (value_ops) => {
        false
    };
    (test_ops) => {
        false
    };
    (slow_ops) => {
        true
    };
    (slow_test_ops) => {
        true
    };
    (call_ops) => {
        true
    };
    (runtime_ops) => {
        true
    };
}

/// `r` padded with empty ranges to two.
fn two_ranges(r: &[std::ops::Range<u32>]) -> [std::ops::Range<u32>; 2] {
    [
        r.first().cloned().unwrap_or(0..0),
        r.get(1).cloned().unwrap_or(0..0),
    ]
}

/// How the JIT's baseline compiler runs an instruction (`Op::native`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Native {
    /// Inline native code that needs no frame header: no runtime helper
    /// on its hot path (only on cold paths: an index out of range, a nil
    /// pointer, a division by zero) and no read of the frame header.
    Inline,
    /// A call of a known function: a direct native call when the callee
    /// may be entered directly, else a call of the helper `jit_call`.
    DirectCall,
    /// A runtime helper on the hot path (`jit_op`, `jit_call`,
    /// `jit_branch`), or code that reads the frame header. (The
    /// open-coded `DeferStack` and `DeferReturn` of a function with
    /// funcdata are inline, but such a function is never lazy, the only
    /// thing that asks.)
    Helper,
    /// No emitter: a function with this instruction stays interpreted.
    Interpreted,
}

/// How Go makes the data word of a value converted to an interface right
/// at `panic(v)` (cmd/compile's `dataWord`): `convT16`/`convT32`/`convT64`
/// allocate unless the value is below 256, `convTstring` unless it is
/// empty. A freshly allocated word is never the very value of an earlier
/// panic, which decides `[recovered, repanicked]` in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fresh {
    /// Interfaces passed through, pointers, constants, bools and bytes,
    /// and values gust itself boxes.
    Never,
    /// A 2-byte value.
    Bits16,
    /// A 4-byte integer.
    Bits32,
    /// A `float32` (a slot holds its `float64` bits).
    Float32,
    /// An 8-byte value without pointers.
    Bits64,
    /// A string.
    NonEmptyString,
}

impl Fresh {
    /// Whether the data word `data` of the panicked value was freshly
    /// allocated by Go.
    pub fn is_fresh(self, data: u64) -> bool {
        match self {
            Fresh::Never => false,
            Fresh::Bits16 => data as u16 >= 256,
            Fresh::Bits32 => data as u32 >= 256,
            Fresh::Float32 => (f64::from_bits(data) as f32).to_bits() >= 256,
            Fresh::Bits64 => data >= 256,
            Fresh::NonEmptyString => data != 0,
        }
    }
}

/// Binary arithmetic on two 64-bit slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arith {
    /// wrapping `+`
    Add,
    /// wrapping `-`
    Sub,
    /// wrapping `*`
    Mul,
    /// signed `/` (panics on zero; MinInt64 / -1 wraps)
    DivS,
    /// unsigned `/`
    DivU,
    /// signed `%`
    RemS,
    /// unsigned `%`
    RemU,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `&^`
    AndNot,
    /// `<<` (counts ≥ 64 give 0)
    Shl,
    /// signed `>>` (counts ≥ 64 give 0 or -1)
    ShrS,
    /// unsigned `>>`
    ShrU,
    /// float `+`
    FAdd,
    /// float `-`
    FSub,
    /// float `*`
    FMul,
    /// float `/`
    FDiv,
}

impl Arith {
    /// Whether this is float arithmetic.
    pub fn is_float(self) -> bool {
        matches!(self, Arith::FAdd | Arith::FSub | Arith::FMul | Arith::FDiv)
    }

    /// Whether this is an integer division or remainder (which panics on
    /// a zero divisor).
    pub fn is_division(self) -> bool {
        matches!(self, Arith::DivS | Arith::DivU | Arith::RemS | Arith::RemU)
    }
}

/// Comparisons producing a bool slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// `==` on 64-bit integers (also bools, pointers)
    Eq,
    /// `!=`
    Ne,
    /// signed `<`
    LtS,
    /// signed `<=`
    LeS,
    /// unsigned `<`
    LtU,
    /// unsigned `<=`
    LeU,
    /// signed `>`
    GtS,
    /// signed `>=`
    GeS,
    /// unsigned `>`
    GtU,
    /// unsigned `>=`
    GeU,
    /// float `==`
    FEq,
    /// float `!=`
    FNe,
    /// float `<`
    FLt,
    /// float `<=`
    FLe,
    /// float `>`
    FGt,
    /// float `>=`
    FGe,
}

impl Cmp {
    /// The comparison that is true exactly when `self` is false, if one
    /// exists (float comparisons have none: NaN makes both false).
    pub fn negate(self) -> Option<Cmp> {
        use Cmp::*;
        Some(match self {
            Eq => Ne,
            Ne => Eq,
            LtS => GeS,
            LeS => GtS,
            GtS => LeS,
            GeS => LtS,
            LtU => GeU,
            LeU => GtU,
            GtU => LeU,
            GeU => LtU,
            _ => return None,
        })
    }

    /// Whether this compares floats.
    pub fn is_float(self) -> bool {
        matches!(
            self,
            Cmp::FEq | Cmp::FNe | Cmp::FLt | Cmp::FLe | Cmp::FGt | Cmp::FGe
        )
    }
}

/// Value conversions between numeric representations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// Wrap a 64-bit integer to the width of the kind (sign/zero extend).
    Narrow(IntKind),
    /// signed integer → float64
    I2F,
    /// unsigned integer → float64
    U2F,
    /// signed integer → float32, rounded once (amd64 CVTSQ2SS; through
    /// float64 would round twice), held as float64
    I2F32,
    /// unsigned integer → float32, rounded once, held as float64
    U2F32,
    /// float64 → signed integer (truncation, amd64 semantics)
    F2I,
    /// float64 → unsigned integer
    F2U,
    /// float64 → 32-bit signed integer (amd64 CVTTSD2SL: out of range and
    /// NaN give MinInt32), sign-extended; Go uses it for int32 and all
    /// 8/16-bit targets, then truncates
    F2I32,
    /// round float64 to float32 precision (held as float64)
    F32,
}

opcodes! {
    /// Instructions the interpreter loop runs in its own arms and native
    /// code in its own code (no shared runtime routine).
    interp_ops {
        /// no operation
        Nop => (0, 0), Inline;
        /// S += v
        Push { v: i64 } => (0, 1), Inline;
        /// S -= n slots
        Pop { n: u32 } => (n, 0), Inline;
        /// S += the top n slots again
        Dup { n: u32 } => (n, 2 * n), Inline;
        /// S += L[slot]
        LoadLocal { slot: u32 } => (0, 1), Inline, locals [slot..slot + 1];
        /// L[slot] = pop
        StoreLocal { slot: u32 } => (1, 0), Inline, locals [slot..slot + 1];
        /// S += L[slot..slot+n]
        LoadLocalN { slot: u32, n: u32 } => (0, n), Inline, locals [slot..slot + n];
        /// L[slot..slot+n] = pop n
        StoreLocalN { slot: u32, n: u32 } => (n, 0), Inline, locals [slot..slot + n];
        /// L[slot] += by (integer, wrapping, then narrowed by the next op if needed)
        IncLocal { slot: u32, by: i64 } => (0, 0), Inline, locals [slot..slot + 1];
        /// S += the global of type ty (n slots) at byte off of the globals
        /// (they live in one heap object, so `&g` is an ordinary pointer: see
        /// `Program::globals_handle`)
        LoadGlobal { off: u32, ty: TypeId, n: u32 } => (0, n), Inline;
        /// the global of type ty (n slots) at byte off = pop n
        StoreGlobal { off: u32, ty: TypeId, n: u32 } => (n, 0), Inline;
        /// -a (integer, wrapping)
        Neg => (1, 1), Inline;
        /// ^a
        BitNot => (1, 1), Inline;
        /// !a
        Not => (1, 1), Inline;
        /// pc = target
        Jump { target: u32 } => (0, 0), Inline, [ends];
        /// if !pop { pc = target }
        JumpIfFalse { target: u32 } => (1, 0), Inline;
        /// if pop { pc = target }
        JumpIfTrue { target: u32 } => (1, 0), Inline;
        /// if L[slot] cmp v is false { pc = target }: compare-and-branch
        LocalCmpImmJump { slot: u32, op: Cmp, v: i32, target: u32 } => (0, 0),
            Inline unless op.is_float() => Interpreted, locals [slot..slot + 1];
        /// b = pop; a = pop; if !(a cmp b) { pc = target }
        CmpJump { op: Cmp, target: u32 } => (2, 0), Inline;
        /// if !(L[a] cmp L[b]) { pc = target }
        LocalLocalCmpJump { a: u32, b: u32, op: Cmp, target: u32 } => (0, 0),
            Inline unless op.is_float() => Interpreted, locals [a..a + 1, b..b + 1];
        /// S += L[slot] + v (wrapping)
        LocalAddImm { slot: u32, v: i32 } => (0, 1), Inline, locals [slot..slot + 1];
        /// S += L[a], L[b]
        LoadLocal2 { a: u32, b: u32 } => (0, 2), Inline, locals [a..a + 1, b..b + 1];
        /// copy the top `n` slots to the frame's result area and return
        Return { n: u32 } => (n, 0), Inline, [ends];
    }

    /// Value instructions: they move values between the operand stack,
    /// the frame's locals and the heap, and never branch, call or grow
    /// the stack. One implementation, `Vm::exec_value` (`value_ops.rs`),
    /// which the interpreter inlines and native code calls through
    /// `jit_op` when it has no inline code for the instruction.
    value_ops {
        /// swap the top `a` slots with the `b` slots below them
        Swap { a: u32, b: u32 } => (a + b, a + b), Helper;
        /// S += C[i] (a box pointer)
        LoadCapture { i: u32 } => (0, 1), Helper;
        /// p = pop; S += *p (a ty, n slots); nil p panics
        Load { ty: TypeId, n: u32 } => (1, n), Inline unless n > INLINE_MOVE_SLOTS => Helper;
        /// v = pop n; p = pop; *p = v (a ty)
        Store { ty: TypeId, n: u32 } => (n + 1, 0),
            Inline unless n > INLINE_MOVE_SLOTS => Helper;
        /// p = pop; S += p + off (bytes; nil p panics)
        FieldAddr { off: u32 } => (1, 1), Inline;
        /// S += pointer to a fresh zeroed box of a ty, `size` bytes (`new`,
        /// escaping vars)
        NewBox { ty: TypeId, size: u32 } => (0, 1), Helper, [collects];
        /// a op b on two slots
        Arith { op: Arith } => (2, 1), Inline unless op.is_float() => Helper;
        /// a op imm
        ArithImm { op: Arith, v: i64 } => (1, 1),
            Inline unless op.is_float() || (op.is_division() && v == 0) => Helper;
        /// b = pop; a = pop; L[slot] = a op b
        ArithStore { op: Arith, slot: u32 } => (2, 0),
            Inline unless op.is_float() => Helper, locals [slot..slot + 1];
        /// -a (float)
        FNeg => (1, 1), Helper;
        /// a cmp b → bool
        Cmp { op: Cmp } => (2, 1), Inline unless op.is_float() => Helper;
        /// a cmp imm → bool
        CmpImm { op: Cmp, v: i64 } => (1, 1), Inline unless op.is_float() => Helper;
        /// numeric conversion of the top slot
        Conv { c: Conv } => (1, 1), Inline unless !matches!(c, Conv::Narrow(_)) => Helper;
        /// panic if the top slot (a signed shift count) is negative
        CheckShift => (1, 1), Helper;
        /// panic (nil dereference) if the interface on top of S is nil
        CheckNilIface => (2, 2), Helper;
        /// i = pop; S += the one-slot element i, stored as `mem`, of the slice
        /// in L[slot..slot+3] (its array pointer and length are read)
        LoadLocalElem { slot: u32, mem: Mem } => (1, 1), Inline, locals [slot..slot + 2], [bounds];
        /// v = pop; i = pop; element i (stored as `mem`) of the slice in
        /// L[slot..slot+3] = v
        StoreLocalElem { slot: u32, mem: Mem } => (2, 0), Inline, locals [slot..slot + 2], [bounds];
        /// c = closure of func with the top `n` slots captured
        MakeClosure { func: FuncId, n: u32 } => (n, 1), Inline unless n != 0 => Helper, [collects];
        /// v = pop slots(ty); S += interface{ty, data}
        ToIface { ty: TypeId, n: u32 } => (n, 2), Helper, [collects];
        /// p = pop; S += interface{ty, a new box holding *p} (nil p panics):
        /// a large value in memory converted to an interface without going
        /// through the operand stack, as gc copies it into the box
        BoxFrom { ty: TypeId } => (1, 2), Helper, [collects];
        /// S += interface{ty, data}, ty a string type and data the static box
        /// of string constant `s` (u32::MAX: ""), one per program as gc's
        /// read-only data (so such interfaces are the very same value)
        ConstIface { ty: TypeId, s: u32 } => (0, 2), Helper;
        /// v = pop `total` slots; S += v[off..off+n] (a field or element of a
        /// value that is not addressable)
        Extract { off: u32, n: u32, total: u32 } => (total, n), Helper;
        /// a, b = pop 2 + 2 interfaces; S += a == b (panics on incomparable)
        IfaceEq => (4, 1), Helper;
        /// a, b = pop values of type ty; S += a == b
        Equal { ty: TypeId, n: u32 } => (2 * n, 1), Helper;
        /// i = pop; s = pop 3 (a slice of ty, n slots each); S += s[i]
        SliceIndex { ty: TypeId, n: u32 } => (4, n),
            Inline unless n > INLINE_MOVE_SLOTS => Helper, [bounds];
        /// i = pop; s = pop 3 (elements of `size` bytes); S += &s[i]
        SliceIndexAddr { size: u32 } => (4, 1),
            Inline unless size > i32::MAX as u32 => Helper, [bounds];
        /// i = pop; p = pop (pointer to array of len elements of `size` bytes);
        /// S += &(*p)[i]
        ArrayIndexAddr { size: u32, len: u32 } => (2, 1),
            Inline unless size > i32::MAX as u32 || len > i32::MAX as u32 => Helper, [bounds];
        /// i = pop; a = pop len*elem slots (an array value); S += a[i]
        ArrayIndex { elem: u32, len: u32 } => (1 + elem * len, elem), Helper, [bounds];
        /// i = pop; S += L[slot + i*elem ..] (array in locals, bounds-checked)
        LoadLocalIndexed { slot: u32, elem: u32, len: u32 } => (1, elem),
            Helper, locals [slot..slot + elem * len], [bounds];
        /// v = pop elem; i = pop; L[slot + i*elem ..] = v
        StoreLocalIndexed { slot: u32, elem: u32, len: u32 } => (elem + 1, 0),
            Helper, locals [slot..slot + elem * len], [bounds];
        /// i = pop; s = pop 2 (a string); S += s[i] (a byte)
        StrIndex => (3, 1), Inline, [bounds];
        /// s = pop 2 (a string); S += len(s)
        StrLen => (2, 1), Inline;
        /// s = pop 3 (a slice); S += len(s)
        SliceLen => (3, 1), Helper;
        /// s = pop 3 (a slice); S += cap(s)
        SliceCap => (3, 1), Helper;
        /// m = pop; S += len(m)
        MapLen => (1, 1), Helper;
        /// a = pop 2; b = pop 2 (strings); S += b + a (one allocation)
        Concat => (4, 2), Helper, [collects];
        /// string comparison a cmp b (Eq/Ne/LtS/LeS used as ==, !=, <, <=)
        StrCmp { op: Cmp } => (4, 1), Inline unless !matches!(op, Cmp::Eq | Cmp::Ne) => Helper;
    }

    /// Value tests that may branch and never fail: `Vm::exec_test`, for
    /// both tiers (native code calls it through `jit_branch`).
    test_ops {
        /// x = pop 2 (an interface); if x's dynamic type is not ty (or does
        /// not implement interface ty; `nil` matches a nil x): pc = target
        TypeSwitchCase { ty: TypeId, target: u32 } => (2, 0), Helper;
        /// s = L[slot..slot+2], i = L[slot+2]; if i >= len(s): pc = target;
        /// else S += i, the rune at i, and L[slot+2] = the index after it
        StrIterNext { slot: u32, target: u32 } => (0, 2),
            Helper, locals [slot..slot + 3], [push_if_not_taken];
    }

    /// Out-of-line instructions (slicing, `make`, `append`, maps, traps):
    /// `Vm::exec_slow` (`slow.rs`), for both tiers (native code calls it
    /// through `jit_op`).
    slow_ops {
        /// slice a slice of `size`-byte elements (pops its 3 slots and the
        /// present bounds) with the bound mask `bounds` (1 lo, 2 hi, 4 max)
        SliceSlice { size: u32, bounds: u8 } => (3 + (bounds & 1) as u32 + ((bounds >> 1) & 1) as u32 + ((bounds >> 2) & 1) as u32, 3),
            Helper, [bounds];
        /// slice the array of `len` elements of `size` bytes that the
        /// pointer below the bounds addresses
        SliceArray { size: u32, len: u32, bounds: u8 } => (1 + (bounds & 1) as u32 + ((bounds >> 1) & 1) as u32 + ((bounds >> 2) & 1) as u32, 3),
            Helper, [bounds];
        /// slice a string (a view: no copy) with the bound mask `bounds`
        /// (1 lo, 2 hi)
        SliceStr { bounds: u8 } => (2 + (bounds & 1) as u32 + ((bounds >> 1) & 1) as u32, 2),
            Inline, [bounds];
        /// cap = pop; len = pop; S += make([]elem, len, cap)
        MakeSlice { elem: TypeId } => (2, 3), Helper;
        /// S += a new map of type ty (size hint popped)
        MakeMap { ty: TypeId } => (1, 1), Helper;
        /// k = pop key; m = pop; S += m[k] (zero if absent), plus ok if `ok`
        MapIndex { ty: TypeId, k: u32, v: u32, ok: bool } => (1 + k, v + ok as u32), Helper;
        /// v = pop; k = pop; m = pop; m[k] = v (nil map panics)
        MapStore { ty: TypeId, k: u32, v: u32 } => (1 + k + v, 0), Helper;
        /// k = pop; m = pop; delete(m, k)
        MapDelete { ty: TypeId, k: u32 } => (1 + k, 0), Helper;
        /// builds a slice of n elements from the top n*elem slots
        MakeSliceFrom { elem: TypeId, slots: u32, n: u32 } => (n * slots, 3), Helper;
        /// append the top `n` elements to the slice below them
        /// (`stack_k` > 0: the slice never escapes, so growing it from empty
        /// to at most `stack_k` elements gets capacity `stack_k`, gc's 32-byte
        /// stack buffer)
        Append { elem: TypeId, slots: u32, n: u16, stack_k: u16 } => (3 + n as u32 * slots, 3), Helper;
        /// t = pop 3; s = pop 3; S += append(s, t...)
        AppendSlice { elem: TypeId } => (6, 3), Helper;
        /// n = pop (an int); s = pop 3; S += append(s, make([]T, n)...)
        /// without making the slice (gc's `extendSlice`): negative n is
        /// makeslice's len error, the rest growslice's
        AppendMake { elem: TypeId } => (4, 3), Helper;
        /// m = pop; S += an iterator over m (a handle)
        MapIter => (1, 1), Helper;
        /// panics with a runtime error: `kind` indexes `RuntimeErr`
        Trap { kind: u32 } => (0, 0), Helper;
    }

    /// Out-of-line instructions that may branch: `Vm::exec_slow`, which
    /// native code calls through `jit_branch`.
    slow_test_ops {
        /// it = L[slot] (from MapIter); if exhausted: pc = target; else S += the
        /// next entry's key (k slots) and value (v slots)
        MapIterNext { slot: u32, k: u16, v: u16, target: u32 } => (0, k as u32 + v as u32),
            Helper, locals [slot..slot + 1], [push_if_not_taken];
    }

    /// Calls of Go functions: `Vm::call_target` finds the callee for both
    /// tiers (native code calls it directly or through `jit_call`).
    call_ops {
        /// call func; its `args` slots are on S and become its first locals;
        /// they are replaced by its `rets` result slots
        Call { func: FuncId, args: u32, rets: u32 } => (args, rets), DirectCall;
        /// f = S[-args-1] (a closure); call it with the `args` slots above it;
        /// f and the args are replaced by the results
        CallClosure { args: u32, rets: u32 } => (args + 1, rets), Helper;
        /// x = S[-args-2..-args] (an interface); call its method `method` with
        /// x's data word as receiver and the `args` slots; x and the args are
        /// replaced by the results
        CallIface { method: u32, args: u32, rets: u32 } => (args + 2, rets), Helper;
    }

    /// Runtime calls: natives, type assertions, defer, panic and recover,
    /// one function each (`panic.rs`, `natives/`), called by the
    /// interpreter and, through `jit_op`, by native code.
    runtime_ops {
        /// call native `id` on the top `args` slots, replaced by `rets` slots
        CallNative { id: u32, args: u32, rets: u32 } => (args, rets), Helper;
        /// x = pop 2; S += x as ty (panics unless `ok`, then also pushes a bool)
        Assert { ty: TypeId, src: TypeId, n: u32, ok: bool } => (2, n + ok as u32), Helper;
        /// deferproc: record a deferred call of the closure and `args` slots
        /// on top of S (a defer in a loop: a pooled heap record)
        Defer { args: u32 } => (args + 1, 0), Helper;
        /// deferprocStack: the same for a defer not in a loop (a record whose
        /// lifetime is the frame's; also every defer of an open-coded function
        /// while it is interpreted)
        DeferStack { args: u32 } => (args + 1, 0), Helper;
        /// run this frame's deferred calls (LIFO), then continue
        DeferReturn => (0, 0), Helper;
        /// v = pop 2 (an interface value); start panicking with v (`fresh`:
        /// whether Go would have allocated v's data word right here)
        Panic { fresh: Fresh } => (2, 0), Helper, [ends];
        /// S += the current panic's value if recover is allowed here, else nil
        Recover => (0, 2), Helper;
    }
}

/// Values of at most this many slots move between memory and the
/// operand stack in native code's own code (`Load`, `Store`); larger
/// ones through the runtime.
pub const INLINE_MOVE_SLOTS: u32 = 8;

// Dispatch loads one op per instruction: keep it two words.
const _: () = assert!(std::mem::size_of::<Op>() == 16);
