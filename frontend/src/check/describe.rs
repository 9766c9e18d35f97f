//! Renderings for diagnostics, in gc's (types2's) words: expressions in
//! short form (`Sq{…}`), operands (`x (variable of type int)`), types
//! qualified relative to package main.

use gust_vm::types::{Type, TypeId};

use super::expr::{Mode, Operand};
use super::Checker;
use crate::ast::{Expr, ExprKind, UnOp};

impl Checker {
    /// A type as types2 prints it in messages: package main's names
    /// unqualified, `struct{x int}`, `interface{M()}`, `any`.
    pub(crate) fn tstr(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(t, &mut s);
        s
    }

    fn write_type(&self, t: TypeId, s: &mut String) {
        if t == gust_vm::types::builtin::ANY {
            s.push_str("any");
            return;
        }
        match self.types.get(t).clone() {
            Type::Named(_) => {
                let n = self.types.named(t).unwrap();
                if !n.pkg.is_empty() && n.pkg != "main" {
                    s.push_str(n.pkg.rsplit('/').next().unwrap_or(&n.pkg));
                    s.push('.');
                }
                s.push_str(&n.name);
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(e, s);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(e, s);
            }
            Type::Array(e, n) => {
                s.push_str(&format!("[{n}]"));
                self.write_type(e, s);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write_type(k, s);
                s.push(']');
                self.write_type(v, s);
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig_types2(&sig, s);
            }
            Type::Struct(fs) => {
                s.push_str("struct{");
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(f.ty, s);
                }
                s.push('}');
            }
            Type::Interface(ms) => {
                s.push_str("interface{");
                for (i, m) in ms.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.types.get(m.sig).clone() {
                        self.write_sig_types2(&sig, s);
                    }
                }
                s.push('}');
            }
            Type::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(*t, s);
                }
                s.push(')');
            }
            _ => s.push_str(&self.types.name(t)),
        }
    }

    fn write_sig_types2(&self, sig: &gust_vm::types::Sig, s: &mut String) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.types.get(*p) {
                    self.write_type(*e, s);
                    continue;
                }
            }
            self.write_type(*p, s);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(sig.results[0], s);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(*r, s);
                }
                s.push(')');
            }
        }
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
            s.push_str(&self.tstr(op.ty));
        }
        s.push(')');
        s
    }

    /// An expression in gc's short form.
    pub(crate) fn expr_str(&self, e: &Expr) -> String {
        let mut s = String::new();
        write_expr(&mut s, e);
        s
    }
}

fn write_list(s: &mut String, es: &[Expr]) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

/// Where gc reports an error about `e`: the start of the expression
/// (types2 uses `syntax.StartPos`), not the operator of a binary one.
pub(crate) fn spos(e: &Expr) -> crate::pos::Pos {
    match &e.kind {
        ExprKind::Binary(_, l, _) => spos(l),
        ExprKind::Call { func, .. } => spos(func),
        ExprKind::Selector(x, _) | ExprKind::Index(x, _) | ExprKind::TypeAssert(x, _) => spos(x),
        ExprKind::Slice { x, .. } => spos(x),
        ExprKind::Composite { ty: Some(t), .. } => spos(t),
        _ => e.pos,
    }
}

/// Writes `e` as gc's syntax printer does in short form.
pub(crate) fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::IntLit(t) | ExprKind::FloatLit(t) | ExprKind::ImagLit(t) => s.push_str(t),
        ExprKind::RuneLit(r) => {
            let c = char::from_u32(*r).unwrap_or('\u{FFFD}');
            match c {
                '\'' => s.push_str("'\\''"),
                '\\' => s.push_str("'\\\\'"),
                '\n' => s.push_str("'\\n'"),
                '\t' => s.push_str("'\\t'"),
                c if (c as u32) < 0x20 => s.push_str(&format!("'\\x{:02x}'", c as u32)),
                c => {
                    s.push('\'');
                    s.push(c);
                    s.push('\'');
                }
            }
        }
        ExprKind::StringLit(b) => {
            s.push_str(&gust_vm::fmtcore::strconv::quote(b));
        }
        ExprKind::Composite { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push('{');
            if !elts.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::FuncLit { sig, .. } => {
            s.push_str("func");
            write_sig(s, sig);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(s, x);
            s.push('[');
            write_expr(s, i);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(s, x);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m);
            }
            s.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(s, x);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            write_expr(s, func);
            s.push('(');
            write_list(s, args);
            if *ellipsis {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(match op {
                UnOp::Pos => "+",
                UnOp::Neg => "-",
                UnOp::Not => "!",
                UnOp::BitNot => "^",
                UnOp::Addr => "&",
                UnOp::Recv => "<-",
            });
            write_expr(s, x);
        }
        ExprKind::Binary(op, l, r) => {
            write_expr(s, l);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, r);
        }
        ExprKind::ArrayType {
            len,
            ellipsis,
            elem,
        } => {
            s.push('[');
            if *ellipsis {
                s.push_str("...");
            } else if let Some(l) = len {
                write_expr(s, l);
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k);
            s.push(']');
            write_expr(s, v);
        }
        ExprKind::ChanType(x) => {
            s.push_str("chan ");
            write_expr(s, x);
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_sig(s, ft);
        }
        ExprKind::StructType(fs) => {
            s.push_str(if fs.is_empty() {
                "struct{}"
            } else {
                "struct{…}"
            });
        }
        ExprKind::InterfaceType(fs) => {
            s.push_str(if fs.is_empty() {
                "interface{}"
            } else {
                "interface{…}"
            });
        }
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            write_expr(s, x);
        }
        ExprKind::Bad => s.push_str("BadExpr"),
    }
}

fn write_sig(s: &mut String, ft: &crate::ast::FuncType) {
    s.push('(');
    for (i, f) in ft.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        write_expr(s, &f.ty);
    }
    s.push(')');
    match ft.results.len() {
        0 => {}
        1 if ft.results[0].names.is_empty() => {
            s.push(' ');
            write_expr(s, &ft.results[0].ty);
        }
        _ => {
            s.push_str(" (");
            for (i, f) in ft.results.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                for (j, n) in f.names.iter().enumerate() {
                    if j > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&n.name);
                }
                if !f.names.is_empty() {
                    s.push(' ');
                }
                write_expr(s, &f.ty);
            }
            s.push(')');
        }
    }
}
