//! gc's evaluation order: within a statement, function calls run first
//! (left to right, inner before outer), and the remaining operands are
//! read afterwards. The spec leaves the order of plain operand reads
//! relative to calls unspecified; gc's `order` pass fixes it this way, and
//! programs observe it (`fmt.Println(x, f())` where `f` changes `x`).
//!
//! Lowering reproduces it by evaluating the statement's calls into
//! temporaries before the statement, when some operand of the statement
//! could be changed by a call (a global, an escaping local, memory behind
//! a pointer, slice or map). Calls on the right of `&&`/`||` and inside
//! function literals are not hoisted: they are conditional or deferred.

use gust_vm::types::Type;

use super::{Local, Lowerer};
use crate::ast::{BinOp, Expr, ExprKind};
use crate::check::{CallKind, ObjKind};

impl<'c> Lowerer<'c> {
    /// Hoists the calls of `exprs` (a statement's expressions, in
    /// evaluation order) into temporaries if their order matters. `root`
    /// is a call that is the statement itself and stays in place.
    pub(crate) fn hoist_calls(&mut self, exprs: &[&Expr], root: Option<&Expr>) {
        let mut calls: Vec<&Expr> = vec![];
        let mut risky = false;
        for e in exprs {
            self.collect(e, &mut calls, &mut risky);
        }
        if let Some(r) = root {
            calls.retain(|c| c.id != r.id);
        }
        if calls.is_empty() || !risky {
            return;
        }
        for c in calls {
            let t = self.expr_type(c);
            let ts = match self.prog.types.get(t) {
                Type::Tuple(ts) => ts.clone(),
                _ => vec![t],
            };
            let n = ts.iter().map(|t| self.slots(*t)).sum();
            self.call(c, false);
            let tmp = self.temp_typed(&ts);
            self.store_slots(tmp, n);
            self.fb.hoisted.insert(c.id, (tmp, n));
        }
    }

    /// Collects hoistable calls of `e` in evaluation order (post-order)
    /// and notes whether `e` reads something a call could change.
    fn collect<'e>(&self, e: &'e Expr, calls: &mut Vec<&'e Expr>, risky: &mut bool) {
        match &e.kind {
            ExprKind::Call { func, args, .. } => {
                if let ExprKind::Selector(x, _) = &func.kind {
                    self.collect(x, calls, risky);
                } else if !matches!(self.call_kind(e), Some(CallKind::Conversion(_))) {
                    self.collect(func, calls, risky);
                }
                for a in args {
                    self.collect(a, calls, risky);
                }
                if let Some(CallKind::Call) = self.call_kind(e) {
                    calls.push(e);
                }
            }
            ExprKind::Binary(op, l, r) => {
                self.collect(l, calls, risky);
                if matches!(op, BinOp::AndAnd | BinOp::OrOr) {
                    // Conditional: its calls stay in place, but its reads
                    // still count.
                    let mut inner = vec![];
                    self.collect(r, &mut inner, risky);
                } else {
                    self.collect(r, calls, risky);
                }
            }
            ExprKind::Ident(_) => {
                if let Some(&o) = self.info().uses.get(&e.id) {
                    if let ObjKind::Var(_) = self.c.objs[o as usize].kind {
                        // A by-value capture never changes either.
                        let plain = matches!(
                            self.fb.locals.get(&o),
                            Some(Local::Slots { .. } | Local::CapturedValue { .. })
                        );
                        if !plain {
                            *risky = true;
                        }
                    }
                }
            }
            ExprKind::Star(x) => {
                *risky = true;
                self.collect(x, calls, risky);
            }
            ExprKind::Index(x, i, _) => {
                let xt = self.expr_type(x);
                if !matches!(self.prog.types.under(xt), Type::String) {
                    *risky = true;
                }
                self.collect(x, calls, risky);
                self.collect(i, calls, risky);
            }
            ExprKind::Selector(x, _) => {
                if let Some(crate::check::Selection::Field { derefs, .. }) =
                    self.info().sels.get(&e.id)
                {
                    if derefs.iter().any(|d| *d) {
                        *risky = true;
                    }
                }
                self.collect(x, calls, risky);
            }
            ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::TypeAssert(x, _) => {
                self.collect(x, calls, risky)
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.collect(x, calls, risky);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.collect(b, calls, risky);
                }
            }
            ExprKind::Composite { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        if !matches!(k.kind, ExprKind::Ident(_))
                            || self.info().uses.contains_key(&k.id)
                        {
                            self.collect(k, calls, risky);
                        }
                    }
                    self.collect(&el.value, calls, risky);
                }
            }
            _ => {}
        }
    }

    /// Drops the hoisted temporaries of the statement just lowered.
    pub(crate) fn end_hoist(&mut self) {
        self.fb.hoisted.clear();
    }
}
