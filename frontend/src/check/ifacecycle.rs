//! gc's check for anonymous interface cycles (go.dev/issue/56103), which
//! runs after types2 found no error (`noder/irgen.go`'s `cycleFinder`):
//! `type I interface{ F() interface{ I } }` is an interface literal whose
//! method set, through `I`'s methods, mentions that literal again.
//!
//! It works on syntax: an interface literal is identified by its `ExprId`
//! (types2 makes one `*Interface` per literal), an embedded name is
//! expanded through its declaration, an alias through its right-hand side,
//! and any other defined type stops the walk, as in gc.

use std::collections::{HashMap, HashSet};

use super::{Checker, DeclRef, ObjKind};
use crate::ast::{self, Expr, ExprId, ExprKind};

/// `cycleFinder`'s state: whether each interface literal visited is on a
/// cycle (`true` while it is being walked).
#[derive(Default)]
struct Finder {
    cyclic: HashMap<ExprId, bool>,
}

impl Checker {
    /// Records interface literal `e` of the program for the cycle check.
    pub(crate) fn note_iface_literal(&mut self, e: &Expr) {
        if super::pkg_is_main(&self.pkgs[self.cur_pkg() as usize])
            && self.iface_literals.iter().all(|x| x.id != e.id)
        {
            self.iface_literals.push(e.clone());
        }
    }

    /// Reports each outermost interface literal of the program on an
    /// anonymous interface cycle, in source order, as gc does.
    pub(crate) fn check_iface_cycles(&mut self) {
        let lits = std::mem::take(&mut self.iface_literals);
        let mut nested = HashSet::new();
        for l in &lits {
            if let ExprKind::InterfaceType(elems) = &l.kind {
                for f in elems {
                    nested_ifaces(&f.ty, &mut nested);
                }
            }
        }
        let mut outer: Vec<&Expr> = lits.iter().filter(|l| !nested.contains(&l.id)).collect();
        outer.sort_by_key(|l| l.pos);
        let mut f = Finder::default();
        for l in outer {
            if self.has_cycle(&mut f, l, &mut vec![]) {
                let pos = l.pos;
                self.error(
                    pos,
                    "invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)",
                );
                for v in f.cyclic.values_mut() {
                    *v = false; // suppress duplicate errors
                }
            }
        }
    }

    /// The type expression an identifier or alias in the program denotes
    /// when it is a type declared in the program: (`alias`, right-hand side).
    fn declared_type(&self, e: &Expr) -> Option<(bool, Expr)> {
        let o = *self.units[self.unit as usize].info.uses.get(&e.id)?;
        let obj = &self.objs[o as usize];
        if !matches!(obj.kind, ObjKind::TypeName) || obj.pkg != self.cur_pkg() {
            return None;
        }
        if let Some(t) = self.local_type_specs.get(&o) {
            return Some(t.clone());
        }
        let Some(DeclRef::Spec {
            unit, decl, spec, ..
        }) = obj.decl
        else {
            return None;
        };
        let ast = &self.units[unit as usize].ast;
        let ast::Decl::Gen(g) = &ast.decls[decl as usize] else {
            return None;
        };
        let ast::Spec::Type(t) = &g.specs[spec as usize] else {
            return None;
        };
        Some((t.alias, t.ty.clone()))
    }

    /// gc's `hasCycle`: whether a method of interface literal `lit`
    /// (embedded interfaces' included) mentions a literal on a cycle.
    /// `expanding` holds the embedded declarations being expanded.
    fn has_cycle(&self, f: &mut Finder, lit: &Expr, expanding: &mut Vec<ExprId>) -> bool {
        let ExprKind::InterfaceType(elems) = &lit.kind else {
            return false;
        };
        if expanding.contains(&lit.id) {
            return false;
        }
        expanding.push(lit.id);
        let mut found = false;
        for el in elems {
            found = if el.names.is_empty() {
                self.embedded_has_cycle(f, &el.ty, expanding)
            } else {
                self.visit(f, &el.ty)
            };
            if found {
                break;
            }
        }
        expanding.pop();
        found
    }

    /// Expands embedded interface `e` for `has_cycle`.
    fn embedded_has_cycle(&self, f: &mut Finder, e: &Expr, expanding: &mut Vec<ExprId>) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.embedded_has_cycle(f, x, expanding),
            ExprKind::InterfaceType(_) => self.has_cycle(f, e, expanding),
            ExprKind::Ident(_) => match self.declared_type(e) {
                Some((_, rhs)) => self.embedded_has_cycle(f, &rhs, expanding),
                None => false,
            },
            _ => false,
        }
    }

    /// gc's `visit`: whether type expression `e` mentions an interface
    /// literal on a cycle (a defined type ends the walk).
    fn visit(&self, f: &mut Finder, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Ident(_) => match self.declared_type(e) {
                Some((true, rhs)) => self.visit(f, &rhs),
                _ => false,
            },
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Ellipsis(x) => self.visit(f, x),
            ExprKind::ArrayType { elem, .. } => self.visit(f, elem),
            ExprKind::MapType(k, v) => self.visit(f, k) || self.visit(f, v),
            ExprKind::FuncType(ft) => ft
                .params
                .iter()
                .chain(&ft.results)
                .any(|p| self.visit(f, &p.ty)),
            ExprKind::StructType(fields) => fields.iter().any(|p| self.visit(f, &p.ty)),
            ExprKind::InterfaceType(elems) => {
                if elems.is_empty() {
                    return false;
                }
                if let Some(&x) = f.cyclic.get(&e.id) {
                    return x;
                }
                f.cyclic.insert(e.id, true);
                if self.has_cycle(f, e, &mut vec![]) {
                    return true;
                }
                f.cyclic.insert(e.id, false);
                false
            }
            _ => false,
        }
    }
}

/// Collects the interface literals nested in type expression `e`.
fn nested_ifaces(e: &Expr, out: &mut HashSet<ExprId>) {
    match &e.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Ellipsis(x) => nested_ifaces(x, out),
        ExprKind::ArrayType { elem, .. } => nested_ifaces(elem, out),
        ExprKind::MapType(k, v) => {
            nested_ifaces(k, out);
            nested_ifaces(v, out);
        }
        ExprKind::FuncType(ft) => {
            for p in ft.params.iter().chain(&ft.results) {
                nested_ifaces(&p.ty, out);
            }
        }
        ExprKind::StructType(fields) => {
            for p in fields {
                nested_ifaces(&p.ty, out);
            }
        }
        ExprKind::InterfaceType(elems) => {
            out.insert(e.id);
            for p in elems {
                nested_ifaces(&p.ty, out);
            }
        }
        _ => {}
    }
}
