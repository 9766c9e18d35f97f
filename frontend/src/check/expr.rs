//! Expressions.

use gust_vm::types::{builtin as bt, Type, TypeId, Untyped};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::describe::spos;
use super::{Builtin, Checker, ObjKind, Selection};
use crate::ast::{BinOp, Expr, ExprKind, UnOp};
use crate::constant::{parse_float_lit, parse_int_lit, ConstVal, FloatOp};
use crate::pos::Pos;

/// How an operand can be used.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Mode {
    /// An error was reported.
    Invalid,
    /// A call without results.
    NoValue,
    /// A computed value.
    Value,
    /// An addressable variable.
    Var,
    /// A map index expression (assignable, not addressable).
    MapIndex,
    /// A constant (`Operand::val` holds it).
    Const,
    /// A type.
    TypeExpr,
    /// A built-in function name.
    Builtin(Builtin),
    /// `nil`.
    Nil,
    /// A value with an optional second boolean result (map index, type
    /// assertion).
    CommaOk,
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub(crate) mode: Mode,
    pub(crate) ty: TypeId,
    pub(crate) val: Option<ConstVal>,
}

impl Operand {
    pub(crate) fn invalid() -> Self {
        Operand {
            mode: Mode::Invalid,
            ty: bt::INVALID,
            val: None,
        }
    }

    pub(crate) fn value(ty: TypeId) -> Self {
        Operand {
            mode: Mode::Value,
            ty,
            val: None,
        }
    }

    pub(crate) fn constant(val: ConstVal, ty: TypeId) -> Self {
        Operand {
            mode: Mode::Const,
            ty,
            val: Some(val),
        }
    }

    pub(crate) fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
            || self.ty == bt::INVALID
                && self.mode != Mode::Nil
                && !matches!(self.mode, Mode::Builtin(_) | Mode::NoValue)
    }
}

impl Checker {
    /// Checks expression `e`. `hint` is the type the context expects, used
    /// for untyped non-constant results (comparisons, shifts) and elided
    /// composite literal types.
    pub(crate) fn check_expr(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let op = self.check_expr_inner(e, hint);
        if !matches!(
            op.mode,
            Mode::Invalid | Mode::TypeExpr | Mode::Builtin(_) | Mode::NoValue
        ) {
            self.record_type(e, op.ty);
            if let Some(v) = &op.val {
                self.info().consts.insert(e.id, v.clone());
            }
        }
        op
    }

    /// Checks `e` and requires a single value (not a type, not void).
    pub(crate) fn check_value(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let op = self.check_expr(e, hint);
        self.value_of(e, op)
    }

    /// Requires operand `op` of the checked expression `e` to be a single
    /// value.
    pub(crate) fn value_of(&mut self, e: &Expr, op: Operand) -> Operand {
        match op.mode {
            Mode::TypeExpr => {
                let s = self.expr_str(e);
                let msg = format!("{s} (type) is not an expression");
                if op.ty == bt::INVALID {
                    // `[...]T`: after its own error at the same place.
                    self.error_again(spos(e), msg);
                } else {
                    self.error(spos(e), msg);
                }
                Operand::invalid()
            }
            Mode::NoValue => {
                let s = self.expr_str(e);
                self.error(spos(e), format!("{s} (no value) used as value"));
                Operand::invalid()
            }
            Mode::Builtin(b) => {
                self.error(spos(e), format!("{} (built-in) must be called", b.name()));
                Operand::invalid()
            }
            _ => {
                if let Type::Tuple(_) = self.types.get(op.ty) {
                    let s = self.expr_str(e);
                    let tn = self.result_tuple_str(e, op.ty);
                    self.error(
                        spos(e),
                        format!("multiple-value {s} (value of type {tn}) in single-value context"),
                    );
                    return Operand::invalid();
                }
                op
            }
        }
    }

    /// The tuple type `t` of call `e` as types2 prints it: with the
    /// callee's result names when it declares them (`(x int, y int)`).
    pub(crate) fn result_tuple_str(&self, e: &Expr, t: TypeId) -> String {
        let plain = self.tstr(t);
        let Type::Tuple(ts) = self.types.get(t) else {
            return plain;
        };
        let ExprKind::Call { func, .. } = &strip_parens(e).kind else {
            return plain;
        };
        let info = &self.units[self.unit as usize].info;
        let callee = match &strip_parens(func).kind {
            ExprKind::Ident(_) => info.uses.get(&func.id).copied(),
            ExprKind::Selector(..) => match info.sels.get(&func.id) {
                Some(Selection::Qualified(o)) => Some(*o),
                Some(Selection::Method {
                    recv_named, name, ..
                }) => self
                    .methods
                    .get(&(*recv_named, name.clone()))
                    .and_then(|&b| self.bodies[b as usize].obj),
                _ => None,
            },
            _ => None,
        };
        let Some(super::DeclRef::Func { unit, decl }) =
            callee.and_then(|o| self.objs[o as usize].decl)
        else {
            return plain;
        };
        let crate::ast::Decl::Func(f) = &self.units[unit as usize].ast.decls[decl as usize] else {
            return plain;
        };
        let names: Vec<&str> = f
            .sig
            .results
            .iter()
            .flat_map(|r| r.names.iter().map(|n| n.name.as_str()))
            .collect();
        if names.len() != ts.len() {
            return plain;
        }
        let parts: Vec<String> = names
            .iter()
            .zip(ts)
            .map(|(n, &t)| format!("{n} {}", self.tstr(t)))
            .collect();
        format!("({})", parts.join(", "))
    }

    fn check_expr_inner(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        match &e.kind {
            ExprKind::Ident(name) => self.check_ident(e, name),
            // types2 caps literal length (10000 characters) before
            // converting, and untyped integers at 512 bits.
            ExprKind::IntLit(s) | ExprKind::FloatLit(s) if s.len() > 10000 => {
                let head: String = s.chars().take(10).collect();
                self.error(
                    spos(e),
                    format!("excessively long constant: {head}... ({} chars)", s.len()),
                );
                Operand::invalid()
            }
            ExprKind::IntLit(s) => match parse_int_lit(s) {
                Some(v) if v.bits() > 512 => {
                    self.error(spos(e), "constant overflow");
                    Operand::invalid()
                }
                Some(v) => Operand::constant(ConstVal::Int(v), bt::UNTYPED_INT),
                None => {
                    self.error(spos(e), format!("invalid integer literal {s}"));
                    Operand::invalid()
                }
            },
            ExprKind::FloatLit(s) => match parse_float_lit(s) {
                Some(v) => Operand::constant(ConstVal::Float(v), bt::UNTYPED_FLOAT),
                None => {
                    self.error(spos(e), format!("malformed constant: {s}"));
                    Operand::invalid()
                }
            },
            ExprKind::ImagLit(_) => {
                self.unsupported(e.pos, "complex numbers");
                Operand::invalid()
            }
            ExprKind::RuneLit(r) => Operand::constant(ConstVal::int(*r as i64), bt::UNTYPED_RUNE),
            ExprKind::StringLit(s) => {
                Operand::constant(ConstVal::Str(s.clone()), bt::UNTYPED_STRING)
            }
            ExprKind::Paren(x) => {
                let op = self.check_expr(x, hint);
                if op.mode == Mode::Var || op.mode == Mode::MapIndex {
                    return op;
                }
                op
            }
            ExprKind::FuncLit { sig, body } => self.check_func_lit(e, sig, body),
            ExprKind::Composite { ty, elts, .. } => {
                self.check_composite(e, ty.as_deref(), elts, hint)
            }
            ExprKind::Selector(x, sel) => self.check_selector(e, x, sel),
            ExprKind::Index(x, i, second) => self.check_index(e, x, i, *second),
            ExprKind::Slice { x, lo, hi, max } => {
                self.check_slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert(x, t) => {
                let xo = self.check_value(x, None);
                if xo.is_invalid() {
                    return Operand::invalid();
                }
                let Some(t) = t else {
                    self.error(spos(e), "use of .(type) outside type switch");
                    return Operand::invalid();
                };
                let tt = self.resolve_type(t);
                if !matches!(self.types.under(xo.ty), Type::Interface(_)) {
                    let s = self.describe(x, &xo);
                    self.error(
                        spos(x),
                        format!("invalid operation: {s} is not an interface"),
                    );
                    return Operand::invalid();
                }
                if tt != bt::INVALID && matches!(self.types.under(tt), Type::Interface(_)) {
                    let what = self.expr_str(e);
                    if self.provided_assert_mismatch(xo.ty, tt, &what, spos(e)) {
                        return Operand::invalid();
                    }
                }
                if tt != bt::INVALID && !matches!(self.types.under(tt), Type::Interface(_)) {
                    if self.unimplemented_iface_method(tt, xo.ty, spos(e)) {
                        return Operand::invalid();
                    }
                    if let Some(why) = self.missing_method_reason(tt, xo.ty) {
                        let s = self.expr_str(e);
                        let tn = self.tstr(tt);
                        let xn = self.tstr(xo.ty);
                        self.error(spos(e), format!("impossible type assertion: {s}\n\t{tn} does not implement {xn} {why}"));
                    }
                }
                Operand {
                    mode: Mode::CommaOk,
                    ty: tt,
                    val: None,
                }
            }
            ExprKind::Call { .. } => self.check_call(e, hint),
            ExprKind::Star(x) => {
                let op = self.check_expr(x, None);
                match op.mode {
                    Mode::TypeExpr => {
                        let t = self.types.intern(Type::Pointer(op.ty));
                        Operand {
                            mode: Mode::TypeExpr,
                            ty: t,
                            val: None,
                        }
                    }
                    Mode::Invalid => op,
                    Mode::Nil => {
                        self.error(spos(x), "invalid operation: cannot indirect nil");
                        Operand::invalid()
                    }
                    _ => match self.types.under(op.ty).clone() {
                        Type::Pointer(t) => Operand {
                            mode: Mode::Var,
                            ty: t,
                            val: None,
                        },
                        _ => {
                            let s = self.describe(x, &op);
                            self.error(spos(x), format!("invalid operation: cannot indirect {s}"));
                            Operand::invalid()
                        }
                    },
                }
            }
            ExprKind::Unary(op, x) => self.check_unary(e, *op, x, hint),
            ExprKind::Binary(op, l, r) => self.check_binary(e, *op, l, r, hint),
            ExprKind::ArrayType { .. }
            | ExprKind::MapType(..)
            | ExprKind::ChanType(_)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.resolve_type(e);
                // `[...]T` outside a literal is still a type expression
                // (of invalid type) to types2: used as a value it is
                // reported a second time.
                let dots = matches!(
                    e.kind,
                    ExprKind::ArrayType {
                        len: None,
                        ellipsis: true,
                        ..
                    }
                );
                Operand {
                    mode: if t == bt::INVALID && !dots {
                        Mode::Invalid
                    } else {
                        Mode::TypeExpr
                    },
                    ty: t,
                    val: None,
                }
            }
            ExprKind::Ellipsis(_) => {
                self.error(spos(e), "invalid use of ...");
                Operand::invalid()
            }
            ExprKind::Bad => Operand::invalid(),
        }
    }

