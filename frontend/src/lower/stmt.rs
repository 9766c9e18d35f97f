//! Statements.

use gust_vm::op::{Arith, Cmp, Op};
use gust_vm::program::{Ref, SlotKind};
use gust_vm::types::{builtin as bt, Type, TypeId};

use super::expr::Place;
use super::{Local, LoopCtx, Lowerer};
use crate::ast::{self, AssignOp, BinOp, Expr, ExprKind, Stmt, StmtKind};
use crate::check::{strip_parens, ObjId};

/// A pointer slot.
const PTR: SlotKind = SlotKind::Ref(Ref::Ptr);

/// A tuple assignment's target between its two phases.
#[derive(Clone, Copy)]
enum Target {
    /// A place whose address parts are on the stack.
    Place(Place),
    /// An element of type `ty`: the slice (or, with `len`, the pointer to
    /// the array) and the index are on the stack; the address is not
    /// computed yet.
    Elem { ty: TypeId, len: Option<u32> },
}

impl Target {
    /// Slots its operands take on the stack.
    fn parts(&self, l: &Lowerer) -> u32 {
        match *self {
            Target::Place(p) => l.place_parts(p),
            Target::Elem { len: None, .. } => 4,
            Target::Elem { len: Some(_), .. } => 2,
        }
    }
}

