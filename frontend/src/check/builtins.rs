//! Built-in functions.

use gust_vm::types::{builtin as bt, Type, TypeId, Untyped};

use super::describe::spos;
use super::expr::{is_numeric, is_string, Mode, Operand};
use super::Checker;
use crate::ast::{Expr, ExprKind};
use crate::constant::ConstVal;

/// The predeclared functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    /// `append`
    Append,
    /// `cap`
    Cap,
    /// `clear`
    Clear,
    /// `close` (unsupported: channels)
    Close,
    /// `complex` (unsupported)
    Complex,
    /// `copy`
    Copy,
    /// `delete`
    Delete,
    /// `imag` (unsupported)
    Imag,
    /// `len`
    Len,
    /// `make`
    Make,
    /// `max`
    Max,
    /// `min`
    Min,
    /// `new`
    New,
    /// `panic`
    Panic,
    /// `print`
    Print,
    /// `println`
    Println,
    /// `real` (unsupported)
    Real,
    /// `recover`
    Recover,
}

impl Builtin {
    /// Every built-in.
    pub const ALL: &'static [Builtin] = &[
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];

    /// The Go name.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Imag => "imag",
            Builtin::Len => "len",
            Builtin::Make => "make",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Real => "real",
            Builtin::Recover => "recover",
        }
    }
}