    fn check_ident(&mut self, e: &Expr, name: &str) -> Operand {
        if name == "_" {
            self.error(spos(e), "cannot use _ as value or type");
            return Operand::invalid();
        }
        let Some(o) = self.lookup(name) else {
            if self.units[self.unit as usize].imports.contains_key(name)
                && !self.scopes.iter().any(|s| s.contains_key(name))
            {
                self.import_use(name);
                self.error(spos(e), format!("use of package {name} without selector"));
                return Operand::invalid();
            }
            self.error(spos(e), format!("undefined: {name}"));
            return Operand::invalid();
        };
        self.use_obj(e, o)
    }

    /// The operand an identifier (or qualified identifier) `e` denoting
    /// object `o` produces; records the use.
    pub(crate) fn use_obj(&mut self, e: &Expr, o: super::ObjId) -> Operand {
        self.info().uses.insert(e.id, o);
        self.resolve_obj(o);
        self.add_dep(o);
        let obj = &self.objs[o as usize];
        let ty = obj.ty;
        match obj.kind.clone() {
            ObjKind::Var(_) => {
                self.mark_var_used(o);
                self.note_capture(o);
                Operand {
                    mode: Mode::Var,
                    ty,
                    val: None,
                }
            }
            ObjKind::Const(v) => {
                if obj.name == "iota" && obj.pkg == 0 {
                    return match self.iota {
                        Some(i) => Operand::constant(ConstVal::int(i), bt::UNTYPED_INT),
                        None => {
                            self.error(spos(e), "cannot use iota outside constant declaration");
                            Operand::invalid()
                        }
                    };
                }
                if ty == bt::INVALID {
                    return Operand::invalid();
                }
                Operand::constant(v, ty)
            }
            ObjKind::TypeName => Operand {
                mode: if ty == bt::INVALID {
                    Mode::Invalid
                } else {
                    Mode::TypeExpr
                },
                ty,
                val: None,
            },
            ObjKind::Func => Operand::value(ty),
            ObjKind::Pkg(_) => Operand::invalid(),
            ObjKind::Builtin(b) => Operand {
                mode: Mode::Builtin(b),
                ty: bt::INVALID,
                val: None,
            },
            ObjKind::Nil => Operand {
                mode: Mode::Nil,
                ty: bt::UNTYPED_NIL,
                val: None,
            },
        }
    }

