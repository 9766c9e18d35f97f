//! Assignability, representability of constants, implicit conversion of
//! untyped operands, and conversions.

use gust_vm::types::{builtin as bt, Type, TypeId, Untyped};

use super::describe::spos;
use super::expr::{is_integer, is_numeric, Mode, Operand};
use super::Checker;
use crate::ast::{Expr, ExprKind};
use crate::constant::{ConstVal, Float};

/// Why a constant does not fit a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReprErr {
    /// Out of range.
    Overflow,
    /// A float constant with a fraction converted to an integer type.
    Truncated,
    /// Wrong kind (e.g. a string constant as an int).
    Mismatch,
}

impl Checker {
    /// Whether types `a` and `b` are identical (interning makes this
    /// equality).
    pub(crate) fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }

    /// Whether values of `t` can be compared with `==`.
    pub(crate) fn comparable(&self, t: TypeId) -> bool {
        self.comparable_in(t, &mut vec![])
    }

    /// `comparable`, with the named types being looked through: a type
    /// containing itself (an invalid recursive type, reported on its
    /// own) does not recurse forever.
    fn comparable_in(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        if self.types.named(t).is_some() {
            if seen.contains(&t) {
                return true;
            }
            seen.push(t);
        }
        let ok = match self.types.under(t) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Array(e, _) => self.comparable_in(*e, seen),
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_in(f.ty, seen)),
            _ => true,
        };
        if self.types.named(t).is_some() {
            seen.pop();
        }
        ok
    }

    /// Converts constant `v` to type `t`, checking representability.
    pub(crate) fn represent(&self, v: &ConstVal, t: TypeId) -> Result<ConstVal, ReprErr> {
        match self.types.under(t) {
            Type::Bool | Type::Untyped(Untyped::Bool) => match v {
                ConstVal::Bool(_) => Ok(v.clone()),
                _ => Err(ReprErr::Mismatch),
            },
            Type::String | Type::Untyped(Untyped::String) => match v {
                ConstVal::Str(_) => Ok(v.clone()),
                _ => Err(ReprErr::Mismatch),
            },
            Type::Int(k) => {
                // types2: a float constant that does not fit an integer
                // type is "truncated", whatever the reason.
                let i = match v {
                    ConstVal::Int(i) => i.clone(),
                    ConstVal::Float(f) => match f.to_int() {
                        Some(i) if ConstVal::fits_int(&i, *k) => return Ok(ConstVal::Int(i)),
                        _ => return Err(ReprErr::Truncated),
                    },
                    _ => return Err(ReprErr::Mismatch),
                };
                if ConstVal::fits_int(&i, *k) {
                    Ok(ConstVal::Int(i))
                } else {
                    Err(ReprErr::Overflow)
                }
            }
            Type::Untyped(Untyped::Int | Untyped::Rune) => match v {
                ConstVal::Int(_) => Ok(v.clone()),
                ConstVal::Float(f) => f.to_int().map(ConstVal::Int).ok_or(ReprErr::Truncated),
                _ => Err(ReprErr::Mismatch),
            },
            Type::Float64 | Type::Float32 => {
                // Rounded once from the exact constant (types2's
                // roundFloat64/roundFloat32).
                let Some(f) = v.to_float() else {
                    return Err(ReprErr::Mismatch);
                };
                let rounded = if matches!(self.types.under(t), Type::Float32) {
                    f.to_f32()
                } else {
                    f.to_f64()
                };
                if rounded.is_infinite() {
                    return Err(ReprErr::Overflow);
                }
                Ok(ConstVal::Float(Float::from_f64(rounded)))
            }
            Type::Untyped(Untyped::Float) => match v.to_float() {
                Some(f) => Ok(ConstVal::Float(f)),
                None => Err(ReprErr::Mismatch),
            },
            _ => Err(ReprErr::Mismatch),
        }
    }

    /// Implicitly converts untyped operand `op` (of expression `e`) to
    /// `target`, recording the final type. `Err` tells why it cannot.
    pub(crate) fn try_convert_untyped(
        &mut self,
        e: &Expr,
        op: &Operand,
        target: TypeId,
    ) -> Result<Operand, ReprErr> {
        if !self.is_untyped(op) || target == bt::INVALID {
            return Ok(op.clone());
        }
        let tu = self.types.under(target).clone();
        if op.mode == Mode::Nil {
            return match tu {
                Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Func(_)
                | Type::Interface(_) => {
                    self.record_type(e, target);
                    Ok(Operand {
                        mode: Mode::Nil,
                        ty: target,
                        val: None,
                    })
                }
                Type::Untyped(Untyped::Nil) => Ok(op.clone()),
                _ => Err(ReprErr::Mismatch),
            };
        }
        if let Type::Interface(ms) = &tu {
            // An untyped value assigned to an interface takes its default
            // type (then gets boxed); only `any`-like targets accept it
            // unless the default type implements the interface.
            let d = self.default_type(op.ty);
            if !ms.is_empty() && self.missing_method_reason(d, target).is_some() {
                return Err(ReprErr::Mismatch);
            }
            return self.try_convert_untyped(e, op, d);
        }
        if let Some(v) = &op.val {
            let nv = self.represent(v, target)?;
            if matches!(tu, Type::Untyped(_)) {
                return Ok(Operand::constant(nv, target));
            }
            self.record_type(e, target);
            self.info().consts.insert(e.id, nv.clone());
            return Ok(Operand::constant(nv, target));
        }
        // Non-constant untyped values: bools from comparisons, shifted
        // untyped constants.
        let ok = match self.types.get(op.ty) {
            Type::Untyped(Untyped::Bool) => matches!(tu, Type::Bool),
            Type::Untyped(Untyped::Int | Untyped::Rune) => {
                is_integer(&tu) || matches!(tu, Type::Float32 | Type::Float64)
            }
            Type::Untyped(Untyped::Float) => is_numeric(&tu),
            Type::Untyped(Untyped::String) => matches!(tu, Type::String),
            _ => false,
        };
        if !ok {
            return Err(ReprErr::Mismatch);
        }
        self.set_untyped_type(e, target);
        Ok(Operand::value(target))
    }

    /// Like [`Checker::try_convert_untyped`], with gc's message on failure.
    pub(crate) fn convert_untyped(
        &mut self,
        e: &Expr,
        op: &Operand,
        target: TypeId,
    ) -> Option<Operand> {
        match self.try_convert_untyped(e, op, target) {
            Ok(o) => Some(o),
            Err(why) => {
                // types2's invalidConversion, naming the target's
                // underlying type.
                let d = self.describe(e, op);
                let t = self.tstr(self.types.underlying(target));
                let msg = match why {
                    ReprErr::Overflow => format!("{d} overflows {t}"),
                    ReprErr::Truncated => format!("{d} truncated to {t}"),
                    ReprErr::Mismatch => format!("cannot convert {d} to type {t}"),
                };
                self.error(spos(e), msg);
                None
            }
        }
    }

    /// Records `t` as the type of a non-constant untyped expression and
    /// of the untyped operands it was computed from.
    pub(crate) fn set_untyped_type(&mut self, e: &Expr, t: TypeId) {
        self.record_type(e, t);
        match &e.kind {
            ExprKind::Paren(x) => self.set_untyped_type(x, t),
            ExprKind::Unary(_, x) => self.set_untyped_type(x, t),
            ExprKind::Binary(op, l, r) => {
                use crate::ast::BinOp::*;
                match op {
                    Shl | Shr => {
                        // Reported once, at the innermost shifted operand
                        // (1 in 1<<s<<s), as types2 does.
                        let nested = matches!(
                            &crate::check::strip_parens(l).kind,
                            ExprKind::Binary(Shl | Shr, ..)
                        );
                        if !nested
                            && !super::expr::is_integer(self.types.under(t))
                            && !matches!(self.types.get(t), Type::Untyped(_))
                        {
                            let s = self.expr_str(l);
                            let tn = self.tstr(t);
                            self.error(spos(l), format!("invalid operation: shifted operand {s} (type {tn}) must be integer"));
                        }
                        self.set_untyped_type(l, t)
                    }
                    Eq | Ne | Lt | Le | Gt | Ge => {}
                    _ => {
                        self.set_untyped_type(l, t);
                        self.set_untyped_type(r, t);
                    }
                }
            }
            _ => {
                if let Some(v) = self.units[self.unit as usize]
                    .info
                    .consts
                    .get(&e.id)
                    .cloned()
                {
                    if let Ok(nv) = self.represent(&v, t) {
                        self.info().consts.insert(e.id, nv);
                    }
                }
            }
        }
    }

    /// Whether `t` is a named type: a defined type or a predeclared one.
    fn is_named(&self, t: TypeId) -> bool {
        match self.types.get(t) {
            Type::Named(_)
            | Type::Bool
            | Type::Int(_)
            | Type::Float32
            | Type::Float64
            | Type::String => true,
            Type::Untyped(_)
            | Type::Invalid
            | Type::Pointer(_)
            | Type::Slice(_)
            | Type::Array(..)
            | Type::Map(..)
            | Type::Func(_)
            | Type::Struct(_)
            | Type::Interface(_)
            | Type::Tuple(_) => false,
        }
    }

    /// Whether a value of type `v` is assignable to type `t` (untyped
    /// operands are handled by the caller).
    pub(crate) fn assignable(&self, v: TypeId, t: TypeId) -> bool {
        if v == t || v == bt::INVALID || t == bt::INVALID {
            return true;
        }
        // Identical underlying types, one of them not named (predeclared
        // types like int and bool are named).
        let (vu, tu) = (self.types.underlying(v), self.types.underlying(t));
        if vu == tu && (!self.is_named(v) || !self.is_named(t)) {
            return true;
        }
        if let Type::Interface(_) = self.types.under(t) {
            return self.missing_method_reason(v, t).is_none();
        }
        false
    }

    /// Why type `t` does not implement interface `iface`, in gc's words
    /// (`(missing method M)`), or `None` if it does.
    pub(crate) fn missing_method_reason(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let Type::Interface(ms) = self.types.under(iface).clone() else {
            return None;
        };
        for m in &ms {
            if let Type::Interface(tms) = self.types.under(t) {
                match tms.iter().find(|x| x.name == m.name) {
                    Some(x) if x.sig == m.sig => continue,
                    Some(_) => return Some(format!("(wrong type for method {})", m.name)),
                    None => return Some(format!("(missing method {})", m.name)),
                }
            }
            match self.lookup_field_or_method(t, &m.name) {
                Some(super::expr::Lookup::Method {
                    derefs,
                    ptr_recv,
                    sig,
                    path,
                    ..
                }) => {
                    let via_ptr = matches!(self.types.get(t), Type::Pointer(_))
                        || derefs.iter().any(|d| *d)
                        || {
                            let at = self.embedded_type_at(t, &path);
                            matches!(self.types.get(at), Type::Pointer(_)) && !path.is_empty()
                        };
                    if ptr_recv && !via_ptr {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                    if sig != m.sig {
                        let have = self.sig_str(sig);
                        let want = self.sig_str(m.sig);
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}{have}\n\t\twant {}{want}",
                            m.name, m.name, m.name
                        ));
                    }
                }
                Some(super::expr::Lookup::IfaceMethod { sig, .. }) => {
                    if sig != m.sig {
                        return Some(format!("(wrong type for method {})", m.name));
                    }
                }
                Some(super::expr::Lookup::Field { .. }) => {
                    let tn = self.tstr(t);
                    return Some(format!("({tn}.{} is a field, not a method)", m.name));
                }
                _ => return Some(self.not_found_cause(t, m)),
            }
        }
        None
    }

    /// types2's cause for a method `m` that `t` lacks: `t` is a pointer
    /// to an interface, or has a method of that name up to case (its
    /// `wrongName`), or none.
    fn not_found_cause(&self, t: TypeId, m: &gust_vm::types::IMethod) -> String {
        let base = match self.types.get(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        if base != t && matches!(self.types.under(base), Type::Interface(_)) {
            let tn = self.tstr(t);
            return format!("(type {tn} is pointer to interface, not interface)");
        }
        let lower = m.name.to_lowercase();
        let folded = self.types.named(base).and_then(|n| {
            n.methods
                .iter()
                .find(|f| f.name != m.name && f.name.to_lowercase() == lower)
        });
        match folded {
            Some(f) => format!(
                "(missing method {})\n\t\thave {}{}\n\t\twant {}{}",
                m.name,
                f.name,
                self.sig_str(f.sig),
                m.name,
                self.sig_str(m.sig)
            ),
            None => format!("(missing method {})", m.name),
        }
    }

    fn sig_str(&self, sig: TypeId) -> String {
        let s = self.tstr(sig);
        s.strip_prefix("func").unwrap_or(&s).to_string()
    }

    /// Checks that `op` (of expression `e`) can be assigned to `t` in
    /// context `ctx` (e.g. "assignment", "argument to f"), converting
    /// untyped operands; reports gc's message otherwise.
    pub(crate) fn assign_to(&mut self, e: &Expr, op: Operand, t: TypeId, ctx: &str) -> Operand {
        if op.is_invalid() || t == bt::INVALID {
            return op;
        }
        if self.is_untyped(&op)
            && op.val.is_some()
            && matches!(self.types.under(t), Type::Interface(_))
        {
            // A constant assigned to an interface first takes its default
            // type (and must fit it); then it is an ordinary value.
            let d = self.default_type(op.ty);
            let typed = self.assign_to(e, op, d, ctx);
            if typed.is_invalid() {
                return typed;
            }
            return self.assign_to(
                e,
                Operand {
                    mode: Mode::Const,
                    ..typed
                },
                t,
                ctx,
            );
        }
        if self.is_untyped(&op) {
            return match self.try_convert_untyped(e, &op, t) {
                Ok(o) => o,
                Err(why) => {
                    let d = self.describe(e, &op);
                    let tn = self.tstr(t);
                    let suffix = match why {
                        ReprErr::Overflow => " (overflows)".to_string(),
                        ReprErr::Truncated => " (truncated)".to_string(),
                        ReprErr::Mismatch => {
                            if let Type::Interface(_) = self.types.under(t) {
                                let dt = self.default_type(op.ty);
                                match self.missing_method_reason(dt, t) {
                                    Some(r) => {
                                        format!(": {} does not implement {tn} {r}", self.tstr(dt))
                                    }
                                    None => String::new(),
                                }
                            } else {
                                String::new()
                            }
                        }
                    };
                    self.error(
                        spos(e),
                        format!("cannot use {d} as {tn} value in {ctx}{suffix}"),
                    );
                    Operand::invalid()
                }
            };
        }
        if !self.assignable(op.ty, t) {
            if matches!(self.types.under(t), Type::Interface(_))
                && self.unimplemented_iface_method(op.ty, t, spos(e))
            {
                return Operand::invalid();
            }
            let d = self.describe(e, &op);
            let tn = self.tstr(t);
            let mut msg = format!("cannot use {d} as {tn} value in {ctx}");
            if let Type::Interface(_) = self.types.under(t) {
                if let Some(r) = self.missing_method_reason(op.ty, t) {
                    msg.push_str(&format!(
                        ": {} does not implement {tn} {r}",
                        self.tstr(op.ty)
                    ));
                }
            }
            self.error(spos(e), msg);
            return Operand::invalid();
        }
        // A value converted to an interface is no longer a constant.
        let val = if matches!(self.types.under(t), Type::Interface(_)) {
            None
        } else {
            op.val
        };
        Operand {
            mode: Mode::Value,
            ty: t,
            val,
        }
    }

    /// Checks conversion `T(x)`; returns the result operand.
    pub(crate) fn check_conversion(&mut self, e: &Expr, x: &Expr, t: TypeId) -> Operand {
        let xo = self.check_value(x, Some(t));
        if xo.is_invalid() || t == bt::INVALID {
            return Operand::invalid();
        }
        let tu = self.types.under(t).clone();
        // Constant conversions stay constant for basic targets.
        if let Some(v) = &xo.val {
            if self.is_const_type(t) {
                let res = match (&tu, v) {
                    (Type::String, ConstVal::Int(i)) if is_integer(self.types.under(xo.ty)) => {
                        let r = i
                            .try_into()
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        Ok(ConstVal::Str(r.to_string().into_bytes()))
                    }
                    _ => self.represent(v, t),
                };
                return match res {
                    Ok(nv) => {
                        if self.is_untyped(&xo) {
                            self.record_type(x, self.conversion_source_type(&xo, t));
                        }
                        Operand::constant(nv, t)
                    }
                    Err(_) => {
                        let d = self.describe(x, &xo);
                        let tn = self.tstr(t);
                        // An integer constant converted to an integer type
                        // can only overflow: types2 says so concisely.
                        let int_to_int = matches!(v, ConstVal::Int(_))
                            && super::expr::is_integer(self.types.under(xo.ty))
                            && matches!(tu, Type::Int(_));
                        let m = if int_to_int {
                            format!("constant {} overflows {tn}", v.describe())
                        } else {
                            format!("cannot convert {d} to type {tn}")
                        };
                        self.error(spos(x), m);
                        Operand::invalid()
                    }
                };
            }
        }
        let from = if self.is_untyped(&xo) {
            let d = self.conversion_source_type(&xo, t);
            if self.try_convert_untyped(x, &xo, d).is_err() {
                let ds = self.describe(x, &xo);
                let tn = self.tstr(t);
                self.error(spos(x), format!("cannot convert {ds} to type {tn}"));
                return Operand::invalid();
            }
            d
        } else {
            xo.ty
        };
        if !self.convertible(from, t) {
            let d = self.describe(x, &xo);
            let tn = self.tstr(t);
            // types2's assignableTo: from an interface to a type that
            // implements it, the hint is a type assertion.
            let hint = if matches!(self.types.under(from), Type::Interface(_))
                && self.missing_method_reason(t, from).is_none()
            {
                ": need type assertion"
            } else {
                ""
            };
            self.error(spos(x), format!("cannot convert {d} to type {tn}{hint}"));
            return Operand::invalid();
        }
        let _ = e;
        Operand::value(t)
    }

    fn conversion_source_type(&self, xo: &Operand, t: TypeId) -> TypeId {
        if xo.mode == Mode::Nil {
            return t;
        }
        match (self.types.get(xo.ty), self.types.under(t)) {
            (
                Type::Untyped(Untyped::Int | Untyped::Rune | Untyped::Float),
                Type::Int(_) | Type::Float32 | Type::Float64,
            ) => t,
            (Type::Untyped(Untyped::String), Type::String) => t,
            (Type::Untyped(Untyped::Bool), Type::Bool) => t,
            _ => self.default_type(xo.ty),
        }
    }

    /// Type identity with struct tags ignored (for conversions).
    pub(crate) fn identical_ignoring_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.types.get(a), self.types.get(b)) {
            (Type::Struct(x), Type::Struct(y)) => {
                x.len() == y.len()
                    && x.iter().zip(y).all(|(f, g)| {
                        f.name == g.name
                            && f.embedded == g.embedded
                            && self.identical_ignoring_tags(f.ty, g.ty)
                    })
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.identical_ignoring_tags(*x, *y)
            }
            (Type::Array(x, n), Type::Array(y, m)) => {
                n == m && self.identical_ignoring_tags(*x, *y)
            }
            (Type::Map(k, v), Type::Map(k2, v2)) => {
                self.identical_ignoring_tags(*k, *k2) && self.identical_ignoring_tags(*v, *v2)
            }
            _ => false,
        }
    }

    /// Go's conversion rules for non-constant values.
    pub(crate) fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        if self.assignable(from, to) {
            return true;
        }
        let (fu, tu) = (self.types.under(from).clone(), self.types.under(to).clone());
        // Identical underlying types, struct tags ignored (Go spec).
        if self.identical_ignoring_tags(self.types.underlying(from), self.types.underlying(to)) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (&fu, &tu) {
            if self.identical_ignoring_tags(self.types.underlying(*a), self.types.underlying(*b)) {
                return true;
            }
        }
        let num = |t: &Type| matches!(t, Type::Int(_) | Type::Float32 | Type::Float64);
        if num(&fu) && num(&tu) {
            return true;
        }
        let bytes_or_runes = |t: &Type| match t {
            Type::Slice(e) => matches!(
                self.types.under(*e),
                Type::Int(gust_vm::types::IntKind::U8 | gust_vm::types::IntKind::I32)
            ),
            _ => false,
        };
        match (&fu, &tu) {
            (Type::Int(_), Type::String) => true,
            (Type::String, t) if bytes_or_runes(t) => true,
            (f, Type::String) if bytes_or_runes(f) => true,
            (Type::Slice(e), Type::Array(e2, _)) | (Type::Slice(e), Type::Pointer(e2)) => {
                let _ = (e, e2);
                match (&tu, self.types.under(*e2)) {
                    (Type::Array(a, _), _) => a == e,
                    (Type::Pointer(_), Type::Array(a, _)) => a == e,
                    _ => false,
                }
            }
            _ => false,
        }
    }
}
