//! Differential fuzzing of gust's tiers: random, well-typed Go programs
//! rich in defer / panic / recover, run with the interpreter
//! (`JitMode::Off`), the JIT (`JitMode::Always`) and mixed tiers
//! (`JitMode::Auto` after `MIXED_HOT_CALLS` calls), and optionally with
//! real Go.
//!
//! * `cargo test -p gust-conformance --test fuzz` — a proptest property
//!   (200 cases; `PROPTEST_CASES=N` for more) asserting Off ≡ Always ≡
//!   mixed; a failure prints the shrunk Go program.
//! * `cargo run --release -p gust-conformance --bin fuzz -- --cases 100000
//!   [--seed N] [--go-sample K]` — a long campaign; failures are written to
//!   `target/fuzz-failures/NNN.go` with the diff, and every K-th case is
//!   also compared with real Go.
//!
//! Programs are type-correct by construction: expressions are `int`
//! (`a`, `b` parameters, the named result `r`, loop counters `i`, the
//! local `x`, a closure's captured local `cN`), each function `fK`, `gK`
//! or `hK` only calls functions with a higher index (no recursion except
//! the bounded `deep` helper), loops are bounded by constants, and every
//! block-local is used (Go rejects unused variables).
//!
//! Three kinds of functions:
//! * `fK`: defer-rich, with closures capturing by value (a parameter or
//!   `cN := e` never reassigned, a small struct, a struct of narrow
//!   fields or a 16-int array only read) and by reference (reassigned
//!   before or after the closure is made or inside it, address-taken,
//!   the named result, a field-written struct (narrow or not), a 17-int
//!   array, 3-clause loop variables), run at once,
//!   stored and called later, nested, deferred directly (a static
//!   function when every capture is by value) or through a variable, in
//!   and out of loops (heap / open-coded defers);
//! * `gK`: integer code, loops and calls only;
//! * `hK`: a hot loop without defers over `int`, slice and struct locals
//!   (register homes in native code), calling helpers and other
//!   generated functions, raising runtime errors mid-loop, some of them
//!   long enough (`LONG_LOOP`) to switch tiers by on-stack replacement;
//!   some also work on narrow values in memory ([`NarrowOp`]: `int8`,
//!   `uint16`, `int32`, `float32` and `bool` slices, a mixed struct by
//!   value, in a slice and through a pointer into it), where Go's layout
//!   truncates stores and extends loads.
//!
//! For the collector, the `fK` functions also make heap data
//! ([`HeapKind`]: linked lists and trees of `*Node`, slices of pointers,
//! maps of strings to slices, strings built with `+` and
//! `strconv.Itoa`, `[]any`, closures capturing lists, maps of ints to
//! pointers) and keep it alive
//! across calls, defers, panics and `runtime.GC()` calls ([`HeapBlock`]:
//! in locals, in a closure, in a deferred closure, in a package
//! variable; slices, substrings and pointers into the middle of objects
//! as their only references), or only in a defer's argument or receiver, or a panic value
//! (`HeapErr`), or only in a value `fmt` recovered from a panicking
//! `String` method (`Bad`), while more allocation (`churn`) happens; hot loops append
//! pointers and concatenate strings in native code. Data is shown by
//! sums and strings that depend on neither addresses nor map order.
//! Prelude, strategy and rendering grow together: a new kind needs its
//! `mk`, sum and show functions in `PRELUDE` and a [`HeapKind`] arm.

use std::fmt::{self, Write as _};
use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use gust::{Engine, Error, JitMode};
use proptest::prelude::*;

use crate::{diff, filter_stderr, lossless};

/// A generated Go program; `Debug` prints the Go source, so proptest's
/// failure report is readable.
#[derive(Clone)]
pub struct GoProgram {
    /// The program's structure.
    pub spec: ProgSpec,
}

impl GoProgram {
    /// The Go source text.
    pub fn source(&self) -> String {
        render(&self.spec)
    }
}

impl fmt::Debug for GoProgram {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Go program:")?;
        f.write_str(&self.source())
    }
}

/// A whole program: functions `f0..fN` and what `main` calls.
#[derive(Clone, Debug)]
pub struct ProgSpec {
    /// The functions; the K-th is `fK` (defer-rich, interpreted) or `gK`
    /// (JIT-eligible: no defer, panic, division or indexing of its own).
    pub funcs: Vec<Func>,
    /// Calls made by `main`.
    pub main: Vec<MainCall>,
    /// What `main` defers first.
    pub main_defer: MainDefer,
}

/// A defer at the top of `main`.
#[derive(Clone, Debug)]
pub enum MainDefer {
    /// None.
    None,
    /// `defer fmt.Println("main deferred")`.
    Print,
    /// A deferred closure printing `recover()`.
    Recover,
    /// A deferred closure that panics again when main is panicking.
    Repanic,
}

/// One generated function `(a int, b int) (r int)`.
#[derive(Clone, Debug)]
pub struct Func {
    /// Whether it is restricted to what the JIT compiles (named `gK`).
    pub pure: bool,
    /// Its statements (for a hot function, those after its loop).
    pub body: Vec<Stmt>,
    /// A hot function (named `hK`): a loop with slice, struct and integer
    /// locals and no defer, whose locals live in registers in native code.
    pub hot: Option<HotLoop>,
}

/// The loop of a hot function `hK`: locals `x`, `t` (ints), `s` (a
/// slice) and `p` (a `Pt`), then `for i := ...` over `body`.
#[derive(Clone, Debug)]
pub struct HotLoop {
    /// `len(s)` at the start (at least 1).
    pub slice_len: u8,
    /// Iterations; at least `LONG_LOOP` makes a long loop that mixed and
    /// auto tiers enter by on-stack replacement.
    pub iters: u16,
    /// `for i := range s` instead of counting to `iters`.
    pub range: bool,
    /// The loop body.
    pub body: Vec<HotStmt>,
}

/// Iterations from which a hot loop is "long": prints and calls of
/// generated functions in it are guarded to run only every few hundred
/// iterations, and the program is also run with `--jit=auto`'s default
/// threshold.
pub const LONG_LOOP: u16 = 1000;

/// Statements of a hot loop.
#[derive(Clone, Debug)]
pub enum HotStmt {
    /// `s[(i+k)%len(s)] += e`.
    SliceWrite(u8, Expr),
    /// `r += s[(i+k)%len(s)]`.
    SliceRead(u8),
    /// `s = append(s, e)`.
    Append(Expr),
    /// `p = Pt{p.y, p.x + e}`.
    StructStep(Expr),
    /// `p.x += e` / `r += p.sum()` when the flag is set.
    Field(bool, Expr),
    /// `t += e` (`x ^= e` when the flag is set).
    Local(bool, Expr),
    /// `r += fJ(e1, e2)` (guarded by `i%G == 0` in long loops).
    Call(usize, Expr, Expr),
    /// `r += sq(e)`: a small helper the JIT compiles.
    Helper(Expr),
    /// Index out of range at iteration `T`:
    /// `r += s[(i/T)*len(s) + i%len(s)]`.
    IdxAt(u16),
    /// `r += s[e % len(s)]`: out of range when `e` is negative.
    IdxExpr(Expr),
    /// `r += a / (T - i)`: divides by zero at iteration `T`.
    DivAt(u16),
    /// `if d := e; true { r += i / d }`.
    DivExpr(Expr),
    /// `if i == T { var m map[int]int; m[i] = r }`.
    NilMapAt(u16),
    /// `q = append(q, &Pt{i, e})`, keeping the last few: pointers held
    /// in a native loop's registers across allocations.
    PtrAppend(Expr),
    /// `w += strconv.Itoa(e)`, keeping the last few bytes: a string
    /// built at run time in a native loop.
    StrCat(Expr),
    /// `fmt.Println("lN", e)` (guarded in long loops).
    Print(u8, Expr),
    /// `if c { ... }`.
    If(Cond, Vec<HotStmt>),
    /// A short inner loop `for i := 0; i < n; i++ { ... }`.
    Inner(u8, Vec<HotStmt>),
    /// Narrow scalars in memory (Go's layout): see [`NarrowOp`].
    Narrow(NarrowOp),
}

/// The narrow element types of a hot function's slices `n8` (`int8`),
/// `n16` (`uint16`), `n32` (`int32`), `nf` (`float32`) and `nb` (`bool`).
#[derive(Clone, Copy, Debug)]
pub enum NarrowTy {
    /// `int8`.
    I8,
    /// `uint16`.
    U16,
    /// `int32`.
    I32,
    /// `float32`.
    F32,
    /// `bool`.
    Bool,
}

/// Statements of a hot loop on narrow values in memory: the slices of
/// [`NarrowTy`], a local struct `nq` of the prelude's mixed `NQ`, the
/// slice `nqs` of them and `pn`, a pointer into it. Stores truncate,
/// loads sign- or zero-extend; the values are printed after the loop.
#[derive(Clone, Debug)]
pub enum NarrowOp {
    /// `nK[(i+k)%len(nK)] += T(e)` (for `bool`, a toggle depending on `e`).
    Write(NarrowTy, u8, Expr),
    /// `r += int(nK[(i+k)%len(nK)])` (a comparison for `float32` and `bool`).
    Read(NarrowTy, u8),
    /// `nK = append(nK, T(e))`, keeping the last few.
    Append(NarrowTy, Expr),
    /// `copy(nK[k%len(nK):], nK)`: overlapping source and destination.
    Copy(NarrowTy, u8),
    /// Field `f` (`a` int8, `b` uint16, `c` bool, `d` float32, `e` int32,
    /// `f[k]` of a `[3]int8`) of `nq`, or of `*pn` when the flag is set,
    /// changed by `e`.
    Field(u8, bool, Expr),
    /// `nqs[(i+k)%len(nqs)], nq = nq, nqs[(i+k+1)%len(nqs)]`.
    Swap(u8),
    /// `pn = &nqs[(i+k)%len(nqs)]`.
    Repoint(u8),
    /// `nqs = append(nqs, nq)`, keeping the last few (`pn` may keep the
    /// old array).
    AppendStruct,
}

/// What happens to a closure's captured local `cN` after its declaration
/// `cN := init`; this decides whether it is captured by value (never
/// reassigned, never address-taken) or by reference.
#[derive(Clone, Debug)]
pub enum CapMode {
    /// Never reassigned: captured by value.
    Const,
    /// `cN = e` before the closure is made.
    SetBefore(Expr),
    /// `cN += e` after the closure is made, before it runs.
    SetAfter(Expr),
    /// The closure itself does `cN += e`.
    SetInside(Expr),
    /// `pN := &cN`, and the closure does `*pN += 1`.
    AddrTaken,
}

/// What else a closure captures besides `cN`.
#[derive(Clone, Debug)]
pub enum CapExtra {
    /// Nothing.
    None,
    /// A struct `stN := Pt{e, cN}` the closure only reads.
    StructRead(Expr),
    /// A struct `stN := Pt{e, cN}` whose field the closure writes.
    StructWrite(Expr),
    /// An array `arN := [n]int{...}` the closure only reads: 16 ints are
    /// 128 bytes (by value), 17 are too big (by reference).
    Array(bool),
    /// A struct of narrow fields `nsN := NS{...}` (from `e` and `cN`)
    /// the closure reads, and writes when the flag is set (then it is
    /// captured by reference).
    Narrow(bool, Expr),
}

/// How a closure made by [`Capture`] runs.
#[derive(Clone, Debug)]
pub enum CallHow {
    /// `r += func(v int) int { ... }(e)`.
    Immediate(Expr),
    /// `fnN := func(v int) int { ... }`, then `r += fnN(e)` and a second
    /// call printed.
    Stored(Expr),
    /// `defer func(v int) { <recover>; ... }(e)`.
    DeferDirect(Expr, RecoverUse),
    /// `fnN := func(v int) { ... }`; `defer fnN(e)`.
    DeferVar(Expr, RecoverUse),
    /// `r += fnN(e)` where `fnN` makes and calls an inner closure
    /// capturing the same variables.
    Nested(Expr),
}

/// A block declaring a local `cN` (and maybe a struct or array) captured
/// by a closure literal.
#[derive(Clone, Debug)]
pub struct Capture {
    /// `cN := init`.
    pub init: Expr,
    /// What happens to `cN` afterwards.
    pub mode: CapMode,
    /// Other captured locals.
    pub extra: CapExtra,
    /// How the closure runs.
    pub how: CallHow,
    /// The closure's statements.
    pub body: Vec<Stmt>,
    /// Render the closure's statements so they capture nothing by
    /// reference of their own (no `r`, no writes of `x`): with a `Const`
    /// local and a direct defer, the literal becomes a static function.
    pub value_only: bool,
}

/// Closures made in a loop, capturing its per-iteration variables.
#[derive(Clone, Debug)]
pub struct LoopCapture {
    /// `for i, rv := range []int{...}` (never reassigned: by value)
    /// instead of `for i := 0; i < n; i++` (Go 1.22 per-iteration `i`).
    pub range: bool,
    /// Iterations (3-clause loops).
    pub n: u8,
    /// How the loop variable is modified, if at all.
    pub bump: LoopBump,
    /// Defer the closure in the loop (a heap defer) instead of collecting
    /// the closures and calling them after the loop.
    pub defer: Option<RecoverUse>,
    /// Initializer of the per-iteration local `cN`.
    pub init: Expr,
    /// The deferred call's argument.
    pub arg: Expr,
    /// The closure's statements.
    pub body: Vec<Stmt>,
    /// As [`Capture::value_only`].
    pub value_only: bool,
}

