//! Renderings for diagnostics, in gc's (types2's) words: expressions in
//! short form (`Sq{…}`), operands (`x (variable of type int)`), types
//! qualified relative to package main.

use gust_vm::types::{Type, TypeId};

use super::expr::{Mode, Operand};
use super::Checker;
use crate::ast::{Expr, ExprKind};

impl Checker {
    /// A type as types2 prints it in messages: package main's names
    /// unqualified, `struct{x int}`, `interface{M()}`, `any`.
    pub(crate) fn tstr(&self, t: TypeId) -> String {
        self.types.types2_name(t)
    }

    /// An operand as gc describes it: `x (variable of type int)`,
    /// `5 (untyped int constant)`, `1 << 70 (untyped int constant
    /// 1180591620717411303424)`, `Sq{…} (value of struct type Sq)`.
    pub(crate) fn describe(&self, e: &Expr, op: &Operand) -> String {
        let expr = self.expr_str(e);
        if op.mode == Mode::Nil {
            return "nil".into();
        }
        let mut s = format!("{expr} (");
        let untyped = matches!(self.types.get(op.ty), Type::Untyped(_));
        if untyped {
            s.push_str(&self.tstr(op.ty));
            s.push(' ');
        }
        s.push_str(match op.mode {
            Mode::Const => "constant",
            Mode::Var => "variable",
            Mode::MapIndex => "map index expression",
            Mode::CommaOk => "comma, ok expression",
            Mode::NoValue => "no value",
            Mode::TypeExpr => "type",
            Mode::Builtin(_) => "built-in",
            _ => "value",
        });
        if let Some(v) = &op.val {
            let vs = v.describe();
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if !untyped && !matches!(op.mode, Mode::TypeExpr | Mode::Builtin(_) | Mode::NoValue) {
            s.push_str(" of ");
            if self.types.named(op.ty).is_some() {
                let what = match self.types.under(op.ty) {
                    Type::Array(..) => "array".to_string(),
                    Type::Slice(_) => "slice".into(),
                    Type::Struct(_) => "struct".into(),
                    Type::Pointer(_) => "pointer".into(),
                    Type::Func(_) => "func".into(),
                    Type::Interface(_) => "interface".into(),
                    Type::Map(..) => "map".into(),
                    Type::Tuple(_) => "tuple".into(),
                    _ => self.tstr(self.types.underlying(op.ty)),
                };
                s.push_str(&what);
                s.push(' ');
            }
            s.push_str("type ");
            s.push_str(&self.result_tuple_str(e, op.ty));
        }
        s.push(')');
        s
    }

    /// An expression in gc's short form.
    pub(crate) fn expr_str(&self, e: &Expr) -> String {
        let src = &self.units[self.unit as usize].src;
        crate::syntax_string::expr_string(&src.text, e)
    }
}

/// Where gc reports an error about `e`: the start of the expression
/// (types2 uses `syntax.StartPos`), not the operator of a binary one; a
/// slice expression starts at its `[` (StartPos does not descend into it).
pub(crate) fn spos(e: &Expr) -> crate::pos::Pos {
    match &e.kind {
        ExprKind::Binary(_, l, _) => spos(l),
        ExprKind::Call { func, .. } => spos(func),
        ExprKind::Selector(x, _) | ExprKind::Index(x, _, _) | ExprKind::TypeAssert(x, _) => spos(x),
        ExprKind::Composite { ty: Some(t), .. } => spos(t),
        _ => e.pos,
    }
}