impl Checker {
    /// Checks a call of built-in `b` with `args`.
    pub(crate) fn check_builtin(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: bool,
        hint: Option<TypeId>,
    ) -> Operand {
        let name = b.name();
        // types2 evaluates the arguments of most built-ins as an
        // expression list: one call may supply several values
        // (copy(f()), println(f())). Each value then stands for an
        // argument, with the call as its expression.
        let mut pre: Option<Vec<Operand>> = None;
        let expanded: Vec<Expr>;
        let args = if args.len() == 1
            && !ellipsis
            && !matches!(b, Builtin::Make | Builtin::New)
            && matches!(args[0].kind, ExprKind::Call { .. })
        {
            let h = match b {
                Builtin::Panic => Some(bt::ANY),
                Builtin::Append | Builtin::Min | Builtin::Max => hint,
                _ => None,
            };
            let o = self.check_expr(&args[0], h);
            match self.types.get(o.ty).clone() {
                Type::Tuple(ts) if ts.len() > 1 && !o.is_invalid() => {
                    pre = Some(ts.iter().map(|&t| Operand::value(t)).collect());
                    // types2 names each value by a dummy identifier.
                    expanded = (1..=ts.len())
                        .map(|i| Expr {
                            id: args[0].id,
                            pos: spos(&args[0]),
                            kind: ExprKind::Ident(nth(i, "function result")),
                        })
                        .collect();
                    &expanded[..]
                }
                _ => {
                    pre = Some(vec![self.value_of(&args[0], o)]);
                    args
                }
            }
        } else {
            args
        };
        let val = |c: &mut Checker, i: usize, h: Option<TypeId>| -> Operand {
            match &pre {
                Some(p) => p[i].clone(),
                None => c.check_value(&args[i], h),
            }
        };
        let nargs = args.len();
        // types2 reports arity errors at the call, with the call's text.
        let arity = |c: &mut Checker, min: usize, max: Option<usize>| -> bool {
            let what = if nargs < min {
                "not enough"
            } else if max.is_some_and(|m| nargs > m) {
                "too many"
            } else {
                return true;
            };
            // types2 checks all arguments first (so they are used) and
            // reports no count error if one of them is invalid; not those
            // of make and new, which start with a type.
            if pre.is_none() && !matches!(b, Builtin::Make | Builtin::New) {
                let mut ok = true;
                for a in args {
                    ok &= !c.check_expr(a, None).is_invalid();
                }
                if !ok {
                    return false;
                }
            }
            let s = c.expr_str(e);
            c.error(
                spos(e),
                format!(
                    "invalid operation: {what} arguments for {s} (expected {min}, found {nargs})"
                ),
            );
            false
        };
        if ellipsis && b != Builtin::Append {
            let s = self.expr_str(e);
            self.error(
                spos(e),
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            let _ = s;
            return Operand::invalid();
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                let xo = val(self, 0, None);
                if xo.is_invalid() {
                    return Operand::invalid();
                }
                let u = self.types.under(xo.ty).clone();
                let u = match u {
                    Type::Pointer(p) => match self.types.under(p).clone() {
                        a @ Type::Array(..) => a,
                        other => Type::Pointer(self.types.intern(other)),
                    },
                    u => u,
                };
                let ok = match &u {
                    Type::String | Type::Untyped(Untyped::String) => b == Builtin::Len,
                    Type::Map(..) => b == Builtin::Len,
                    Type::Slice(_) | Type::Array(..) => true,
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&args[0], &xo);
                    self.error(
                        spos(&args[0]),
                        format!("invalid argument: {d} for built-in {name}"),
                    );
                    return Operand::invalid();
                }
                if let Some(ConstVal::Str(s)) = &xo.val {
                    if self.is_untyped(&xo) {
                        self.convert_untyped(&args[0], &xo, bt::STRING);
                    }
                    return Operand::constant(ConstVal::int(s.len() as i64), bt::INT);
                }
                if let Type::Array(_, n) = u {
                    if !has_call_or_recv(self.info(), &args[0]) {
                        return Operand::constant(ConstVal::int(n as i64), bt::INT);
                    }
                }
                Operand::value(bt::INT)
            }
            Builtin::Append => {
                if !arity(self, 1, None) {
                    return Operand::invalid();
                }
                let so = val(self, 0, hint);
                if so.is_invalid() {
                    return Operand::invalid();
                }
                if so.mode == Mode::Nil {
                    self.error(
                        spos(&args[0]),
                        "first argument to append must be a typed slice; found untyped nil",
                    );
                    return Operand::invalid();
                }
                let Type::Slice(el) = self.types.under(so.ty).clone() else {
                    let d = self.describe(&args[0], &so);
                    self.error(
                        spos(&args[0]),
                        format!("invalid append: argument must be a slice; have {d}"),
                    );
                    return Operand::invalid();
                };
                if ellipsis {
                    if nargs != 2 {
                        self.error(spos(e), "can only use ... with final argument in list");
                        return Operand::invalid();
                    }
                    let to = val(self, 1, Some(so.ty));
                    if to.is_invalid() {
                        return Operand::invalid();
                    }
                    let is_bytes_from_string = self.types.under(el)
                        == &Type::Int(gust_vm::types::IntKind::U8)
                        && is_string(self.types.under(to.ty));
                    if is_bytes_from_string {
                        if self.is_untyped(&to) {
                            self.convert_untyped(&args[1], &to, bt::STRING);
                        }
                    } else {
                        // The variadic parameter is the unnamed []E: a
                        // named slice of the same elements is assignable.
                        let param = self.types.intern(Type::Slice(el));
                        self.assign_to(&args[1], to, param, "append");
                    }
                } else {
                    for (i, a) in args.iter().enumerate().skip(1) {
                        let ao = val(self, i, Some(el));
                        self.assign_to(a, ao, el, "argument to append");
                    }
                }
                Operand::value(so.ty)
            }
            Builtin::Copy => {
                if !arity(self, 2, Some(2)) {
                    return Operand::invalid();
                }
                let d = val(self, 0, None);
                let s = val(self, 1, None);
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid();
                }
                let ok = match (
                    self.types.under(d.ty).clone(),
                    self.types.under(s.ty).clone(),
                ) {
                    (Type::Slice(a), Type::Slice(b)) => self.identical(a, b),
                    (Type::Slice(a), Type::String | Type::Untyped(Untyped::String)) => {
                        if self.is_untyped(&s) {
                            self.convert_untyped(&args[1], &s, bt::STRING);
                        }
                        *self.types.under(a) == Type::Int(gust_vm::types::IntKind::U8)
                    }
                    _ => false,
                };
                if !ok {
                    let ds = self.describe(&args[0], &d);
                    let ss = self.describe(&args[1], &s);
                    let elem = |c: &Checker, t: TypeId| match c.types.under(t) {
                        Type::Slice(e) => Some(*e),
                        Type::String | Type::Untyped(Untyped::String) => Some(bt::UINT8),
                        _ => None,
                    };
                    match (elem(self, d.ty), elem(self, s.ty)) {
                        (Some(de), Some(se))
                            if matches!(self.types.under(d.ty), Type::Slice(_)) =>
                        {
                            let (dn, sn) = (
                                self.tstr(de),
                                if se == bt::UINT8
                                    && !matches!(self.types.under(s.ty), Type::Slice(_))
                                {
                                    "byte".to_string()
                                } else {
                                    self.tstr(se)
                                },
                            );
                            self.error(spos(&args[0]), format!("invalid copy: arguments {ds} and {ss} have different element types {dn} and {sn}"));
                        }
                        // types2: the first non-slice operand is reported.
                        _ if !matches!(self.types.under(d.ty), Type::Slice(_)) => self.error(
                            spos(&args[0]),
                            format!("invalid copy: argument must be a slice; have {ds}"),
                        ),
                        _ => self.error(
                            spos(&args[1]),
                            format!("invalid copy: argument must be a slice; have {ss}"),
                        ),
                    }
                    return Operand::invalid();
                }
                Operand::value(bt::INT)
            }
            Builtin::Delete => {
                if !arity(self, 2, Some(2)) {
                    return Operand::invalid();
                }
                let m = val(self, 0, None);
                if m.is_invalid() {
                    return Operand::invalid();
                }
                let Type::Map(k, _) = self.types.under(m.ty).clone() else {
                    let d = self.describe(&args[0], &m);
                    self.error(
                        spos(&args[0]),
                        format!("invalid argument: {d} is not a map"),
                    );
                    return Operand::invalid();
                };
                let ko = val(self, 1, Some(k));
                self.assign_to(&args[1], ko, k, "argument to delete");
                Operand {
                    mode: Mode::NoValue,
                    ty: bt::VOID,
                    val: None,
                }
            }
            Builtin::Clear => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                let m = val(self, 0, None);
                if m.is_invalid() {
                    return Operand::invalid();
                }
                if !matches!(self.types.under(m.ty), Type::Map(..) | Type::Slice(_)) {
                    let d = self.describe(&args[0], &m);
                    self.error(
                        spos(&args[0]),
                        format!(
                            "invalid argument: cannot clear {d}: argument must be (or constrained by) map or slice"
                        ),
                    );
                    return Operand::invalid();
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: bt::VOID,
                    val: None,
                }
            }
            Builtin::Make => {
                if !arity(self, 1, None) {
                    return Operand::invalid();
                }
                let t = self.resolve_type(&args[0]);
                if t == bt::INVALID {
                    return Operand::invalid();
                }
                let (min, max) = match self.types.under(t) {
                    Type::Slice(_) => (2, 3),
                    Type::Map(..) => (1, 2),
                    _ => {
                        let s = self.expr_str(&args[0]);
                        self.error(spos(&args[0]), format!("invalid argument: cannot make {s}: type must be slice, map, or channel"));
                        return Operand::invalid();
                    }
                };
                if nargs < min {
                    let s = self.expr_str(e);
                    self.error(spos(e), format!("invalid operation: {s} expects {min} or {max} arguments; found {nargs}"));
                    return Operand::invalid();
                }
                if nargs > max {
                    let s = self.expr_str(e);
                    self.error(spos(e), format!("invalid operation: {s} expects {min} or {max} arguments; found {nargs}"));
                    return Operand::invalid();
                }
                let mut consts = vec![];
                for a in &args[1..] {
                    let ao = self.check_value(a, Some(bt::INT));
                    if ao.is_invalid() {
                        continue;
                    }
                    if let Some(v) = &ao.val {
                        match v.to_int() {
                            Some(n) if n < 0.into() => {
                                let s = self.expr_str(a);
                                self.error(spos(a), format!("invalid argument: index {s} (constant of type int) must not be negative"));
                                continue;
                            }
                            Some(n) => consts.push(n),
                            None => {
                                let d = self.describe(a, &ao);
                                self.error(spos(a), format!("{d} truncated to int"));
                                continue;
                            }
                        }
                        if self.is_untyped(&ao) {
                            self.convert_untyped(a, &ao, bt::INT);
                        }
                    } else if !super::expr::is_integer(self.types.under(ao.ty)) {
                        let d = self.describe(a, &ao);
                        self.error(spos(a), format!("cannot convert {d} to type int"));
                    }
                }
                if consts.len() == 2 && consts[0] > consts[1] {
                    let (l, c) = (self.expr_str(&args[1]), self.expr_str(&args[2]));
                    self.error(
                        spos(&args[1]),
                        "invalid argument: length and capacity swapped".to_string(),
                    );
                    let _ = (l, c);
                }
                Operand::value(t)
            }
            Builtin::New => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                // new(T), or (Go 1.26) new(expr): a new variable holding
                // the value.
                if let Some(t) = self.try_type(&args[0]) {
                    return Operand::value(self.types.intern(Type::Pointer(t)));
                }
                let vo = self.check_value(&args[0], None);
                if vo.is_invalid() {
                    return Operand::invalid();
                }
                if vo.mode == Mode::Nil {
                    self.error(
                        spos(&args[0]),
                        "use of untyped nil in argument to built-in new",
                    );
                    return Operand::invalid();
                }
                let t = if self.is_untyped(&vo) {
                    let d = self.default_type(vo.ty);
                    self.convert_untyped(&args[0], &vo, d);
                    d
                } else {
                    vo.ty
                };
                self.info().new_values.insert(e.id);
                Operand::value(self.types.intern(Type::Pointer(t)))
            }
            Builtin::Panic => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                let ao = val(self, 0, Some(bt::ANY));
                self.assign_to(&args[0], ao, bt::ANY, "argument to panic");
                Operand {
                    mode: Mode::NoValue,
                    ty: bt::VOID,
                    val: None,
                }
            }
            Builtin::Recover => {
                if !arity(self, 0, Some(0)) {
                    return Operand::invalid();
                }
                Operand::value(bt::ANY)
            }
            Builtin::Print | Builtin::Println => {
                for (i, a) in args.iter().enumerate() {
                    let ao = val(self, i, None);
                    if ao.is_invalid() {
                        continue;
                    }
                    if ao.mode == Mode::Nil {
                        self.error(
                            spos(a),
                            format!("use of untyped nil in argument to built-in {name}"),
                        );
                        continue;
                    }
                    if self.is_untyped(&ao) {
                        let d = self.default_type(ao.ty);
                        self.convert_untyped(a, &ao, d);
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: bt::VOID,
                    val: None,
                }
            }
            Builtin::Min | Builtin::Max => {
                if !arity(self, 1, None) {
                    return Operand::invalid();
                }
                // As types2: fold left to right, matching each operand's
                // type against the previous ones.
                let mut x: Option<Operand> = None;
                for (i, a) in args.iter().enumerate() {
                    let ao = val(self, i, hint);
                    if ao.is_invalid() {
                        return Operand::invalid();
                    }
                    let u = self.types.under(ao.ty).clone();
                    if !(is_numeric(&u) || is_string(&u)) {
                        let d = self.describe(a, &ao);
                        self.error(spos(a), format!("invalid argument: {d} cannot be ordered"));
                        return Operand::invalid();
                    }
                    let Some(mut cur) = x.take() else {
                        x = Some(ao);
                        continue;
                    };
                    let mut ao = ao;
                    self.match_operands(&mut cur, &mut ao);
                    if cur.ty != ao.ty {
                        let (pt, at) = (self.type_or_untyped(&cur), self.type_or_untyped(&ao));
                        let s = self.expr_str(a);
                        self.error(spos(a), format!("invalid argument: mismatched types {pt} (previous argument) and {at} (type of {s})"));
                        return Operand::invalid();
                    }
                    x = Some(match (&cur.val, &ao.val) {
                        (Some(cv), Some(av)) => {
                            let better = match (av, cv) {
                                (ConstVal::Str(a), ConstVal::Str(c)) => {
                                    if b == Builtin::Min {
                                        a < c
                                    } else {
                                        a > c
                                    }
                                }
                                _ => {
                                    if b == Builtin::Min {
                                        av.cmp_num(cv) == Some(std::cmp::Ordering::Less)
                                    } else {
                                        av.cmp_num(cv) == Some(std::cmp::Ordering::Greater)
                                    }
                                }
                            };
                            if better {
                                ao
                            } else {
                                cur
                            }
                        }
                        _ => Operand::value(cur.ty),
                    });
                }
                let x = x.unwrap();
                // Every operand takes the final type.
                for (i, a) in args.iter().enumerate() {
                    let o = val(self, i, Some(x.ty));
                    if self.is_untyped(&o) && !self.is_untyped(&x) {
                        self.convert_untyped(a, &o, x.ty);
                    }
                }
                if x.val.is_none() && self.is_untyped(&x) {
                    return Operand::value(self.default_type(x.ty));
                }
                x
            }
            Builtin::Close | Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.unsupported(e.pos, &format!("built-in {name}"));
                Operand::invalid()
            }
        }
    }
}