    pub(crate) fn mark_var_used(&mut self, o: super::ObjId) {
        if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
            v.used = true;
        }
    }

    /// If `o` is a local of an enclosing function, it is captured and
    /// every closure between its owner and here captures it.
    fn note_capture(&mut self, o: super::ObjId) {
        let ObjKind::Var(v) = &self.objs[o as usize].kind else {
            return;
        };
        if v.global {
            return;
        }
        let owner = v.owner;
        let Some(cur) = self.funcs.last() else { return };
        if cur.body == owner {
            return;
        }
        if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
            v.captured = true;
        }
        // Closures from the innermost outwards, up to the owner.
        for i in (0..self.funcs.len()).rev() {
            let b = self.funcs[i].body;
            if b == owner {
                break;
            }
            let caps = &mut self.bodies[b as usize].captures;
            if !caps.contains(&o) {
                caps.push(o);
            }
        }
    }

    /// The local variable whose storage addressable expression `e` (already
    /// checked) lies in: `x`, `x.f`, `x[i]` of an array `x`, and so on,
    /// but nothing reached through a pointer or a slice.
    fn root_local(&self, e: &Expr) -> Option<super::ObjId> {
        let info = &self.units[self.unit as usize].info;
        match &e.kind {
            ExprKind::Ident(_) => {
                let &o = info.uses.get(&e.id)?;
                match &self.objs[o as usize].kind {
                    ObjKind::Var(v) if !v.global => Some(o),
                    _ => None,
                }
            }
            ExprKind::Paren(x) => self.root_local(x),
            ExprKind::Selector(x, _) => {
                let through_ptr = matches!(info.sels.get(&e.id), Some(Selection::Field { derefs, .. }) if derefs.iter().any(|d| *d));
                if through_ptr {
                    None
                } else {
                    self.root_local(x)
                }
            }
            ExprKind::Index(x, _, _) => {
                let t = info.types.get(&x.id).copied().unwrap_or(bt::INVALID);
                if matches!(self.types.under(t), Type::Array(..)) {
                    self.root_local(x)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Marks the variable at the root of addressable expression `e` as
    /// address-taken (so it lives in a heap box).
    pub(crate) fn mark_addr_taken(&mut self, e: &Expr) {
        if let Some(o) = self.root_local(e) {
            if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
                v.addr_taken = true;
            }
        }
    }

    /// Marks the variable at the root of assignment target `e` (already
    /// checked) as reassigned: closures must share it, not copy it.
    pub(crate) fn mark_reassigned(&mut self, e: &Expr) {
        if let Some(o) = self.root_local(e) {
            self.mark_obj_reassigned(o);
        }
    }

    /// Marks variable `o` as reassigned (see `VarInfo::reassigned`).
    pub(crate) fn mark_obj_reassigned(&mut self, o: super::ObjId) {
        if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
            v.reassigned = true;
        }
    }

    fn check_unary(&mut self, e: &Expr, op: UnOp, x: &Expr, hint: Option<TypeId>) -> Operand {
        if op == UnOp::Addr {
            // &T{...} is allowed; otherwise the operand must be addressable.
            let inner = strip_parens(x);
            let xo = if let ExprKind::Composite { .. } = &inner.kind {
                let h = hint.and_then(|h| match self.types.under(h) {
                    Type::Pointer(t) => Some(*t),
                    _ => None,
                });
                self.check_expr(x, h)
            } else {
                // types2's expr: a single value first.
                self.check_value(x, None)
            };
            if xo.is_invalid() {
                return Operand::invalid();
            }
            if xo.mode != Mode::Var && !matches!(inner.kind, ExprKind::Composite { .. }) {
                let s = self.describe(x, &xo);
                self.error(
                    spos(x),
                    format!("invalid operation: cannot take address of {s}"),
                );
                return Operand::invalid();
            }
            self.mark_addr_taken(x);
            return Operand::value(self.types.intern(Type::Pointer(xo.ty)));
        }
        if op == UnOp::Recv {
            self.unsupported(e.pos, "channels");
            return Operand::invalid();
        }
        let xo = self.check_value(x, hint);
        if xo.is_invalid() {
            return xo;
        }
        let u = self.types.under(xo.ty).clone();
        let ok = match op {
            UnOp::Pos | UnOp::Neg => is_numeric(&u),
            UnOp::Not => matches!(u, Type::Bool | Type::Untyped(Untyped::Bool)),
            UnOp::BitNot => is_integer(&u),
            _ => false,
        };
        if !ok {
            let s = self.describe(x, &xo);
            let sym = match op {
                UnOp::Pos => "+",
                UnOp::Neg => "-",
                UnOp::Not => "!",
                _ => "^",
            };
            self.error(
                spos(x),
                format!("invalid operation: operator {sym} not defined on {s}"),
            );
            return Operand::invalid();
        }
        if let Some(v) = &xo.val {
            let r = match (op, v) {
                (UnOp::Pos, v) => Some(v.clone()),
                (UnOp::Neg, ConstVal::Int(i)) => Some(ConstVal::Int(-i)),
                (UnOp::Neg, ConstVal::Float(f)) => Some(ConstVal::Float(f.neg())),
                (UnOp::Not, ConstVal::Bool(b)) => Some(ConstVal::Bool(!b)),
                (UnOp::BitNot, ConstVal::Int(i)) => {
                    // ^x for unsigned typed constants flips within the width.
                    match u {
                        Type::Int(k) if !k.signed() => {
                            let mask = (BigInt::from(1) << k.bits()) - 1;
                            Some(ConstVal::Int(mask ^ i))
                        }
                        _ => Some(ConstVal::Int(-i - 1)),
                    }
                }
                _ => None,
            };
            if let Some(r) = r {
                return self.typed_const(e, r, xo.ty);
            }
        }
        Operand::value(xo.ty)
    }

    /// A constant result of type `ty`, checked for overflow if typed.
    pub(crate) fn typed_const(&mut self, e: &Expr, v: ConstVal, ty: TypeId) -> Operand {
        if matches!(self.types.get(ty), Type::Untyped(_)) {
            // types2 keeps untyped integers within 512 bits.
            if let ConstVal::Int(i) = &v {
                if i.bits() > 512 {
                    let op = match &e.kind {
                        ExprKind::Binary(BinOp::Add, ..) => "addition ",
                        ExprKind::Binary(BinOp::Sub, ..) => "subtraction ",
                        ExprKind::Binary(BinOp::Mul, ..) => "multiplication ",
                        ExprKind::Binary(BinOp::Xor, ..) => "bitwise XOR ",
                        ExprKind::Binary(BinOp::Shl, ..) => "shift ",
                        _ => "",
                    };
                    self.error(e.pos, format!("constant {op}overflow"));
                    return Operand::invalid();
                }
            }
            return Operand::constant(v, ty);
        }
        match self.represent(&v, ty) {
            Ok(v) => Operand::constant(v, ty),
            Err(_) => {
                // types2's invalidConversion: the operand, then its basic
                // (underlying) type.
                let d = self.describe(e, &Operand::constant(v, ty));
                let tn = self.tstr(self.types.underlying(ty));
                self.error(spos(e), format!("{d} overflows {tn}"));
                Operand::invalid()
            }
        }
    }

    fn check_binary(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        r: &Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.check_shift(e, op, l, r, hint);
        }
        let is_cmp = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        let sub_hint = if is_cmp { None } else { hint };
        let mut lo = self.check_value(l, sub_hint);
        let mut ro = self.check_value(r, sub_hint);
        if lo.is_invalid() || ro.is_invalid() {
            return Operand::invalid();
        }
        // Bring untyped operands to the other side's type.
        if !self.match_types(e, op, l, &mut lo, r, &mut ro) {
            return Operand::invalid();
        }
        if is_cmp {
            return self.check_comparison(e, op, l, &lo, r, &ro, hint);
        }
        let u = self.types.under(lo.ty).clone();
        let ok = match op {
            BinOp::Add => is_numeric(&u) || is_string(&u),
            BinOp::Sub | BinOp::Mul | BinOp::Div => is_numeric(&u),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => is_integer(&u),
            BinOp::AndAnd | BinOp::OrOr => matches!(u, Type::Bool | Type::Untyped(Untyped::Bool)),
            _ => false,
        };
        if !ok {
            let s = self.expr_str(e);
            let x = self.describe(l, &lo);
            let _ = s;
            self.error(
                spos(l),
                format!(
                    "invalid operation: operator {} not defined on {x}",
                    op.as_str()
                ),
            );
            return Operand::invalid();
        }
        if matches!(op, BinOp::Div | BinOp::Rem) {
            if let Some(v) = &ro.val {
                // types2: a constant zero divisor is an error when the
                // dividend is constant too, or an integer.
                let integer = matches!(
                    u,
                    Type::Int(_) | Type::Untyped(Untyped::Int | Untyped::Rune)
                );
                if v.is_zero() && is_integer_or_untyped_num(&u) && (lo.val.is_some() || integer) {
                    self.error(spos(r), "invalid operation: division by zero");
                    return Operand::invalid();
                }
            }
        }
        if let (Some(a), Some(b)) = (&lo.val, &ro.val) {
            match self.fold_binary(op, a, b, &u) {
                Some(Ok(v)) => return self.typed_const(e, v, lo.ty),
                Some(Err(())) => {
                    self.error(e.pos, "constant result is not representable");
                    return Operand::invalid();
                }
                None => {}
            }
        }
        Operand::value(lo.ty)
    }

    /// Converts untyped operands of a binary operation to the other
    /// operand's type (or the larger untyped kind); reports mismatches.
    fn match_types(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        lo: &mut Operand,
        r: &Expr,
        ro: &mut Operand,
    ) -> bool {
        let lu = self.is_untyped(lo);
        let ru = self.is_untyped(ro);
        // nil against a type without nil: mismatched types.
        for (n, other) in [(&*lo, &*ro), (&*ro, &*lo)] {
            if n.mode == Mode::Nil
                && other.mode != Mode::Nil
                && !matches!(
                    self.types.under(other.ty),
                    Type::Pointer(_)
                        | Type::Slice(_)
                        | Type::Map(..)
                        | Type::Func(_)
                        | Type::Interface(_)
                        | Type::Untyped(Untyped::Nil)
                )
            {
                return self.mismatch(e, op, l, lo, r, ro);
            }
        }
        if lu != ru && lo.mode != Mode::Nil && ro.mode != Mode::Nil {
            // mayConvert: an untyped operand only converts to a type of
            // the same kind (numeric, boolean, string).
            let (a, b) = (
                self.types.under(lo.ty).clone(),
                self.types.under(ro.ty).clone(),
            );
            let boolean = |t: &Type| matches!(t, Type::Bool | Type::Untyped(Untyped::Bool));
            let iface = matches!(a, Type::Interface(_)) || matches!(b, Type::Interface(_));
            // Go 1.27's gc leaves an untyped numeric operand of an
            // arithmetic operation with an interface untyped (`x + 1` is
            // 'mismatched types interface{} and untyped int', not a
            // conversion error); untyped bools and strings convert.
            let cmp = matches!(
                op,
                BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
            );
            let numeric_mismatch = is_numeric(&a) != is_numeric(&b);
            if (!iface || !cmp && numeric_mismatch)
                && (numeric_mismatch
                    || boolean(&a) != boolean(&b)
                    || is_string(&a) != is_string(&b))
            {
                return self.mismatch(e, op, l, lo, r, ro);
            }
            // Compared with an interface, an untyped number is not
            // converted either: it must be assignable (the interface is
            // empty), else the types mismatch.
            let nonempty = |t: &Type| matches!(t, Type::Interface(ms) if !ms.is_empty());
            if cmp && numeric_mismatch && (nonempty(&a) || nonempty(&b)) {
                return self.mismatch(e, op, l, lo, r, ro);
            }
        }
        // A failed conversion is the only error (types2's convertUntyped
        // makes the operand invalid).
        if lu && !ru {
            match self.convert_untyped(l, lo, ro.ty) {
                Some(o) => *lo = o,
                None => return false,
            }
        } else if ru && !lu {
            match self.convert_untyped(r, ro, lo.ty) {
                Some(o) => *ro = o,
                None => return false,
            }
        } else if lu && ru {
            if lo.mode == Mode::Nil || ro.mode == Mode::Nil {
                if lo.mode == Mode::Nil && ro.mode == Mode::Nil {
                    // types2 reports == and != at the second operand (only
                    // it shows that nothing has nil), ordering at the first.
                    let at = if matches!(op, BinOp::Eq | BinOp::Ne) {
                        spos(r)
                    } else {
                        spos(l)
                    };
                    self.error(
                        at,
                        format!(
                            "invalid operation: {} (operator {} not defined on untyped nil)",
                            self.expr_str(e),
                            op.as_str()
                        ),
                    );
                    return false;
                }
                return self.mismatch(e, op, l, lo, r, ro);
            }
            // Both untyped constants: the result kind is the larger one.
            let (a, b) = (
                untyped_kind(self.types.get(lo.ty)),
                untyped_kind(self.types.get(ro.ty)),
            );
            if let (Some(a), Some(b)) = (a, b) {
                let numeric =
                    |k: Untyped| matches!(k, Untyped::Int | Untyped::Rune | Untyped::Float);
                if numeric(a) && numeric(b) {
                    let k = a.max(b);
                    let t = untyped_type(k);
                    lo.ty = t;
                    ro.ty = t;
                    if k == Untyped::Float {
                        lo.val = lo
                            .val
                            .as_ref()
                            .and_then(|v| v.to_float())
                            .map(ConstVal::Float);
                        ro.val = ro
                            .val
                            .as_ref()
                            .and_then(|v| v.to_float())
                            .map(ConstVal::Float);
                    }
                    return true;
                }
                if a != b {
                    return self.mismatch(e, op, l, lo, r, ro);
                }
            }
            return true;
        }
        if !self.identical(lo.ty, ro.ty) {
            // Comparisons of an interface with a value implementing it
            // (ordered ones fail in check_comparison, as types2's).
            if matches!(
                op,
                BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
            ) && (self.assignable(ro.ty, lo.ty) || self.assignable(lo.ty, ro.ty))
            {
                return true;
            }
            return self.mismatch(e, op, l, lo, r, ro);
        }
        true
    }

    /// Why `==` cannot compare values of `t` (types2's wording), or
    /// `None` when it can.
    pub(crate) fn why_incomparable(&self, t: TypeId) -> Option<String> {
        match self.types.under(t) {
            Type::Slice(_) => Some("slice can only be compared to nil".to_string()),
            Type::Map(..) => Some("map can only be compared to nil".to_string()),
            Type::Func(_) => Some("func can only be compared to nil".to_string()),
            _ if !self.comparable(t) => Some(self.incomparable_cause(t)),
            _ => None,
        }
    }

    /// Why values of `t` cannot be compared (types2's wording).
    pub(crate) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.types.under(t) {
            Type::Slice(_) => "slice can only be compared to nil".into(),
            Type::Map(..) => "map can only be compared to nil".into(),
            Type::Func(_) => "func can only be compared to nil".into(),
            Type::Struct(fs) => match fs.iter().find(|f| !self.comparable(f.ty)) {
                Some(f) => format!("struct containing {} cannot be compared", self.tstr(f.ty)),
                None => format!("{} cannot be compared", self.tstr(t)),
            },
            _ => format!("{} cannot be compared", self.tstr(t)),
        }
    }

    /// types2's `matchTypes`: converts an untyped operand to the other's
    /// type when that may work (`mayConvert`), else leaves both alone so
    /// the caller reports mismatched types.
    pub(crate) fn match_operands(&mut self, x: &mut Operand, y: &mut Operand) {
        let (xu, yu) = (self.is_untyped(x), self.is_untyped(y));
        if !xu && !yu {
            return;
        }
        let (xt, yt) = (
            self.types.under(x.ty).clone(),
            self.types.under(y.ty).clone(),
        );
        let numeric = |t: &Type| is_numeric(t);
        let boolean = |t: &Type| matches!(t, Type::Bool | Type::Untyped(Untyped::Bool));
        if numeric(&xt) != numeric(&yt)
            || boolean(&xt) != boolean(&yt)
            || is_string(&xt) != is_string(&yt)
        {
            return;
        }
        if xu && yu {
            if let (Some(a), Some(b)) = (untyped_kind(&xt), untyped_kind(&yt)) {
                let k = a.max(b);
                x.ty = untyped_type(k);
                y.ty = untyped_type(k);
            }
            return;
        }
        let (from, to) = if xu {
            (x.clone(), y.ty)
        } else {
            (y.clone(), x.ty)
        };
        if let Ok(mut o) = self.represent_operand(&from, to) {
            o.mode = from.mode.clone();
            if xu {
                *x = o;
            } else {
                *y = o;
            }
        }
    }

    /// An untyped operand converted to `t` without recording anything.
    fn represent_operand(&self, o: &Operand, t: TypeId) -> Result<Operand, super::assign::ReprErr> {
        match &o.val {
            Some(v) => Ok(Operand::constant(self.represent(v, t)?, t)),
            None => Ok(Operand::value(t)),
        }
    }

    /// types2's kindString: the kind of a composite type (`interface`,
    /// `struct`, `pointer`, ...), else the type.
    fn kind_string(&self, t: TypeId) -> String {
        match self.types.under(t) {
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            _ => self.tstr(t),
        }
    }

    /// `o`'s type for messages (`untyped int` for untyped operands).
    pub(crate) fn type_or_untyped(&self, o: &Operand) -> String {
        self.tstr(o.ty)
    }

    fn mismatch(
        &mut self,
        e: &Expr,
        op: BinOp,
        _l: &Expr,
        lo: &Operand,
        r: &Expr,
        ro: &Operand,
    ) -> bool {
        let s = self.expr_str(e);
        let (a, b) = (self.type_or_nil(lo), self.type_or_nil(ro));
        // types2 reports comparisons at the right operand, others at the
        // expression.
        let cmp = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        let at = if cmp { spos(r) } else { spos(e) };
        self.error(
            at,
            format!("invalid operation: {s} (mismatched types {a} and {b})"),
        );
        false
    }

    fn type_or_nil(&self, o: &Operand) -> String {
        if o.mode == Mode::Nil {
            "untyped nil".into()
        } else {
            self.tstr(o.ty)
        }
    }

    pub(crate) fn is_untyped(&self, o: &Operand) -> bool {
        matches!(self.types.get(o.ty), Type::Untyped(_))
    }

    #[allow(clippy::too_many_arguments)]
    fn check_comparison(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        lo: &Operand,
        r: &Expr,
        ro: &Operand,
        hint: Option<TypeId>,
    ) -> Operand {
        let ordered = matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
        let lt = if lo.mode == Mode::Nil { ro.ty } else { lo.ty };
        let err = if ordered {
            let is_ordered = |c: &Self, o: &Operand| {
                let u = c.types.under(o.ty);
                is_numeric(u) || is_string(u)
            };
            // types2's comparison: at the first operand not ordered.
            let bad = [(l, lo), (r, ro)]
                .into_iter()
                .find(|(_, o)| !is_ordered(self, o));
            if let Some((x, xo)) = bad {
                let s = self.expr_str(e);
                let k = self.kind_string(xo.ty);
                let op = op.as_str();
                self.error(
                    spos(x),
                    format!("invalid operation: {s} (operator {op} not defined on {k})"),
                );
                return Operand::invalid();
            }
            None
        } else if lo.mode == Mode::Nil || ro.mode == Mode::Nil {
            let other = if lo.mode == Mode::Nil { ro } else { lo };
            match self.types.under(other.ty) {
                Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Func(_)
                | Type::Interface(_)
                | Type::Untyped(Untyped::Nil) => None,
                _ => Some(format!(
                    "mismatched types {} and untyped nil",
                    self.tstr(other.ty)
                )),
            }
        } else {
            // Both sides: an interface compared with a slice, say, is as
            // invalid as two slices.
            match self.why_incomparable(lt) {
                None => {
                    // Reported at the operand that cannot be compared.
                    if let Some(m) = self.why_incomparable(ro.ty) {
                        let s = self.expr_str(e);
                        self.error(spos(r), format!("invalid operation: {s} ({m})"));
                        return Operand::invalid();
                    }
                    None
                }
                m => m,
            }
        };
        if let Some(m) = err {
            let s = self.expr_str(e);
            if m.starts_with("operator") {
                self.error(spos(l), format!("invalid operation: {m}"));
            } else {
                self.error(spos(e), format!("invalid operation: {s} ({m})"));
            }
            return Operand::invalid();
        }
        let res_ty = match hint {
            Some(h) if matches!(self.types.under(h), Type::Bool) => h,
            _ => bt::UNTYPED_BOOL,
        };
        // Two untyped operands, one not constant (a shift like 1<<s):
        // both take their (common) kind's default type, as types2's
        // comparison finalizes them; `1<<s > 3.0` makes 1 a float64.
        if self.is_untyped(lo)
            && self.is_untyped(ro)
            && (lo.val.is_none() || ro.val.is_none())
            && lo.mode != Mode::Nil
            && ro.mode != Mode::Nil
        {
            let d = self.default_type(lo.ty);
            for (x, xo) in [(l, lo), (r, ro)] {
                if xo.val.is_some() {
                    self.convert_untyped(x, xo, d);
                } else {
                    self.set_untyped_type(x, d);
                }
            }
        }
        if let (Some(a), Some(b)) = (&lo.val, &ro.val) {
            let c = compare_consts(op, a, b);
            if let Some(c) = c {
                return Operand::constant(ConstVal::Bool(c), bt::UNTYPED_BOOL);
            }
        }
        Operand::value(res_ty)
    }

    fn check_shift(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        r: &Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        let lo = self.check_value(l, hint);
        let mut ro = self.check_value(r, None);
        if lo.is_invalid() || ro.is_invalid() {
            return Operand::invalid();
        }
        // The count must be an integer (or an untyped constant
        // representable as uint). Messages describe it as written, before
        // an untyped count is given type uint.
        let count = self.describe(r, &ro);
        if let Some(v) = &ro.val {
            match v.to_int() {
                Some(n) if n >= BigInt::zero() => {
                    if self.is_untyped(&ro) {
                        ro.ty = bt::UINT;
                        self.record_type(r, bt::UINT);
                        self.info().consts.insert(r.id, ConstVal::Int(n));
                    }
                }
                Some(_) => {
                    let s = self.describe(r, &ro);
                    self.error(
                        spos(r),
                        format!("invalid operation: negative shift count {s}"),
                    );
                    let _ = s;
                    return Operand::invalid();
                }
                None => {
                    // types2's representable(y, uint).
                    let msg = match v {
                        ConstVal::Float(_) => format!("{count} truncated to uint"),
                        _ => format!("cannot convert {count} to type uint"),
                    };
                    self.error(spos(r), msg);
                    return Operand::invalid();
                }
            }
        } else if !is_integer(self.types.under(ro.ty)) {
            let s = self.describe(r, &ro);
            self.error(
                spos(r),
                format!("invalid operation: shift count {s} must be integer"),
            );
            return Operand::invalid();
        }
        if let (Some(a), Some(b)) = (&lo.val, &ro.val) {
            // Constant shift.
            let Some(x) = a.to_int() else {
                let s = self.describe(l, &lo);
                self.error(
                    spos(l),
                    format!("invalid operation: shifted operand {s} must be integer"),
                );
                return Operand::invalid();
            };
            let n = b.to_int().unwrap().to_u64().unwrap_or(u64::MAX);
            // types2's shiftBound: enough for the smallest float64.
            const SHIFT_BOUND: u64 = 1023 - 1 + 52;
            if n > SHIFT_BOUND {
                self.error(
                    spos(r),
                    format!("invalid operation: invalid shift count {count}"),
                );
                return Operand::invalid();
            }
            let v = if op == BinOp::Shl {
                x << n as usize
            } else {
                x >> n as usize
            };
            let ty = if lo.ty == bt::UNTYPED_FLOAT {
                bt::UNTYPED_INT
            } else {
                lo.ty
            };
            return self.typed_const(e, ConstVal::Int(v), ty);
        }
        // Non-constant shift: an untyped constant lhs takes the type the
        // context expects (or int).
        let mut lt = lo.ty;
        if self.is_untyped(&lo) {
            let target = match hint {
                Some(h)
                    if !matches!(self.types.get(h), Type::Untyped(_))
                        && !matches!(self.types.under(h), Type::Interface(_)) =>
                {
                    h
                }
                _ => {
                    // Delayed: the enclosing expression decides the type
                    // (`x | 1<<n` gives 1 the type of x); see
                    // `set_untyped_type`. Alone it defaults to int.
                    // A constant must be an integer; a non-constant
                    // untyped operand is itself a delayed shift (1<<m<<1),
                    // integer unless it is a comparison's untyped bool.
                    let integral = match &lo.val {
                        Some(v) => v.to_int().is_some(),
                        None => is_integer(self.types.under(lo.ty)),
                    };
                    if !integral {
                        let s = self.describe(l, &lo);
                        self.error(
                            spos(l),
                            format!("invalid operation: shifted operand {s} must be integer"),
                        );
                        return Operand::invalid();
                    }
                    return Operand::value(lo.ty); // keeps the kind: `1.0 << n` alone is float64, rejected later
                }
            };
            if !is_integer(self.types.under(target)) {
                let tn = self.tstr(target);
                let s = self.expr_str(l);
                self.error(
                    spos(l),
                    format!("invalid operation: shifted operand {s} (type {tn}) must be integer"),
                );
                return Operand::invalid();
            }
            match self.convert_untyped(l, &lo, target) {
                Some(_) => lt = target,
                None => return Operand::invalid(),
            }
        }
        if !is_integer(self.types.under(lt)) {
            let s = self.describe(l, &lo);
            self.error(
                spos(l),
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            return Operand::invalid();
        }
        Operand::value(lt)
    }

    /// Folds a constant binary operation: `None` if it does not fold,
    /// `Some(Err(()))` if the result is not representable (infinite).
    fn fold_binary(
        &mut self,
        op: BinOp,
        a: &ConstVal,
        b: &ConstVal,
        u: &Type,
    ) -> Option<Result<ConstVal, ()>> {
        use ConstVal::*;
        Some(Ok(match (a, b) {
            (Int(x), Int(y)) => {
                let int_div = !matches!(
                    u,
                    Type::Untyped(Untyped::Float) | Type::Float32 | Type::Float64
                );
                match op {
                    BinOp::Add => Int(x + y),
                    BinOp::Sub => Int(x - y),
                    BinOp::Mul => Int(x * y),
                    // go/constant divides int64-sized operands in int64
                    // arithmetic, so MinInt64 / -1 wraps (gc accepts it).
                    BinOp::Div if int_div => match (x.to_i64(), y.to_i64()) {
                        (Some(a), Some(b)) => Int(a.wrapping_div(b).into()),
                        _ => Int(x / y),
                    },
                    BinOp::Div => Float(crate::constant::Float::rat(
                        num_rational::BigRational::new(x.clone(), y.clone()),
                    )?),
                    BinOp::Rem => match (x.to_i64(), y.to_i64()) {
                        (Some(a), Some(b)) => Int(a.wrapping_rem(b).into()),
                        _ => Int(x % y),
                    },
                    BinOp::And => Int(x & y),
                    BinOp::Or => Int(x | y),
                    BinOp::Xor => Int(x ^ y),
                    BinOp::AndNot => Int(x & !y),
                    _ => return None,
                }
            }
            (Int(_) | Float(_), Int(_) | Float(_)) => {
                let (x, y) = (a.to_float()?, b.to_float()?);
                let fop = match op {
                    BinOp::Add => FloatOp::Add,
                    BinOp::Sub => FloatOp::Sub,
                    BinOp::Mul => FloatOp::Mul,
                    BinOp::Div => FloatOp::Quo,
                    _ => return None,
                };
                match crate::constant::Float::binary(fop, &x, &y) {
                    Some(f) => Float(f),
                    // An infinite result: go/constant's unknown value.
                    None => return Some(Err(())),
                }
            }
            (Str(x), Str(y)) if op == BinOp::Add => {
                let mut v = x.clone();
                v.extend_from_slice(y);
                Str(v)
            }
            (Bool(x), Bool(y)) => match op {
                BinOp::AndAnd => Bool(*x && *y),
                BinOp::OrOr => Bool(*x || *y),
                _ => return None,
            },
            _ => return None,
        }))
    }

    /// The default type of an untyped operand (`int`, `float64`, ...).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.types.get(t) {
            Type::Untyped(Untyped::Bool) => bt::BOOL,
            Type::Untyped(Untyped::Int) => bt::INT,
            Type::Untyped(Untyped::Rune) => bt::INT32,
            Type::Untyped(Untyped::Float) => bt::FLOAT64,
            Type::Untyped(Untyped::String) => bt::STRING,
            _ => t,
        }
    }

    /// Reports `pkg.sel` (written `e`), which package `p` does not
    /// declare: `unsupported` if Go's package exports it, else gc's
    /// `undefined`, with its hint for a differently-capitalized name.
    pub(crate) fn missing_pkg_member(
        &mut self,
        e: &Expr,
        p: u32,
        pkg: &str,
        sel: &crate::ast::Ident,
    ) {
        let path = self.pkgs[p as usize].path.clone();
        let exported = sel.name.starts_with(|c: char| c.is_uppercase());
        if exported && crate::go_api::go_has(&path, &sel.name) {
            // Go has it, gust does not: reject honestly.
            self.error(
                spos(e),
                format!("unsupported: {path}.{} (not implemented by gust)", sel.name),
            );
            return;
        }
        let mut hint = String::new();
        if !exported {
            let cap: String = sel
                .name
                .chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(sel.name.chars().skip(1))
                .collect();
            if self.pkgs[p as usize].scope.contains_key(&cap) || crate::go_api::go_has(&path, &cap)
            {
                hint = format!(" (but have {cap})");
            }
        }
        self.error(sel.pos, format!("undefined: {pkg}.{}{hint}", sel.name));
    }

    pub(crate) fn check_selector(
        &mut self,
        e: &Expr,
        x: &Expr,
        sel: &crate::ast::Ident,
    ) -> Operand {
        // Qualified identifier?
        if let ExprKind::Ident(pkg) = &x.kind {
            if let Some(p) = self.import_use(pkg) {
                if p == 0 {
                    return Operand::invalid(); // an unsupported package, reported
                }
                let exported = sel.name.starts_with(|c: char| c.is_uppercase());
                match self.pkgs[p as usize].scope.get(&sel.name) {
                    Some(&o) if exported => {
                        self.info().sels.insert(e.id, Selection::Qualified(o));
                        return self.use_obj(e, o);
                    }
                    Some(_) => self.not_exported(p, sel),
                    _ => self.missing_pkg_member(e, p, pkg, sel),
                }
                return Operand::invalid();
            }
        }
        let xo = self.check_expr(x, None);
        if xo.is_invalid() {
            return Operand::invalid();
        }
        if xo.mode == Mode::TypeExpr {
            return self.check_method_expr(e, xo.ty, sel);
        }
        if xo.mode == Mode::NoValue {
            let s = self.expr_str(x);
            self.error(spos(x), format!("{s} (no value) used as value"));
            return Operand::invalid();
        }
        let lookup = self.lookup_field_or_method(xo.ty, &sel.name);
        // Where the field or method is declared: its package decides
        // whether an unexported name may be used here.
        let declared_in = match &lookup {
            Some(Lookup::Field { path, .. }) => {
                Some(self.embedded_type_at(xo.ty, &path[..path.len() - 1]))
            }
            Some(Lookup::Method { recv_named, .. }) => Some(*recv_named),
            _ => None,
        };
        if declared_in.is_some_and(|t| self.foreign_unexported(t, &sel.name)) {
            let s = self.expr_str(e);
            let what = if matches!(lookup, Some(Lookup::Field { .. })) {
                "field"
            } else {
                "method"
            };
            self.error(
                sel.pos,
                format!(
                    "{s} undefined (cannot refer to unexported {what} {})",
                    sel.name
                ),
            );
            return Operand::invalid();
        }
        match lookup {
            Some(Lookup::Field { path, derefs, ty }) => {
                let through_ptr = derefs.iter().any(|d| *d);
                let mode = if xo.mode == Mode::Var || through_ptr {
                    Mode::Var
                } else {
                    Mode::Value
                };
                self.info()
                    .sels
                    .insert(e.id, Selection::Field { path, derefs });
                Operand {
                    mode,
                    ty,
                    val: None,
                }
            }
            Some(Lookup::Method {
                path,
                derefs,
                recv_named,
                ptr_recv,
                sig,
            }) => {
                self.add_method_dep(recv_named, &sel.name);
                // A pointer method on an addressable value takes its address.
                let recv_is_ptr = {
                    let final_ty = self.embedded_type_at(xo.ty, &path);
                    matches!(self.types.under(final_ty), Type::Pointer(_))
                };
                if ptr_recv && !recv_is_ptr {
                    if xo.mode != Mode::Var && !derefs.iter().any(|d| *d) {
                        let tn = self.tstr(xo.ty);
                        self.error(
                            sel.pos,
                            format!("cannot call pointer method {} on {tn}", sel.name),
                        );
                        return Operand::invalid();
                    }
                    if !derefs.iter().any(|d| *d) {
                        self.mark_addr_taken(x);
                    }
                }
                self.info().sels.insert(
                    e.id,
                    Selection::Method {
                        path,
                        derefs,
                        recv_named,
                        name: sel.name.clone(),
                        ptr_recv,
                    },
                );
                Operand::value(sig)
            }
            Some(Lookup::IfaceMethod { path, derefs, sig }) => {
                self.info().sels.insert(
                    e.id,
                    Selection::IfaceMethod {
                        path,
                        derefs,
                        name: sel.name.clone(),
                    },
                );
                Operand::value(sig)
            }
            None if matches!(self.lookup_selector(xo.ty, &sel.name), Err(true)) => {
                let s = self.expr_str(e);
                self.error(sel.pos, format!("ambiguous selector {s}"));
                Operand::invalid()
            }
            None if self.unimplemented_member(xo.ty, sel) => Operand::invalid(),
            None => {
                let s = self.expr_str(e);
                let tn = self.tstr(xo.ty);
                let what = if let Type::Pointer(inner) = self.types.get(xo.ty).clone() {
                    if matches!(
                        self.types.under(inner),
                        Type::Pointer(_) | Type::Interface(_)
                    ) {
                        format!(
                            "type {tn} is pointer to {}, not {}",
                            if matches!(self.types.under(inner), Type::Interface(_)) {
                                "interface"
                            } else {
                                "pointer"
                            },
                            if matches!(self.types.under(inner), Type::Interface(_)) {
                                "interface"
                            } else {
                                "pointer"
                            }
                        )
                    } else {
                        format!("type {tn} has no field or method {}", sel.name)
                    }
                } else {
                    format!("type {tn} has no field or method {}", sel.name)
                };
                let what = self.with_case_hint(xo.ty, &sel.name, what);
                self.error(sel.pos, format!("{s} undefined ({what})"));
                Operand::invalid()
            }
        }
    }

    /// Reports `sel` as unsupported if `t` (or what it points to) is, or
    /// embeds, a type of a provided package whose Go version has that
    /// field or method and gust's does not.
    fn unimplemented_member(&mut self, t: TypeId, sel: &crate::ast::Ident) -> bool {
        let Some(what) = self.go_only_member(t, &sel.name, 0) else {
            return false;
        };
        self.unsupported(sel.pos, &format!("{what} (not implemented by gust)"));
        true
    }

    /// `pkg.T.name` if `t` is, points to or embeds a provided type `T`
    /// whose Go version has field or method `name`.
    fn go_only_member(&self, t: TypeId, name: &str, depth: usize) -> Option<String> {
        let base = match self.types.get(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        if let Some(n) = self.types.named(base) {
            if crate::go_api::go_has_member(&n.pkg, &n.name, name) {
                return Some(format!("{}.{}.{name}", n.pkg, n.name));
            }
        }
        if depth > 16 {
            return None;
        }
        let Type::Struct(fs) = self.types.under(base).clone() else {
            return None;
        };
        fs.iter()
            .filter(|f| f.embedded)
            .find_map(|f| self.go_only_member(f.ty, name, depth + 1))
    }

    /// Reports as unsupported, at `pos`, a dynamic assertion of a value of
    /// interface type `from` to interface type `to` (written `what`) whose
    /// outcome gust cannot give as Go does: a concrete type of a loaded
    /// provided package that can be in `from` (`T` or `*T`) implements
    /// `to` in Go and not in gust, or the reverse (`any(os.Stdout)` as an
    /// `interface{ Name() string }`). Go's method sets are names only: a
    /// method gust has is taken to have Go's signature (the prelude
    /// declares Go's), one it lacks to match (conservatively). Only the
    /// program's own assertions are checked; true if reported.
    pub(crate) fn provided_assert_mismatch(
        &mut self,
        from: TypeId,
        to: TypeId,
        what: &str,
        pos: crate::pos::Pos,
    ) -> bool {
        let Type::Interface(ms) = self.types.under(to).clone() else {
            return false;
        };
        if ms.is_empty() || !super::pkg_is_main(&self.pkgs[self.cur_pkg() as usize]) {
            return false;
        }
        let mut provided = vec![];
        for p in self.pkgs.iter().filter(|p| !super::pkg_is_main(p)) {
            for &o in &p.objs {
                let obj = &self.objs[o as usize];
                if !matches!(obj.kind, ObjKind::TypeName) {
                    continue;
                }
                let Some(n) = self.types.named(obj.ty) else {
                    continue;
                };
                if n.pkg != p.path || n.name != obj.name {
                    continue; // an alias
                }
                if matches!(self.types.under(obj.ty), Type::Interface(_)) {
                    continue;
                }
                provided.push((obj.ty, p.path.clone(), obj.name.clone()));
            }
        }
        for (t, path, name) in provided {
            let (go_val, go_ptr) =
                crate::go_api::go_method_sets(&path, &name).unwrap_or((&[], &[]));
            let pt = self.types.intern(Type::Pointer(t));
            for (r, go_set) in [(t, go_val), (pt, go_ptr)] {
                if self.missing_method_reason(r, from).is_some() {
                    continue; // never in a value of type `from` in gust
                }
                let go_impl = ms.iter().all(|m| {
                    go_set.binary_search(&m.name.as_str()).is_ok()
                        && match self.lookup_field_or_method(r, &m.name) {
                            Some(Lookup::Method { sig, .. }) => sig == m.sig,
                            _ => true,
                        }
                });
                let why = self.missing_method_reason(r, to);
                let msg = match (go_impl, why) {
                    (true, Some(why)) => format!(
                        "{what}: Go's {} implements {}, gust's does not {why}",
                        self.tstr(r),
                        self.tstr(to)
                    ),
                    (false, None) => format!(
                        "{what}: gust's {} implements {}, Go's does not",
                        self.tstr(r),
                        self.tstr(to)
                    ),
                    _ => continue,
                };
                self.unsupported(pos, &msg);
                return true;
            }
        }
        // The program's types that embed a provided type have Go's
        // promoted methods too (`struct{ *os.File }` has Name in Go).
        let main = self.cur_pkg();
        let user: Vec<TypeId> = self
            .objs
            .iter()
            .filter(|o| matches!(o.kind, ObjKind::TypeName) && o.pkg == main)
            .filter(|o| {
                self.types
                    .named(o.ty)
                    .is_some_and(|n| n.name == o.name && n.pkg == "main")
            })
            .map(|o| o.ty)
            .filter(|&t| !matches!(self.types.under(t), Type::Interface(_)))
            .collect();
        for t in user {
            let pt = self.types.intern(Type::Pointer(t));
            for r in [t, pt] {
                if self.missing_method_reason(r, from).is_some()
                    || self.missing_method_reason(r, to).is_none()
                {
                    continue;
                }
                let mut go_only = None;
                let go_impl = ms
                    .iter()
                    .all(|m| match self.lookup_field_or_method(r, &m.name) {
                        Some(Lookup::Method { sig, .. }) => sig == m.sig,
                        _ => {
                            go_only = self.go_only_method(r, &m.name);
                            go_only.is_some()
                        }
                    });
                if let (true, Some(w)) = (go_impl, go_only) {
                    let msg = format!(
                        "{what}: Go's {} implements {} through {w} (not implemented by gust)",
                        self.tstr(r),
                        self.tstr(to)
                    );
                    self.unsupported(pos, &msg);
                    return true;
                }
            }
        }
        false
    }

    /// Reports as unsupported, at `pos`, a method of interface `iface`
    /// that `t` lacks only because gust's provided package does (an
    /// `*os.File` as an `interface{ Name() string }`); true if reported.
    pub(crate) fn unimplemented_iface_method(
        &mut self,
        t: TypeId,
        iface: TypeId,
        pos: crate::pos::Pos,
    ) -> bool {
        let Type::Interface(ms) = self.types.under(iface).clone() else {
            return false;
        };
        for m in ms {
            if let Some(what) = self.go_only_method(t, &m.name) {
                self.unsupported(pos, &format!("{what} (not implemented by gust)"));
                return true;
            }
        }
        false
    }

    /// The method `m` that `t` lacks in gust but has in Go, through Go's
    /// version of a provided type it is, points to or embeds (`*os.File`,
    /// `struct{ *os.File }`): `os.File.Name`.
    pub(crate) fn go_only_method(&self, t: TypeId, m: &str) -> Option<String> {
        if self.lookup_field_or_method(t, m).is_some() {
            return None;
        }
        self.go_only_embedded(t, m, 0)
    }

    fn go_only_embedded(&self, t: TypeId, m: &str, depth: usize) -> Option<String> {
        let base = match self.types.get(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        if let Some(n) = self.types.named(base) {
            if let Some((_, ptr)) = crate::go_api::go_method_sets(&n.pkg, &n.name) {
                if ptr.binary_search(&m).is_ok() {
                    return Some(format!("{}.{}.{m}", n.pkg, n.name));
                }
            }
        }
        if depth > 16 {
            return None;
        }
        let Type::Struct(fs) = self.types.under(base).clone() else {
            return None;
        };
        fs.iter()
            .filter(|f| f.embedded)
            .find_map(|f| self.go_only_embedded(f.ty, m, depth + 1))
    }

    fn with_case_hint(&self, t: TypeId, name: &str, what: String) -> String {
        let lower = name.to_lowercase();
        let base = match self.types.get(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        if let Some(n) = self.types.named(base) {
            if let Some(m) = n
                .methods
                .iter()
                .find(|m| m.name.to_lowercase() == lower && m.name != name)
            {
                return format!("{what}, but does have method {}", m.name);
            }
        }
        if let Type::Struct(fs) = self.types.under(base) {
            if let Some(f) = fs
                .iter()
                .find(|f| f.name.to_lowercase() == lower && f.name != name)
            {
                return format!("{what}, but does have field {}", f.name);
            }
        }
        what
    }

    /// Records a reference to method `name` of `t` for initialization
    /// order.
    fn add_method_dep(&mut self, t: TypeId, name: &str) {
        if let Some(&b) = self.methods.get(&(t, name.to_string())) {
            if let Some(o) = self.bodies[b as usize].obj {
                self.add_dep(o);
            }
        }
    }

    fn check_method_expr(&mut self, e: &Expr, recv: TypeId, sel: &crate::ast::Ident) -> Operand {
        let (base, is_ptr) = match self.types.get(recv) {
            Type::Pointer(b) => (*b, true),
            _ => (recv, false),
        };
        if let Type::Interface(ms) = self.types.under(recv).clone() {
            if let Some(m) = ms.iter().find(|m| m.name == sel.name) {
                let Type::Func(mut s) = self.types.get(m.sig).clone() else {
                    unreachable!()
                };
                s.params.insert(0, recv);
                let t = self.types.intern(Type::Func(s));
                self.info().sels.insert(
                    e.id,
                    Selection::MethodExpr {
                        recv,
                        recv_named: recv,
                        name: sel.name.clone(),
                        ptr_recv: false,
                        path: vec![],
                        derefs: vec![],
                    },
                );
                return Operand::value(t);
            }
        }
        let Some(Lookup::Method {
            path,
            derefs,
            recv_named,
            ptr_recv,
            sig,
        }) = self.lookup_field_or_method(recv, &sel.name)
        else {
            if self.unimplemented_member(recv, sel) {
                return Operand::invalid();
            }
            let s = self.expr_str(e);
            let tn = self.tstr(recv);
            let why = if is_ptr && matches!(self.types.under(base), Type::Interface(_)) {
                format!("type {tn} is pointer to interface, not interface")
            } else {
                format!("type {tn} has no field or method {}", sel.name)
            };
            self.error(sel.pos, format!("{s} undefined ({why})"));
            return Operand::invalid();
        };
        let via_ptr = is_ptr
            || derefs.iter().any(|d| *d)
            || matches!(
                self.types.get(self.embedded_type_at(recv, &path)),
                Type::Pointer(_)
            );
        if ptr_recv && !via_ptr {
            // The receiver type as written, without parentheses (gc's
            // parser drops them around a type).
            let ExprKind::Selector(x, _) = &e.kind else {
                return Operand::invalid();
            };
            let s = format!("{}.{}", self.expr_str(strip_parens(x)), sel.name);
            let tn = self.tstr(recv);
            self.error(
                sel.pos,
                format!(
                    "invalid method expression {s} (needs pointer receiver (*{tn}).{})",
                    sel.name
                ),
            );
            return Operand::invalid();
        }
        self.add_method_dep(recv_named, &sel.name);
        let _ = base;
        let Type::Func(mut s) = self.types.get(sig).clone() else {
            unreachable!()
        };
        s.params.insert(0, recv);
        let t = self.types.intern(Type::Func(s));
        self.info().sels.insert(
            e.id,
            Selection::MethodExpr {
                recv,
                recv_named,
                name: sel.name.clone(),
                ptr_recv,
                path,
                derefs,
            },
        );
        Operand::value(t)
    }

    fn check_index(&mut self, e: &Expr, x: &Expr, i: &Expr, second: Option<Pos>) -> Operand {
        let xo = self.check_expr(x, None);
        if xo.is_invalid() {
            // types2 uses the index.
            self.check_expr(i, None);
            return Operand::invalid();
        }
        if xo.mode == Mode::TypeExpr {
            self.unsupported(e.pos, "generic type instantiation");
            return Operand::invalid();
        }
        let xt = xo.ty;
        let indexable = match self.types.under(xt) {
            Type::Map(..) | Type::String | Type::Untyped(Untyped::String) => true,
            Type::Slice(_) | Type::Array(..) => true,
            Type::Pointer(p) => matches!(self.types.under(*p), Type::Array(..)),
            _ => false,
        };
        // types2's singleIndex: only instantiation takes several indices;
        // checking goes on with the first.
        if let (true, Some(pos)) = (indexable, second) {
            self.error(pos, "invalid operation: more than one index");
        }
        match self.types.under(xt).clone() {
            Type::Map(k, v) => {
                let io = self.check_value(i, Some(k));
                if !io.is_invalid() {
                    self.assign_to(i, io, k, "map index");
                }
                Operand {
                    mode: Mode::MapIndex,
                    ty: v,
                    val: None,
                }
            }
            Type::String | Type::Untyped(Untyped::String) => {
                let n = xo.val.as_ref().map(|v| match v {
                    ConstVal::Str(s) => s.len() as u64,
                    _ => 0,
                });
                let idx = self.check_index_value(i, n);
                if let (Some(ConstVal::Str(s)), Some(ix)) = (&xo.val, idx) {
                    if let Some(&b) = s.get(ix as usize) {
                        let _ = b;
                    }
                }
                if self.is_untyped(&xo) {
                    self.convert_untyped(x, &xo, bt::STRING);
                }
                Operand::value(bt::UINT8)
            }
            Type::Slice(el) => {
                self.check_index_value(i, None);
                Operand {
                    mode: Mode::Var,
                    ty: el,
                    val: None,
                }
            }
            Type::Array(el, n) => {
                self.check_index_value(i, Some(n));
                Operand {
                    mode: if xo.mode == Mode::Var {
                        Mode::Var
                    } else {
                        Mode::Value
                    },
                    ty: el,
                    val: None,
                }
            }
            Type::Pointer(p) => match self.types.under(p).clone() {
                Type::Array(el, n) => {
                    self.check_index_value(i, Some(n));
                    Operand {
                        mode: Mode::Var,
                        ty: el,
                        val: None,
                    }
                }
                _ => self.bad_index(e, x, &xo, i),
            },
            _ => self.bad_index(e, x, &xo, i),
        }
    }

    /// types2's `cannot index x`, at the index expression's `[`.
    fn bad_index(&mut self, e: &Expr, x: &Expr, xo: &Operand, i: &Expr) -> Operand {
        let s = self.describe(x, xo);
        self.error(e.pos, format!("cannot index {s}"));
        // types2 uses the index.
        self.check_expr(i, None);
        Operand::invalid()
    }

    /// Checks an index expression; returns its constant value if any.
    pub(crate) fn check_index_value(&mut self, i: &Expr, len: Option<u64>) -> Option<u64> {
        let io = self.check_value(i, Some(bt::INT));
        if io.is_invalid() {
            return None;
        }
        // types2's isValidIndex: an untyped constant index converts to
        // int first.
        if let (true, Some(v)) = (self.is_untyped(&io), &io.val) {
            if let Err(err) = self.represent(v, bt::INT) {
                let d = self.describe(i, &io);
                let msg = match err {
                    super::assign::ReprErr::Truncated => format!("{d} truncated to int"),
                    super::assign::ReprErr::Overflow => format!("{d} overflows int"),
                    super::assign::ReprErr::Mismatch => format!("cannot convert {d} to type int"),
                };
                self.error(spos(i), msg);
                return None;
            }
        }
        if let Some(v) = &io.val {
            let integer = self.is_untyped(&io) || is_integer(self.types.under(io.ty));
            let Some(n) = v.to_int().filter(|_| integer) else {
                let s = self.describe(i, &io);
                self.error(
                    spos(i),
                    format!("invalid argument: index {s} must be integer"),
                );
                return None;
            };
            if n < BigInt::zero() {
                let s = self.expr_str(i);
                self.error(
                    spos(i),
                    format!(
                        "invalid argument: index {s} (constant of type int) must not be negative"
                    ),
                );
                return None;
            }
            if !ConstVal::fits_int(&n, gust_vm::types::IntKind::Int) {
                let d = self.describe(i, &io);
                self.error(
                    spos(i),
                    format!("invalid argument: index {d} overflows int"),
                );
                return None;
            }
            let n = n.to_u64().unwrap_or(u64::MAX);
            if let Some(l) = len {
                if n >= l {
                    let s = self.expr_str(i);
                    self.error(
                        spos(i),
                        format!("invalid argument: index {s} out of bounds [0:{l}]"),
                    );
                    return None;
                }
            }
            if self.is_untyped(&io) {
                self.convert_untyped(i, &io, bt::INT);
            }
            return Some(n);
        }
        if !is_integer(self.types.under(io.ty)) {
            let s = self.describe(i, &io);
            self.error(
                spos(i),
                format!("invalid argument: index {s} must be integer"),
            );
        } else if self.is_untyped(&io) {
            self.convert_untyped(i, &io, bt::INT);
        }
        None
    }

    fn check_slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
    ) -> Operand {
        let xo = self.check_value(x, None);
        if xo.is_invalid() {
            return Operand::invalid();
        }
        let (res, len) = match self.types.under(xo.ty).clone() {
            Type::String | Type::Untyped(Untyped::String) => {
                if let Some(m) = max {
                    // types2 reports it at the third index.
                    self.error(spos(m), "invalid operation: 3-index slice of string");
                    return Operand::invalid();
                }
                if self.is_untyped(&xo) {
                    self.convert_untyped(x, &xo, bt::STRING);
                }
                (
                    if self.is_untyped(&xo) {
                        bt::STRING
                    } else {
                        xo.ty
                    },
                    None,
                )
            }
            Type::Slice(_) => (xo.ty, None),
            Type::Array(el, n) => {
                if xo.mode != Mode::Var {
                    let s = self.describe(x, &xo);
                    self.error(
                        spos(e),
                        format!("invalid operation: {s} (slice of unaddressable value)"),
                    );
                    return Operand::invalid();
                }
                self.mark_addr_taken(x);
                (self.types.intern(Type::Slice(el)), Some(n))
            }
            Type::Pointer(p) => match self.types.under(p).clone() {
                Type::Array(el, n) => (self.types.intern(Type::Slice(el)), Some(n)),
                _ => return self.bad_slice(x, &xo),
            },
            _ => return self.bad_slice(x, &xo),
        };
        // A constant string's length is known too.
        let len = match &xo.val {
            Some(ConstVal::Str(b)) => Some(b.len() as u64),
            _ => len,
        };
        let cap = len.map(|l| l + 1);
        // Each index's constant value, or its default (0 for the first,
        // the length otherwise), as types2's sliceExpr.
        let idx = [lo, hi, max];
        let mut ind: [Option<u64>; 3] = [None; 3];
        for (i, b) in idx.iter().enumerate() {
            ind[i] = match b {
                Some(b) => self.check_index_value(b, cap),
                None if i == 0 => Some(0),
                None => len,
            };
        }
        // Only the first index smaller than an earlier one is reported,
        // at that index.
        'l: for i in 0..2 {
            let Some(x) = ind[i].filter(|&x| x > 0) else {
                continue;
            };
            for j in i + 1..3 {
                if let (Some(y), Some(at)) = (ind[j], idx[j]) {
                    if y < x {
                        self.error(spos(at), format!("invalid slice indices: {y} < {x}"));
                        break 'l;
                    }
                }
            }
        }
        Operand::value(res)
    }

    fn bad_slice(&mut self, x: &Expr, xo: &Operand) -> Operand {
        let s = self.describe(x, xo);
        self.error(spos(x), format!("cannot slice {s}"));
        Operand::invalid()
    }
}