/// How a loop with closures modifies its 3-clause loop variable.
#[derive(Clone, Debug)]
pub enum LoopBump {
    /// Not at all.
    None,
    /// The closure does `i++` (when it runs).
    Inside,
    /// `if i%2 == 0 { i++ }` after the closure is made.
    After,
    /// A closure called at once in the body does `i++`.
    Now,
}

/// One call from `main`.
#[derive(Clone, Debug)]
pub struct MainCall {
    /// Which function (modulo the count).
    pub func: usize,
    /// Its arguments.
    pub args: (i8, i8),
    /// Wrapped in a recovering helper.
    pub protected: bool,
}

/// The narrow slices of a hot function, by [`NarrowTy`]: name, element type.
const NARROW_SLICES: [(&str, &str); 5] = [
    ("n8", "int8"),
    ("n16", "uint16"),
    ("n32", "int32"),
    ("nf", "float32"),
    ("nb", "bool"),
];

impl HotStmt {
    /// Whether it (or a statement in it) uses the narrow locals.
    fn uses_narrow(&self) -> bool {
        match self {
            HotStmt::Narrow(_) => true,
            HotStmt::If(_, b) | HotStmt::Inner(_, b) => b.iter().any(HotStmt::uses_narrow),
            _ => false,
        }
    }
}

/// Variables (all `int`).
#[derive(Clone, Copy, Debug)]
pub enum Var {
    /// First parameter.
    A,
    /// Second parameter.
    B,
    /// The named result.
    R,
    /// The innermost loop counter (`a` outside loops).
    I,
    /// A local `x`, captured by deferred closures (by value unless
    /// some `x += e` reassigns it).
    X,
    /// The innermost captured local `cN` of a [`Capture`] (`b` outside).
    C,
    /// A package variable holding an extreme value (`1<<62`, `-1<<63`,
    /// `MaxInt64`), so arithmetic wraps at run time.
    Big(u8),
}

/// Integer expressions.
#[derive(Clone, Debug)]
pub enum Expr {
    /// A literal.
    Lit(i8),
    /// A variable.
    Var(Var),
    /// `x + y`.
    Add(Box<Expr>, Box<Expr>),
    /// `x - y`.
    Sub(Box<Expr>, Box<Expr>),
    /// `x * y`.
    Mul(Box<Expr>, Box<Expr>),
    /// `x << k` (`x >> k` when the flag is set), made non-constant.
    Shift(Box<Expr>, u8, bool),
}

impl Expr {
    fn is_const(&self) -> bool {
        match self {
            Expr::Lit(_) => true,
            Expr::Var(_) => false,
            Expr::Add(x, y) | Expr::Sub(x, y) | Expr::Mul(x, y) => x.is_const() && y.is_const(),
            Expr::Shift(x, _, _) => x.is_const(),
        }
    }
}

/// Comparisons.
#[derive(Clone, Debug)]
pub struct Cond {
    /// Left operand.
    pub l: Expr,
    /// `<`, `==`, `>`, `!=` (by index).
    pub op: u8,
    /// Right operand.
    pub r: Expr,
}

/// A panic value.
#[derive(Clone, Debug)]
pub enum PanicVal {
    /// `panic(expr)`.
    Int(Expr),
    /// `panic("s...")`.
    Str(u8),
    /// `panic(errors.New(...))`.
    ErrorsNew(u8),
    /// `panic(fmt.Errorf("e%d", x))`.
    Errorf(Expr),
    /// `panic(MyErr{x})` (implements `error`).
    MyErr(Expr),
    /// `panic(Pt{x, y})` (a plain struct).
    Pt(Expr, Expr),
    /// `panic(Code(x))` (a named int type).
    Code(Expr),
    /// `panic(x < y)`.
    Bool(Cond),
    /// `panic(nil)` (a `*runtime.PanicNilError` since Go 1.21).
    Nil,
    /// `panic("boom" + strconv.Itoa(x))`: a string made at run time.
    StrRt(Expr),
    /// `panic(HeapErr{...})`: an error whose heap data of the kind (size
    /// `n`, seed `x`) is reachable only from the panic value.
    Heap(HeapKind, u8, Expr),
}

/// Runtime errors.
#[derive(Clone, Debug)]
pub enum RtErr {
    /// `s[x%4]` on a 3-element slice.
    Index(Expr),
    /// `a / x`.
    Div(Expr),
    /// Writing a map that is nil unless the condition holds.
    NilMap(Cond, Expr),
    /// Reading through a nil pointer, when the condition holds.
    NilPtr(Cond),
}

/// How a deferred closure uses `recover`.
#[derive(Clone, Debug)]
pub enum RecoverUse {
    /// Not at all.
    None,
    /// `fmt.Println("rec", recover())`.
    Print,
    /// `if e := recover(); e != nil { print; r = k }`.
    IfSet(i8),
    /// Calls `helperRecover()`, whose `recover()` must return nil.
    Indirect,
    /// Recovers and panics again with a wrapped value.
    Repanic,
    /// Recovers and inspects the value with a type switch.
    TypeSwitch,
    /// Recovers and panics again with the same value (`[recovered,
    /// repanicked]` in Go's report).
    RepanicSame,
}

/// A deferred call.
#[derive(Clone, Debug)]
pub enum Defer {
    /// `defer func() { <recover>; body }()`.
    Closure(RecoverUse, Vec<Stmt>),
    /// `defer show("dN", x)` — the argument is evaluated now.
    Args(u8, Expr),
    /// `defer recoverer()` — a named function recovering directly.
    Recoverer,
    /// `defer helperRecover()` — direct too (recover in the deferred fn).
    HelperDirect,
    /// `defer fmt.Println("dN", x)`.
    Println(u8, Expr),
    /// `defer MyErr{x}.Show()` — a method value, receiver evaluated now.
    Method(Expr),
    /// `defer func(v int) { ... }(x)` — a closure with an argument.
    ClosureArg(Expr, Vec<Stmt>),
    /// `defer func() { defer func() { print(recover()) }(); panic(v) }()`:
    /// a panic inside a deferred call, recovered by its own defer.
    Nested(PanicVal),
    /// `defer recover()` (a no-op when the panic runs it) or, wrapped,
    /// `defer func() { defer recover() }()` (recovers, as Go's
    /// test/recover.go test4).
    BuiltinRecover(bool),
    /// `defer func(h T) { fmt.Println("dhN", show(h)) }(mk(n, x))`: heap
    /// data reachable only from the defer's argument.
    HeapArg(HeapKind, u8, Expr),
    /// `defer (&HeapErr{...}).Show()`: a method value whose receiver
    /// (and its heap data) only the defer keeps.
    HeapMethod(HeapKind, u8, Expr),
}

/// Kinds of heap data (each made by a prelude function `mk...(n, k)`,
/// summed to an `int` and shown as a string independent of addresses
/// and map order).
#[derive(Clone, Copy, Debug)]
pub enum HeapKind {
    /// A linked list of `*Node` with run-time names (`mkList`).
    List,
    /// A tree of `*Node` with slices of children (`mkTree`).
    Tree,
    /// A slice of pointers to structs (`mkPts`).
    Pts,
    /// A map of strings to slices (`mkMap`).
    Map,
    /// A string built by concatenation and `strconv.Itoa` (`mkStr`).
    Str,
    /// A `[]any` of lists, strings, slices and structs (`mkAny`).
    Any,
    /// Closures capturing lists and strings (`mkFns`).
    Fns,
    /// A pointer into the middle of a slice of structs, the only
    /// reference to it (`mkInner`).
    Interior,
    /// A map of ints to chained `*Node`s, most of them deleted (`mkPtrMap`;
    /// ranged over while allocating).
    PtrMap,
}

/// How a [`HeapBlock`] keeps its data alive while its body runs.
#[derive(Clone, Copy, Debug)]
pub enum HeapUse {
    /// In a local `hpN := mk(...)`, used after the body.
    Local,
    /// In a local built by a loop in the function itself.
    Inline,
    /// Only in a closure made by an immediately called function literal,
    /// called after the body.
    Closure,
    /// In a local captured by a deferred closure, then replaced by new
    /// data (the first becomes garbage; the closure sees the second).
    DeferClosure,
    /// In the package's `keep []any`, read back after the body.
    Global,
}

/// A block making heap data, running statements (calls, defers, panics,
/// collections) while the data must stay alive, then using it.
#[derive(Clone, Debug)]
pub struct HeapBlock {
    /// What it makes.
    pub kind: HeapKind,
    /// How it keeps it.
    pub keep: HeapUse,
    /// The size (`n % 9`).
    pub n: u8,
    /// The seed `hkN := e`.
    pub seed: Expr,
    /// The statements run meanwhile.
    pub body: Vec<Stmt>,
}

/// Statements.
#[derive(Clone, Debug)]
pub enum Stmt {
    /// `fmt.Println("pN", x)`.
    Print(u8, Expr),
    /// `r += x` / `r = x`.
    Assign(bool, Expr),
    /// `x += e`.
    SetX(Expr),
    /// `r += fJ(x, y)`.
    Call(usize, Expr, Expr),
    /// `r += deep(n, c)`: bounded recursion, panicking at the bottom if
    /// the condition holds.
    Deep(u8, Cond),
    /// `r += lazyPick(lazyTable, e % 7, n)`: recursion through a function
    /// that is lazy in native code (no frame headers), indexing out of
    /// range at the bottom for some `e`.
    Lazy(u8, Expr),
    /// `if p := &r; p != nil { *p += e }` (or `bump(p, e)`): the result's
    /// address kept in a local pointer that does not escape, which keeps
    /// the defers open-coded (gc's escape analysis) with `r` in a heap
    /// cell.
    ViaPtr(bool, Expr),
    /// `if c { panic(v) }` (or unconditional).
    Panic(Option<Cond>, PanicVal),
    /// A runtime error.
    Rt(RtErr),
    /// A defer statement.
    Defer(Defer),
    /// `if c { ... } else { ... }`.
    If(Cond, Vec<Stmt>, Vec<Stmt>),
    /// `for i := 0; i < n; i++ { ... }`.
    For(u8, Vec<Stmt>),
    /// `if c { return [x] }`.
    Return(Cond, Option<Expr>),
    /// `if c { runtime.Goexit() }` (rare).
    Goexit(Cond),
    /// `switch x % 3 { case 0: ...; case 1: ...; default: ... }`.
    Switch(Expr, Vec<Stmt>, Vec<Stmt>),
    /// `b += e`: the parameter is then captured by reference.
    SetB(Expr),
    /// A block with a local captured by a closure.
    Capture(Box<Capture>),
    /// A loop making closures that capture its variables.
    LoopCapture(Box<LoopCapture>),
    /// `runtime.GC()`.
    Gc,
    /// `r += churn(n, e)`: short-lived garbage.
    Churn(u8, Expr),
    /// `fmt.Println("htN", show(mk(n, e)), sum(...))`: temporary heap data.
    HeapTmp(HeapKind, u8, Expr),
    /// Heap data kept alive across statements.
    Heap(Box<HeapBlock>),
    /// `fmt.Println("pbN", Bad{e}, len(fmt.Sprint(Bad{e + 1})))`: `Bad`'s
    /// `String` method panics with heap data for some values, which `fmt`
    /// recovers (a catch point holds the value while `fmt` formats it).
    PrintBad(Expr),
}

// ---------------------------------------------------------------- strategies

fn var_strategy() -> impl Strategy<Value = Var> {
    prop_oneof![
        Just(Var::A),
        Just(Var::B),
        Just(Var::R),
        Just(Var::I),
        Just(Var::X),
        Just(Var::C),
        (0u8..3).prop_map(Var::Big)
    ]
}

fn expr_strategy() -> impl Strategy<Value = Expr> {
    let leaf = prop_oneof![
        (-5i8..10).prop_map(Expr::Lit),
        var_strategy().prop_map(Expr::Var),
    ];
    leaf.prop_recursive(2, 6, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::Add(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::Sub(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::Mul(Box::new(a), Box::new(b))),
            (inner, 0u8..64, any::<bool>()).prop_map(|(a, k, r)| Expr::Shift(Box::new(a), k, r)),
        ]
    })
}

fn cond_strategy() -> impl Strategy<Value = Cond> {
    (expr_strategy(), 0u8..4, expr_strategy()).prop_map(|(l, op, r)| Cond { l, op, r })
}

fn panic_strategy() -> impl Strategy<Value = PanicVal> {
    prop_oneof![
        1 => expr_strategy().prop_map(PanicVal::Int),
        1 => any::<u8>().prop_map(PanicVal::Str),
        1 => any::<u8>().prop_map(PanicVal::ErrorsNew),
        1 => expr_strategy().prop_map(PanicVal::Errorf),
        1 => expr_strategy().prop_map(PanicVal::MyErr),
        1 => (expr_strategy(), expr_strategy()).prop_map(|(a, b)| PanicVal::Pt(a, b)),
        1 => expr_strategy().prop_map(PanicVal::Code),
        1 => cond_strategy().prop_map(PanicVal::Bool),
        1 => Just(PanicVal::Nil),
        1 => expr_strategy().prop_map(PanicVal::StrRt),
        3 => (heap_kind_strategy(), 0u8..9, expr_strategy())
            .prop_map(|(k, n, e)| PanicVal::Heap(k, n, e)),
    ]
}

