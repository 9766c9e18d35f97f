//! Statements, scopes, labels and the terminating-statement rule.

use std::collections::HashMap;

use gust_vm::types::{builtin as bt, Type, TypeId};

use super::describe::spos;
use super::expr::{is_integer, strip_parens, Mode, Operand};
use super::{Checker, ObjId, ObjKind};
use crate::ast::{self, AssignOp, Expr, ExprKind, Stmt, StmtKind};
use crate::pos::Pos;

/// A statement that `break`/`continue` can target.
#[derive(Clone, Debug)]
pub(crate) struct Breakable {
    is_loop: bool,
    label: Option<String>,
}

impl Checker {
    fn open_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }

    /// Closes the innermost scope, reporting its unused variables.
    pub(crate) fn close_scope(&mut self) {
        let Some(scope) = self.scopes.pop() else {
            return;
        };
        let mut unused: Vec<(Pos, String)> = scope
            .values()
            .filter_map(|&o| {
                let obj = &self.objs[o as usize];
                match &obj.kind {
                    ObjKind::Var(v) if !v.used && !v.global => Some((obj.pos, obj.name.clone())),
                    _ => None,
                }
            })
            .collect();
        unused.sort();
        for (pos, name) in unused {
            self.error(pos, format!("declared and not used: {name}"));
        }
    }

    pub(crate) fn check_block_stmts(&mut self, stmts: &[Stmt]) {
        for (i, s) in stmts.iter().enumerate() {
            self.check_stmt(s, i + 1 == stmts.len());
        }
    }

    fn check_block(&mut self, b: &ast::Block) {
        self.open_scope();
        self.check_block_stmts(&b.stmts);
        self.close_scope();
    }

    fn breakables(&mut self) -> &mut Vec<Breakable> {
        &mut self
            .funcs
            .last_mut()
            .expect("statement outside function")
            .breakables
    }

    fn check_stmt(&mut self, s: &Stmt, _last: bool) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => {
                let op = self.check_expr(e, None);
                let inner = strip_parens(e);
                let is_call = matches!(inner.kind, ExprKind::Call { .. });
                if op.mode == Mode::Invalid {
                    return;
                }
                if let Mode::Builtin(b) = op.mode {
                    self.error(spos(e), format!("{} (built-in) must be called", b.name()));
                    return;
                }
                let builtin_ok = match &inner.kind {
                    ExprKind::Call { .. } => {
                        match self.units[self.unit as usize].info.calls.get(&inner.id) {
                            Some(super::CallKind::Builtin(b)) => !matches!(
                                b,
                                super::Builtin::Len
                                    | super::Builtin::Cap
                                    | super::Builtin::Append
                                    | super::Builtin::Make
                                    | super::Builtin::New
                                    | super::Builtin::Min
                                    | super::Builtin::Max
                            ),
                            Some(super::CallKind::Conversion(_)) => false,
                            _ => true,
                        }
                    }
                    _ => false,
                };
                if !is_call || !builtin_ok {
                    let d = self.describe(e, &op);
                    let d = if op.mode == Mode::TypeExpr {
                        format!("{} (type)", self.expr_str(e))
                    } else {
                        d
                    };
                    self.error(spos(e), format!("{d} is not used"));
                }
            }
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Assign { lhs, op, rhs } => self.check_assign(s, lhs, *op, rhs),
            StmtKind::IncDec(x, inc) => {
                let xo = self.check_lhs(x);
                if xo.is_invalid() {
                    return;
                }
                // types2 evaluates x as an operand first: x++ is a use.
                self.mark_lhs_used(x);
                if !super::expr::is_numeric(self.types.under(xo.ty)) {
                    let d = self.describe(x, &xo);
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        spos(x),
                        format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            self.expr_str(x),
                            self.tstr(xo.ty)
                        ),
                    );
                    let _ = d;
                }
            }
            StmtKind::Go(_) => self.unsupported(s.pos, "goroutines (go statement)"),
            StmtKind::Select => self.unsupported(s.pos, "select statement"),
            StmtKind::Goto(l) => {
                if self.label_known(&l.name) {
                    self.use_label(&l.name);
                } else {
                    self.error(l.pos, format!("label {} not defined", l.name));
                }
            }
            StmtKind::Defer(e) => {
                let b = self.funcs.last().unwrap().body;
                self.bodies[b as usize].has_defer = true;
                let inner = strip_parens(e);
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    self.error(spos(e), "expression in defer must be function call");
                    self.check_expr(e, None);
                    return;
                }
                let op = self.check_expr(e, None);
                if let ExprKind::Call { func, .. } = &inner.kind {
                    let lit = strip_parens(func).id;
                    if let Some(&lb) = self.units[self.unit as usize].info.closures.get(&lit) {
                        self.bodies[lb as usize].deferred_directly = true;
                    }
                }
                if let Some(super::CallKind::Conversion(_)) =
                    self.units[self.unit as usize].info.calls.get(&inner.id)
                {
                    let d = self.describe(e, &op);
                    self.error(
                        spos(e),
                        format!("defer requires function call, not conversion {d}"),
                    );
                }
                if let Some(super::CallKind::Builtin(b)) =
                    self.units[self.unit as usize].info.calls.get(&inner.id)
                {
                    if matches!(
                        b,
                        super::Builtin::Len
                            | super::Builtin::Cap
                            | super::Builtin::Append
                            | super::Builtin::Make
                            | super::Builtin::New
                            | super::Builtin::Min
                            | super::Builtin::Max
                    ) {
                        let d = self.describe(e, &op);
                        self.error(spos(e), format!("defer discards result of {d}"));
                    }
                }
            }
            StmtKind::Return(vals) => self.check_return(s, vals),
            StmtKind::Break(label) => {
                let bs = self.breakables().clone();
                match label {
                    None => {
                        if bs.is_empty() {
                            self.error(s.pos, "break is not in a loop, switch, or select");
                        }
                    }
                    Some(l) => {
                        if !bs.iter().any(|b| b.label.as_deref() == Some(&l.name)) {
                            let msg = if self.label_known(&l.name) {
                                format!("invalid break label {}", l.name)
                            } else {
                                format!("break label not defined: {}", l.name)
                            };
                            self.error(l.pos, msg);
                        }
                        self.use_label(&l.name);
                    }
                }
            }
            StmtKind::Continue(label) => {
                let bs = self.breakables().clone();
                match label {
                    None => {
                        if !bs.iter().any(|b| b.is_loop) {
                            self.error(s.pos, "continue is not in a loop");
                        }
                    }
                    Some(l) => {
                        if !bs
                            .iter()
                            .any(|b| b.is_loop && b.label.as_deref() == Some(&l.name))
                        {
                            let msg = if self.label_known(&l.name) {
                                format!("invalid continue label {}", l.name)
                            } else {
                                format!("continue label not defined: {}", l.name)
                            };
                            self.error(l.pos, msg);
                        }
                        self.use_label(&l.name);
                    }
                }
            }
            StmtKind::Fallthrough => {
                // Validity is checked by the switch (only as the last
                // statement of a non-final expression-switch clause).
                let ok = self.funcs.last().map(|f| f.fallthrough_ok).unwrap_or(false);
                if !ok {
                    self.error(s.pos, "fallthrough statement out of place");
                }
            }
            StmtKind::Block(b) => self.check_block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.check_stmt(i, false);
                }
                self.check_cond(cond, "if");
                self.check_block(then);
                if let Some(e) = els {
                    self.check_stmt(e, false);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.check_switch(s, init.as_deref(), tag.as_ref(), clauses, None),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => self.check_type_switch(init.as_deref(), bind.as_ref(), x, clauses, None),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.check_for(init.as_deref(), cond.as_ref(), post.as_deref(), body, None),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.check_range(s, key.as_ref(), value.as_ref(), *define, x, body, None),
            StmtKind::Labeled(l, inner) => {
                // Labels are function-scoped: a second definition is an
                // error and does not label its statement.
                // (All labels were collected when the body started, so
                // `goto` can jump forward; the first definition wins.)
                let first = self
                    .funcs
                    .last()
                    .unwrap()
                    .labels
                    .iter()
                    .find(|x| x.0 == l.name)
                    .map(|x| x.1);
                let name = match first {
                    // types2 ignores blank labels.
                    _ if l.name == "_" => None,
                    Some(p) if p != l.pos => {
                        let at = self.pos_ref(p);
                        self.error(l.pos, format!("label {} already defined at {at}", l.name));
                        None
                    }
                    _ => Some(l.name.clone()),
                };
                match &inner.kind {
                    StmtKind::For {
                        init,
                        cond,
                        post,
                        body,
                    } => {
                        self.check_for(init.as_deref(), cond.as_ref(), post.as_deref(), body, name)
                    }
                    StmtKind::Range {
                        key,
                        value,
                        define,
                        x,
                        body,
                    } => self.check_range(
                        inner,
                        key.as_ref(),
                        value.as_ref(),
                        *define,
                        x,
                        body,
                        name,
                    ),
                    StmtKind::Switch {
                        init, tag, clauses, ..
                    } => self.check_switch(inner, init.as_deref(), tag.as_ref(), clauses, name),
                    StmtKind::TypeSwitch {
                        init,
                        bind,
                        x,
                        clauses,
                        ..
                    } => self.check_type_switch(init.as_deref(), bind.as_ref(), x, clauses, name),
                    _ => {
                        self.breakables().push(Breakable {
                            is_loop: false,
                            label: None,
                        });
                        self.check_stmt(inner, false);
                        self.breakables().pop();
                    }
                }
            }
        }
    }

    fn label_known(&self, name: &str) -> bool {
        self.funcs
            .last()
            .is_some_and(|f| f.labels.iter().any(|l| l.0 == name))
    }

    fn use_label(&mut self, name: &str) {
        if let Some(f) = self.funcs.last_mut() {
            if let Some(l) = f.labels.iter_mut().rev().find(|l| l.0 == name) {
                l.2 = true;
            }
        }
    }

    fn check_cond(&mut self, cond: &Expr, what: &str) {
        let co = self.check_value(cond, Some(bt::BOOL));
        if co.is_invalid() {
            return;
        }
        if !matches!(
            self.types.under(co.ty),
            Type::Bool | Type::Untyped(gust_vm::types::Untyped::Bool)
        ) {
            let d = self.describe(cond, &co);
            self.error(
                spos(cond),
                format!("non-boolean condition in {what} statement"),
            );
            let _ = d;
            return;
        }
        if self.is_untyped(&co) {
            self.convert_untyped(cond, &co, bt::BOOL);
        }
    }

    fn check_for(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
        label: Option<String>,
    ) {
        self.open_scope();
        if let Some(i) = init {
            self.check_stmt(i, false);
        }
        if let Some(c) = cond {
            self.check_cond(c, "for");
        }
        if let Some(p) = post {
            if let StmtKind::Assign {
                op: AssignOp::Define,
                ..
            } = &p.kind
            {
                self.error(p.pos, "cannot declare in post statement of for loop");
            } else {
                self.check_stmt(p, false);
            }
        }
        self.breakables().push(Breakable {
            is_loop: true,
            label,
        });
        self.check_block(body);
        self.breakables().pop();
        self.close_scope();
    }

    #[allow(clippy::too_many_arguments)]
    fn check_range(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) {
        self.open_scope();
        let xo = self.check_value(x, None);
        // types2: `for i = range n` over an integer assigns n itself to i
        // ("range clause"), so an untyped constant n takes i's type.
        let assign_int = match key {
            Some(k) if !define && !xo.is_invalid() && is_integer(self.types.under(xo.ty)) => {
                Some(k)
            }
            _ => None,
        };
        let (kt, vt) = if xo.is_invalid() {
            (bt::INVALID, bt::INVALID)
        } else {
            let mut xt = xo.ty;
            if assign_int.is_some() {
                xt = bt::INT;
            } else if self.is_untyped(&xo) {
                let d = self.default_type(xo.ty);
                self.convert_untyped(x, &xo, d);
                xt = d;
            }
            match self.types.under(xt).clone() {
                Type::Int(_) => (xt, bt::INVALID),
                Type::String => (bt::INT, bt::INT32),
                Type::Slice(e) | Type::Array(e, _) => (bt::INT, e),
                Type::Pointer(p) => match self.types.under(p).clone() {
                    Type::Array(e, _) => (bt::INT, e),
                    _ => {
                        let d = self.describe(x, &xo);
                        self.error(spos(x), format!("cannot range over {d}"));
                        (bt::INVALID, bt::INVALID)
                    }
                },
                Type::Map(k, v) => (k, v),
                Type::Func(_) => {
                    self.unsupported(x.pos, "range over function");
                    (bt::INVALID, bt::INVALID)
                }
                _ => {
                    let d = self.describe(x, &xo);
                    self.error(spos(x), format!("cannot range over {d}"));
                    (bt::INVALID, bt::INVALID)
                }
            }
        };
        if let (Some(v), true) = (value, vt == bt::INVALID && kt != bt::INVALID) {
            let d = self.describe(x, &xo);
            self.error(
                v.pos,
                format!("range over {d} permits only one iteration variable"),
            );
        }
        if let Some(k) = assign_int {
            let lo = self.check_lhs(k);
            if lo.mode != Mode::Invalid {
                let t = if lo.ty == bt::INVALID {
                    self.default_type(xo.ty)
                } else {
                    lo.ty
                };
                let r = self.assign_to(x, xo.clone(), t, "range clause");
                if !r.is_invalid() && !is_integer(self.types.under(t)) {
                    let ts = self.tstr(t);
                    self.error(
                        spos(k),
                        format!("cannot use iteration variable of type {ts}"),
                    );
                }
            }
        }
        let key = key.filter(|_| assign_int.is_none());
        for (e, t) in [(key, kt), (value, vt)] {
            let Some(e) = e else { continue };
            if define {
                let ExprKind::Ident(name) = &e.kind else {
                    let s = self.expr_str(e);
                    self.error(spos(e), format!("non-name {s} on left side of :="));
                    continue;
                };
                let o = self.declare_var(name, t, e.pos);
                self.info().uses.insert(e.id, o);
                self.record_type(e, t);
            } else {
                let lo = self.check_lhs(e);
                if !lo.is_invalid() && t != bt::INVALID && !self.assignable(t, lo.ty) {
                    let s = self.expr_str(e);
                    self.error(
                        spos(e),
                        format!(
                            "cannot use {s} (value of type {}) as {} value in assignment",
                            self.tstr(t),
                            self.tstr(lo.ty)
                        ),
                    );
                }
            }
        }
        let _ = s;
        self.breakables().push(Breakable {
            is_loop: true,
            label,
        });
        self.check_block(body);
        self.breakables().pop();
        self.close_scope();
    }

    fn check_switch(
        &mut self,
        _s: &Stmt,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
        label: Option<String>,
    ) {
        self.open_scope();
        if let Some(i) = init {
            self.check_stmt(i, false);
        }
        let tag_op = tag.map(|t| {
            let o = self.check_value(t, None);
            // types2 assigns the tag to an invisible temporary.
            if o.mode == Mode::Nil {
                self.error(spos(t), "use of untyped nil in switch expression");
                Operand::invalid()
            } else if self.is_untyped(&o) && !o.is_invalid() {
                let d = self.default_type(o.ty);
                self.convert_untyped(t, &o, d).unwrap_or(o)
            } else {
                o
            }
        });
        // types2: a tag that is neither comparable nor comparable to nil.
        let tag_op = match (tag, tag_op) {
            (Some(t), Some(o))
                if !o.is_invalid()
                    && !self.comparable(o.ty)
                    && !matches!(
                        self.types.under(o.ty),
                        Type::Map(..) | Type::Slice(_) | Type::Func(_) | Type::Pointer(_)
                    ) =>
            {
                let d = self.describe(t, &o);
                let tn = self.tstr(o.ty);
                self.error(
                    spos(t),
                    format!("cannot switch on {d} ({tn} is not comparable)"),
                );
                Some(Operand::invalid())
            }
            (_, o) => o,
        };
        // types2: a missing tag is the typed constant `true`.
        let tag_op = match (tag, tag_op) {
            (None, _) => Some(Operand::constant(
                crate::constant::ConstVal::Bool(true),
                bt::BOOL,
            )),
            (_, o) => o,
        };
        let tag_str = tag.map_or_else(|| "true".to_string(), |t| self.expr_str(t));
        self.multiple_defaults(clauses);
        // Constant case values seen so far: value, type, position.
        let mut seen: Vec<(crate::constant::ConstVal, TypeId, Pos)> = vec![];
        for (ci, c) in clauses.iter().enumerate() {
            for e in &c.exprs {
                match &tag_op {
                    Some(to) if !to.is_invalid() => {
                        let eo = self.check_value(e, Some(to.ty));
                        if eo.is_invalid() {
                            continue;
                        }
                        let case_nil = eo.mode == Mode::Nil;
                        let eo = if self.is_untyped(&eo) {
                            match self.try_convert_untyped(e, &eo, to.ty) {
                                Ok(o) => o,
                                Err(_) => {
                                    // types2 tries the conversion first.
                                    let d = self.describe(e, &eo);
                                    self.error(
                                        spos(e),
                                        format!("cannot convert {d} to type {}", self.tstr(to.ty)),
                                    );
                                    continue;
                                }
                            }
                        } else {
                            eo
                        };
                        // (gc lets boolean cases repeat.)
                        if let Some(v) = eo
                            .val
                            .as_ref()
                            .filter(|v| !matches!(v, crate::constant::ConstVal::Bool(_)))
                        {
                            if let Some(&(_, _, prev)) =
                                seen.iter().find(|(pv, pt, _)| pv == v && *pt == eo.ty)
                            {
                                let d = self.describe(e, &eo);
                                let at = self.pos_line(prev);
                                self.error(spos(e), format!("duplicate case {d} in expression switch\n{at}: previous case"));
                            } else {
                                seen.push((v.clone(), eo.ty, spos(e)));
                            }
                        }
                        if !self.assignable(eo.ty, to.ty) && !self.assignable(to.ty, eo.ty) {
                            let ts = &tag_str;
                            self.error(spos(e), format!("invalid case {} in switch on {ts} (mismatched types {} and {})", self.expr_str(e), self.tstr(eo.ty), self.tstr(to.ty)));
                        } else if case_nil {
                            // Only comparable to nil: fine for a map,
                            // slice or func switch (the conversion checked
                            // that nil fits).
                        } else if let Some(why) = self.why_incomparable(eo.ty) {
                            let ts = &tag_str;
                            let es = self.expr_str(e);
                            self.error(
                                spos(e),
                                format!("invalid case {es} in switch on {ts} ({why})"),
                            );
                        } else if !self.comparable(to.ty) {
                            let ts = &tag_str;
                            self.error(
                                spos(e),
                                format!(
                                    "invalid case {} in switch on {ts} ({} cannot be compared)",
                                    self.expr_str(e),
                                    self.tstr(to.ty)
                                ),
                            );
                        }
                    }
                    _ => {
                        self.check_expr(e, None);
                    }
                }
            }
            self.open_scope();
            self.breakables().push(Breakable {
                is_loop: false,
                label: label.clone(),
            });
            let last_clause = ci + 1 == clauses.len();
            for (si, st) in c.body.iter().enumerate() {
                let is_last_stmt = si + 1 == c.body.len();
                let ft = is_fallthrough(st);
                if ft && is_last_stmt && last_clause {
                    self.error(st.pos, "cannot fallthrough final case in switch");
                    continue;
                }
                self.funcs.last_mut().unwrap().fallthrough_ok = ft && is_last_stmt;
                self.check_stmt(st, is_last_stmt);
                self.funcs.last_mut().unwrap().fallthrough_ok = false;
            }
            self.breakables().pop();
            self.close_scope();
        }
        self.close_scope();
    }

    /// types2's multipleSwitchDefaults: each default clause after the
    /// first is 'multiple defaults (first at pos)'.
    fn multiple_defaults(&mut self, clauses: &[ast::CaseClause]) {
        let mut first = None;
        for c in clauses.iter().filter(|c| c.default) {
            match first {
                None => first = Some(c.pos),
                Some(p) => {
                    let at = self.pos_ref(p);
                    self.error(c.pos, format!("multiple defaults (first at {at})"));
                }
            }
        }
    }

    fn check_type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::CaseClause],
        label: Option<String>,
    ) {
        self.open_scope();
        if let Some(i) = init {
            self.check_stmt(i, false);
        }
        let xo = self.check_value(x, None);
        self.multiple_defaults(clauses);
        // `_ := x.(type)` declares nothing (and nothing is unused).
        let bind = match bind {
            Some(b) if b.name == "_" => {
                self.error(b.pos, "no new variable on left side of :=");
                None
            }
            b => b,
        };
        let xo = if !xo.is_invalid() && !matches!(self.types.under(xo.ty), Type::Interface(_)) {
            let d = self.describe(x, &xo);
            self.error(spos(x), format!("{d} is not an interface"));
            // types2 goes on with an invalid operand (no errors about
            // the clauses' variable).
            Operand::invalid()
        } else {
            xo
        };
        let mut bind_objs = vec![];
        let mut seen: Vec<(TypeId, Pos)> = vec![];
        for c in clauses {
            let mut single: Option<TypeId> = None;
            for (i, e) in c.exprs.iter().enumerate() {
                let t = if let ExprKind::Ident(n) = &e.kind {
                    if n == "nil"
                        && self
                            .lookup("nil")
                            .is_some_and(|o| matches!(self.objs[o as usize].kind, ObjKind::Nil))
                    {
                        self.record_type(e, bt::UNTYPED_NIL);
                        bt::UNTYPED_NIL
                    } else {
                        self.resolve_type(e)
                    }
                } else {
                    self.resolve_type(e)
                };
                if i == 0 {
                    single = Some(t);
                }
                if t != bt::INVALID {
                    match seen.iter().find(|(st, _)| *st == t) {
                        Some(&(_, prev)) => {
                            let tn = if t == bt::UNTYPED_NIL {
                                "nil".to_string()
                            } else {
                                self.tstr(t)
                            };
                            let at = self.pos_line(prev);
                            self.error(
                                spos(e),
                                format!("duplicate case {tn} in type switch\n{at}: previous case"),
                            );
                        }
                        None => seen.push((t, spos(e))),
                    }
                }
                if t != bt::INVALID
                    && t != bt::UNTYPED_NIL
                    && !xo.is_invalid()
                    && matches!(self.types.under(t), Type::Interface(_))
                {
                    let what = format!("type switch case {}", self.expr_str(e));
                    self.provided_assert_mismatch(xo.ty, t, &what, spos(e));
                }
                if t != bt::INVALID
                    && t != bt::UNTYPED_NIL
                    && !xo.is_invalid()
                    && !matches!(self.types.under(t), Type::Interface(_))
                {
                    if self.unimplemented_iface_method(t, xo.ty, spos(e)) {
                        continue;
                    }
                    if let Some(why) = self.missing_method_reason(t, xo.ty) {
                        let c = self.expr_str(e);
                        let d = self.describe(x, &xo);
                        let tn = self.tstr(t);
                        self.error(
                            spos(e),
                            format!("impossible type switch case: {c}\n\t{d} cannot have dynamic type {tn} {why}"),
                        );
                    }
                }
            }
            self.open_scope();
            if let Some(b) = bind {
                let vt = match (c.exprs.len(), single) {
                    (1, Some(t)) if t != bt::UNTYPED_NIL => t,
                    _ => xo.ty,
                };
                let o = self.declare_var(&b.name, vt, c.pos);
                // Uses of any clause's variable count for all of them.
                bind_objs.push(o);
                self.objs[o as usize].pos = b.pos;
            }
            self.breakables().push(Breakable {
                is_loop: false,
                label: label.clone(),
            });
            for st in &c.body {
                if is_fallthrough(st) {
                    self.error(st.pos, "cannot fallthrough in type switch");
                    continue;
                }
                self.check_stmt(st, false);
            }
            self.breakables().pop();
            // The bound variable is reported once, below, if no clause
            // used it.
            if let Some(&o) = bind_objs.last() {
                self.mark_var_used_quietly(o);
            }
            self.close_scope();
        }
        if let Some(b) = bind {
            if !bind_objs.iter().any(|&o| self.var_really_used(o)) {
                self.error(b.pos, format!("{} declared and not used", b.name));
            }
        }
        self.close_scope();
    }

    /// Marks `o` so that closing its scope does not report it, keeping
    /// whether it was really used.
    fn mark_var_used_quietly(&mut self, o: ObjId) {
        if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
            if v.used {
                self.really_used.insert(o);
            }
            v.used = true;
        }
    }

    fn var_really_used(&self, o: ObjId) -> bool {
        self.really_used.contains(&o)
    }

    fn check_return(&mut self, s: &Stmt, vals: &[Expr]) {
        let sig = self.funcs.last().unwrap().sig.clone();
        let named = !self.funcs.last().unwrap().named_results.is_empty();
        if vals.is_empty() && named {
            // A bare return needs every named result in scope.
            for o in self.funcs.last().unwrap().named_results.clone() {
                let name = self.objs[o as usize].name.clone();
                if let Some(x) = self.lookup(&name) {
                    if x != o {
                        let at = self.pos_line(self.objs[x as usize].pos);
                        let t = self.tstr(self.objs[x as usize].ty);
                        let d = crate::pos::Diagnostic::new(s.pos, format!("result parameter {name} not in scope at return\n{at}: inner declaration of var {name} {t}"));
                        self.diags.push((self.unit, d));
                    }
                }
            }
        }
        if vals.is_empty() {
            if !sig.results.is_empty() && !named {
                self.error(
                    s.pos,
                    "not enough return values\n\thave ()\n\twant (".to_string()
                        + &sig
                            .results
                            .iter()
                            .map(|t| self.tstr(*t))
                            .collect::<Vec<_>>()
                            .join(", ")
                        + ")",
                );
            }
            return;
        }
        if sig.results.is_empty() {
            let have: Vec<String> = vals
                .iter()
                .map(|v| {
                    let o = self.check_expr(v, None);
                    self.have_str(&o)
                })
                .collect();
            self.error(
                spos(&vals[0]),
                format!(
                    "too many return values\n\thave ({})\n\twant ()",
                    have.join(", ")
                ),
            );
            return;
        }
        if vals.len() == 1 {
            let v = &vals[0];
            let hint = (sig.results.len() == 1).then(|| sig.results[0]);
            let o = self.check_expr(v, hint);
            if o.is_invalid() {
                return;
            }
            if o.mode == Mode::NoValue {
                self.value_of(v, o);
                return;
            }
            // types2's returnStmt: a call's results are the values.
            if let Type::Tuple(ts) = self.types.get(o.ty).clone() {
                if ts.len() == sig.results.len() {
                    for (i, (a, b)) in ts.iter().zip(&sig.results).enumerate() {
                        if !self.assignable(*a, *b) {
                            let s = super::builtins::nth(i + 1, "function result");
                            let (at, bt) = (self.tstr(*a), self.tstr(*b));
                            self.error(
                                spos(v),
                                format!("cannot use {s} (value of type {at}) as {bt} value in return statement"),
                            );
                        }
                    }
                    return;
                }
                let have: Vec<String> = ts.iter().map(|t| self.tstr(*t)).collect();
                let want: Vec<String> = sig.results.iter().map(|t| self.tstr(*t)).collect();
                let what = if ts.len() < sig.results.len() {
                    "not enough"
                } else {
                    "too many"
                };
                self.error(
                    spos(v),
                    format!(
                        "{what} return values\n\thave ({})\n\twant ({})",
                        have.join(", "),
                        want.join(", ")
                    ),
                );
                return;
            }
            if sig.results.len() == 1 {
                let o = self.value_of(v, o);
                self.assign_to(v, o, sig.results[0], "return statement");
                return;
            }
            let o = self.value_of(v, o);
            if o.is_invalid() {
                return;
            }
            let have = self.have_str(&o);
            let want = sig
                .results
                .iter()
                .map(|t| self.tstr(*t))
                .collect::<Vec<_>>()
                .join(", ");
            self.error(
                spos(&vals[0]),
                format!("not enough return values\n\thave ({have})\n\twant ({want})"),
            );
            return;
        }
        let ops: Vec<Operand> = vals
            .iter()
            .zip(sig.results.iter().chain(std::iter::repeat(&bt::INVALID)))
            .map(|(v, t)| self.check_value(v, Some(*t)))
            .collect();
        if vals.len() != sig.results.len() {
            let have = ops
                .iter()
                .map(|o| self.have_str(o))
                .collect::<Vec<_>>()
                .join(", ");
            let want = sig
                .results
                .iter()
                .map(|t| self.tstr(*t))
                .collect::<Vec<_>>()
                .join(", ");
            let (pos, what) = if vals.len() < sig.results.len() {
                (vals[vals.len() - 1].pos, "not enough")
            } else {
                (vals[sig.results.len()].pos, "too many")
            };
            self.error(
                pos,
                format!("{what} return values\n\thave ({have})\n\twant ({want})"),
            );
            return;
        }
        for ((v, o), t) in vals.iter().zip(ops).zip(sig.results.iter()) {
            self.assign_to(v, o, *t, "return statement");
        }
    }

    fn have_str(&self, o: &Operand) -> String {
        if o.mode == Mode::Const && self.is_untyped(o) {
            "number".into()
        } else if o.mode == Mode::Nil {
            "nil".into()
        } else {
            self.tstr(o.ty)
        }
    }

    /// Checks an assignment target; identifiers are not marked used, the
    /// variable written is marked reassigned.
    pub(crate) fn check_lhs(&mut self, e: &Expr) -> Operand {
        let op = self.check_lhs_operand(e);
        if !op.is_invalid() {
            self.mark_reassigned(e);
        }
        op
    }

    /// Marks the (possibly parenthesized) variable `e` names as used.
    fn mark_lhs_used(&mut self, e: &Expr) {
        let mut x = e;
        while let ExprKind::Paren(inner) = &x.kind {
            x = inner;
        }
        let o = self.units[self.unit as usize].info.uses.get(&x.id).copied();
        if let Some(o) = o {
            if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
                v.used = true;
            }
        }
    }

    fn check_lhs_operand(&mut self, e: &Expr) -> Operand {
        if let ExprKind::Paren(inner) = &e.kind {
            // A parenthesized identifier is no use of it either (types2's
            // lhsVar unparens).
            let mut x = &**inner;
            while let ExprKind::Paren(i) = &x.kind {
                x = i;
            }
            if let ExprKind::Ident(n) = &x.kind {
                if n == "_" {
                    self.record_type(e, bt::INVALID);
                    return Operand {
                        mode: Mode::Var,
                        ty: bt::INVALID,
                        val: None,
                    };
                }
                let o = self.lookup(n);
                let was_used = o.and_then(|o| match &self.objs[o as usize].kind {
                    ObjKind::Var(v) => Some(v.used),
                    _ => None,
                });
                let op = self.check_expr(e, None);
                if let (Some(o), Some(false)) = (o, was_used) {
                    if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
                        v.used = false;
                    }
                }
                return op;
            }
        }
        if let ExprKind::Ident(n) = &e.kind {
            if n == "_" {
                return Operand {
                    mode: Mode::Var,
                    ty: bt::INVALID,
                    val: None,
                };
            }
            if let Some(o) = self.lookup(n) {
                if let ObjKind::Var(v) = &self.objs[o as usize].kind {
                    let was_used = v.used;
                    let op = self.use_obj(e, o);
                    self.record_type(e, op.ty);
                    if !was_used {
                        if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
                            v.used = false;
                        }
                    }
                    return op;
                }
            }
        }
        let op = self.check_expr(e, None);
        if op.is_invalid() {
            return op;
        }
        match op.mode {
            Mode::Var | Mode::MapIndex => op,
            _ => {
                let s = self.expr_str(e);
                let inner = strip_parens(e);
                let msg = match &inner.kind {
                    ExprKind::Selector(x, _) if self.is_map_index(x) => {
                        format!("cannot assign to struct field {s} in map")
                    }
                    _ => format!(
                        "cannot assign to {s} (neither addressable nor a map index expression)"
                    ),
                };
                self.error(spos(e), msg);
                Operand::invalid()
            }
        }
    }

    fn is_map_index(&self, x: &Expr) -> bool {
        let x = strip_parens(x);
        if let ExprKind::Index(m, _, _) = &x.kind {
            let t = self.units[self.unit as usize]
                .info
                .types
                .get(&m.id)
                .copied()
                .unwrap_or(bt::INVALID);
            return matches!(self.types.under(t), Type::Map(..));
        }
        false
    }

    fn check_assign(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Define => self.check_define(s, lhs, rhs),
            AssignOp::Op(bop) => {
                let lo = self.check_lhs(&lhs[0]);
                // x op= y is checked as x = x op y.
                let synthetic = Expr {
                    id: s_expr_id(s),
                    pos: s.pos,
                    kind: ExprKind::Binary(bop, Box::new(lhs[0].clone()), Box::new(rhs[0].clone())),
                };
                // types2 evaluates x as an operand of the operation: a use.
                let before = self.diags.len();
                let ro = self.check_expr(&synthetic, None);
                // Messages show the statement's own form, `x += y`.
                let (ls, rs) = (self.expr_str(&lhs[0]), self.expr_str(&rhs[0]));
                for d in &mut self.diags[before..] {
                    d.1.msg = d.1.msg.replace(
                        &format!("{ls} {} {rs}", bop.as_str()),
                        &format!("{ls} {}= {rs}", bop.as_str()),
                    );
                }
                if !ro.is_invalid() && !lo.is_invalid() {
                    self.assign_to(&synthetic, ro, lo.ty, "assignment");
                }
            }
            AssignOp::Assign => {
                let lops: Vec<Operand> = lhs.iter().map(|l| self.check_lhs(l)).collect();
                // types2's assignVars context.
                let ctx = if lhs.len() > 1 {
                    "multiple assignment"
                } else {
                    "assignment"
                };
                self.assign_values(lhs, &lops, rhs, ctx, s.pos);
            }
        }
    }

    /// Assigns `rhs` to targets of types `lops` (invalid = blank).
    fn assign_values(&mut self, lhs: &[Expr], lops: &[Operand], rhs: &[Expr], ctx: &str, pos: Pos) {
        if lhs.len() == rhs.len() {
            for ((l, lo), r) in lhs.iter().zip(lops).zip(rhs) {
                let hint = if lo.ty == bt::INVALID {
                    None
                } else {
                    Some(lo.ty)
                };
                let ro = if lhs.len() == 1 {
                    self.single_rhs(r, hint)
                } else {
                    self.check_value(r, hint)
                };
                if ro.is_invalid() || lo.mode == Mode::Invalid {
                    // An invalid target was reported; its value is only
                    // evaluated (types2's use).
                    continue;
                }
                if lo.ty == bt::INVALID {
                    // Blank: untyped values take their default type.
                    let ctx = if ctx == "assignment" {
                        "assignment to _ identifier"
                    } else {
                        ctx
                    };
                    if ro.mode == Mode::Nil {
                        self.error(spos(r), format!("use of untyped nil in {ctx}"));
                    } else if self.is_untyped(&ro) {
                        let d = self.default_type(ro.ty);
                        self.assign_to(r, ro, d, ctx);
                    }
                    continue;
                }
                let _ = l;
                self.assign_to(r, ro, lo.ty, ctx);
            }
            return;
        }
        if rhs.len() == 1 {
            let r = &rhs[0];
            let types = self.multi_value(r, lhs.len());
            if let Some(ts) = types {
                for (lo, t) in lops.iter().zip(ts) {
                    if lo.ty != bt::INVALID && !self.assignable(t, lo.ty) {
                        let s = self.expr_str(r);
                        self.error(
                            spos(r),
                            format!(
                                "cannot use {s} (value of type {}) as {} value in {ctx}",
                                self.tstr(t),
                                self.tstr(lo.ty)
                            ),
                        );
                    }
                }
            }
            return;
        }
        let _ = pos;
        self.assign_error(rhs, lhs.len(), rhs.len());
    }

    /// types2's `assignError`: `assignment mismatch: 2 variables but f
    /// returns 3 values` (at the first right-hand side).
    pub(crate) fn assign_error(&mut self, rhs: &[Expr], l: usize, r: usize) {
        let m = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let (vars, vals) = (m(l, "variable"), m(r, "value"));
        let r0 = &rhs[0];
        if rhs.len() == 1 {
            if let ExprKind::Call { func, .. } = &strip_parens(r0).kind {
                let f = self.expr_str(func);
                self.error(
                    spos(r0),
                    format!("assignment mismatch: {vars} but {f} returns {vals}"),
                );
                return;
            }
        }
        self.error(spos(r0), format!("assignment mismatch: {vars} but {vals}"));
    }

    /// Checks the single right-hand side of a 1:1 assignment; a
    /// multi-valued call is an assignment mismatch.
    pub(crate) fn single_rhs(&mut self, r: &Expr, hint: Option<TypeId>) -> Operand {
        let o = self.check_expr(r, hint);
        if let Type::Tuple(ts) = self.types.get(o.ty).clone() {
            if !matches!(o.mode, Mode::Invalid | Mode::TypeExpr | Mode::NoValue) {
                self.assign_error(std::slice::from_ref(r), 1, ts.len());
                return Operand::invalid();
            }
        }
        match o.mode {
            Mode::TypeExpr | Mode::NoValue | Mode::Builtin(_) => self.check_value(r, hint),
            _ => o,
        }
    }

    /// The types of a multi-valued expression assigned to `n` targets
    /// (calls, comma-ok forms); reports a mismatch.
    fn multi_value(&mut self, r: &Expr, n: usize) -> Option<Vec<TypeId>> {
        let ro = self.check_expr(r, None);
        if ro.is_invalid() {
            return None;
        }
        if (ro.mode == Mode::CommaOk || (ro.mode == Mode::MapIndex)) && n == 2 {
            return Some(vec![ro.ty, bt::BOOL]);
        }
        if let Type::Tuple(ts) = self.types.get(ro.ty).clone() {
            if ts.len() == n {
                return Some(ts);
            }
            self.assign_error(std::slice::from_ref(r), n, ts.len());
            return None;
        }
        self.assign_error(std::slice::from_ref(r), n, 1);
        None
    }

    /// Position of the `:=` after `lhs` (gc reports some errors there).
    fn define_op_pos(&self, lhs: &[Expr]) -> Option<Pos> {
        let last = lhs.last()?;
        let text = &self.units[self.unit as usize].src.text;
        let from = last.pos.0 as usize;
        text[from..].find(":=").map(|i| Pos((from + i) as u32))
    }

    fn check_define(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        // Which names are new?
        let mut any_new = false;
        let mut targets: Vec<Option<ObjId>> = vec![];
        for l in lhs {
            let ExprKind::Ident(n) = &l.kind else {
                let e = self.expr_str(l);
                self.error(spos(l), format!("non-name {e} on left side of :="));
                return;
            };
            if n == "_" {
                targets.push(None);
                continue;
            }
            let existing = self.scopes.last().and_then(|sc| sc.get(n)).copied();
            if existing.is_none() {
                any_new = true;
            }
            targets.push(existing);
        }
        if !any_new {
            let at = self.define_op_pos(lhs).unwrap_or(s.pos);
            self.error(at, "no new variables on left side of :=");
        }
        // Types of the values (types2's initVars context).
        let ctx = if lhs.len() > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let types: Vec<TypeId> = if lhs.len() == rhs.len() {
            lhs.iter()
                .zip(rhs)
                .zip(&targets)
                .map(|((_, r), t)| {
                    let hint = t.map(|o| self.objs[o as usize].ty);
                    let ro = if rhs.len() == 1 {
                        self.single_rhs(r, hint)
                    } else {
                        self.check_value(r, hint)
                    };
                    if ro.is_invalid() {
                        return bt::INVALID;
                    }
                    if ro.mode == Mode::Nil {
                        self.error(spos(r), format!("use of untyped nil in {ctx}"));
                        return bt::INVALID;
                    }
                    match t {
                        Some(o) => {
                            let ot = self.objs[*o as usize].ty;
                            self.assign_to(r, ro, ot, ctx);
                            ot
                        }
                        None => {
                            if self.is_untyped(&ro) {
                                let d = self.default_type(ro.ty);
                                self.assign_to(r, ro, d, ctx);
                                d
                            } else {
                                ro.ty
                            }
                        }
                    }
                })
                .collect()
        } else if rhs.len() == 1 {
            match self.multi_value(&rhs[0], lhs.len()) {
                Some(ts) => ts,
                None => vec![bt::INVALID; lhs.len()],
            }
        } else {
            self.error(
                s.pos,
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    lhs.len(),
                    if lhs.len() == 1 { "" } else { "s" },
                    rhs.len(),
                    if rhs.len() == 1 { "" } else { "s" }
                ),
            );
            for r in rhs {
                self.check_expr(r, None);
            }
            vec![bt::INVALID; lhs.len()]
        };
        for ((l, t), existing) in lhs.iter().zip(types).zip(targets) {
            let ExprKind::Ident(n) = &l.kind else {
                continue;
            };
            match existing {
                Some(o) => {
                    // Redeclared: an assignment.
                    self.info().uses.insert(l.id, o);
                    self.record_type(l, self.objs[o as usize].ty);
                    self.mark_obj_reassigned(o);
                }
                None => {
                    let o = self.declare_var(n, t, l.pos);
                    self.info().uses.insert(l.id, o);
                    self.record_type(l, t);
                }
            }
        }
    }

    /// Checks `var`/`const`/`type` declarations inside a function.
    fn local_decl(&mut self, g: &ast::GenDecl) {
        match g.kind {
            ast::GenKind::Type => {
                for spec in &g.specs {
                    let ast::Spec::Type(t) = spec else { continue };
                    if !t.type_params.is_empty() {
                        self.unsupported(t.name.pos, "generic types");
                    }
                    let o = self.declare_local(
                        &t.name.name,
                        ObjKind::TypeName,
                        bt::INVALID,
                        t.name.pos,
                    );
                    self.local_type_specs.insert(o, (t.alias, t.ty.clone()));
                    self.resolve_stack.push(o);
                    self.declare_type_spec(o, t);
                    self.resolve_stack.pop();
                    self.check_local_recursive_type(o);
                }
            }
            ast::GenKind::Const => {
                let mut last: Option<&ast::ValueSpec> = None;
                for spec in &g.specs {
                    let ast::Spec::Value(v) = spec else { continue };
                    if !v.values.is_empty() {
                        last = Some(v);
                    }
                    let Some(src) = last else {
                        self.error(v.names[0].pos, "missing init expr for const declaration");
                        continue;
                    };
                    self.iota = Some(v.iota as i64);
                    let declared = src.ty.as_ref().map(|t| self.resolve_type(t));
                    let mut vals = vec![];
                    for (i, n) in v.names.iter().enumerate() {
                        let Some(e) = src.values.get(i) else {
                            self.error(n.pos, format!("missing init expr for {}", n.name));
                            break;
                        };
                        // As in `const_spec`: an inherited expression's
                        // errors are reported (again) at the name.
                        if v.values.is_empty() {
                            self.errpos = Some(n.pos);
                        }
                        vals.push(self.const_value(e, declared, "constant declaration"));
                        self.errpos = None;
                    }
                    if src.values.len() > v.names.len() {
                        self.extra_init_expr(v, &src.values[v.names.len()]);
                    }
                    self.iota = None;
                    for (n, (val, ty)) in v.names.iter().zip(vals) {
                        self.declare_local(&n.name, ObjKind::Const(val), ty, n.pos);
                    }
                }
            }
            ast::GenKind::Var => {
                for spec in &g.specs {
                    let ast::Spec::Value(v) = spec else { continue };
                    let declared = v.ty.as_ref().map(|t| self.resolve_type(t));
                    let types = self.init_vars(&v.names, declared, &v.values, g.pos);
                    for (n, t) in v.names.iter().zip(types) {
                        self.declare_var(&n.name, t, n.pos);
                    }
                }
            }
        }
    }

    /// Checks the initializers of `var names [T] = values` and returns the
    /// variables' types.
    pub(crate) fn init_vars(
        &mut self,
        names: &[ast::Ident],
        declared: Option<TypeId>,
        values: &[Expr],
        pos: Pos,
    ) -> Vec<TypeId> {
        let n = names.len();
        if values.is_empty() {
            return vec![declared.unwrap_or(bt::INVALID); n];
        }
        if values.len() == n {
            // Each value is a single-value expression, a lone call too
            // (types2's varDecl: `multiple-value f() ... in single-value
            // context`, not an assignment mismatch).
            let spec_objs = self.spec_objs.take();
            let ctx = self.dep_ctx;
            let types = values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    // A package-level var's dependencies are its own
                    // value's (var x, y = f(), g(): y depends on g only).
                    if let Some(objs) = &spec_objs {
                        self.dep_ctx = Some(objs[i]);
                    }
                    let o = self.check_value(v, declared);
                    if o.is_invalid() {
                        return declared.unwrap_or(bt::INVALID);
                    }
                    match declared {
                        Some(t) => {
                            self.assign_to(v, o, t, "variable declaration");
                            t
                        }
                        None => {
                            if o.mode == Mode::Nil {
                                self.error(spos(v), "use of untyped nil in variable declaration");
                                return bt::INVALID;
                            }
                            if self.is_untyped(&o) {
                                let d = self.default_type(o.ty);
                                self.assign_to(v, o, d, "variable declaration");
                                d
                            } else {
                                o.ty
                            }
                        }
                    }
                })
                .collect();
            self.dep_ctx = ctx;
            return types;
        }
        if values.len() == 1 {
            let ts = self
                .multi_value(&values[0], n)
                .unwrap_or_else(|| vec![bt::INVALID; n]);
            return match declared {
                Some(t) => {
                    for vt in &ts {
                        if !self.assignable(*vt, t) {
                            let s = self.expr_str(&values[0]);
                            self.error(
                                spos(&values[0]),
                                format!(
                                    "cannot use {s} value of type {} as {} value in assignment",
                                    self.tstr(*vt),
                                    self.tstr(t)
                                ),
                            );
                        }
                    }
                    vec![t; n]
                }
                None => ts,
            };
        }
        let _ = pos;
        // types2's arity check for declarations.
        if values.len() > n {
            let s = self.expr_str(&values[n]);
            self.error(spos(&values[n]), format!("extra init expr {s}"));
        } else {
            let name = &names[values.len()];
            self.error(name.pos, format!("missing init expr for {}", name.name));
        }
        for v in values {
            self.check_expr(v, None);
        }
        vec![declared.unwrap_or(bt::INVALID); n]
    }

    /// Go's terminating statement rule for the last statement of a list.
    pub(crate) fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        stmts
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
            .is_some_and(|s| self.is_terminating(s, None))
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                let inner = strip_parens(e);
                if let ExprKind::Call { func, .. } = &inner.kind {
                    if let Some(super::CallKind::Builtin(super::Builtin::Panic)) =
                        self.units[self.unit as usize].info.calls.get(&inner.id)
                    {
                        return true;
                    }
                    // os.Exit is not terminating in Go.
                    let _ = func;
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If { then, els, .. } => els.as_ref().is_some_and(|e| {
                self.is_terminating_list(&then.stmts) && self.is_terminating(e, None)
            }),
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break(&body.stmts, label, true)
            }
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.default)
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body)
                                || c.body.last().is_some_and(is_fallthrough))
                    })
            }
            StmtKind::Select => false,
            _ => false,
        }
    }
}

/// Whether `stmts` contain a `break` that targets the enclosing statement
/// (unlabelled at this level, or with `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    }
}

/// A synthetic expression id for `x op= y` (unique per statement).
fn s_expr_id(s: &Stmt) -> crate::ast::ExprId {
    crate::ast::ExprId(u32::MAX - s.pos.0)
}

/// Whether `s` is a `fallthrough`, possibly labeled (types2 checks a
/// labeled statement in its label's context).
pub(crate) fn is_fallthrough(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Fallthrough => true,
        StmtKind::Labeled(_, inner) => is_fallthrough(inner),
        _ => false,
    }
}