/// types2's `nth`: "1st function result", "2nd ...", "4th ...".
pub(crate) fn nth(n: usize, what: &str) -> String {
    let ext = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{ext} {what}")
}

/// Whether checked expression `e` holds a function call or a receive
/// (types2's `hasCallOrRecv`: then `len(array)` is not constant and the
/// operand is evaluated). Conversions and builtin calls with constant
/// results do not count; function literal bodies are not looked into.
pub(crate) fn has_call_or_recv(info: &super::Info, e: &Expr) -> bool {
    use crate::ast::ExprKind::*;
    let rec = |x: &Expr| has_call_or_recv(info, x);
    match &e.kind {
        Call { func, args, .. } => {
            let counts = match info.calls.get(&e.id) {
                Some(super::CallKind::Conversion(_)) => false,
                Some(super::CallKind::Builtin(_)) => !info.consts.contains_key(&e.id),
                _ => true,
            };
            counts || rec(func) || args.iter().any(rec)
        }
        Composite { elts, .. } => elts
            .iter()
            .any(|el| el.key.as_ref().is_some_and(rec) || rec(&el.value)),
        Paren(x) | Star(x) | Unary(_, x) | Selector(x, _) | TypeAssert(x, _) => rec(x),
        Index(x, i, _) => rec(x) || rec(i),
        Slice { x, lo, hi, max } => rec(x) || [lo, hi, max].into_iter().flatten().any(|b| rec(b)),
        Binary(_, l, r) => rec(l) || rec(r),
        _ => false,
    }
}