fn heap_kind_strategy() -> impl Strategy<Value = HeapKind> {
    prop_oneof![
        Just(HeapKind::List),
        Just(HeapKind::Tree),
        Just(HeapKind::Pts),
        Just(HeapKind::Map),
        Just(HeapKind::Str),
        Just(HeapKind::Any),
        Just(HeapKind::Fns),
        Just(HeapKind::Interior),
        Just(HeapKind::PtrMap),
    ]
}

fn heap_use_strategy() -> impl Strategy<Value = HeapUse> {
    prop_oneof![
        Just(HeapUse::Local),
        Just(HeapUse::Inline),
        Just(HeapUse::Closure),
        Just(HeapUse::DeferClosure),
        Just(HeapUse::Global),
    ]
}

fn rt_strategy() -> impl Strategy<Value = RtErr> {
    prop_oneof![
        expr_strategy().prop_map(RtErr::Index),
        expr_strategy().prop_map(RtErr::Div),
        (cond_strategy(), expr_strategy()).prop_map(|(c, e)| RtErr::NilMap(c, e)),
        cond_strategy().prop_map(RtErr::NilPtr),
    ]
}

/// Statements allowed in deferred closure bodies (no `return`, no nested
/// defers, no loops).
fn simple_stmt_strategy() -> impl Strategy<Value = Stmt> {
    prop_oneof![
        3 => (any::<u8>(), expr_strategy()).prop_map(|(t, e)| Stmt::Print(t, e)),
        3 => (any::<bool>(), expr_strategy()).prop_map(|(s, e)| Stmt::Assign(s, e)),
        1 => expr_strategy().prop_map(Stmt::SetX),
        1 => (any::<usize>(), expr_strategy(), expr_strategy()).prop_map(|(f, a, b)| Stmt::Call(f, a, b)),
        1 => (prop::option::weighted(0.6, cond_strategy()), panic_strategy())
            .prop_map(|(c, p)| Stmt::Panic(c, p)),
        1 => Just(Stmt::Gc),
        1 => (0u8..40, expr_strategy()).prop_map(|(n, e)| Stmt::Churn(n, e)),
        1 => (heap_kind_strategy(), 0u8..9, expr_strategy()).prop_map(|(k, n, e)| Stmt::HeapTmp(k, n, e)),
        1 => expr_strategy().prop_map(Stmt::PrintBad),
    ]
}

fn recover_strategy() -> impl Strategy<Value = RecoverUse> {
    prop_oneof![
        2 => Just(RecoverUse::None),
        2 => Just(RecoverUse::Print),
        3 => (-5i8..10).prop_map(RecoverUse::IfSet),
        1 => Just(RecoverUse::Indirect),
        1 => Just(RecoverUse::Repanic),
        2 => Just(RecoverUse::TypeSwitch),
        1 => Just(RecoverUse::RepanicSame),
    ]
}

fn defer_strategy() -> impl Strategy<Value = Defer> {
    prop_oneof![
        5 => (recover_strategy(), prop::collection::vec(simple_stmt_strategy(), 0..3))
            .prop_map(|(r, b)| Defer::Closure(r, b)),
        2 => (any::<u8>(), expr_strategy()).prop_map(|(t, e)| Defer::Args(t, e)),
        1 => Just(Defer::Recoverer),
        1 => Just(Defer::HelperDirect),
        1 => (any::<u8>(), expr_strategy()).prop_map(|(t, e)| Defer::Println(t, e)),
        1 => expr_strategy().prop_map(Defer::Method),
        2 => (expr_strategy(), prop::collection::vec(simple_stmt_strategy(), 0..3))
            .prop_map(|(e, b)| Defer::ClosureArg(e, b)),
        1 => panic_strategy().prop_map(Defer::Nested),
        1 => any::<bool>().prop_map(Defer::BuiltinRecover),
        2 => (heap_kind_strategy(), 0u8..9, expr_strategy()).prop_map(|(k, n, e)| Defer::HeapArg(k, n, e)),
        1 => (heap_kind_strategy(), 0u8..9, expr_strategy()).prop_map(|(k, n, e)| Defer::HeapMethod(k, n, e)),
    ]
}

fn cap_mode_strategy() -> impl Strategy<Value = CapMode> {
    prop_oneof![
        4 => Just(CapMode::Const),
        1 => expr_strategy().prop_map(CapMode::SetBefore),
        1 => expr_strategy().prop_map(CapMode::SetAfter),
        2 => expr_strategy().prop_map(CapMode::SetInside),
        1 => Just(CapMode::AddrTaken),
    ]
}

fn cap_extra_strategy() -> impl Strategy<Value = CapExtra> {
    prop_oneof![
        3 => Just(CapExtra::None),
        2 => expr_strategy().prop_map(CapExtra::StructRead),
        2 => expr_strategy().prop_map(CapExtra::StructWrite),
        1 => any::<bool>().prop_map(CapExtra::Array),
        2 => (any::<bool>(), expr_strategy()).prop_map(|(w, e)| CapExtra::Narrow(w, e)),
    ]
}

fn call_how_strategy() -> impl Strategy<Value = CallHow> {
    prop_oneof![
        2 => expr_strategy().prop_map(CallHow::Immediate),
        2 => expr_strategy().prop_map(CallHow::Stored),
        4 => (expr_strategy(), recover_strategy()).prop_map(|(e, r)| CallHow::DeferDirect(e, r)),
        2 => (expr_strategy(), recover_strategy()).prop_map(|(e, r)| CallHow::DeferVar(e, r)),
        2 => expr_strategy().prop_map(CallHow::Nested),
    ]
}

fn capture_strategy() -> impl Strategy<Value = Capture> {
    (
        expr_strategy(),
        cap_mode_strategy(),
        cap_extra_strategy(),
        call_how_strategy(),
        prop::collection::vec(simple_stmt_strategy(), 0..3),
        prop::bool::weighted(0.5),
    )
        .prop_map(|(init, mode, extra, how, body, value_only)| Capture {
            init,
            mode,
            extra,
            how,
            body,
            value_only,
        })
}

fn loop_capture_strategy() -> impl Strategy<Value = LoopCapture> {
    (
        any::<bool>(),
        1u8..5,
        prop_oneof![
            3 => Just(LoopBump::None),
            1 => Just(LoopBump::Inside),
            1 => Just(LoopBump::After),
            1 => Just(LoopBump::Now),
        ],
        prop::option::weighted(0.5, recover_strategy()),
        (expr_strategy(), expr_strategy()),
        prop::collection::vec(simple_stmt_strategy(), 0..2),
        prop::bool::weighted(0.5),
    )
        .prop_map(
            |(range, n, bump, defer, (init, arg), body, value_only)| LoopCapture {
                range,
                n,
                bump,
                defer,
                init,
                arg,
                body,
                value_only,
            },
        )
}

fn stmt_strategy() -> impl Strategy<Value = Stmt> {
    let leaf = prop_oneof![
        10 => capture_strategy().prop_map(|c| Stmt::Capture(Box::new(c))),
        5 => loop_capture_strategy().prop_map(|c| Stmt::LoopCapture(Box::new(c))),
        1 => expr_strategy().prop_map(Stmt::SetB),
        16 => (any::<u8>(), expr_strategy()).prop_map(|(t, e)| Stmt::Print(t, e)),
        12 => (any::<bool>(), expr_strategy()).prop_map(|(s, e)| Stmt::Assign(s, e)),
        8 => expr_strategy().prop_map(Stmt::SetX),
        12 => (any::<usize>(), expr_strategy(), expr_strategy()).prop_map(|(f, a, b)| Stmt::Call(f, a, b)),
        4 => (0u8..6, cond_strategy()).prop_map(|(n, c)| Stmt::Deep(n, c)),
        4 => (0u8..12, expr_strategy()).prop_map(|(n, e)| Stmt::Lazy(n, e)),
        3 => (any::<bool>(), expr_strategy()).prop_map(|(f, e)| Stmt::ViaPtr(f, e)),
        8 => (prop::option::weighted(0.8, cond_strategy()), panic_strategy())
            .prop_map(|(c, p)| Stmt::Panic(c, p)),
        8 => rt_strategy().prop_map(Stmt::Rt),
        24 => defer_strategy().prop_map(Stmt::Defer),
        4 => (cond_strategy(), prop::option::of(expr_strategy())).prop_map(|(c, e)| Stmt::Return(c, e)),
        // Rare: runtime.Goexit ends the whole program.
        1 => cond_strategy().prop_map(Stmt::Goexit),
        3 => Just(Stmt::Gc),
        3 => (0u8..40, expr_strategy()).prop_map(|(n, e)| Stmt::Churn(n, e)),
        3 => (heap_kind_strategy(), 0u8..9, expr_strategy()).prop_map(|(k, n, e)| Stmt::HeapTmp(k, n, e)),
        2 => expr_strategy().prop_map(Stmt::PrintBad),
    ];
    leaf.prop_recursive(2, 12, 3, |inner| {
        let block = prop::collection::vec(inner, 0..3);
        prop_oneof![
            (cond_strategy(), block.clone(), block.clone()).prop_map(|(c, t, e)| Stmt::If(c, t, e)),
            (0u8..4, block.clone()).prop_map(|(n, b)| Stmt::For(n, b)),
            (expr_strategy(), block.clone(), block.clone())
                .prop_map(|(e, x, y)| Stmt::Switch(e, x, y)),
            (
                heap_kind_strategy(),
                heap_use_strategy(),
                0u8..9,
                expr_strategy(),
                block
            )
                .prop_map(|(kind, keep, n, seed, body)| Stmt::Heap(Box::new(
                    HeapBlock {
                        kind,
                        keep,
                        n,
                        seed,
                        body
                    }
                ))),
        ]
    })
}

/// Statements of JIT-eligible functions: integer code, loops, calls
/// (which may panic in an interpreted callee) and printing.
fn pure_stmt_strategy() -> impl Strategy<Value = Stmt> {
    let leaf = prop_oneof![
        3 => (any::<u8>(), expr_strategy()).prop_map(|(t, e)| Stmt::Print(t, e)),
        3 => (any::<bool>(), expr_strategy()).prop_map(|(s, e)| Stmt::Assign(s, e)),
        2 => expr_strategy().prop_map(Stmt::SetX),
        4 => (any::<usize>(), expr_strategy(), expr_strategy()).prop_map(|(f, a, b)| Stmt::Call(f, a, b)),
        2 => (0u8..12, expr_strategy()).prop_map(|(n, e)| Stmt::Lazy(n, e)),
        1 => (cond_strategy(), prop::option::of(expr_strategy())).prop_map(|(c, e)| Stmt::Return(c, e)),
    ];
    leaf.prop_recursive(2, 10, 3, |inner| {
        let block = prop::collection::vec(inner, 0..3);
        prop_oneof![
            (cond_strategy(), block.clone(), block.clone()).prop_map(|(c, t, e)| Stmt::If(c, t, e)),
            (0u8..5, block).prop_map(|(n, b)| Stmt::For(n, b)),
        ]
    })
}

/// An iteration of a hot loop: early, in the middle, or never reached.
fn iteration_strategy() -> impl Strategy<Value = u16> {
    prop_oneof![1u16..8, 8u16..2000, 2000u16..4000]
}

fn hot_stmt_strategy() -> impl Strategy<Value = HotStmt> {
    let leaf = prop_oneof![
        4 => (0u8..8, expr_strategy()).prop_map(|(k, e)| HotStmt::SliceWrite(k, e)),
        4 => (0u8..8).prop_map(HotStmt::SliceRead),
        2 => expr_strategy().prop_map(HotStmt::Append),
        2 => expr_strategy().prop_map(HotStmt::StructStep),
        2 => (any::<bool>(), expr_strategy()).prop_map(|(m, e)| HotStmt::Field(m, e)),
        4 => (any::<bool>(), expr_strategy()).prop_map(|(x, e)| HotStmt::Local(x, e)),
        3 => (any::<usize>(), expr_strategy(), expr_strategy())
            .prop_map(|(f, a, b)| HotStmt::Call(f, a, b)),
        2 => expr_strategy().prop_map(HotStmt::Helper),
        2 => iteration_strategy().prop_map(HotStmt::IdxAt),
        1 => expr_strategy().prop_map(HotStmt::IdxExpr),
        2 => iteration_strategy().prop_map(HotStmt::DivAt),
        1 => expr_strategy().prop_map(HotStmt::DivExpr),
        2 => iteration_strategy().prop_map(HotStmt::NilMapAt),
        2 => (any::<u8>(), expr_strategy()).prop_map(|(t, e)| HotStmt::Print(t, e)),
        2 => expr_strategy().prop_map(HotStmt::PtrAppend),
        1 => expr_strategy().prop_map(HotStmt::StrCat),
        6 => narrow_strategy().prop_map(HotStmt::Narrow),
    ];
    leaf.prop_recursive(2, 10, 3, |inner| {
        let block = prop::collection::vec(inner, 0..3);
        prop_oneof![
            (cond_strategy(), block.clone()).prop_map(|(c, b)| HotStmt::If(c, b)),
            (0u8..4, block).prop_map(|(n, b)| HotStmt::Inner(n, b)),
        ]
    })
}

