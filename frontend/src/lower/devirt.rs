//! gc's devirtualization of interface method calls, where it is visible.
//!
//! gc turns `x.M()` on an interface into a direct call of the concrete
//! type's method when it can prove that type (`devirtualize.StaticCall`
//! with its `concreteType` analysis): `x` is a conversion from a concrete
//! value, or a local variable (not a parameter, address never taken) all
//! of whose assignments, in its function and the closures in it, give the
//! same concrete type (`nil` and declarations without a value do not
//! count). The one visible effect: a nil `*T` held by the interface
//! calling a value method of `T` fails as the direct call does (a nil
//! dereference), not in the method wrapper (`value method main.T.M
//! called using nil *T pointer`).
//!
//! gust models the analysis without inlining: an assignment from a call
//! whose result is an interface counts as unknown (gc sees through the
//! call when it inlines it), so gust then keeps the interface call.

use std::collections::HashSet;

use gust_vm::types::{Type, TypeId};

use super::Lowerer;
use crate::ast::{Block, Decl, Expr, ExprKind, FuncType, Spec, Stmt, StmtKind};
use crate::check::{strip_parens, CallKind, Info, ObjId, ObjKind};

/// What the analysis knows of an interface expression's dynamic type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Concrete {
    /// Always this concrete type.
    Known(TypeId),
    /// No assignment seen (yet).
    Nothing,
    /// Not provable.
    Unknown,
}

impl Lowerer<'_> {
    /// The concrete type gc proves for interface operand `x` of a method
    /// call, if any.
    pub(crate) fn devirtualized_type(&mut self, x: &Expr) -> Option<TypeId> {
        // A variable's answer is cached: its function's statements are
        // walked once, not once per call.
        let var = match &strip_parens(x).kind {
            ExprKind::Ident(_) => self.info().uses.get(&strip_parens(x).id).copied(),
            _ => None,
        };
        if let Some(&t) = var.and_then(|o| self.devirt_cache.get(&o)) {
            return t;
        }
        let t = match self.concrete(x, self.info(), &mut HashSet::new()) {
            Concrete::Known(t) => Some(t),
            _ => None,
        };
        if let Some(o) = var {
            self.devirt_cache.insert(o, t);
        }
        t
    }

    /// Whether `t` is an interface type.
    pub(crate) fn is_iface(&self, t: TypeId) -> bool {
        matches!(self.prog.types.under(t), Type::Interface(_))
    }

    fn concrete(&self, mut e: &Expr, info: &Info, seen: &mut HashSet<ObjId>) -> Concrete {
        loop {
            e = strip_parens(e);
            let Some(&t) = info.types.get(&e.id) else {
                return Concrete::Unknown;
            };
            if !self.is_iface(t) {
                return Concrete::Known(t);
            }
            match &e.kind {
                ExprKind::Call { args, .. }
                    if matches!(info.calls.get(&e.id), Some(CallKind::Conversion(_)))
                        && args.len() == 1 =>
                {
                    e = &args[0]
                }
                ExprKind::TypeAssert(y, _) => e = y,
                ExprKind::Ident(_) => break,
                _ => return Concrete::Unknown,
            }
        }
        let Some(&o) = info.uses.get(&e.id) else {
            return Concrete::Unknown;
        };
        let ObjKind::Var(v) = &self.c.objs[o as usize].kind else {
            return Concrete::Unknown;
        };
        if v.global || v.addr_taken {
            return Concrete::Unknown;
        }
        if !seen.insert(o) {
            return Concrete::Nothing;
        }
        let Some((sig, body, recv)) = self.owner_func(v.owner) else {
            return Concrete::Unknown;
        };
        let is_param = recv
            .into_iter()
            .chain(&sig.params)
            .chain(&sig.results)
            .flat_map(|f| &f.names)
            .any(|n| info.defs.get(&n.pos) == Some(&o));
        if is_param {
            return Concrete::Unknown;
        }
        let mut acc = Concrete::Nothing;
        let mut add = |c: Concrete| {
            acc = match (acc, c) {
                (_, Concrete::Nothing) => acc,
                (Concrete::Nothing, c) => c,
                (Concrete::Known(a), Concrete::Known(b)) if a == b => acc,
                _ => Concrete::Unknown,
            }
        };
        for_each_stmt(body, &mut |s| {
            for (target, src) in assignments(s) {
                let hit = match target {
                    Target::Name(pos) => info.defs.get(&pos) == Some(&o),
                    Target::Expr(x) => {
                        let x = strip_parens(x);
                        matches!(x.kind, ExprKind::Ident(_))
                            && (info.uses.get(&x.id) == Some(&o)
                                || info.defs.get(&x.pos) == Some(&o))
                    }
                };
                if !hit {
                    continue;
                }
                add(match src {
                    Src::Expr(r) if self.is_nil(r) => Concrete::Nothing,
                    Src::Expr(r) => {
                        if matches!(info.calls.get(&strip_parens(r).id), Some(CallKind::Call)) {
                            // A call's interface result (not inlined).
                            match info.types.get(&r.id) {
                                Some(&t) if !self.is_iface(t) => Concrete::Known(t),
                                _ => Concrete::Unknown,
                            }
                        } else {
                            self.concrete(r, info, seen)
                        }
                    }
                    Src::Type(Some(t)) if !self.is_iface(t) => Concrete::Known(t),
                    Src::Type(_) => Concrete::Unknown,
                });
            }
        });
        acc
    }

    /// The signature, body and receiver of function context `owner` (an
    /// index into the checker's bodies).
    fn owner_func(&self, owner: u32) -> Option<(&FuncType, &Block, Option<&crate::ast::Field>)> {
        let b = self.c.bodies.get(owner as usize)?;
        let unit = &self.c.units[b.unit as usize];
        if let Some(d) = b.decl {
            let Decl::Func(fd) = unit.ast.decls.get(d as usize)? else {
                return None;
            };
            return Some((&fd.sig, fd.body.as_ref()?, fd.recv.as_ref()));
        }
        let lit = crate::visit::find_expr(&unit.ast, b.lit?)?;
        match &lit.kind {
            ExprKind::FuncLit { sig, body } => Some((sig, body, None)),
            _ => None,
        }
    }
}