/// `x` without enclosing parentheses.
pub fn strip_parens(x: &Expr) -> &Expr {
    match &x.kind {
        ExprKind::Paren(i) => strip_parens(i),
        _ => x,
    }
}

pub(crate) fn is_numeric(t: &Type) -> bool {
    matches!(
        t,
        Type::Int(_)
            | Type::Float32
            | Type::Float64
            | Type::Untyped(Untyped::Int | Untyped::Rune | Untyped::Float)
    )
}

pub(crate) fn is_integer(t: &Type) -> bool {
    matches!(
        t,
        Type::Int(_) | Type::Untyped(Untyped::Int | Untyped::Rune)
    )
}

fn is_integer_or_untyped_num(t: &Type) -> bool {
    matches!(
        t,
        Type::Int(_) | Type::Untyped(Untyped::Int | Untyped::Rune | Untyped::Float)
    ) || matches!(t, Type::Float32 | Type::Float64)
}

pub(crate) fn is_string(t: &Type) -> bool {
    matches!(t, Type::String | Type::Untyped(Untyped::String))
}

pub(crate) fn untyped_kind(t: &Type) -> Option<Untyped> {
    match t {
        Type::Untyped(u) => Some(*u),
        _ => None,
    }
}

pub(crate) fn untyped_type(k: Untyped) -> TypeId {
    match k {
        Untyped::Bool => bt::UNTYPED_BOOL,
        Untyped::Int => bt::UNTYPED_INT,
        Untyped::Rune => bt::UNTYPED_RUNE,
        Untyped::Float => bt::UNTYPED_FLOAT,
        Untyped::String => bt::UNTYPED_STRING,
        Untyped::Nil => bt::UNTYPED_NIL,
    }
}