fn narrow_ty_strategy() -> impl Strategy<Value = NarrowTy> {
    prop_oneof![
        Just(NarrowTy::I8),
        Just(NarrowTy::U16),
        Just(NarrowTy::I32),
        Just(NarrowTy::F32),
        Just(NarrowTy::Bool),
    ]
}

fn narrow_strategy() -> impl Strategy<Value = NarrowOp> {
    prop_oneof![
        4 => (narrow_ty_strategy(), 0u8..8, expr_strategy()).prop_map(|(t, k, e)| NarrowOp::Write(t, k, e)),
        3 => (narrow_ty_strategy(), 0u8..8).prop_map(|(t, k)| NarrowOp::Read(t, k)),
        2 => (narrow_ty_strategy(), expr_strategy()).prop_map(|(t, e)| NarrowOp::Append(t, e)),
        1 => (narrow_ty_strategy(), 0u8..8).prop_map(|(t, k)| NarrowOp::Copy(t, k)),
        4 => (0u8..6, any::<bool>(), expr_strategy()).prop_map(|(f, p, e)| NarrowOp::Field(f, p, e)),
        1 => (0u8..8).prop_map(NarrowOp::Swap),
        1 => (0u8..8).prop_map(NarrowOp::Repoint),
        1 => Just(NarrowOp::AppendStruct),
    ]
}

fn hot_loop_strategy() -> impl Strategy<Value = HotLoop> {
    (
        1u8..8,
        prop_oneof![2 => 0u16..8, 1 => 8u16..200, 2 => LONG_LOOP..2500],
        prop::bool::weighted(0.2),
        prop::collection::vec(hot_stmt_strategy(), 1..7),
    )
        .prop_map(|(slice_len, iters, range, body)| HotLoop {
            slice_len,
            iters,
            range,
            body,
        })
}

fn func_strategy() -> impl Strategy<Value = Func> {
    prop_oneof![
        4 => prop::collection::vec(stmt_strategy(), 1..6).prop_map(|body| Func {
            pure: false,
            body,
            hot: None,
        }),
        1 => prop::collection::vec(pure_stmt_strategy(), 1..6).prop_map(|body| Func {
            pure: true,
            body,
            hot: None,
        }),
        2 => (hot_loop_strategy(), prop::collection::vec(pure_stmt_strategy(), 0..2)).prop_map(
            |(h, body)| Func {
                pure: true,
                body,
                hot: Some(h),
            }
        ),
    ]
}

fn main_call_strategy() -> impl Strategy<Value = MainCall> {
    (
        any::<usize>(),
        (-5i8..10, -5i8..10),
        prop::bool::weighted(0.6),
    )
        .prop_map(|(func, args, protected)| MainCall {
            func,
            args,
            protected,
        })
}

/// The strategy for whole programs.
pub fn program_strategy() -> impl Strategy<Value = GoProgram> {
    (
        prop::collection::vec(func_strategy(), 1..5),
        prop::collection::vec(main_call_strategy(), 1..4),
        prop_oneof![
            4 => Just(MainDefer::None),
            2 => Just(MainDefer::Print),
            1 => Just(MainDefer::Recover),
            1 => Just(MainDefer::Repanic),
        ],
    )
        .prop_map(|(funcs, main, main_defer)| GoProgram {
            spec: ProgSpec {
                funcs,
                main,
                main_defer,
            },
        })
}

// ----------------------------------------------------------------- rendering

const PRELUDE: &str = r#"package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

func (e MyErr) Show() { fmt.Println("show", e.code) }

type Pt struct{ x, y int }

// NS is narrow fields only: captured by value when never written.
type NS struct {
	a int8
	b uint16
	c bool
	d float32
	e int32
}

func (s NS) sum() int {
	t := int(s.a) + int(s.b) + int(s.e)
	if s.c {
		t++
	}
	if s.d > 0 {
		t += 2
	}
	return t
}

// NQ mixes narrow fields: Go lays it out in 20 bytes (a 0, b 2, c 4, d 8,
// e 12, f 16).
type NQ struct {
	a int8
	b uint16
	c bool
	d float32
	e int32
	f [3]int8
}

type Code int

func show(s string, v int) { fmt.Println(s, v) }

func helperRecover() { fmt.Println("helper", recover()) }

func recoverer() {
	if e := recover(); e != nil {
		fmt.Println("recoverer", e)
	}
}

func deep(n int, p bool) (r int) {
	defer func() { r += n }()
	if n <= 0 {
		if p {
			panic(fmt.Sprint("deep bottom ", n))
		}
		return 1
	}
	return deep(n-1, p) * 2
}

var lazyTable = []int{3, 1, 4, 1, 5}

func bump(p *int, v int) { *p += v }

// Inline code only: native calls of lazyPick push no frame headers until
// an index out of range at the bottom makes the runtime write them.
func lazyPick(s []int, i, n int) int {
	if n <= 0 {
		return s[i]
	}
	return lazyPick(s, i, n-1) + n
}

func protect(name string, f func() int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panicked:", e)
		}
	}()
	fmt.Println(name, "=", f())
}

func goexit() { runtime.Goexit() }

func sq(n int) int { return n * n }

func psum(p Pt) int { return p.x*2 + p.y }

var big0, big1, big2 = 1 << 62, -1 << 63, 9223372036854775807

var _, _, _ = errors.New, runtime.GC, strconv.Itoa

// Heap data for the collector: every kind is made by mkX(n, k), summed by
// an int function and shown by a string one that depend on neither
// addresses nor map order.

type Node struct {
	val  int
	name string
	next *Node
	kids []*Node
}

// HeapErr is a panic value whose data only the panic keeps.
type HeapErr struct {
	msg  string
	node *Node
	pts  []*Pt
	m    map[string][]int
	ip   *int
}

func (e HeapErr) Error() string {
	s := fmt.Sprint("heaperr ", e.msg, " ", listStr(e.node), " ", ptsStr(e.pts), " ", mapStr(e.m))
	if e.ip != nil {
		s += " " + strconv.Itoa(*e.ip)
	}
	return s
}

func (e *HeapErr) Show() { fmt.Println("heapshow", churn(3, len(e.msg)), e.Error()) }

var keep []any

// Bad's String method panics with heap data for some values; fmt recovers
// and prints the value while its own defer allocates and collects.
type Bad struct{ n int }

func (b Bad) String() string {
	defer func() { churn(3, b.n); runtime.GC() }()
	switch b.n % 4 {
	case 0:
		panic(HeapErr{msg: mkStr(3, b.n), node: mkList(2, b.n), pts: mkPts(3, b.n)})
	case 2:
		panic("bad" + mkStr(2, b.n))
	}
	return "bad" + strconv.Itoa(b.n)
}

// churn makes short-lived garbage.
func churn(n, k int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := &Node{val: i ^ k, name: strconv.Itoa(i + k)}
		s := make([]int, i%5+1)
		s[0] = p.val
		t += s[0] + len(p.name) + len(s)
	}
	return t
}

func mkList(n, k int) *Node {
	var l *Node
	for i := 0; i < n; i++ {
		l = &Node{val: i + k, name: "n" + strconv.Itoa(k*i), next: l}
		churn(2, i)
	}
	return l
}

func listSum(l *Node) int {
	t := 0
	for ; l != nil; l = l.next {
		t += l.val + len(l.name)
		for _, c := range l.kids {
			t += listSum(c)
		}
	}
	return t
}

func listStr(l *Node) string {
	s := "["
	for ; l != nil; l = l.next {
		s += l.name + fmt.Sprint(":", l.val, "/", len(l.kids), " ")
	}
	return s + "]"
}

func mkTree(d, k int) *Node {
	n := &Node{val: k, name: fmt.Sprint("t", d, "_", k)}
	for i := 0; i < d; i++ {
		n.kids = append(n.kids, mkTree(d-1, k+i))
	}
	return n
}

func mkPts(n, k int) []*Pt {
	var ps []*Pt
	for i := 0; i < n; i++ {
		ps = append(ps, &Pt{i, k - i})
		churn(1, k)
	}
	// A slice into the middle of the array, its only reference.
	return ps[len(ps)/3:]
}

func ptsSum(ps []*Pt) int {
	t := 0
	for _, p := range ps {
		t += psum(*p)
	}
	return t
}

func ptsStr(ps []*Pt) string {
	s := ""
	for _, p := range ps {
		s += fmt.Sprint(*p)
	}
	return s
}

func mkMap(n, k int) map[string][]int {
	m := map[string][]int{}
	for i := 0; i < n; i++ {
		key := "k" + strconv.Itoa(i%3)
		m[key] = append(m[key], i*k)
	}
	return m
}

func mapSum(m map[string][]int) int {
	t := 0
	for k, v := range m {
		t += len(k)
		for _, x := range v {
			t += x
		}
	}
	return t
}

func mapStr(m map[string][]int) string {
	s := fmt.Sprint(len(m))
	for _, k := range []string{"k0", "k1", "k2"} {
		if v, ok := m[k]; ok {
			s += fmt.Sprint(" ", k, v)
		}
	}
	return s
}

func mkStr(n, k int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += strconv.Itoa(k+i) + ","
	}
	// A substring, the only reference to the string.
	return s[len(s)/4:]
}

func mkAny(n, k int) []any {
	return []any{mkList(n, k), mkStr(n, k), mkPts(n, k), Pt{n, k}, k, fmt.Sprint("any", n)}
}

func anySum(xs []any) int {
	t := 0
	for _, x := range xs {
		switch v := x.(type) {
		case *Node:
			t += listSum(v)
		case string:
			t += len(v)
		case []*Pt:
			t += ptsSum(v)
		case Pt:
			t += psum(v)
		case int:
			t += v
		}
	}
	return t
}

func anyStr(xs []any) string {
	s := ""
	for _, x := range xs {
		switch v := x.(type) {
		case *Node:
			s += listStr(v)
		case []*Pt:
			s += ptsStr(v)
		default:
			s += fmt.Sprint(v, ";")
		}
	}
	return s
}

func mkFns(n, k int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		l := mkList(i%3, k+i)
		s := strconv.Itoa(i)
		fs = append(fs, func() int { return listSum(l) + len(s) + i })
	}
	return fs
}

func mkInner(n, k int) *int {
	ns := make([]Node, n+2)
	for i := range ns {
		ns[i].val = k + i
		ns[i].name = strconv.Itoa(i)
	}
	churn(2, k)
	return &ns[n/2+1].val
}

func mkPtrMap(n, k int) map[int]*Node {
	m := map[int]*Node{}
	for i := 0; i < n; i++ {
		m[i] = &Node{val: k - i, name: "m" + strconv.Itoa(i), next: m[i-1]}
	}
	// Deleted entries outnumber live ones: a collection compacts the map.
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			delete(m, i)
		}
	}
	return m
}

func ptrMapSum(m map[int]*Node) int {
	t := 0
	for _, v := range m {
		// Allocates mid-range: a collection may compact the map under
		// the iterator.
		t += v.val + len(v.name) + len(strconv.Itoa(v.val))
	}
	return t
}

func ptrMapStr(m map[int]*Node) string {
	s := fmt.Sprint(len(m), ":")
	for i := 0; i < 9; i++ {
		if v, ok := m[i]; ok {
			s += listStr(v)
		}
	}
	return s
}

func fnsSum(fs []func() int) int {
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}
"#;

impl HeapKind {
    /// Its Go type.
    fn ty(self) -> &'static str {
        match self {
            HeapKind::List | HeapKind::Tree => "*Node",
            HeapKind::Pts => "[]*Pt",
            HeapKind::Map => "map[string][]int",
            HeapKind::Str => "string",
            HeapKind::Any => "[]any",
            HeapKind::Fns => "[]func() int",
            HeapKind::Interior => "*int",
            HeapKind::PtrMap => "map[int]*Node",
        }
    }

    /// A Go expression making data of size `n` from the `int` seed `k`.
    fn make(self, n: u8, k: &str) -> String {
        let n = n % 9;
        match self {
            HeapKind::List => format!("mkList({n}, {k})"),
            HeapKind::Tree => format!("mkTree({}, {k})", n % 4),
            HeapKind::Pts => format!("mkPts({n}, {k})"),
            HeapKind::Map => format!("mkMap({n}, {k})"),
            HeapKind::Str => format!("mkStr({n}, {k})"),
            HeapKind::Any => format!("mkAny({n}, {k})"),
            HeapKind::Fns => format!("mkFns({n}, {k})"),
            HeapKind::Interior => format!("mkInner({n}, {k})"),
            HeapKind::PtrMap => format!("mkPtrMap({n}, {k})"),
        }
    }

    /// An `int` expression summing `h`.
    fn sum(self, h: &str) -> String {
        match self {
            HeapKind::List | HeapKind::Tree => format!("listSum({h})"),
            HeapKind::Pts => format!("ptsSum({h})"),
            HeapKind::Map => format!("mapSum({h})"),
            HeapKind::Str => format!("len({h})"),
            HeapKind::Any => format!("anySum({h})"),
            HeapKind::Fns => format!("fnsSum({h})"),
            HeapKind::Interior => format!("*{h}"),
            HeapKind::PtrMap => format!("ptrMapSum({h})"),
        }
    }

    /// A `string` expression showing `h`.
    fn show(self, h: &str) -> String {
        match self {
            HeapKind::List | HeapKind::Tree => format!("listStr({h})"),
            HeapKind::Pts => format!("ptsStr({h})"),
            HeapKind::Map => format!("mapStr({h})"),
            HeapKind::Str => h.to_string(),
            HeapKind::Any => format!("anyStr({h})"),
            HeapKind::Fns => format!("strconv.Itoa(fnsSum({h}))"),
            HeapKind::Interior => format!("strconv.Itoa(*{h})"),
            HeapKind::PtrMap => format!("ptrMapStr({h})"),
        }
    }

    /// A `HeapErr` literal holding data of this kind made from `k`.
    fn heap_err(self, n: u8, k: &str) -> String {
        let made = self.make(n, k);
        let field = match self {
            HeapKind::List | HeapKind::Tree => format!("node: {made}"),
            HeapKind::Pts => format!("pts: {made}"),
            HeapKind::Map => format!("m: {made}"),
            HeapKind::Interior => format!("ip: {made}"),
            HeapKind::Str | HeapKind::Any | HeapKind::Fns | HeapKind::PtrMap => {
                return format!("HeapErr{{msg: \"he\" + {}}}", self.show(&made));
            }
        };
        format!("HeapErr{{msg: \"he\" + strconv.Itoa({k}), {field}}}")
    }
}

