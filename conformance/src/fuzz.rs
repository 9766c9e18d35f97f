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
//! Programs are type-correct by construction: every variable is an `int`
//! (`a`, `b` parameters, the named result `r`, loop counters `i`), each
//! function `fK` only calls `fJ` with `J > K` (no recursion except the
//! bounded `deep` helper), and loops are bounded by small constants.

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
    /// Its statements.
    pub body: Vec<Stmt>,
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
    /// A local `x`, captured by reference by deferred closures.
    X,
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
}

// ---------------------------------------------------------------- strategies

fn var_strategy() -> impl Strategy<Value = Var> {
    prop_oneof![
        Just(Var::A),
        Just(Var::B),
        Just(Var::R),
        Just(Var::I),
        Just(Var::X),
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
        expr_strategy().prop_map(PanicVal::Int),
        any::<u8>().prop_map(PanicVal::Str),
        any::<u8>().prop_map(PanicVal::ErrorsNew),
        expr_strategy().prop_map(PanicVal::Errorf),
        expr_strategy().prop_map(PanicVal::MyErr),
        (expr_strategy(), expr_strategy()).prop_map(|(a, b)| PanicVal::Pt(a, b)),
        expr_strategy().prop_map(PanicVal::Code),
        cond_strategy().prop_map(PanicVal::Bool),
        Just(PanicVal::Nil),
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
    ]
}

fn stmt_strategy() -> impl Strategy<Value = Stmt> {
    let leaf = prop_oneof![
        16 => (any::<u8>(), expr_strategy()).prop_map(|(t, e)| Stmt::Print(t, e)),
        12 => (any::<bool>(), expr_strategy()).prop_map(|(s, e)| Stmt::Assign(s, e)),
        8 => expr_strategy().prop_map(Stmt::SetX),
        12 => (any::<usize>(), expr_strategy(), expr_strategy()).prop_map(|(f, a, b)| Stmt::Call(f, a, b)),
        4 => (0u8..6, cond_strategy()).prop_map(|(n, c)| Stmt::Deep(n, c)),
        8 => (prop::option::weighted(0.8, cond_strategy()), panic_strategy())
            .prop_map(|(c, p)| Stmt::Panic(c, p)),
        8 => rt_strategy().prop_map(Stmt::Rt),
        24 => defer_strategy().prop_map(Stmt::Defer),
        4 => (cond_strategy(), prop::option::of(expr_strategy())).prop_map(|(c, e)| Stmt::Return(c, e)),
        // Rare: runtime.Goexit ends the whole program.
        1 => cond_strategy().prop_map(Stmt::Goexit),
    ];
    leaf.prop_recursive(2, 12, 3, |inner| {
        let block = prop::collection::vec(inner, 0..3);
        prop_oneof![
            (cond_strategy(), block.clone(), block.clone()).prop_map(|(c, t, e)| Stmt::If(c, t, e)),
            (0u8..4, block.clone()).prop_map(|(n, b)| Stmt::For(n, b)),
            (expr_strategy(), block.clone(), block).prop_map(|(e, x, y)| Stmt::Switch(e, x, y)),
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

fn func_strategy() -> impl Strategy<Value = Func> {
    prop_oneof![
        2 => prop::collection::vec(stmt_strategy(), 1..6).prop_map(|body| Func { pure: false, body }),
        1 => prop::collection::vec(pure_stmt_strategy(), 1..6).prop_map(|body| Func { pure: true, body }),
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
)

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

func (e MyErr) Show() { fmt.Println("show", e.code) }

type Pt struct{ x, y int }

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

func protect(name string, f func() int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panicked:", e)
		}
	}()
	fmt.Println(name, "=", f())
}

func goexit() { runtime.Goexit() }

var big0, big1, big2 = 1 << 62, -1 << 63, 9223372036854775807

var _ = errors.New
"#;

struct Ctx<'a> {
    out: &'a mut String,
    names: &'a [String],
    func: usize,
    nfuncs: usize,
    loops: usize,
    indent: usize,
    /// Inside a deferred closure: no `return x`.
    in_closure: bool,
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
                Var::R => "r".into(),
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
            Stmt::SetX(e) => {
                let l = format!("x += {}", self.expr(e));
                self.line(&l)
            }
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
        }
    }

    fn defer(&mut self, d: &Defer) {
        match d {
            Defer::Closure(rec, body) => {
                self.line("defer func() {");
                self.indent += 1;
                match rec {
                    RecoverUse::None => {}
                    RecoverUse::Print => self.line("fmt.Println(\"rec\", recover())"),
                    RecoverUse::IfSet(k) => {
                        self.line("if e := recover(); e != nil {");
                        let l = format!("\tfmt.Println(\"recovered f{}:\", e)", self.func);
                        self.line(&l);
                        let l = format!("\tr = {k}");
                        self.line(&l);
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
                        self.line("\tr = v + 1");
                        self.line("case string:");
                        self.line("\tr = len(v)");
                        self.line("case Code:");
                        self.line("\tr = int(v) * 3");
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
        }
    }
}

/// Renders a program as Go source.
pub fn render(p: &ProgSpec) -> String {
    let mut out = String::from(PRELUDE);
    let n = p.funcs.len();
    let names: Vec<String> = (p.funcs.iter().enumerate())
        .map(|(k, f)| format!("{}{k}", if f.pure { "g" } else { "f" }))
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
        };
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
    out
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
    match rx.recv_timeout(Duration::from_secs(10)) {
        Ok(o) => o,
        Err(mpsc::RecvTimeoutError::Timeout) => Outcome {
            stdout: String::new(),
            stderr_filtered: "timed out after 10s".into(),
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
        Err(Error::Panic(_)) => 2,
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

/// Runs `src` with the interpreter, with the JIT on every function, and
/// with tiers mixed (`MIXED_HOT_CALLS`); `Err` holds a readable diff (or
/// the compile error, which is a generator bug).
pub fn check_equivalent(src: &str) -> Result<Outcome, String> {
    let off = run_case(src, JitMode::Off);
    if is_compile_error(&off) {
        return Err(format!(
            "gust rejected the program:\n{}",
            off.stderr_filtered
        ));
    }
    let always = run_case(src, JitMode::Always);
    if let Some(d) = describe_diff("off", &off, "always", &always) {
        return Err(d);
    }
    let mixed = run_with(
        src,
        Engine::new().jit(JitMode::Auto).hot_calls(MIXED_HOT_CALLS),
    );
    match describe_diff("off", &off, "mixed", &mixed) {
        None => Ok(off),
        Some(d) => Err(d),
    }
}

/// How many of the program's own functions (`main.*`, closures included)
/// the JIT's baseline compiler takes (`gust_jit::compilable`). Returns
/// `(eligible, total)`; `(0, 0)` if the program does not compile.
pub fn jit_coverage(src: &str) -> (usize, usize) {
    let Ok(prog) = gust_frontend::compile::compile("./fuzz.go", src) else {
        return (0, 0);
    };
    let own = (0..prog.funcs.len() as u32)
        .map(gust_vm::types::FuncId)
        .filter(|&f| prog.func(f).name.starts_with("main."));
    let (mut eligible, mut total) = (0, 0);
    for f in own {
        total += 1;
        if gust_jit::compilable(&prog, f).is_ok() {
            eligible += 1;
        }
    }
    (eligible, total)
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
    let gust = run_case(src, JitMode::Off);
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
