//! Expressions as gc's `syntax.String` prints them (its `ShortForm`): the
//! one printer behind the parser's and the checker's messages.
//!
//! Literals print as written in the source (`"\x41"`, not `"A"`); function
//! and composite literal bodies print as `{…}` unless empty; everything
//! else prints in full, as `cmd/compile/internal/syntax/printer.go` does.

use crate::ast::{Expr, ExprKind, Field, FuncType, UnOp};
use crate::lexer::Lexer;
use crate::pos::Pos;

/// `e` in gc's short form; `src` is the text of the file `e` was parsed
/// from (for literals' source spelling).
pub fn expr_string(src: &str, e: &Expr) -> String {
    let mut p = Printer {
        src,
        out: String::new(),
    };
    p.expr(e);
    p.out
}

/// A comma-separated list of expressions in short form.
pub fn list_string(src: &str, l: &[Expr]) -> String {
    let mut p = Printer {
        src,
        out: String::new(),
    };
    p.list(l);
    p.out
}

struct Printer<'a> {
    src: &'a str,
    out: String,
}

impl<'a> Printer<'a> {
    /// The source spelling of the literal at `pos` if it starts with one
    /// of `quotes` (it may not, for a tree that is not from `src`).
    fn source_literal(&self, pos: Pos, quotes: &[char]) -> Option<&'a str> {
        let rest = self.src.get(pos.0 as usize..)?;
        Some(Lexer::new(rest).next_token().lit).filter(|l| l.starts_with(quotes))
    }

    /// A string or rune literal as written, or else its value quoted as Go
    /// would.
    fn literal(&mut self, e: &Expr) {
        let quotes = match &e.kind {
            ExprKind::RuneLit(_) => &['\''][..],
            _ => &['"', '`'][..],
        };
        if let Some(lit) = self.source_literal(e.pos, quotes) {
            self.out.push_str(lit);
            return;
        }
        match &e.kind {
            ExprKind::RuneLit(r) => {
                let r = i32::try_from(*r).unwrap_or(0xFFFD);
                self.out.push_str(&gust_vm::fmtcore::strconv::quote_rune(r));
            }
            ExprKind::StringLit(b) => self.out.push_str(&gust_vm::fmtcore::strconv::quote(b)),
            _ => unreachable!("literal() is called for string and rune literals"),
        }
    }

    fn list(&mut self, l: &[Expr]) {
        for (i, x) in l.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(x);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(n) => self.out.push_str(n),
            ExprKind::IntLit(t) | ExprKind::FloatLit(t) | ExprKind::ImagLit(t) => {
                self.out.push_str(t)
            }
            ExprKind::RuneLit(_) | ExprKind::StringLit(_) => self.literal(e),
            ExprKind::Composite { ty, elts, .. } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
                self.out
                    .push_str(if elts.is_empty() { "{}" } else { "{…}" });
            }
            ExprKind::FuncLit { sig, body } => {
                self.out.push_str("func");
                self.sig(sig);
                self.out.push_str(if body.stmts.is_empty() {
                    " {}"
                } else {
                    " {…}"
                });
            }
            ExprKind::Paren(x) => {
                self.out.push('(');
                self.expr(x);
                self.out.push(')');
            }
            ExprKind::Selector(x, sel) => {
                self.expr(x);
                self.out.push('.');
                self.out.push_str(&sel.name);
            }
            ExprKind::Index(x, i, _) => {
                self.expr(x);
                self.out.push('[');
                self.expr(i);
                self.out.push(']');
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(x);
                self.out.push('[');
                if let Some(lo) = lo {
                    self.expr(lo);
                }
                self.out.push(':');
                if let Some(hi) = hi {
                    self.expr(hi);
                }
                if let Some(max) = max {
                    self.out.push(':');
                    self.expr(max);
                }
                self.out.push(']');
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                self.out.push_str(".(");
                match t {
                    Some(t) => self.expr(t),
                    None => self.out.push_str("type"),
                }
                self.out.push(')');
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
                ..
            } => {
                self.expr(func);
                self.out.push('(');
                self.list(args);
                if *ellipsis {
                    self.out.push_str("...");
                }
                self.out.push(')');
            }
            ExprKind::Star(x) => {
                self.out.push('*');
                self.expr(x);
            }
            ExprKind::Unary(op, x) => {
                self.out.push_str(match op {
                    UnOp::Pos => "+",
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::BitNot => "^",
                    UnOp::Addr => "&",
                    UnOp::Recv => "<-",
                });
                self.expr(x);
            }
            ExprKind::Binary(op, x, y) => {
                self.expr(x);
                self.out.push(' ');
                self.out.push_str(op.as_str());
                self.out.push(' ');
                self.expr(y);
            }
            ExprKind::ArrayType {
                len,
                ellipsis,
                elem,
            } => {
                self.out.push('[');
                if let Some(len) = len {
                    self.expr(len);
                } else if *ellipsis {
                    self.out.push_str("...");
                }
                self.out.push(']');
                self.expr(elem);
            }
            ExprKind::MapType(k, v) => {
                self.out.push_str("map[");
                self.expr(k);
                self.out.push(']');
                self.expr(v);
            }
            ExprKind::ChanType(x) => {
                self.out.push_str("chan ");
                self.expr(x);
            }
            ExprKind::FuncType(sig) => {
                self.out.push_str("func");
                self.sig(sig);
            }
            ExprKind::StructType(fields) => {
                self.out.push_str("struct{");
                self.fields(fields, "; ");
                self.out.push('}');
            }
            ExprKind::InterfaceType(fields) => {
                self.out.push_str("interface{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str("; ");
                    }
                    match (&f.names[..], &f.ty.kind) {
                        ([n], ExprKind::FuncType(sig)) => {
                            self.out.push_str(&n.name);
                            self.sig(sig);
                        }
                        _ => self.expr(&f.ty),
                    }
                }
                self.out.push('}');
            }
            ExprKind::Ellipsis(x) => {
                self.out.push_str("...");
                self.expr(x);
            }
            ExprKind::Bad => self.out.push_str("<bad expr>"),
        }
    }

    fn fields(&mut self, fields: &[Field], sep: &str) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push_str(sep);
            }
            for (j, n) in f.names.iter().enumerate() {
                if j > 0 {
                    self.out.push_str(", ");
                }
                self.out.push_str(&n.name);
            }
            if !f.names.is_empty() {
                self.out.push(' ');
            }
            self.expr(&f.ty);
            if let Some(tag) = &f.tag {
                self.out.push(' ');
                match self.source_literal(tag.pos, &['"', '`']) {
                    Some(lit) => self.out.push_str(lit),
                    None => self
                        .out
                        .push_str(&gust_vm::fmtcore::strconv::quote(tag.value.as_bytes())),
                }
            }
        }
    }

    fn sig(&mut self, sig: &FuncType) {
        self.out.push('(');
        self.fields(&sig.params, ", ");
        self.out.push(')');
        match &sig.results[..] {
            [] => {}
            [f] if f.names.is_empty() => {
                self.out.push(' ');
                self.expr(&f.ty);
            }
            rs => {
                self.out.push_str(" (");
                self.fields(rs, ", ");
                self.out.push(')');
            }
        }
    }
}