struct Ctx<'a> {
    out: &'a mut String,
    names: &'a [String],
    func: usize,
    nfuncs: usize,
    loops: usize,
    indent: usize,
    /// Inside a deferred closure: no `return x`.
    in_closure: bool,
    /// The captured locals `cN` of the enclosing [`Capture`]s.
    caps: Vec<String>,
    /// The next block-local suffix `N`.
    next: usize,
    /// Rendering a closure that must not capture anything by reference
    /// of its own: `r` reads as the captured local, writes print instead.
    value_only: bool,
    /// Inside a long hot loop: prints and calls are guarded.
    long: bool,
}

impl Ctx<'_> {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn expr(&self, e: &Expr) -> String {
        match e {
            Expr::Lit(n) => n.to_string(),
            Expr::Var(v) => match v {
                Var::A => "a".into(),
                Var::B => "b".into(),
                Var::C => self.caps.last().map_or("b".into(), |c| c.clone()),
                Var::R if self.value_only => self.caps.last().map_or("b".into(), |c| c.clone()),
                Var::R => "r".into(),
                Var::I if self.value_only => "a".into(),
                Var::I if self.loops > 0 => "i".into(),
                Var::I => "a".into(),
                Var::X => "x".into(),
                Var::Big(k) => format!("big{}", k % 3),
            },
            Expr::Add(x, y) => format!("({} + {})", self.expr(x), self.expr(y)),
            Expr::Sub(x, y) => format!("({} - {})", self.expr(x), self.expr(y)),
            Expr::Mul(x, y) => format!("({} * {})", self.expr(x), self.expr(y)),
            Expr::Shift(x, k, right) => {
                let op = if *right { ">>" } else { "<<" };
                if x.is_const() {
                    // A constant operand would make the shift a constant
                    // expression, which must not overflow in Go.
                    format!("((a - a + {}) {op} {k})", self.expr(x))
                } else {
                    format!("({} {op} {k})", self.expr(x))
                }
            }
        }
    }

    fn cond(&self, c: &Cond) -> String {
        let op = ["<", "==", ">", "!="][c.op as usize % 4];
        format!("{} {op} {}", self.expr(&c.l), self.expr(&c.r))
    }

    fn panic_val(&self, p: &PanicVal) -> String {
        match p {
            PanicVal::Int(e) => format!("panic({})", self.expr(e)),
            PanicVal::Str(t) => format!("panic(\"boom{t}\")"),
            PanicVal::ErrorsNew(t) => format!("panic(errors.New(\"err{t}\"))"),
            PanicVal::Errorf(e) => format!("panic(fmt.Errorf(\"errf %d\", {}))", self.expr(e)),
            PanicVal::MyErr(e) => format!("panic(MyErr{{{}}})", self.expr(e)),
            PanicVal::Pt(x, y) => format!("panic(Pt{{{}, {}}})", self.expr(x), self.expr(y)),
            PanicVal::Code(e) => format!("panic(Code({}))", self.expr(e)),
            PanicVal::Bool(c) => format!("panic({})", self.cond(c)),
            PanicVal::Nil => "panic(nil)".into(),
            PanicVal::StrRt(e) => format!("panic(\"boom\" + strconv.Itoa({}))", self.expr(e)),
            PanicVal::Heap(k, n, e) => format!("panic({})", k.heap_err(*n, &self.expr(e))),
        }
    }

    fn block(&mut self, stmts: &[Stmt]) {
        self.indent += 1;
        for s in stmts {
            self.stmt(s);
        }
        self.indent -= 1;
    }

    fn callee(&self, f: usize) -> Option<usize> {
        let first = self.func + 1;
        (first < self.nfuncs).then(|| first + f % (self.nfuncs - first))
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Print(t, e) => {
                let l = format!("fmt.Println(\"p{t}\", {})", self.expr(e));
                self.line(&l)
            }
            Stmt::SetX(e) | Stmt::Assign(_, e) | Stmt::SetB(e) if self.value_only => {
                let l = format!("fmt.Println(\"v{}\", {})", self.func, self.expr(e));
                self.line(&l)
            }
            Stmt::Call(f, x, y) if self.value_only => {
                let l = match self.callee(*f) {
                    Some(j) => {
                        let (x, y) = (self.expr(x), self.expr(y));
                        format!("fmt.Println(\"vc\", {}({x}, {y}))", self.names[j])
                    }
                    None => format!("fmt.Println(\"vc\", {})", self.expr(x)),
                };
                self.line(&l)
            }
            Stmt::SetX(e) => {
                let l = format!("x += {}", self.expr(e));
                self.line(&l)
            }
            Stmt::SetB(e) => {
                let l = format!("b += {}", self.expr(e));
                self.line(&l)
            }
            Stmt::Capture(c) => self.capture(c),
            Stmt::LoopCapture(c) => self.loop_capture(c),
            Stmt::Assign(set, e) => {
                let l = format!("r {}= {}", if *set { "" } else { "+" }, self.expr(e));
                self.line(&l)
            }
            Stmt::Call(f, x, y) => {
                let l = match self.callee(*f) {
                    Some(j) => {
                        format!("r += {}({}, {})", self.names[j], self.expr(x), self.expr(y))
                    }
                    None => format!("r -= {}", self.expr(x)),
                };
                self.line(&l)
            }
            Stmt::Deep(n, c) => {
                let l = format!("r += deep({n}, {})", self.cond(c));
                self.line(&l)
            }
            Stmt::ViaPtr(_, e) if self.value_only => {
                let l = format!("fmt.Println(\"vp\", {})", self.expr(e));
                self.line(&l)
            }
            Stmt::ViaPtr(call, e) => {
                let e = self.expr(e);
                let l = if *call {
                    format!("if p := &r; p != nil {{ bump(p, {e}) }}")
                } else {
                    format!("if p := &r; p != nil {{ *p += {e} }}")
                };
                self.line(&l)
            }
            Stmt::Lazy(n, e) => {
                let l = format!("r += lazyPick(lazyTable, ({}) % 7, {n})", self.expr(e));
                self.line(&l)
            }
            Stmt::Panic(c, p) => {
                let pv = self.panic_val(p);
                match c {
                    Some(c) => {
                        let l = format!("if {} {{", self.cond(c));
                        self.line(&l);
                        self.indent += 1;
                        self.line(&pv);
                        self.indent -= 1;
                        self.line("}");
                    }
                    None => self.line(&pv),
                }
            }
            Stmt::Rt(rt) => match rt {
                RtErr::Index(e) => {
                    let l = format!("if k := {}; true {{", self.expr(e));
                    self.line(&l);
                    self.line("\tr += []int{1, 2, 3}[k%4]");
                    self.line("}");
                }
                RtErr::Div(e) => {
                    let l = format!("if d := {}; true {{", self.expr(e));
                    self.line(&l);
                    self.line("\tr += a / d");
                    self.line("}");
                }
                RtErr::NilMap(c, e) => {
                    self.line("{");
                    self.line("\tvar m map[int]int");
                    let l = format!("\tif {} {{", self.cond(c));
                    self.line(&l);
                    self.line("\t\tm = map[int]int{}");
                    self.line("\t}");
                    let l = format!("\tm[{}] = r", self.expr(e));
                    self.line(&l);
                    self.line("}");
                }
                RtErr::NilPtr(c) => {
                    self.line("{");
                    self.line("\tp := &Pt{a, b}");
                    let l = format!("\tif {} {{", self.cond(c));
                    self.line(&l);
                    self.line("\t\tp = nil");
                    self.line("\t}");
                    self.line("\tr += p.x");
                    self.line("}");
                }
            },
            Stmt::Defer(d) => self.defer(d),
            Stmt::If(c, t, e) => {
                let l = format!("if {} {{", self.cond(c));
                self.line(&l);
                self.block(t);
                if e.is_empty() {
                    self.line("}");
                } else {
                    self.line("} else {");
                    self.block(e);
                    self.line("}");
                }
            }
            Stmt::For(n, b) => {
                let l = format!("for i := 0; i < {n}; i++ {{");
                self.line(&l);
                self.loops += 1;
                self.block(b);
                self.loops -= 1;
                self.line("}");
            }
            Stmt::Switch(e, x, y) => {
                let l = format!("switch ({}) % 3 {{", self.expr(e));
                self.line(&l);
                self.line("case 0:");
                self.block(x);
                self.line("case 1, -1:");
                self.block(y);
                self.line("default:");
                self.line("\tr++");
                self.line("}");
            }
            Stmt::Return(c, e) => {
                let l = format!("if {} {{", self.cond(c));
                self.line(&l);
                let ret = match e {
                    Some(e) if !self.in_closure => format!("\treturn {}", self.expr(e)),
                    _ => "\treturn".to_string(),
                };
                self.line(&ret);
                self.line("}");
            }
            Stmt::Goexit(c) => {
                let l = format!("if {} {{", self.cond(c));
                self.line(&l);
                self.line("\tgoexit()");
                self.line("}");
            }
            Stmt::Gc => self.line("runtime.GC()"),
            Stmt::Churn(n, e) => {
                let call = format!("churn({n}, {})", self.expr(e));
                let l = if self.value_only {
                    format!("fmt.Println(\"vch\", {call})")
                } else {
                    format!("r += {call}")
                };
                self.line(&l)
            }
            Stmt::HeapTmp(k, n, e) => {
                let t = self.fresh();
                let l = format!("if ht{t} := {}; true {{", k.make(*n, &self.expr(e)));
                self.line(&l);
                let name = format!("ht{t}");
                let l = format!(
                    "\tfmt.Println(\"ht{t}\", {}, {})",
                    k.show(&name),
                    k.sum(&name)
                );
                self.line(&l);
                self.line("}");
            }
            Stmt::Heap(h) => self.heap_block(h),
            Stmt::PrintBad(e) => {
                let t = self.fresh();
                let e = self.expr(e);
                let l =
                    format!("fmt.Println(\"pb{t}\", Bad{{{e}}}, len(fmt.Sprint(Bad{{{e} + 1}})))");
                self.line(&l)
            }
        }
    }

    /// A [`HeapBlock`]: its data `hpN` (seed `hkN`), kept as it says
    /// while its body runs, then used.
    fn heap_block(&mut self, h: &HeapBlock) {
        let n = self.fresh();
        let (hp, hk) = (format!("hp{n}"), format!("hk{n}"));
        let (k, size) = (h.kind, h.n % 9);
        self.line("{");
        self.indent += 1;
        let l = format!("{hk} := {}", self.expr(&h.seed));
        self.line(&l);
        match h.keep {
            HeapUse::Local => self.line(&format!("{hp} := {}", k.make(size, &hk))),
            HeapUse::Inline => self.inline_build(k, size, &hk, &hp),
            HeapUse::Closure => {
                self.line(&format!(
                    "hf{n} := func() func() string {{ h := {}; return func() string {{ return {} }} }}()",
                    k.make(size, &hk),
                    k.show("h")
                ));
            }
            HeapUse::DeferClosure => {
                self.line(&format!("{hp} := {}", k.make(size, &hk)));
                self.line(&format!(
                    "defer func() {{ fmt.Println(\"hd{n}\", {}, {}) }}()",
                    k.show(&hp),
                    k.sum(&hp)
                ));
                self.line(&format!("{hp} = {}", k.make(size, &format!("{hk} + 1"))));
            }
            HeapUse::Global => {
                self.line(&format!("hi{n} := len(keep)"));
                self.line(&format!("keep = append(keep, {})", k.make(size, &hk)));
            }
        }
        for s in &h.body {
            self.stmt(s);
        }
        match h.keep {
            HeapUse::Local | HeapUse::Inline => {
                let l = format!("r += {}", k.sum(&hp));
                self.line(&l);
                let l = format!("fmt.Println(\"{hp}\", {})", k.show(&hp));
                self.line(&l);
            }
            HeapUse::Closure => self.line(&format!("fmt.Println(\"hf{n}\", hf{n}())")),
            HeapUse::DeferClosure => {}
            HeapUse::Global => {
                let v = format!("keep[hi{n}].({})", k.ty());
                let l = format!("r += {}", k.sum(&v));
                self.line(&l);
                let l = format!("fmt.Println(\"hi{n}\", {})", k.show(&v));
                self.line(&l);
                // Bounded: a block run in a loop keeps one entry at a
                // time (a collection at every safepoint marks them all).
                self.line(&format!("keep = keep[:hi{n}]"));
            }
        }
        self.indent -= 1;
        self.line("}");
    }

    /// Builds `hp` of kind `k` (size `n`, seed `hk`) with a loop in the
    /// function itself where the kind has one, else by its `mk` function.
    fn inline_build(&mut self, k: HeapKind, n: u8, hk: &str, hp: &str) {
        let (decl, step) = match k {
            HeapKind::List => (
                format!("var {hp} *Node"),
                format!(
                    "{hp} = &Node{{val: j + {hk}, name: fmt.Sprint(\"i\", j, {hk}), next: {hp}}}\n\tif j%2 == 0 {{ {hp}.kids = append({hp}.kids, &Node{{val: j, name: strconv.Itoa(j)}}) }}"
                ),
            ),
            HeapKind::Pts => (
                format!("var {hp} []*Pt"),
                format!("{hp} = append({hp}, &Pt{{j, {hk}}})"),
            ),
            HeapKind::Map => (
                format!("{hp} := map[string][]int{{}}"),
                format!("key := \"k\" + strconv.Itoa(j%3)\n\t{hp}[key] = append({hp}[key], j+{hk})"),
            ),
            HeapKind::Str => (
                format!("{hp} := \"\""),
                format!("{hp} += strconv.Itoa(j*{hk}) + \";\""),
            ),
            HeapKind::Tree
            | HeapKind::Any
            | HeapKind::Fns
            | HeapKind::Interior
            | HeapKind::PtrMap => {
                self.line(&format!("{hp} := {}", k.make(n, hk)));
                return;
            }
        };
        self.line(&decl);
        self.line(&format!("for j := 0; j < {n}; j++ {{"));
        for l in step.lines() {
            self.line(&format!("\t{}", l.trim_start_matches('\t')));
        }
        self.line("}");
    }

    /// A fresh block-local suffix.
    fn fresh(&mut self) -> usize {
        self.next += 1;
        self.next - 1
    }

    /// Renders `stmts` as a closure's body, `value_only` or not.
    fn closure_body(&mut self, stmts: &[Stmt], value_only: bool) {
        let was_in = std::mem::replace(&mut self.in_closure, true);
        let was_vo = std::mem::replace(&mut self.value_only, value_only);
        for s in stmts {
            self.stmt(s);
        }
        self.value_only = was_vo;
        self.in_closure = was_in;
    }

    /// What a closure of [`Capture`] `n` does to its captured variables.
    fn capture_effects(&mut self, c: &Capture, n: usize) {
        match &c.mode {
            CapMode::SetInside(e) => {
                let l = format!("c{n} += {}", self.expr(e));
                self.line(&l);
            }
            CapMode::AddrTaken => self.line(&format!("*p{n} += 1")),
            _ => {}
        }
        match c.extra {
            CapExtra::StructWrite(_) => self.line(&format!("st{n}.y += v")),
            CapExtra::Narrow(true, _) => {
                self.line(&format!("ns{n}.a += int8(v)"));
                self.line(&format!("ns{n}.b -= uint16(v)"));
                self.line(&format!("ns{n}.c = !ns{n}.c"));
                self.line(&format!("ns{n}.d += float32(v) / 2"));
                self.line(&format!("ns{n}.e ^= int32(v) << 20"));
            }
            _ => {}
        }
    }

    /// The reads of a [`Capture`]'s extra locals, as ` + ...`.
    fn capture_reads(c: &Capture, n: usize) -> String {
        match c.extra {
            CapExtra::None => String::new(),
            CapExtra::StructRead(_) | CapExtra::StructWrite(_) => {
                format!(" + st{n}.x*2 + st{n}.y")
            }
            CapExtra::Array(_) => format!(" + ar{n}[3] + ar{n}[15]*len(ar{n})"),
            CapExtra::Narrow(..) => format!(" + ns{n}.sum()"),
        }
    }

    fn capture(&mut self, c: &Capture) {
        let n = self.fresh();
        let cv = format!("c{n}");
        self.line("{");
        self.indent += 1;
        let l = format!("{cv} := {}", self.expr(&c.init));
        self.line(&l);
        match &c.extra {
            CapExtra::None => {}
            CapExtra::StructRead(e) | CapExtra::StructWrite(e) => {
                let l = format!("st{n} := Pt{{{}, {cv}}}", self.expr(e));
                self.line(&l);
            }
            CapExtra::Array(big) => {
                let len = if *big { 17 } else { 16 };
                self.line(&format!("ar{n} := [{len}]int{{3: {cv}, 15: 7}}"));
            }
            CapExtra::Narrow(_, e) => {
                let l = format!(
                    "ns{n} := NS{{int8({cv}), uint16({}), {cv} > 0, float32({cv}) / 3, int32({cv})}}",
                    self.nexpr(e)
                );
                self.line(&l);
            }
        }
        match &c.mode {
            CapMode::SetBefore(e) => {
                let l = format!("{cv} = {}", self.expr(e));
                self.line(&l);
            }
            CapMode::AddrTaken => self.line(&format!("p{n} := &{cv}")),
            _ => {}
        }
        self.caps.push(cv.clone());
        let deferred = matches!(c.how, CallHow::DeferDirect(..) | CallHow::DeferVar(..));
        let sig = if deferred {
            "func(v int)"
        } else {
            "func(v int) int"
        };
        let head = match c.how {
            CallHow::Immediate(_) => format!("r += {sig} {{"),
            CallHow::DeferDirect(..) => format!("defer {sig} {{"),
            _ => format!("fn{n} := {sig} {{"),
        };
        self.line(&head);
        self.indent += 1;
        let reads = Self::capture_reads(c, n);
        if let CallHow::DeferDirect(_, rec) | CallHow::DeferVar(_, rec) = &c.how {
            let was = std::mem::replace(&mut self.value_only, c.value_only);
            self.recover_use(rec);
            self.value_only = was;
        }
        if let CallHow::Nested(_) = c.how {
            self.line(&format!("nest{n} := func(w int) int {{"));
            self.indent += 1;
            self.capture_effects(c, n);
            self.line(&format!("return {cv}*w + v{reads}"));
            self.indent -= 1;
            self.line("}");
            self.closure_body(&c.body, c.value_only);
            self.line(&format!("return nest{n}(v) + nest{n}(1) + {cv}"));
        } else {
            self.closure_body(&c.body, c.value_only);
            self.capture_effects(c, n);
            if deferred {
                self.line(&format!("fmt.Println(\"cl{n}\", v, {cv}{reads})"));
            } else {
                self.line(&format!("return v + {cv}{reads}"));
            }
        }
        self.indent -= 1;
        let tail = match &c.how {
            CallHow::Immediate(e) | CallHow::DeferDirect(e, _) => format!("}}({})", self.expr(e)),
            _ => "}".into(),
        };
        self.line(&tail);
        if let CapMode::SetAfter(e) = &c.mode {
            let l = format!("{cv} += {}", self.expr(e));
            self.line(&l);
        }
        match &c.how {
            CallHow::Stored(e) | CallHow::Nested(e) => {
                let l = format!("r += fn{n}({})", self.expr(e));
                self.line(&l);
                self.line(&format!("fmt.Println(\"again{n}\", fn{n}(1), {cv})"));
            }
            CallHow::DeferVar(e, _) => {
                let l = format!("defer fn{n}({})", self.expr(e));
                self.line(&l);
            }
            _ => {}
        }
        if let CapExtra::StructWrite(_) = c.extra {
            self.line(&format!("fmt.Println(\"st{n}\", st{n}, {cv})"));
        } else if let CapExtra::Narrow(..) = c.extra {
            self.line(&format!("fmt.Println(\"ns{n}\", ns{n}, {cv})"));
        } else {
            self.line(&format!("fmt.Println(\"c{n}\", {cv})"));
        }
        self.caps.pop();
        self.indent -= 1;
        self.line("}");
    }

    fn loop_capture(&mut self, c: &LoopCapture) {
        let n = self.fresh();
        let cv = format!("c{n}");
        self.line("{");
        self.indent += 1;
        if c.defer.is_none() {
            self.line(&format!("var fs{n} []func() int"));
        }
        let (head, var, uses) = if c.range {
            let elems: Vec<String> = (0..c.n).map(|k| (k as i32 * 7 - 3).to_string()).collect();
            (
                format!("for i, rv{n} := range []int{{{}}} {{", elems.join(", ")),
                format!("rv{n}"),
                format!("i*100 + rv{n}*10 + {cv}"),
            )
        } else {
            (
                format!("for i := 0; i < {}; i++ {{", c.n),
                "i".to_string(),
                format!("i*100 + {cv}"),
            )
        };
        self.line(&head);
        self.loops += 1;
        self.indent += 1;
        let l = format!("{cv} := {}", self.expr(&c.init));
        self.line(&l);
        self.caps.push(cv.clone());
        let inside = matches!(c.bump, LoopBump::Inside);
        match &c.defer {
            Some(rec) => {
                self.line("defer func(w int) {");
                self.indent += 1;
                let was = std::mem::replace(&mut self.value_only, c.value_only);
                self.recover_use(rec);
                self.value_only = was;
                if inside {
                    self.line(&format!("{var}++"));
                }
                self.closure_body(&c.body, c.value_only);
                self.line(&format!("fmt.Println(\"ld{n}\", w, {uses})"));
                self.indent -= 1;
                let l = format!("}}({})", self.expr(&c.arg));
                self.line(&l);
            }
            None => {
                self.line(&format!("fs{n} = append(fs{n}, func() int {{"));
                self.indent += 1;
                if inside {
                    self.line(&format!("{var}++"));
                }
                self.closure_body(&c.body, c.value_only);
                self.line(&format!("return {uses}"));
                self.indent -= 1;
                self.line("})");
            }
        }
        match c.bump {
            LoopBump::After => self.line(&format!(
                "if i%2 == 0 {{\n{}\t{var}++\n{0}}}",
                "\t".repeat(self.indent)
            )),
            LoopBump::Now => self.line(&format!("r += func() int {{ {var}++; return {var} }}()")),
            _ => {}
        }
        self.caps.pop();
        self.indent -= 1;
        self.loops -= 1;
        self.line("}");
        if c.defer.is_none() {
            self.line(&format!("for _, f := range fs{n} {{"));
            self.line(&format!("\tfmt.Println(\"lc{n}\", f(), f())"));
            self.line("}");
        }
        self.indent -= 1;
        self.line("}");
    }

    /// The locals and loop of a hot function `name`.
    fn hot(&mut self, name: &str, h: &HotLoop) {
        self.line("t := b");
        self.line(&format!("s := make([]int, {})", h.slice_len.max(1)));
        self.line("p := Pt{a, b}");
        self.line("var q []*Pt");
        self.line("w := \"\"");
        let narrow = h.body.iter().any(HotStmt::uses_narrow);
        if narrow {
            let n = h.slice_len.max(1);
            for (name, ty) in NARROW_SLICES {
                self.line(&format!("{name} := make([]{ty}, {n})"));
            }
            self.line(&format!("nqs := make([]NQ, {n})"));
            self.line(
                "nq := NQ{a: int8(a), b: uint16(b), c: a > b, d: float32(a) / 3, e: int32(b)}",
            );
            self.line("pn := &nqs[0]");
        }
        let long = !h.range && h.iters >= LONG_LOOP;
        if long {
            self.line("// long loop");
        }
        if h.range {
            self.line("for i := range s {");
            self.line("\ts[i] += i");
        } else {
            self.line(&format!("for i := 0; i < {}; i++ {{", h.iters));
        }
        self.loops += 1;
        self.long = long;
        self.hot_block(&h.body);
        self.long = false;
        self.loops -= 1;
        self.line("}");
        self.line(&format!(
            "fmt.Println(\"{name}\", len(s), s[len(s)-1], t, p, len(q), ptsSum(q), w)"
        ));
        if narrow {
            self.line(&format!(
                "fmt.Println(\"{name}n\", n8, n16, n32, nf, nb, nq, *pn, nqs)"
            ));
        }
        self.line("r += t + x%7 + len(s)");
    }

    /// `e` as an operand of a conversion to a narrow type (made
    /// non-constant, as a constant must be representable).
    fn nexpr(&self, e: &Expr) -> String {
        if e.is_const() {
            format!("(a - a + {})", self.expr(e))
        } else {
            self.expr(e)
        }
    }

    fn narrow_stmt(&mut self, op: &NarrowOp) {
        let slice = |t: NarrowTy| NARROW_SLICES[t as usize];
        match op {
            NarrowOp::Write(t, k, e) => {
                let ((n, ty), v) = (slice(*t), self.nexpr(e));
                let l = match t {
                    NarrowTy::Bool => {
                        format!("{n}[(i+{k})%len({n})] = {n}[(i+{k}+1)%len({n})] != ({v}%3 == 0)")
                    }
                    NarrowTy::F32 => format!("{n}[(i+{k})%len({n})] += {ty}({v}) / 8"),
                    _ => format!("{n}[(i+{k})%len({n})] += {ty}({v})"),
                };
                self.line(&l);
            }
            NarrowOp::Read(t, k) => {
                let (n, _) = slice(*t);
                let l = match t {
                    NarrowTy::Bool => format!("if {n}[(i+{k})%len({n})] {{ r++ }}"),
                    NarrowTy::F32 => format!("if {n}[(i+{k})%len({n})] > 1 {{ r-- }}"),
                    _ => format!("r += int({n}[(i+{k})%len({n})])"),
                };
                self.line(&l);
            }
            NarrowOp::Append(t, e) => {
                let ((n, ty), v) = (slice(*t), self.nexpr(e));
                let l = match t {
                    NarrowTy::Bool => format!("{n} = append({n}, {v}%2 == 0)"),
                    _ => format!("{n} = append({n}, {ty}({v}))"),
                };
                self.line(&l);
                self.line(&format!("if len({n}) > 40 {{"));
                self.line(&format!("\t{n} = {n}[len({n})-8:]"));
                self.line("}");
            }
            NarrowOp::Copy(t, k) => {
                let (n, _) = slice(*t);
                self.line(&format!("copy({n}[{k}%len({n}):], {n})"));
            }
            NarrowOp::Field(f, via_ptr, e) => {
                let (x, v) = (if *via_ptr { "pn" } else { "nq" }, self.nexpr(e));
                let l = match f % 6 {
                    0 => format!("{x}.a += int8({v})"),
                    1 => format!("{x}.b -= uint16({v})"),
                    2 => format!("{x}.c = {x}.c != ({v} > 0)"),
                    3 => format!("{x}.d += float32({v}) / 4"),
                    4 => format!("{x}.e ^= int32({v})"),
                    _ => format!("{x}.f[i%3] += int8({v})"),
                };
                self.line(&l);
            }
            NarrowOp::Swap(k) => self.line(&format!(
                "nqs[(i+{k})%len(nqs)], nq = nq, nqs[(i+{k}+1)%len(nqs)]"
            )),
            NarrowOp::Repoint(k) => self.line(&format!("pn = &nqs[(i+{k})%len(nqs)]")),
            NarrowOp::AppendStruct => {
                self.line("nqs = append(nqs, nq)");
                self.line("if len(nqs) > 20 {");
                self.line("\tnqs = nqs[len(nqs)-4:]");
                self.line("}");
            }
        }
    }

    fn hot_block(&mut self, stmts: &[HotStmt]) {
        self.indent += 1;
        for s in stmts {
            self.hot_stmt(s);
        }
        self.indent -= 1;
    }

    /// `l`, run only every few hundred iterations in a long loop.
    fn guarded(&mut self, l: &str) {
        if self.long {
            self.line("if i%700 == 3 {");
            self.line(&format!("\t{l}"));
            self.line("}");
        } else {
            self.line(l);
        }
    }

    fn hot_stmt(&mut self, s: &HotStmt) {
        match s {
            HotStmt::SliceWrite(k, e) => {
                let l = format!("s[(i+{k})%len(s)] += {}", self.expr(e));
                self.line(&l);
            }
            HotStmt::SliceRead(k) => self.line(&format!("r += s[(i+{k})%len(s)]")),
            HotStmt::Append(e) => {
                let l = format!("s = append(s, {})", self.expr(e));
                self.line(&l);
            }
            HotStmt::StructStep(e) => {
                let l = format!("p = Pt{{p.y, p.x + {}}}", self.expr(e));
                self.line(&l);
            }
            HotStmt::Field(false, e) => {
                let l = format!("p.x += {}", self.expr(e));
                self.line(&l);
            }
            HotStmt::Field(true, e) => {
                let l = format!("r += psum(p) + {}", self.expr(e));
                self.line(&l);
            }
            HotStmt::Local(false, e) => {
                let l = format!("t += {}", self.expr(e));
                self.line(&l);
            }
            HotStmt::Local(true, e) => {
                let l = format!("x ^= {}", self.expr(e));
                self.line(&l);
            }
            HotStmt::Call(f, x, y) => {
                let l = match self.callee(*f) {
                    Some(j) => {
                        format!("r += {}({}, {})", self.names[j], self.expr(x), self.expr(y))
                    }
                    None => format!("r -= {}", self.expr(x)),
                };
                self.guarded(&l);
            }
            HotStmt::Helper(e) => {
                let l = format!("r += sq({})", self.expr(e));
                self.line(&l);
            }
            HotStmt::IdxAt(t) => self.line(&format!("r += s[(i/{t})*len(s)+i%len(s)]")),
            HotStmt::IdxExpr(e) => {
                let l = format!("r += s[({})%len(s)]", self.expr(e));
                self.line(&l);
            }
            HotStmt::DivAt(t) => self.line(&format!("r += a / ({t} - i)")),
            HotStmt::DivExpr(e) => {
                let l = format!("if d := {}; true {{", self.expr(e));
                self.line(&l);
                self.line("\tr += i / d");
                self.line("}");
            }
            HotStmt::NilMapAt(t) => {
                self.line(&format!("if i == {t} {{"));
                self.line("\tvar m map[int]int");
                self.line("\tm[i] = r");
                self.line("}");
            }
            HotStmt::Print(t, e) => {
                let l = format!("fmt.Println(\"l{t}\", {})", self.expr(e));
                self.guarded(&l);
            }
            HotStmt::PtrAppend(e) => {
                let l = format!("q = append(q, &Pt{{i, {}}})", self.expr(e));
                self.line(&l);
                self.line("if len(q) > 40 {");
                self.line("\tq = q[len(q)-8:]");
                self.line("}");
            }
            HotStmt::StrCat(e) => {
                self.line("if len(w) > 30 {");
                self.line("\tw = w[len(w)-10:]");
                self.line("}");
                let l = format!("w += strconv.Itoa({})", self.expr(e));
                self.line(&l);
            }
            HotStmt::If(c, b) => {
                let l = format!("if {} {{", self.cond(c));
                self.line(&l);
                self.hot_block(b);
                self.line("}");
            }
            HotStmt::Inner(n, b) => {
                self.line(&format!("for i := 0; i < {n}; i++ {{"));
                self.hot_block(b);
                self.line("}");
            }
            HotStmt::Narrow(op) => self.narrow_stmt(op),
        }
    }

    /// `r = val` at `extra` more levels of indentation (a print when
    /// rendering a value-only closure).
    fn set_r(&mut self, val: &str, extra: usize) {
        self.indent += extra;
        let l = if self.value_only {
            format!("fmt.Println(\"set\", {val})")
        } else {
            format!("r = {val}")
        };
        self.line(&l);
        self.indent -= extra;
    }

    /// How a deferred closure starts: its use of `recover`.
    fn recover_use(&mut self, rec: &RecoverUse) {
        match rec {
            RecoverUse::None => {}
            RecoverUse::Print => self.line("fmt.Println(\"rec\", recover())"),
            RecoverUse::IfSet(k) => {
                self.line("if e := recover(); e != nil {");
                let l = format!("\tfmt.Println(\"recovered f{}:\", e)", self.func);
                self.line(&l);
                self.set_r(&format!("{k}"), 1);
                self.line("}");
            }
            RecoverUse::Indirect => self.line("helperRecover()"),
            RecoverUse::RepanicSame => {
                self.line("if e := recover(); e != nil {");
                let l = format!("\tfmt.Println(\"repanic f{}:\", e)", self.func);
                self.line(&l);
                self.line("\tpanic(e)");
                self.line("}");
            }
            RecoverUse::TypeSwitch => {
                self.line("switch v := recover().(type) {");
                self.line("case nil:");
                self.line("case int:");
                self.set_r("v + 1", 1);
                self.line("case string:");
                self.set_r("len(v)", 1);
                self.line("case Code:");
                self.set_r("int(v) * 3", 1);
                self.line("case error:");
                self.line("\tfmt.Println(\"error:\", v.Error())");
                self.line("default:");
                self.line("\tfmt.Println(\"other:\", v)");
                self.line("}");
            }
            RecoverUse::Repanic => {
                self.line("if e := recover(); e != nil {");
                self.line("\tpanic(fmt.Sprint(\"re: \", e))");
                self.line("}");
            }
        }
    }

    fn defer(&mut self, d: &Defer) {
        match d {
            Defer::Closure(rec, body) => {
                self.line("defer func() {");
                self.indent += 1;
                self.recover_use(rec);
                let was = std::mem::replace(&mut self.in_closure, true);
                for s in body {
                    self.stmt(s);
                }
                self.in_closure = was;
                self.indent -= 1;
                self.line("}()");
            }
            Defer::Args(t, e) => {
                let l = format!("defer show(\"d{t}\", {})", self.expr(e));
                self.line(&l)
            }
            Defer::Recoverer => self.line("defer recoverer()"),
            Defer::HelperDirect => self.line("defer helperRecover()"),
            Defer::Println(t, e) => {
                let l = format!("defer fmt.Println(\"dp{t}\", {})", self.expr(e));
                self.line(&l)
            }
            Defer::ClosureArg(e, body) => {
                self.line("defer func(v int) {");
                self.indent += 1;
                let l = format!("fmt.Println(\"arg f{}\", v, r, x)", self.func);
                self.line(&l);
                let was = std::mem::replace(&mut self.in_closure, true);
                for s in body {
                    self.stmt(s);
                }
                self.in_closure = was;
                self.line("r += v");
                self.indent -= 1;
                let l = format!("}}({})", self.expr(e));
                self.line(&l);
            }
            Defer::Nested(p) => {
                self.line("defer func() {");
                self.line("\tdefer func() { fmt.Println(\"inner\", recover()) }()");
                let l = format!("\t{}", self.panic_val(p));
                self.line(&l);
                self.line("}()");
            }
            Defer::Method(e) => {
                let l = format!("defer MyErr{{{}}}.Show()", self.expr(e));
                self.line(&l)
            }
            Defer::BuiltinRecover(false) => self.line("defer recover()"),
            Defer::BuiltinRecover(true) => self.line("defer func() { defer recover() }()"),
            Defer::HeapArg(k, n, e) => {
                let t = self.fresh();
                let l = format!(
                    "defer func(h {}) {{ fmt.Println(\"dh{t}\", {}, {}) }}({})",
                    k.ty(),
                    k.show("h"),
                    k.sum("h"),
                    k.make(*n, &self.expr(e))
                );
                self.line(&l)
            }
            Defer::HeapMethod(k, n, e) => {
                let l = format!("defer (&{}).Show()", k.heap_err(*n, &self.expr(e)));
                self.line(&l)
            }
        }
    }
}