impl<'c> Lowerer<'c> {
    pub(crate) fn lower_block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.set_pos(s.pos);
        // gc's order: calls first (see hoist.rs).
        let (exprs, root): (Vec<&Expr>, Option<&Expr>) = match &s.kind {
            StmtKind::Expr(e) => (vec![e], Some(strip_parens(e))),
            StmtKind::Defer(e) => (vec![e], Some(strip_parens(e))),
            StmtKind::Assign { lhs, rhs, op } => {
                let l: Vec<&Expr> = if *op == AssignOp::Define {
                    vec![]
                } else {
                    lhs.iter().collect()
                };
                (l.into_iter().chain(rhs.iter()).collect(), None)
            }
            StmtKind::Return(vals) => (vals.iter().collect(), None),
            StmtKind::IncDec(x, _) => (vec![x], None),
            StmtKind::Decl(g) => (
                g.specs
                    .iter()
                    .flat_map(|sp| match sp {
                        ast::Spec::Value(v) => v.values.iter().collect::<Vec<_>>(),
                        ast::Spec::Type(_) => vec![],
                    })
                    .collect(),
                None,
            ),
            _ => (vec![], None),
        };
        if !exprs.is_empty() {
            self.hoist_calls(&exprs, root);
        }
        self.stmt_inner(s);
        self.end_hoist();
    }

    /// Lowers the condition of an `if`/`for`/`switch` with gc's order.
    fn cond_expr(&mut self, c: &Expr) {
        self.hoist_calls(&[c], None);
        self.expr(c);
        self.end_hoist();
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        let label = self.fb.pending_label.take();
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => {
                let t = self.expr_type(e);
                let inner = strip_parens(e);
                if let ExprKind::Call { .. } = &inner.kind {
                    self.call(inner, true);
                    let n = match self.prog.types.get(t) {
                        Type::Tuple(ts) => ts.iter().map(|t| self.slots(*t)).sum(),
                        _ if self.info().types.contains_key(&inner.id) => self.slots(t),
                        _ => 0,
                    };
                    if n > 0 {
                        self.emit(Op::Pop { n });
                    }
                } else {
                    self.expr(e);
                    let n = self.slots(t);
                    if n > 0 {
                        self.emit(Op::Pop { n });
                    }
                }
            }
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.define(lhs, rhs),
                AssignOp::Assign => self.assign(lhs, rhs),
                AssignOp::Op(bop) => self.op_assign(&lhs[0], *bop, &rhs[0]),
            },
            StmtKind::IncDec(x, inc) => self.inc_dec(x, *inc),
            StmtKind::Defer(e) => {
                self.fb.defer_kind = self.fb.defer_kinds.kind_at(s.pos);
                self.defer_call(e);
            }
            StmtKind::Return(vals) => self.emit_return_results(Some(vals)),
            StmtKind::Break(l) => self.branch(l.as_ref().map(|l| l.name.as_str()), true),
            StmtKind::Continue(l) => self.branch(l.as_ref().map(|l| l.name.as_str()), false),
            StmtKind::Fallthrough => {
                let j = self.emit(Op::Jump { target: 0 });
                self.fb.fallthrough.push(j);
            }
            StmtKind::Block(b) => self.lower_block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.set_pos(cond.pos);
                self.cond_expr(cond);
                let jf = self.emit(Op::JumpIfFalse { target: 0 });
                self.lower_block(&then.stmts);
                match els {
                    Some(e) => {
                        let jend = self.emit(Op::Jump { target: 0 });
                        let here = self.pc();
                        self.patch(jf, here);
                        self.stmt(e);
                        let end = self.pc();
                        self.patch(jend, end);
                    }
                    None => {
                        let here = self.pc();
                        self.patch(jf, here);
                    }
                }
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch(label, init.as_deref(), tag.as_ref(), clauses),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => self.type_switch(label, init.as_deref(), bind.as_ref(), x, clauses),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_loop(label, init.as_deref(), cond.as_ref(), post.as_deref(), body),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(label, key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Labeled(l, inner) => {
                // A goto target: record the pc and patch earlier gotos.
                let here = self.pc();
                self.fb.label_pcs.entry(l.name.clone()).or_insert(here);
                let pending: Vec<usize> = self
                    .fb
                    .gotos
                    .iter()
                    .filter(|(n, _)| n == &l.name)
                    .map(|(_, j)| *j)
                    .collect();
                self.fb.gotos.retain(|(n, _)| n != &l.name);
                for j in pending {
                    self.patch(j, here);
                }
                self.fb.pending_label = Some(l.name.clone());
                match &inner.kind {
                    StmtKind::For { .. }
                    | StmtKind::Range { .. }
                    | StmtKind::Switch { .. }
                    | StmtKind::TypeSwitch { .. } => self.stmt(inner),
                    _ => {
                        self.fb.pending_label = None;
                        self.fb.loops.push(LoopCtx {
                            label: Some(l.name.clone()),
                            is_loop: false,
                            breaks: vec![],
                            continues: vec![],
                        });
                        self.stmt(inner);
                        self.close_loop(0);
                    }
                }
            }
            StmtKind::Goto(l) => match self.fb.label_pcs.get(&l.name).copied() {
                Some(pc) => {
                    self.emit(Op::Jump { target: pc as u32 });
                }
                None => {
                    let j = self.emit(Op::Jump { target: 0 });
                    self.fb.gotos.push((l.name.clone(), j));
                }
            },
            StmtKind::Go(_) | StmtKind::Select => self.unsupported(s.pos, "statement"),
        }
    }

    /// Emits a break or continue jump to the matching target.
    fn branch(&mut self, label: Option<&str>, is_break: bool) {
        let idx = self.fb.loops.iter().rposition(|l| match label {
            Some(n) => l.label.as_deref() == Some(n) && (is_break || l.is_loop),
            None => is_break || l.is_loop,
        });
        let idx = match (idx, label, is_break) {
            // An unlabelled break targets the innermost loop or switch;
            // plain labelled blocks are skipped.
            (_, None, true) => self
                .fb
                .loops
                .iter()
                .rposition(|l| l.is_loop || l.label.is_none()),
            (i, ..) => i,
        };
        let Some(i) = idx else { return };
        let j = self.emit(Op::Jump { target: 0 });
        if is_break {
            self.fb.loops[i].breaks.push(j);
        } else {
            self.fb.loops[i].continues.push(j);
        }
    }

    /// Pops the innermost break target, patching its breaks to here and
    /// its continues to `cont`.
    fn close_loop(&mut self, cont: usize) {
        let l = self.fb.loops.pop().unwrap();
        let end = self.pc();
        for b in l.breaks {
            self.patch(b, end);
        }
        for c in l.continues {
            self.patch(c, cont);
        }
    }

    fn local_decl(&mut self, g: &ast::GenDecl) {
        if g.kind != ast::GenKind::Var {
            return; // constants and types need no code
        }
        for spec in &g.specs {
            let ast::Spec::Value(v) = spec else { continue };
            let objs: Vec<Option<ObjId>> = v
                .names
                .iter()
                .map(|n| self.info().defs.get(&n.pos).copied())
                .collect();
            if v.values.is_empty() {
                for o in objs.into_iter().flatten() {
                    if self.c.objs[o as usize].name != "_" {
                        self.define_local_zero(o);
                    }
                }
                continue;
            }
            self.define_from_exprs(&objs, &v.values);
        }
    }

    /// Declares `objs` (None or `_` for blanks) from `values`.
    fn define_from_exprs(&mut self, objs: &[Option<ObjId>], values: &[Expr]) {
        // A new array variable from a sparse literal: its zeroed box, then
        // the explicit elements (the literal cannot see the variable).
        if let ([Some(o)], [v]) = (objs, values) {
            let new = self.c.objs[*o as usize].name != "_"
                && !self.fb.locals.contains_key(o)
                && !self.globals.contains_key(o);
            if let Some((el, placed)) = self.sparse_array(v).filter(|_| new) {
                // (An array variable is always boxed: the storage rule.)
                match self.new_local(*o) {
                    Local::Boxed { slot, ty, .. } => {
                        self.emit_new_box(ty);
                        self.emit(Op::StoreLocal { slot });
                        self.store_sparse_array(slot, el, &placed);
                    }
                    l => {
                        let t = self.c.objs[*o as usize].ty;
                        self.expr_to(v, t);
                        self.store_new_local(l);
                    }
                }
                return;
            }
        }
        // Blank targets take the value's own type.
        let srcs: Vec<TypeId> = if values.len() == objs.len() {
            values.iter().map(|v| self.expr_type(v)).collect()
        } else {
            self.multi_types(&values[0], objs.len())
        };
        let types: Vec<TypeId> = objs
            .iter()
            .zip(&srcs)
            .map(|(o, src)| match o {
                Some(o) if self.c.objs[*o as usize].name != "_" => self.c.objs[*o as usize].ty,
                _ => *src,
            })
            .collect();
        if values.len() == objs.len() {
            // Evaluate all values first (a, b := b, a), then bind.
            for (v, t) in values.iter().zip(&types) {
                self.expr_to(v, *t);
            }
        } else {
            self.expr_multi(&values[0], objs.len());
            if srcs.iter().zip(&types).any(|(a, b)| a != b) {
                self.convert_spilled(&srcs, &types);
            }
        }
        for (o, t) in objs.iter().zip(&types).rev() {
            match o {
                Some(o) if self.c.objs[*o as usize].name != "_" => {
                    if self.fb.locals.contains_key(o) || self.globals.contains_key(o) {
                        self.store_var_from_stack(*o);
                    } else {
                        self.define_local_from_stack(*o);
                    }
                }
                _ => {
                    let n = self.slots(*t);
                    if n > 0 {
                        self.emit(Op::Pop { n });
                    }
                }
            }
        }
    }

    /// Converts values of types `srcs` on the stack to `dsts` (boxing
    /// into interfaces where needed).
    fn convert_spilled(&mut self, srcs: &[TypeId], dsts: &[TypeId]) {
        let total: u32 = srcs.iter().map(|t| self.slots(*t)).sum();
        let tmp = self.temp_typed(srcs);
        self.store_slots(tmp, total);
        let mut off = 0;
        for (s, d) in srcs.iter().zip(dsts) {
            let n = self.slots(*s);
            self.load_slots(tmp + off, n);
            if *d != bt::INVALID {
                self.convert_implicit(*s, *d);
            }
            off += n;
        }
    }

    fn define(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let objs: Vec<Option<ObjId>> = lhs
            .iter()
            .map(|l| match &l.kind {
                ExprKind::Ident(n) if n == "_" => None,
                _ => self.info().uses.get(&l.id).copied(),
            })
            .collect();
        self.define_from_exprs(&objs, rhs);
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        if lhs.len() == 1 && rhs.len() == 1 {
            if let ExprKind::Index(x, i, _) = &lhs[0].kind {
                if let Some(slot) = self.local_slice_slot(x) {
                    let t = self.expr_type(&lhs[0]);
                    self.index_operand(i);
                    self.expr_to(&rhs[0], t);
                    let mem = self.prog.types.layout(t).mem1();
                    self.emit(Op::StoreLocalElem { slot, mem });
                    return;
                }
            }
            let t = self.lhs_type(&lhs[0]);
            let p = self.place(&lhs[0]).unwrap_or(Place::Blank);
            if let Place::Blank = p {
                let rt = self.expr_type(&rhs[0]);
                self.expr(&rhs[0]);
                let n = self.slots(rt);
                if n > 0 {
                    self.emit(Op::Pop { n });
                }
                return;
            }
            self.expr_to(&rhs[0], t);
            self.store_place(p);
            return;
        }
        // Phase 1: address parts of each target into temporaries, then the
        // values; phase 2: store left to right.
        let mut places = vec![];
        for l in lhs {
            let p = self.tuple_target(l);
            let parts = p.parts(self);
            let tmp = self.temp(parts);
            self.store_slots(tmp, parts);
            places.push((p, tmp, parts, self.lhs_type(l)));
        }
        let types: Vec<TypeId> = places.iter().map(|p| p.3).collect();
        if rhs.len() == lhs.len() {
            for (r, t) in rhs.iter().zip(&types) {
                if *t == bt::INVALID {
                    self.expr(r);
                } else {
                    self.expr_to(r, *t);
                }
            }
        } else {
            self.expr_multi(&rhs[0], lhs.len());
            let srcs = self.multi_types(&rhs[0], lhs.len());
            if srcs
                .iter()
                .zip(&types)
                .any(|(a, b)| a != b && *b != bt::INVALID)
            {
                self.convert_spilled(&srcs, &types);
            }
        }
        let srcs: Vec<TypeId> = if rhs.len() == lhs.len() {
            rhs.iter()
                .zip(&types)
                .map(|(r, t)| {
                    if *t == bt::INVALID {
                        self.expr_type(r)
                    } else {
                        *t
                    }
                })
                .collect()
        } else {
            self.multi_types(&rhs[0], lhs.len())
                .iter()
                .zip(&types)
                .map(|(s, t)| if *t == bt::INVALID { *s } else { *t })
                .collect()
        };
        let total: u32 = srcs.iter().map(|t| self.slots(*t)).sum();
        let vals = self.temp_typed(&srcs);
        self.store_slots(vals, total);
        let mut off = 0;
        for ((p, tmp, parts, _), st) in places.into_iter().zip(&srcs) {
            let n = self.slots(*st);
            if !matches!(p, Target::Place(Place::Blank)) {
                self.load_slots(tmp, parts);
                let p = self.target_place(p);
                self.load_slots(vals + off, n);
                self.store_place(p);
            }
            off += n;
        }
    }

    /// Phase 1 of a tuple assignment for target `l`: its operands on the
    /// stack. An indexed slice or array element keeps its operands, not
    /// its address: Go checks the index only when it assigns that target,
    /// after the targets to its left (`m[k], s[i] = 1, 2` stores `m[k]`
    /// before `s[i]` panics).
    fn tuple_target(&mut self, l: &Expr) -> Target {
        let l = strip_parens(l);
        if let ExprKind::Index(x, i, _) = &l.kind {
            let ty = self.expr_type(l);
            let xt = self.expr_type(x);
            let len = match self.prog.types.under(xt).clone() {
                Type::Slice(_) => {
                    self.expr(x);
                    None
                }
                Type::Pointer(inner) => match self.prog.types.under(inner).clone() {
                    Type::Array(_, len) => {
                        self.expr(x);
                        Some(len as u32)
                    }
                    _ => return Target::Place(self.place(l).unwrap_or(Place::Blank)),
                },
                Type::Array(_, len) => match self.place(x).filter(Place::addressable) {
                    Some(p) => {
                        self.place_to_ptr(p);
                        Some(len as u32)
                    }
                    None => return Target::Place(self.place(l).unwrap_or(Place::Blank)),
                },
                _ => return Target::Place(self.place(l).unwrap_or(Place::Blank)),
            };
            self.index_operand(i);
            return Target::Elem { ty, len };
        }
        Target::Place(self.place(l).unwrap_or(Place::Blank))
    }

    /// Phase 2: the place of a target whose operands are on the stack
    /// (an element's address is computed, and its index checked, now).
    fn target_place(&mut self, t: Target) -> Place {
        match t {
            Target::Place(p) => p,
            Target::Elem { ty, len: None } => {
                let size = self.mem_size(ty);
                self.emit(Op::SliceIndexAddr { size });
                Place::Ptr { ty }
            }
            Target::Elem { ty, len: Some(len) } => {
                let size = self.mem_size(ty);
                self.emit(Op::ArrayIndexAddr { size, len });
                Place::Ptr { ty }
            }
        }
    }

    /// The type of an assignment target (`INVALID` for `_`).
    fn lhs_type(&self, l: &Expr) -> TypeId {
        if let ExprKind::Ident(n) = &l.kind {
            if n == "_" {
                return bt::INVALID;
            }
        }
        self.expr_type(l)
    }

    fn op_assign(&mut self, l: &Expr, op: BinOp, r: &Expr) {
        let t = self.expr_type(l);
        let Some(p) = self.place(l) else { return };
        let parts = self.place_parts(p);
        if parts > 0 {
            self.emit(Op::Dup { n: parts });
        }
        self.load_place(p, t);
        self.binop_loaded(op, t, r);
        self.store_place(p);
    }

    fn inc_dec(&mut self, x: &Expr, inc: bool) {
        let t = self.expr_type(x);
        let Some(p) = self.place(x) else { return };
        if let (Place::Local { slot, .. }, Type::Int(k)) = (p, self.prog.types.under(t).clone()) {
            self.emit(Op::IncLocal {
                slot,
                by: if inc { 1 } else { -1 },
            });
            if k.bits() < 64 {
                self.load_slots(slot, 1);
                self.narrow(t);
                self.store_slots(slot, 1);
            }
            return;
        }
        let parts = self.place_parts(p);
        if parts > 0 {
            self.emit(Op::Dup { n: parts });
        }
        self.load_place(p, t);
        if self.is_float(t) {
            self.emit(Op::Push {
                v: 1f64.to_bits() as i64,
            });
            self.emit(Op::Arith {
                op: if inc { Arith::FAdd } else { Arith::FSub },
            });
        } else {
            self.emit(Op::ArithImm {
                op: Arith::Add,
                v: if inc { 1 } else { -1 },
            });
        }
        self.narrow(t);
        self.store_place(p);
    }

    fn for_loop(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        // Go 1.22: variables declared by init are per-iteration; only
        // escaping ones need a fresh box per iteration.
        let loop_vars: Vec<ObjId> = match init.map(|i| &i.kind) {
            Some(StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            }) => lhs
                .iter()
                .filter_map(|l| self.info().uses.get(&l.id).copied())
                .filter(|o| matches!(self.fb.locals.get(o), Some(Local::Boxed { .. })))
                .collect(),
            _ => vec![],
        };
        // Rotated loop: the condition sits at the bottom, so each
        // iteration takes one conditional branch and no jump.
        let to_cond = cond.map(|_| self.emit(Op::Jump { target: 0 }));
        let top = self.pc();
        self.fb.loops.push(LoopCtx {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
        self.lower_block(&body.stmts);
        let cont = self.pc();
        for o in &loop_vars {
            // Copy the current value into a fresh box.
            self.load_var(*o);
            let l = self.fb.locals[o];
            self.store_new_local(l);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        match (cond, to_cond) {
            (Some(c), Some(j)) => {
                let here = self.pc();
                self.patch(j, here);
                self.set_pos(c.pos);
                self.cond_expr(c);
                self.emit(Op::JumpIfTrue { target: top as u32 });
            }
            _ => {
                self.emit(Op::Jump { target: top as u32 });
            }
        }
        self.close_loop(cont);
    }

    /// Binds a range variable (`:=`) or assigns to a range target from
    /// the value on top of the stack.
    fn range_target(&mut self, e: Option<&Expr>, define: bool, vt: TypeId) {
        let n = self.slots(vt);
        let Some(e) = e else {
            if n > 0 {
                self.emit(Op::Pop { n });
            }
            return;
        };
        if let ExprKind::Ident(name) = &e.kind {
            if name == "_" {
                if n > 0 {
                    self.emit(Op::Pop { n });
                }
                return;
            }
        }
        if define {
            if let Some(&o) = self.info().uses.get(&e.id) {
                // A fresh variable per iteration.
                self.fb.locals.remove(&o);
                self.define_local_from_stack(o);
            }
            return;
        }
        let t = self.expr_type(e);
        let tmp = self.temp_typed(&[vt]);
        self.store_slots(tmp, n);
        if let Some(p) = self.place(e) {
            self.load_slots(tmp, n);
            self.convert_implicit(vt, t);
            self.store_place(p);
        }
    }

    /// Binds or assigns the range key on top of the stack. In an
    /// assignment with a value target too (`for k, a[k] = range x`) the
    /// key is only set aside, in the returned temporary: `range_value`
    /// assigns both as the statement `k, a[k] = key, value` would.
    fn range_key(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        kt: TypeId,
    ) -> Option<u32> {
        let named = |e: Option<&Expr>| {
            e.is_some_and(|e| !matches!(&e.kind, ExprKind::Ident(n) if n == "_"))
        };
        if define || !named(key) || !named(value) {
            self.range_target(key, define, kt);
            return None;
        }
        let n = self.slots(kt);
        let tmp = self.temp_typed(&[kt]);
        self.store_slots(tmp, n);
        Some(tmp)
    }

    /// Binds or assigns the range value on top of the stack; with a key
    /// set aside by `range_key`, assigns both as a tuple assignment: the
    /// targets' operands first, then key and value left to right.
    fn range_value(
        &mut self,
        (key, kt, kept): (Option<&Expr>, TypeId, Option<u32>),
        value: Option<&Expr>,
        define: bool,
        vt: TypeId,
    ) {
        let (Some(ktmp), Some(key), Some(value)) = (kept, key, value) else {
            self.range_target(value, define, vt);
            return;
        };
        let vn = self.slots(vt);
        let vtmp = self.temp_typed(&[vt]);
        self.store_slots(vtmp, vn);
        let mut targets = vec![];
        for (e, tmp, t) in [(key, ktmp, kt), (value, vtmp, vt)] {
            let p = self.tuple_target(e);
            let parts = p.parts(self);
            let ptmp = self.temp(parts);
            self.store_slots(ptmp, parts);
            targets.push((p, ptmp, parts, tmp, t, self.expr_type(e)));
        }
        for (p, ptmp, parts, tmp, t, et) in targets {
            self.load_slots(ptmp, parts);
            let p = self.target_place(p);
            self.load_slots(tmp, self.slots(t));
            self.convert_implicit(t, et);
            self.store_place(p);
        }
    }

    fn range(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
    ) {
        let xt = self.expr_type(x);
        // gc drops a blank value variable: `for i, _ := range p` reads no
        // element (so a nil *array is fine), but a value variable, even
        // blank, makes an array operand evaluated (`range *p` with
        // `i, _` dereferences p).
        let value_used = value.is_some_and(|v| !matches!(&v.kind, ExprKind::Ident(n) if n == "_"));
        // The spec: with at most one iteration variable and a constant
        // len(x), x is not evaluated; it always is when it has a call.
        let eval_x = value.is_some() || !self.len_is_constant(x);
        match self.prog.types.under(xt).clone() {
            Type::Int(_) => {
                let n = self.temp_kind(SlotKind::Scalar);
                let i = self.temp_kind(SlotKind::Scalar);
                self.expr(x);
                self.store_slots(n, 1);
                self.emit(Op::Push { v: 0 });
                self.store_slots(i, 1);
                let top = self.pc();
                self.load_slots(i, 1);
                self.load_slots(n, 1);
                self.emit(Op::Cmp { op: Cmp::LtS });
                let exit = self.emit(Op::JumpIfFalse { target: 0 });
                self.load_slots(i, 1);
                self.range_target(key, define, xt);
                self.loop_body(label, body, top, exit, |l| {
                    l.emit(Op::IncLocal { slot: i, by: 1 });
                });
            }
            Type::Slice(el) | Type::Array(el, _) => {
                let is_array = matches!(self.prog.types.under(xt), Type::Array(..));
                let (elem, size) = (self.slots(el), self.mem_size(el));
                // Arrays are ranged over through a pointer to a copy (the
                // range expression is evaluated once); slices directly.
                // (An array's copy is boxed: a slice of the box.)
                let s = self.temp_kinds(&[PTR, SlotKind::Scalar, SlotKind::Scalar]);
                if is_array {
                    let len = match self.prog.types.under(xt) {
                        Type::Array(_, n) => *n,
                        _ => 0,
                    };
                    if value_used {
                        self.expr(x);
                        self.box_top(xt);
                    } else {
                        if eval_x {
                            self.expr(x);
                            let n = self.slots(xt);
                            self.emit(Op::Pop { n });
                        }
                        self.emit(Op::Push { v: 0 });
                    }
                    self.emit(Op::Push { v: len as i64 });
                    self.emit(Op::Dup { n: 1 });
                    self.store_slots(s, 3);
                } else {
                    self.expr(x);
                    self.store_slots(s, 3);
                }
                let i = self.temp_kind(SlotKind::Scalar);
                self.emit(Op::Push { v: 0 });
                self.store_slots(i, 1);
                let top = self.pc();
                self.load_slots(i, 1);
                self.load_slots(s + 1, 1);
                self.emit(Op::Cmp { op: Cmp::LtS });
                let exit = self.emit(Op::JumpIfFalse { target: 0 });
                self.load_slots(i, 1);
                let kept = self.range_key(key, value, define, bt::INT);
                if value_used {
                    if is_array {
                        self.load_slots(s, 1);
                        self.load_slots(i, 1);
                        let len = match self.prog.types.under(xt) {
                            Type::Array(_, n) => *n as u32,
                            _ => 0,
                        };
                        self.emit(Op::ArrayIndexAddr { size, len });
                        self.emit_load(el);
                    } else if let Some(mem) = self.elem_mem(el) {
                        // (Bounds-checked again: inline in native code.)
                        self.load_slots(i, 1);
                        self.emit(Op::LoadLocalElem { slot: s, mem });
                    } else {
                        self.load_slots(s, 3);
                        self.load_slots(i, 1);
                        self.emit(Op::SliceIndex { ty: el, n: elem });
                    }
                    self.range_value((key, bt::INT, kept), value, define, el);
                }
                self.loop_body(label, body, top, exit, |l| {
                    l.emit(Op::IncLocal { slot: i, by: 1 });
                });
            }
            Type::Pointer(inner) => {
                let Type::Array(el, len) = self.prog.types.under(inner).clone() else {
                    return;
                };
                let size = self.mem_size(el);
                let p = self.temp_kind(PTR);
                if value_used || eval_x {
                    self.expr(x);
                    self.store_slots(p, 1);
                }
                let i = self.temp_kind(SlotKind::Scalar);
                self.emit(Op::Push { v: 0 });
                self.store_slots(i, 1);
                let top = self.pc();
                self.emit(Op::LocalCmpImmJump {
                    slot: i,
                    op: Cmp::LtS,
                    v: len as i32,
                    target: 0,
                });
                let exit = self.pc() - 1;
                self.load_slots(i, 1);
                let kept = self.range_key(key, value, define, bt::INT);
                if value_used {
                    self.load_slots(p, 1);
                    self.load_slots(i, 1);
                    self.emit(Op::ArrayIndexAddr {
                        size,
                        len: len as u32,
                    });
                    self.emit_load(el);
                    self.range_value((key, bt::INT, kept), value, define, el);
                }
                self.loop_body(label, body, top, exit, |l| {
                    l.emit(Op::IncLocal { slot: i, by: 1 });
                });
            }
            Type::String => {
                // The string (2 slots) and the next index.
                let s = self.temp_kinds(&[PTR, SlotKind::Scalar, SlotKind::Scalar]);
                self.expr(x);
                self.store_slots(s, 2);
                self.emit(Op::Push { v: 0 });
                self.store_slots(s + 2, 1);
                let top = self.pc();
                let exit = self.emit(Op::StrIterNext { slot: s, target: 0 });
                // Stack: index, rune.
                let r = self.temp_kind(SlotKind::Scalar);
                self.store_slots(r, 1);
                let kept = self.range_key(key, value, define, bt::INT);
                self.load_slots(r, 1);
                self.range_value((key, bt::INT, kept), value, define, bt::INT32);
                self.loop_body(label, body, top, exit, |_| {});
            }
            Type::Map(k, v) => {
                let it = self.temp_kind(SlotKind::Ref(Ref::Handle));
                self.expr(x);
                self.emit(Op::MapIter);
                self.store_slots(it, 1);
                let top = self.pc();
                let (ks, vs) = (self.slots(k), self.slots(v));
                let exit = self.emit(Op::MapIterNext {
                    slot: it,
                    k: ks as u16,
                    v: vs as u16,
                    target: 0,
                });
                let vtmp = self.temp_typed(&[v]);
                self.store_slots(vtmp, vs);
                let kept = self.range_key(key, value, define, k);
                self.load_slots(vtmp, vs);
                self.range_value((key, k, kept), value, define, v);
                self.loop_body(label, body, top, exit, |_| {});
            }
            _ => self.unsupported(x.pos, "range over this type"),
        }
    }

    /// Lowers a loop body whose header jumped out at `exit`; `step` runs
    /// before jumping back to `top` (continue lands there).
    fn loop_body(
        &mut self,
        label: Option<String>,
        body: &ast::Block,
        top: usize,
        exit: usize,
        step: impl FnOnce(&mut Self),
    ) {
        self.fb.loops.push(LoopCtx {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
        self.lower_block(&body.stmts);
        let cont = self.pc();
        step(self);
        self.emit(Op::Jump { target: top as u32 });
        let end = self.pc();
        self.patch(exit, end);
        self.close_loop(cont);
    }

    fn switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_t = tag.map(|t| self.expr_type(t)).unwrap_or(bt::BOOL);
        let tn = self.slots(tag_t);
        let tag_slot = self.temp_typed(&[tag_t]);
        match tag {
            Some(t) => {
                self.expr(t);
                self.store_slots(tag_slot, tn);
            }
            None => {
                self.emit(Op::Push { v: 1 });
                self.store_slots(tag_slot, 1);
            }
        }
        // Tests: each case expression jumps to its clause body.
        let mut body_jumps: Vec<Vec<usize>> = vec![vec![]; clauses.len()];
        for (ci, c) in clauses.iter().enumerate() {
            for e in &c.exprs {
                self.set_pos(e.pos);
                match tag {
                    Some(_) => {
                        self.case_equal(tag_slot, tag_t, e);
                    }
                    None => self.expr(e),
                }
                let j = self.emit(Op::JumpIfTrue { target: 0 });
                body_jumps[ci].push(j);
            }
        }
        let default_jump = self.emit(Op::Jump { target: 0 });
        self.fb.loops.push(LoopCtx {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
        let mut end_jumps = vec![];
        let mut pending_fallthrough: Vec<usize> = vec![];
        let mut default_pc = None;
        for (ci, c) in clauses.iter().enumerate() {
            let start = self.pc();
            for j in body_jumps[ci].drain(..) {
                self.patch(j, start);
            }
            for j in pending_fallthrough.drain(..) {
                self.patch(j, start);
            }
            if c.default {
                default_pc = Some(start);
            }
            self.lower_block(&c.body);
            pending_fallthrough = std::mem::take(&mut self.fb.fallthrough);
            end_jumps.push(self.emit(Op::Jump { target: 0 }));
        }
        let end = self.pc();
        self.patch(default_jump, default_pc.unwrap_or(end));
        for j in end_jumps {
            self.patch(j, end);
        }
        self.close_loop(end);
    }

    /// Pushes `tag == e` for a switch case.
    fn case_equal(&mut self, tag_slot: u32, tag_t: TypeId, e: &Expr) {
        let et = self.expr_type(e);
        let ti = matches!(self.prog.types.under(tag_t), Type::Interface(_));
        let ei = matches!(self.prog.types.under(et), Type::Interface(_));
        let t = if ti || !ei { tag_t } else { et };
        let n = self.slots(tag_t);
        self.load_slots(tag_slot, n);
        if !ti && self.is_nil(e) {
            // A map, slice, func or pointer against nil: its first word,
            // as `x == nil`.
            if n > 1 {
                self.emit(Op::Pop { n: n - 1 });
            }
            self.emit(Op::CmpImm { op: Cmp::Eq, v: 0 });
            return;
        }
        self.convert_implicit(tag_t, t);
        self.expr_to(e, t);
        match self.prog.types.under(t).clone() {
            Type::String => {
                self.emit(Op::StrCmp { op: Cmp::Eq });
            }
            Type::Interface(_) => {
                self.emit(Op::IfaceEq);
            }
            Type::Float32 | Type::Float64 => {
                self.emit(Op::Cmp { op: Cmp::FEq });
            }
            Type::Struct(_) | Type::Array(..) => {
                let n = self.slots(t);
                self.emit(Op::Equal { ty: t, n });
            }
            _ => {
                self.emit(Op::Cmp { op: Cmp::Eq });
            }
        }
    }

    fn type_switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let xt = self.expr_type(x);
        let xs = self.temp_typed(&[xt]);
        self.expr(x);
        self.store_slots(xs, 2);
        let mut body_jumps: Vec<Vec<usize>> = vec![vec![]; clauses.len()];
        for (ci, c) in clauses.iter().enumerate() {
            for e in &c.exprs {
                let t = self.expr_type(e);
                self.load_slots(xs, 2);
                let miss = self.emit(Op::TypeSwitchCase { ty: t, target: 0 });
                body_jumps[ci].push(self.emit(Op::Jump { target: 0 }));
                let next = self.pc();
                self.patch(miss, next);
            }
        }
        let default_jump = self.emit(Op::Jump { target: 0 });
        self.fb.loops.push(LoopCtx {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
        let mut end_jumps = vec![];
        let mut default_pc = None;
        for (ci, c) in clauses.iter().enumerate() {
            let start = self.pc();
            for j in body_jumps[ci].drain(..) {
                self.patch(j, start);
            }
            if c.default {
                default_pc = Some(start);
            }
            if bind.is_some() {
                if let Some(&o) = self.info().defs.get(&c.pos) {
                    let vt = self.c.objs[o as usize].ty;
                    self.load_slots(xs, 2);
                    if vt != xt {
                        let n = self.slots(vt);
                        self.emit(Op::Assert {
                            ty: vt,
                            src: xt,
                            n,
                            ok: false,
                        });
                    }
                    self.define_local_from_stack(o);
                }
            }
            self.lower_block(&c.body);
            end_jumps.push(self.emit(Op::Jump { target: 0 }));
        }
        let end = self.pc();
        self.patch(default_jump, default_pc.unwrap_or(end));
        for j in end_jumps {
            self.patch(j, end);
        }
        self.close_loop(end);
    }
}

impl Lowerer<'_> {
    /// Whether `len(x)` is a constant for array or pointer-to-array `x`
    /// (types2's rule: no call or receive in `x`).
    pub(crate) fn len_is_constant(&self, x: &Expr) -> bool {
        !crate::check::has_call_or_recv(self.info(), x)
    }
}
