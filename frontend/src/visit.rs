//! Syntax tree traversal.

use crate::ast::{Block, Decl, Expr, ExprId, ExprKind, File, Spec, Stmt, StmtKind};

/// Calls `f` on every expression of `file`, outermost first; stops early
/// when `f` returns `Some`.
pub fn find_in_file<'a, T>(file: &'a File, f: &mut impl FnMut(&'a Expr) -> Option<T>) -> Option<T> {
    for d in &file.decls {
        let r = match d {
            Decl::Func(fd) => fd.body.as_ref().and_then(|b| find_in_block(b, f)),
            Decl::Gen(g) => g.specs.iter().find_map(|s| match s {
                Spec::Value(v) => v.values.iter().find_map(|e| find_in_expr(e, f)),
                Spec::Type(_) => None,
            }),
        };
        if r.is_some() {
            return r;
        }
    }
    None
}

/// The expression with id `id` in `file`.
pub fn find_expr(file: &File, id: ExprId) -> Option<&Expr> {
    find_in_file(file, &mut |e| (e.id == id).then_some(e))
}

/// Calls `f` on every expression of block `b`, outermost first; stops
/// early when `f` returns `Some`.
pub(crate) fn find_in_block<'a, T>(
    b: &'a Block,
    f: &mut impl FnMut(&'a Expr) -> Option<T>,
) -> Option<T> {
    b.stmts.iter().find_map(|s| find_in_stmt(s, f))
}

fn opt_stmt<'a, T>(
    s: &'a Option<Box<Stmt>>,
    f: &mut impl FnMut(&'a Expr) -> Option<T>,
) -> Option<T> {
    s.as_deref().and_then(|s| find_in_stmt(s, f))
}

fn find_in_stmt<'a, T>(s: &'a Stmt, f: &mut impl FnMut(&'a Expr) -> Option<T>) -> Option<T> {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            find_in_expr(e, f)
        }
        StmtKind::Decl(g) => g.specs.iter().find_map(|sp| match sp {
            Spec::Value(v) => v.values.iter().find_map(|e| find_in_expr(e, f)),
            Spec::Type(_) => None,
        }),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).find_map(|e| find_in_expr(e, f)),
        StmtKind::Return(es) => es.iter().find_map(|e| find_in_expr(e, f)),
        StmtKind::Block(b) => find_in_block(b, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => opt_stmt(init, f)
            .or_else(|| find_in_expr(cond, f))
            .or_else(|| find_in_block(then, f))
            .or_else(|| opt_stmt(els, f)),
        StmtKind::Switch {
            init, tag, clauses, ..
        } => opt_stmt(init, f)
            .or_else(|| tag.as_ref().and_then(|t| find_in_expr(t, f)))
            .or_else(|| {
                clauses.iter().find_map(|c| {
                    c.exprs
                        .iter()
                        .find_map(|e| find_in_expr(e, f))
                        .or_else(|| c.body.iter().find_map(|s| find_in_stmt(s, f)))
                })
            }),
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => opt_stmt(init, f)
            .or_else(|| find_in_expr(x, f))
            .or_else(|| {
                clauses
                    .iter()
                    .find_map(|c| c.body.iter().find_map(|s| find_in_stmt(s, f)))
            }),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => opt_stmt(init, f)
            .or_else(|| cond.as_ref().and_then(|c| find_in_expr(c, f)))
            .or_else(|| opt_stmt(post, f))
            .or_else(|| find_in_block(body, f)),
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => key
            .as_ref()
            .and_then(|k| find_in_expr(k, f))
            .or_else(|| value.as_ref().and_then(|v| find_in_expr(v, f)))
            .or_else(|| find_in_expr(x, f))
            .or_else(|| find_in_block(body, f)),
        StmtKind::Labeled(_, s) => find_in_stmt(s, f),
        _ => None,
    }
}

fn opt_expr<'a, T>(
    e: &'a Option<Box<Expr>>,
    f: &mut impl FnMut(&'a Expr) -> Option<T>,
) -> Option<T> {
    e.as_deref().and_then(|e| find_in_expr(e, f))
}

/// Searches `e` and its subexpressions (function literal bodies included).
pub fn find_in_expr<'a, T>(e: &'a Expr, f: &mut impl FnMut(&'a Expr) -> Option<T>) -> Option<T> {
    if let Some(r) = f(e) {
        return Some(r);
    }
    match &e.kind {
        ExprKind::Composite { ty, elts, .. } => opt_expr(ty, f).or_else(|| {
            elts.iter().find_map(|el| {
                el.key
                    .as_ref()
                    .and_then(|k| find_in_expr(k, f))
                    .or_else(|| find_in_expr(&el.value, f))
            })
        }),
        ExprKind::FuncLit { body, .. } => find_in_block(body, f),
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::Selector(x, _)
        | ExprKind::Ellipsis(x) => find_in_expr(x, f),
        ExprKind::Index(x, i, _) => find_in_expr(x, f).or_else(|| find_in_expr(i, f)),
        ExprKind::Slice { x, lo, hi, max } => find_in_expr(x, f)
            .or_else(|| opt_expr(lo, f))
            .or_else(|| opt_expr(hi, f))
            .or_else(|| opt_expr(max, f)),
        ExprKind::TypeAssert(x, t) => find_in_expr(x, f).or_else(|| opt_expr(t, f)),
        ExprKind::Call { func, args, .. } => {
            find_in_expr(func, f).or_else(|| args.iter().find_map(|a| find_in_expr(a, f)))
        }
        ExprKind::Binary(_, l, r) => find_in_expr(l, f).or_else(|| find_in_expr(r, f)),
        _ => None,
    }
}