/// Renders a program as Go source.
pub fn render(p: &ProgSpec) -> String {
    let mut out = String::new();
    let n = p.funcs.len();
    let names: Vec<String> = (p.funcs.iter().enumerate())
        .map(|(k, f)| {
            let prefix = match (f.pure, &f.hot) {
                (_, Some(_)) => "h",
                (true, None) => "g",
                (false, None) => "f",
            };
            format!("{prefix}{k}")
        })
        .collect();
    for (k, func) in p.funcs.iter().enumerate() {
        let (name, body) = (&names[k], &func.body);
        let _ = writeln!(
            out,
            "\nfunc {name}(a int, b int) (r int) {{\n\tx := a * 2\n\t_ = x"
        );
        let mut cx = Ctx {
            out: &mut out,
            names: &names,
            func: k,
            nfuncs: n,
            loops: 0,
            indent: 1,
            in_closure: false,
            caps: Vec::new(),
            next: 0,
            value_only: false,
            long: false,
        };
        if let Some(h) = &func.hot {
            cx.hot(name, h);
        }
        for s in body {
            cx.stmt(s);
        }
        cx.line("return");
        out.push_str("}\n");
    }
    out.push_str("\nfunc main() {\n");
    out.push_str(match p.main_defer {
        MainDefer::None => "",
        MainDefer::Print => "\tdefer fmt.Println(\"main deferred\")\n",
        MainDefer::Recover => "\tdefer func() { fmt.Println(\"main rec\", recover()) }()\n",
        MainDefer::Repanic => {
            "\tdefer func() {\n\t\tif e := recover(); e != nil {\n\t\t\tpanic(fmt.Sprint(\"main: \", e))\n\t\t}\n\t}()\n"
        }
    });
    for (i, c) in p.main.iter().enumerate() {
        let f = &names[c.func % n];
        let (x, y) = c.args;
        if c.protected {
            let _ = writeln!(
                out,
                "\tprotect(\"call{i}\", func() int {{ return {f}({x}, {y}) }})"
            );
        } else {
            let _ = writeln!(out, "\tfmt.Println(\"call{i}\", {f}({x}, {y}))");
        }
    }
    out.push_str("}\n");
    prelude_for(&out) + &out
}