/// The value an assignment stores: an expression, or only its type (a
/// map or range element, a multi-valued call's result; `None`: not known
/// here).
enum Src<'a> {
    Expr(&'a Expr),
    Type(Option<TypeId>),
}

/// An assignment's target: an expression, or a declared name.
enum Target<'a> {
    Expr(&'a Expr),
    Name(crate::pos::Pos),
}

/// The value `rhs` gives to target `i` of `n` (Go's assignment forms).
fn source(rhs: &[Expr], n: usize, i: usize) -> Src<'_> {
    if rhs.len() == n {
        return Src::Expr(&rhs[i]);
    }
    match rhs.first().map(|r| &strip_parens(r).kind) {
        // v, ok := x.(T): the value is x's.
        Some(ExprKind::TypeAssert(..)) if i == 0 => Src::Expr(&rhs[0]),
        // Map reads, comma-ok bools and multi-valued calls.
        _ => Src::Type(None),
    }
}

/// The (target, value) pairs statement `s` assigns.
fn assignments(s: &Stmt) -> Vec<(Target<'_>, Src<'_>)> {
    match &s.kind {
        StmtKind::Assign { lhs, rhs, .. } => lhs
            .iter()
            .enumerate()
            .map(|(i, l)| (Target::Expr(l), source(rhs, lhs.len(), i)))
            .collect(),
        StmtKind::Decl(g) => g
            .specs
            .iter()
            .flat_map(|sp| match sp {
                Spec::Value(v) if !v.values.is_empty() => v
                    .names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (Target::Name(n.pos), source(&v.values, v.names.len(), i)))
                    .collect(),
                _ => vec![],
            })
            .collect(),
        StmtKind::Range { key, value, .. } => key
            .iter()
            .chain(value)
            .map(|k| (Target::Expr(k), Src::Type(None)))
            .collect(),
        _ => vec![],
    }
}

/// Calls `f` on every statement of `b`, those of function literals in it
/// included (some more than once).
fn for_each_stmt<'a>(b: &'a Block, f: &mut impl FnMut(&'a Stmt)) {
    for s in &b.stmts {
        each_stmt(s, f);
    }
}

fn each_stmt<'a>(s: &'a Stmt, f: &mut impl FnMut(&'a Stmt)) {
    f(s);
    // Statements inside function literals of this statement's expressions.
    let mut lits: Vec<&'a Block> = vec![];
    let direct = |e: &'a Expr, lits: &mut Vec<&'a Block>| {
        crate::visit::find_in_expr::<()>(e, &mut |x| {
            if let ExprKind::FuncLit { body, .. } = &x.kind {
                lits.push(body);
            }
            None
        });
    };
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            direct(e, &mut lits)
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().chain(rhs).for_each(|e| direct(e, &mut lits))
        }
        StmtKind::Decl(g) => {
            for sp in &g.specs {
                if let Spec::Value(v) = sp {
                    v.values.iter().for_each(|e| direct(e, &mut lits));
                }
            }
        }
        StmtKind::Return(es) => es.iter().for_each(|e| direct(e, &mut lits)),
        StmtKind::Block(b) => for_each_stmt(b, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(s) = init {
                each_stmt(s, f);
            }
            direct(cond, &mut lits);
            for_each_stmt(then, f);
            if let Some(s) = els {
                each_stmt(s, f);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(s) = init {
                each_stmt(s, f);
            }
            tag.iter().for_each(|e| direct(e, &mut lits));
            for c in clauses {
                c.exprs.iter().for_each(|e| direct(e, &mut lits));
                c.body.iter().for_each(|s| each_stmt(s, f));
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(s) = init {
                each_stmt(s, f);
            }
            direct(x, &mut lits);
            for c in clauses {
                c.body.iter().for_each(|s| each_stmt(s, f));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(s) = init {
                each_stmt(s, f);
            }
            cond.iter().for_each(|e| direct(e, &mut lits));
            if let Some(s) = post {
                each_stmt(s, f);
            }
            for_each_stmt(body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter()
                .chain(value)
                .chain([x])
                .for_each(|e| direct(e, &mut lits));
            for_each_stmt(body, f);
        }
        StmtKind::Labeled(_, s) => each_stmt(s, f),
        _ => {}
    }
    for b in lits {
        for_each_stmt(b, f);
    }
}