fn compare_consts(op: BinOp, a: &ConstVal, b: &ConstVal) -> Option<bool> {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (ConstVal::Str(x), ConstVal::Str(y)) => x.cmp(y),
        (ConstVal::Bool(x), ConstVal::Bool(y)) => {
            return match op {
                BinOp::Eq => Some(x == y),
                BinOp::Ne => Some(x != y),
                _ => None,
            }
        }
        _ => a.cmp_num(b)?,
    };
    Some(match op {
        BinOp::Eq => ord == Ordering::Equal,
        BinOp::Ne => ord != Ordering::Equal,
        BinOp::Lt => ord == Ordering::Less,
        BinOp::Le => ord != Ordering::Greater,
        BinOp::Gt => ord == Ordering::Greater,
        BinOp::Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// The result of looking up a field or method.
pub enum Lookup {
    /// A struct field.
    Field {
        /// Field index at each embedding step.
        path: Vec<u32>,
        /// Dereference before each step.
        derefs: Vec<bool>,
        /// The field's type.
        ty: TypeId,
    },
    /// A method of a named type.
    Method {
        /// Embedded path to the receiver.
        path: Vec<u32>,
        /// Dereferences along the path.
        derefs: Vec<bool>,
        /// The declaring named type.
        recv_named: TypeId,
        /// Pointer receiver.
        ptr_recv: bool,
        /// Signature without receiver.
        sig: TypeId,
    },
    /// A method of an embedded interface.
    IfaceMethod {
        /// Embedded path to the interface field.
        path: Vec<u32>,
        /// Dereferences along the path.
        derefs: Vec<bool>,
        /// Signature.
        sig: TypeId,
    },
}

impl Checker {
    /// Finds field or method `name` of type `t`, breadth-first through
    /// embedded fields as Go's selector rules require.
    pub fn lookup_field_or_method(&self, t: TypeId, name: &str) -> Option<Lookup> {
        self.lookup_selector(t, name).ok()
    }

    /// Like [`Checker::lookup_field_or_method`]; `Err(true)` when `name`
    /// is ambiguous (found twice at the shallowest depth).
    pub(crate) fn lookup_selector(&self, t: TypeId, name: &str) -> Result<Lookup, bool> {
        // A defined pointer type (type T *S) has S's fields through its
        // underlying pointer, but no methods: types2 drops a method found
        // that way (methods of S are not in T's method set).
        if self.types.named(t).is_some() {
            let u = self.types.underlying(t);
            if matches!(self.types.get(u), Type::Pointer(_)) {
                return match self.lookup_selector_impl(u, name) {
                    Ok(Lookup::Field { path, derefs, ty }) => {
                        Ok(Lookup::Field { path, derefs, ty })
                    }
                    Ok(_) => Err(false),
                    Err(e) => Err(e),
                };
            }
        }
        self.lookup_selector_impl(t, name)
    }

    fn lookup_selector_impl(&self, t: TypeId, name: &str) -> Result<Lookup, bool> {
        // Each candidate: (type at this level, path, derefs).
        let mut level: Vec<(TypeId, Vec<u32>, Vec<bool>)> = vec![(t, vec![], vec![])];
        let mut seen = std::collections::HashSet::new();
        // Breadth-first, as deep as the embedding goes (`seen` stops
        // cycles through pointers).
        loop {
            let mut found: Option<Lookup> = None;
            let mut count = 0;
            let mut next = vec![];
            for (ty, path, derefs) in &level {
                let (base, is_ptr) = match self.types.get(*ty) {
                    Type::Pointer(b)
                        if path.is_empty()
                            || self.types.named(*b).is_some()
                            || matches!(self.types.get(*b), Type::Struct(_)) =>
                    {
                        (*b, true)
                    }
                    _ => (*ty, false),
                };
                if !seen.insert(base) {
                    continue;
                }
                if let Some(m) = self.types.method(base, name) {
                    count += 1;
                    found = Some(Lookup::Method {
                        path: path.clone(),
                        derefs: derefs.clone(),
                        recv_named: base,
                        ptr_recv: m.ptr_recv,
                        sig: m.sig,
                    });
                    continue;
                }
                match self.types.under(base) {
                    Type::Struct(fs) => {
                        for (i, f) in fs.iter().enumerate() {
                            let mut p = path.clone();
                            p.push(i as u32);
                            let mut d = derefs.clone();
                            d.push(is_ptr);
                            if f.name == name {
                                count += 1;
                                found = Some(Lookup::Field {
                                    path: p.clone(),
                                    derefs: d.clone(),
                                    ty: f.ty,
                                });
                            }
                            if f.embedded {
                                next.push((f.ty, p, d));
                            }
                        }
                    }
                    Type::Interface(ms) if !is_ptr => {
                        if let Some(m) = ms.iter().find(|m| m.name == name) {
                            count += 1;
                            found = Some(Lookup::IfaceMethod {
                                path: path.clone(),
                                derefs: derefs.clone(),
                                sig: m.sig,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if count == 1 {
                return found.ok_or(false);
            }
            if count > 1 {
                return Err(true);
            }
            if next.is_empty() {
                return Err(false);
            }
            level = next;
        }
    }

    /// The type reached by following embedded field `path` from `t`.
    pub fn embedded_type_at(&self, t: TypeId, path: &[u32]) -> TypeId {
        let mut cur = t;
        for &i in path {
            let base = match self.types.get(cur) {
                Type::Pointer(b) => *b,
                _ => cur,
            };
            match self.types.under(base) {
                Type::Struct(fs) => cur = fs[i as usize].ty,
                _ => return cur,
            }
        }
        cur
    }
}