/// The parts of [`PRELUDE`] (its blank-line separated declarations) that
/// `body` needs: the package clause, the imports and unnamed parts, and
/// every declaration named in `body` or in a part already taken (methods
/// go with their receiver's type). Smaller programs compile faster and
/// read better in failure reports.
fn prelude_for(body: &str) -> String {
    let parts: Vec<&str> = PRELUDE.split("\n\n").collect();
    let names: Vec<Vec<&str>> = parts.iter().map(|p| decl_names(p)).collect();
    let mut wanted = idents(body);
    let mut taken = vec![false; parts.len()];
    loop {
        let mut more = false;
        for (i, part) in parts.iter().enumerate() {
            let always = names[i].is_empty() || names[i].contains(&"_");
            if !taken[i] && (always || names[i].iter().any(|n| wanted.contains(n))) {
                taken[i] = true;
                more = true;
                wanted.extend(idents(part));
            }
        }
        if !more {
            break;
        }
    }
    let kept: Vec<&str> = (parts.iter().zip(&taken))
        .filter(|(_, &t)| t)
        .map(|(p, _)| *p)
        .collect();
    kept.join("\n\n")
}

/// The names a prelude part declares (its receiver type for a method).
fn decl_names(part: &str) -> Vec<&str> {
    let Some(line) = part.lines().find(|l| !l.starts_with("//")) else {
        return Vec::new();
    };
    if let Some(rest) = line.strip_prefix("func (") {
        let recv = rest.split(')').next().unwrap_or("");
        let ty = recv.split_whitespace().last().unwrap_or("");
        return vec![ty.trim_start_matches('*')];
    }
    let Some(rest) = ["func ", "type ", "var "]
        .iter()
        .find_map(|kw| line.strip_prefix(kw))
    else {
        return Vec::new();
    };
    let names = rest.split(['=', '(']).next().unwrap_or("");
    (names.split(','))
        .filter_map(|n| n.split_whitespace().next())
        .collect()
}

/// The identifiers in Go source `text`.
fn idents(text: &str) -> std::collections::HashSet<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_'))
        .collect()
}

// ------------------------------------------------------------------- running

/// What one run produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Exact stdout (lossless text).
    pub stdout: String,
    /// Stderr up to the goroutine trace, filtered like the conformance
    /// expectations (or the compile errors / a timeout note).
    pub stderr_filtered: String,
    /// Exit status (2 after an unrecovered panic, 1 for compile errors,
    /// -1 for a timeout).
    pub exit_code: i32,
}

/// Whether `o` is a compile failure (a generator bug, or gust rejecting
/// valid Go).
fn is_compile_error(o: &Outcome) -> bool {
    o.exit_code == 1 && o.stderr_filtered.starts_with("compile error:")
}

/// Runs `src` with gust in `mode`, on a thread with a generous stack and
/// a 10 s timeout.
pub fn run_case(src: &str, mode: JitMode) -> Outcome {
    run_with(src, Engine::new().jit(mode))
}

/// Runs `src` with `engine` as [`run_case`] does.
pub fn run_with(src: &str, engine: Engine) -> Outcome {
    run_limited(src, engine, 10)
}

/// Seconds a run may take under the collector's stress mode, which
/// marks the whole heap at every safepoint.
const STRESS_TIMEOUT: u64 = 40;

/// [`run_with`] with a timeout of `secs`.
fn run_limited(src: &str, engine: Engine, secs: u64) -> Outcome {
    let src = src.to_string();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let _ = tx.send(run_inline(&src, engine));
        });
    if let Err(e) = spawned {
        return Outcome {
            stdout: String::new(),
            stderr_filtered: format!("spawn failed: {e}"),
            exit_code: -1,
        };
    }
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(o) => o,
        Err(mpsc::RecvTimeoutError::Timeout) => Outcome {
            stdout: String::new(),
            stderr_filtered: format!("timed out after {secs}s"),
            exit_code: -1,
        },
        Err(mpsc::RecvTimeoutError::Disconnected) => Outcome {
            stdout: String::new(),
            stderr_filtered: "gust crashed (Rust panic)".into(),
            exit_code: -2,
        },
    }
}

fn run_inline(src: &str, engine: Engine) -> Outcome {
    let prog = match engine.compile("./fuzz.go", src) {
        Ok(p) => p,
        Err(e) => {
            return Outcome {
                stdout: String::new(),
                stderr_filtered: format!("compile error:\n{e}\n"),
                exit_code: 1,
            }
        }
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = match engine.run_with_output(&prog, &[], &mut out, &mut err) {
        Ok(c) => c,
        Err(Error::Panic(_) | Error::OutOfMemory) => 2,
        Err(e) => {
            err.extend_from_slice(e.to_string().as_bytes());
            1
        }
    };
    Outcome {
        stdout: lossless(&out),
        stderr_filtered: filter_stderr(&lossless(&err)),
        exit_code: code,
    }
}

/// A readable description of how `got` differs from `want`, or `None`.
pub fn describe_diff(
    want_name: &str,
    want: &Outcome,
    got_name: &str,
    got: &Outcome,
) -> Option<String> {
    if want == got {
        return None;
    }
    let mut msg = format!("(-{want_name} +{got_name})\n");
    if want.exit_code != got.exit_code {
        let _ = writeln!(
            msg,
            "exit code: {want_name} {}, {got_name} {}",
            want.exit_code, got.exit_code
        );
    }
    if want.stdout != got.stdout {
        let _ = write!(msg, "stdout differs:\n{}", diff(&want.stdout, &got.stdout));
    }
    if want.stderr_filtered != got.stderr_filtered {
        let _ = write!(
            msg,
            "stderr differs:\n{}",
            diff(&want.stderr_filtered, &got.stderr_filtered)
        );
    }
    Some(msg)
}

/// Calls after which the fuzzer's mixed mode compiles a function: early
/// enough that native and interpreted activations of one function meet in
/// the same panic (records and deferBits in one chain) and loops switch
/// tiers mid-frame.
pub const MIXED_HOT_CALLS: u32 = 2;

/// Runs `src` with the interpreter, with the JIT on every function, with
/// tiers mixed (`MIXED_HOT_CALLS`) and, when it has a long hot loop, with
/// `--jit=auto`'s default threshold; `Err` holds a readable diff (or the
/// compile error, which is a generator bug).
pub fn check_equivalent(src: &str) -> Result<Outcome, String> {
    let off = baseline(src)?;
    compare_tiers(src, &off, &variants(src)[1..], 0)?;
    Ok(off)
}

/// The unstressed interpreter's outcome; `Err` if gust rejects `src`.
fn baseline(src: &str) -> Result<Outcome, String> {
    let off = run_with(src, Engine::new().jit(JitMode::Off).gc_stress(0));
    if is_compile_error(&off) {
        return Err(format!(
            "gust rejected the program:\n{}",
            off.stderr_filtered
        ));
    }
    Ok(off)
}

/// The engines the fuzzer compares, by name: the interpreter first, the
/// JIT on every function, tiers mixed (`MIXED_HOT_CALLS`) and, when
/// `src` has a long hot loop, `--jit=auto`'s default threshold (the loop
/// reaches it mid-loop, so the switch happens by on-stack replacement
/// deep into the loop, as for users).
fn variants(src: &str) -> Vec<(&'static str, Engine)> {
    let mut v = vec![
        ("off", Engine::new().jit(JitMode::Off)),
        ("always", Engine::new().jit(JitMode::Always)),
        (
            "mixed",
            Engine::new().jit(JitMode::Auto).hot_calls(MIXED_HOT_CALLS),
        ),
    ];
    if src.contains("// long loop") {
        v.push(("auto", Engine::new().jit(JitMode::Auto)));
    }
    v
}

/// Runs `src` with each of `engines` under the collector's stress mode
/// `stress` (0: off, whatever `GUST_GCSTRESS` says) and compares each
/// with `want`.
fn compare_tiers(
    src: &str,
    want: &Outcome,
    engines: &[(&'static str, Engine)],
    stress: u32,
) -> Result<(), String> {
    for (name, engine) in engines {
        let secs = if stress > 0 { STRESS_TIMEOUT } else { 10 };
        let got = run_limited(src, engine.clone().gc_stress(stress), secs);
        let name = match stress {
            0 => name.to_string(),
            n => format!("{name}+gcstress={n}"),
        };
        if let Some(d) = describe_diff("off", want, &name, &got) {
            return Err(d);
        }
    }
    Ok(())
}

/// The collector's stress test of `src`: the interpreter, the JIT and
/// mixed tiers (as [`check_equivalent`]), each collecting at every
/// `n`-th safepoint, must all behave as the unstressed interpreter.
pub fn check_gc_stress(src: &str, n: u32) -> Result<Outcome, String> {
    let off = baseline(src)?;
    compare_tiers(src, &off, &variants(src), n.max(1))?;
    Ok(off)
}

/// How many of the program's own functions (`main.*`, closures included)
/// the JIT takes, and with lazy frame headers.
#[derive(Clone, Copy, Debug, Default)]
pub struct Coverage {
    /// Functions the baseline compiler takes (`gust_jit::compilable`).
    pub eligible: usize,
    /// Of those, the ones whose calls push no frame header
    /// (`gust_jit::lazy_funcs`).
    pub lazy: usize,
    /// All of the program's own functions.
    pub total: usize,
}

impl std::ops::AddAssign for Coverage {
    fn add_assign(&mut self, o: Coverage) {
        self.eligible += o.eligible;
        self.lazy += o.lazy;
        self.total += o.total;
    }
}

/// The JIT's [`Coverage`] of `src` (all zero if it does not compile).
pub fn jit_coverage(src: &str) -> Coverage {
    let Ok(prog) = gust_frontend::compile::compile("./fuzz.go", src) else {
        return Coverage::default();
    };
    let lazy = gust_jit::lazy_funcs(&prog);
    let mut c = Coverage::default();
    for (i, &is_lazy) in lazy.iter().enumerate() {
        let f = gust_vm::types::FuncId(i as u32);
        if !prog.func(f).name.starts_with("main.") {
            continue;
        }
        c.total += 1;
        if gust_jit::compilable(&prog, f).is_ok() {
            c.eligible += 1;
            c.lazy += is_lazy as usize;
        }
    }
    c
}

/// Builds `src` with real Go in `dir` and runs it (10 s timeout); `None`
/// when `go` cannot be run.
pub fn run_go(src: &str, dir: &Path) -> Option<Outcome> {
    std::fs::create_dir_all(dir).ok()?;
    let file = dir.join("fuzz.go");
    let bin = dir.join("fuzzbin");
    std::fs::write(&file, src).ok()?;
    let build = Command::new("go")
        .env("GOTOOLCHAIN", "local")
        .arg("build")
        .arg("-o")
        .arg(&bin)
        .arg("fuzz.go")
        .current_dir(dir)
        .output()
        .ok()?;
    if !build.status.success() {
        return Some(Outcome {
            stdout: String::new(),
            stderr_filtered: format!("compile error:\n{}", lossless(&build.stderr)),
            exit_code: 1,
        });
    }
    let out = Command::new("timeout").arg("10").arg(&bin).output().ok()?;
    Some(Outcome {
        stdout: lossless(&out.stdout),
        stderr_filtered: filter_stderr(&lossless(&out.stderr)),
        exit_code: out.status.code().unwrap_or(-1),
    })
}

/// Whether `go` is on PATH.
pub fn go_available() -> bool {
    Command::new("go")
        .arg("version")
        .env("GOTOOLCHAIN", "local")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Compares gust's interpreter with real Go on `src`; `Ok(None)` when Go
/// is unavailable.
pub fn check_against_go(src: &str, dir: &Path) -> Result<Option<()>, String> {
    let Some(go) = run_go(src, dir) else {
        return Ok(None);
    };
    if is_compile_error(&go) {
        return Err(format!("go rejected the program:\n{}", go.stderr_filtered));
    }
    let gust = run_with(src, Engine::new().jit(JitMode::Off).gc_stress(0));
    match describe_diff("go", &go, "gust", &gust) {
        None => Ok(Some(())),
        Some(d) => Err(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    #[test]
    fn debug_prints_go_source() {
        let mut runner = TestRunner::deterministic();
        let p = program_strategy().new_tree(&mut runner).unwrap().current();
        let shown = format!("{p:?}");
        assert!(shown.starts_with("Go program:\npackage main\n"));
        assert!(shown.contains("0(a int, b int) (r int) {"));
        assert!(shown.contains("func main() {"));
    }

    #[test]
    fn prelude_parts_are_whole_declarations() {
        for part in PRELUDE.split("\n\n") {
            let opens = part.matches('{').count() + part.matches('(').count();
            let closes = part.matches('}').count() + part.matches(')').count();
            assert_eq!(opens, closes, "{part}");
        }
        let p = prelude_for("func main() { fmt.Println(mkPts(1, 2)) }");
        assert!(
            p.contains("func mkPts(") && p.contains("func churn("),
            "{p}"
        );
        assert!(
            p.contains("type Node struct") && p.contains("type Pt struct"),
            "{p}"
        );
        assert!(!p.contains("func mkList(") && !p.contains("HeapErr"), "{p}");
        assert!(p.contains("var _, _, _ = errors.New"), "{p}");
        let p = prelude_for("panic(MyErr{1})");
        assert!(p.contains("func (e MyErr) Error()"), "{p}");
    }

    #[test]
    fn diff_names_the_differences() {
        let a = Outcome {
            stdout: "1\n2\n".into(),
            stderr_filtered: String::new(),
            exit_code: 0,
        };
        let b = Outcome {
            stdout: "1\n3\n".into(),
            stderr_filtered: "panic: x\n".into(),
            exit_code: 2,
        };
        assert_eq!(describe_diff("off", &a, "always", &a), None);
        let d = describe_diff("off", &a, "always", &b).unwrap();
        assert!(d.contains("exit code: off 0, always 2"), "{d}");
        assert!(d.contains("-2") && d.contains("+3"), "{d}");
        assert!(d.contains("+panic: x"), "{d}");
    }

    #[test]
    fn rejected_programs_are_failures() {
        let e = check_equivalent("package main\n\nfunc main() { x := 1 }\n").unwrap_err();
        assert!(e.contains("gust rejected the program"), "{e}");
    }
}
