//! A conservative escape analysis for local slices, to reproduce one
//! visible effect of gc's: an `append` of a fixed number of elements whose
//! result does not escape may use a 32-byte stack buffer
//! (`ssagen`'s `getBackingStoreInfoForAppend`), so its capacity jumps to
//! `32 / sizeof(elem)` (e.g. 4 ints) instead of growing 1, 2, 4, ...
//!
//! gc's rule: one buffer per append operand (`append(x, ...)` on the
//! same variable `x` shares it; any other operand expression has its
//! own), given to the first such append in the function only; at run time
//! it is taken when the operand is empty, must grow and the new length
//! fits, and at most once per call of the function (a `used` flag).
//!
//! Here the result does not escape when it is stored in a local slice
//! variable (`x = append(y, ...)`, `x := append(...)`, `var x =
//! append(...)`) whose every use is such an assignment, `len(x)`,
//! `cap(x)`, `x[i]`, `string(x)` or `range x`; anything else (passing
//! it, returning it, slicing it, printing it) counts as escaping, which
//! keeps the ordinary growth. Returned slices whose capacity gc also
//! tracks (its `move2heap` strategy) are not modelled.
//!
//! The same analysis decides how `[]byte(s)` and `[]rune(s)` of a
//! non-constant string allocate ([`ConvBuf`]): stored in such a variable
//! or used at once (`len`, `cap`, `range`), a `[]rune` gets gc's
//! 32-element stack buffer and a `[]byte` too if its elements are written
//! (else it shares the string's bytes, capacity = length); otherwise
//! both come from the heap, their capacity rounded up to a size class.

use std::collections::{HashMap, HashSet};

use gust_vm::types::Type;

use super::Lowerer;
use crate::ast::{BinOp, Block, Decl, Expr, ExprId, ExprKind, Stmt, StmtKind};
use crate::check::{strip_parens, Builtin, CallKind, Info, ObjId, ObjKind, Selection};

/// How many calls deep `param_stays_local` follows a pointer passed on.
const PASS_ON_DEPTH: u32 = 4;

/// gc's `VariableMakeThreshold`: the stack buffer size in bytes.
const STACK_BUF: u64 = 32;

/// Which stack buffer an `append` may use: its operand's variable, or
/// the operand expression itself.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum BufKey {
    Var(ObjId),
    Expr(ExprId),
}

/// How `[]byte(s)` / `[]rune(s)` allocates, which `cap` shows (the
/// natives' second argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ConvBuf {
    /// Exactly `len` (a constant string's bytes; a `[]byte` that is never
    /// mutated and does not escape reuses the string's memory).
    Exact = 0,
    /// The heap: `len` rounded up to a malloc size class
    /// (`rawbyteslice`, `rawruneslice`).
    Heap = 1,
    /// gc's 32-element stack `tmpBuf` when it fits, else the heap.
    Stack = 2,
}

struct Walk {
    escaped: HashSet<ObjId>,
    /// Slice variables whose elements are written (`x[i] = v`, appended to).
    mutated: HashSet<ObjId>,
    /// String conversions stored in a variable: the conversion, the
    /// variable, whether it makes runes.
    convs: Vec<(ExprId, ObjId, bool)>,
    /// String conversions used right away (`len`, `cap`, `range`).
    conv_direct: Vec<(ExprId, bool)>,
    seen: HashSet<ObjId>,
    /// In source order: the append call, the variable its result is
    /// stored in, its buffer.
    appends: Vec<(ExprId, ObjId, BufKey)>,
}

impl<'c> Lowerer<'c> {
    /// The `append` calls of `body` that may use a stack buffer, with the
    /// buffer's capacity in elements.
    /// Also, how each `[]byte(s)` / `[]rune(s)` of `body` that does not
    /// take the default (`Exact` for constants, else `Heap`) allocates.
    pub(crate) fn stack_appends(
        &self,
        body: &Block,
    ) -> (Vec<(ExprId, u32)>, HashMap<ExprId, ConvBuf>) {
        let mut w = Walk {
            escaped: HashSet::new(),
            mutated: HashSet::new(),
            convs: vec![],
            conv_direct: vec![],
            seen: HashSet::new(),
            appends: vec![],
        };
        for s in &body.stmts {
            self.esc_stmt(s, &mut w);
        }
        let mut bufs: HashMap<ExprId, ConvBuf> = HashMap::new();
        for &(c, x, runes) in &w.convs {
            if !w.escaped.contains(&x) {
                let copy = runes || w.mutated.contains(&x);
                bufs.insert(c, if copy { ConvBuf::Stack } else { ConvBuf::Exact });
            }
        }
        for &(c, runes) in &w.conv_direct {
            bufs.insert(
                c,
                if runes {
                    ConvBuf::Stack
                } else {
                    ConvBuf::Exact
                },
            );
        }
        // The first append of each buffer whose result does not escape
        // takes it, whether or not its length fits.
        let mut taken: HashMap<BufKey, ()> = HashMap::new();
        let appends = w
            .appends
            .into_iter()
            .filter(|(_, o, _)| !w.escaped.contains(o))
            .filter(|(_, _, k)| taken.insert(*k, ()).is_none())
            .filter_map(|(e, o, _)| {
                let Type::Slice(el) = self.prog.types.under(self.c.objs[o as usize].ty) else {
                    return None;
                };
                let (size, _) = self.prog.types.go_size_align(*el);
                (size > 0 && size <= STACK_BUF).then(|| (e, (STACK_BUF / size) as u32))
            })
            .collect();
        (appends, bufs)
    }

    /// The string conversion `e` is, if any: `Some(true)` for `[]rune`.
    fn string_conv(&self, e: &Expr) -> Option<bool> {
        let e = strip_parens(e);
        let ExprKind::Call { args, .. } = &e.kind else {
            return None;
        };
        let Some(CallKind::Conversion(t)) = self.call_kind(e) else {
            return None;
        };
        let from = self.expr_type(args.first()?);
        if !matches!(self.prog.types.under(from), Type::String) {
            return None;
        }
        match self.prog.types.under(t) {
            Type::Slice(el) => Some(!matches!(
                self.prog.types.under(*el),
                Type::Int(gust_vm::types::IntKind::U8)
            )),
            _ => None,
        }
    }

    /// Notes `target = rhs` for a string conversion `rhs`.
    fn esc_conv_to(&self, target: ObjId, rhs: &Expr, w: &mut Walk) -> bool {
        let Some(runes) = self.string_conv(rhs) else {
            return false;
        };
        w.convs.push((strip_parens(rhs).id, target, runes));
        self.esc_expr(rhs, w);
        true
    }

    /// Notes element writes `x[i] = ...` of a slice variable.
    fn esc_mutation(&self, lhs: &Expr, w: &mut Walk) {
        if let ExprKind::Index(x, _, _) = &strip_parens(lhs).kind {
            if let Some(o) = self.slice_var(x) {
                w.mutated.insert(o);
            }
        }
    }

    /// The local slice variable `e` names (a use, or the name a `:=`
    /// defines).
    fn slice_target(&self, e: &Expr) -> Option<ObjId> {
        self.slice_var(e).or_else(|| {
            let e = strip_parens(e);
            let ExprKind::Ident(_) = &e.kind else {
                return None;
            };
            let o = *self.info().defs.get(&e.pos)?;
            self.slice_obj(o)
        })
    }

    /// Notes `target = rhs` when `rhs` is an `append` of listed elements:
    /// the call may take a stack buffer if `target` never escapes. The
    /// operand `x` of `x = append(x, ...)` is no use of `x`.
    fn esc_append_to(&self, target: ObjId, rhs: &Expr, w: &mut Walk) -> bool {
        let call = strip_parens(rhs);
        let ExprKind::Call { args, ellipsis, .. } = &call.kind else {
            return false;
        };
        if !matches!(
            self.call_kind(call),
            Some(CallKind::Builtin(Builtin::Append))
        ) {
            return false;
        }
        w.seen.insert(target);
        let operand = self.slice_var(&args[0]);
        if let Some(o) = operand {
            w.mutated.insert(o);
        }
        if !*ellipsis && args.len() > 1 {
            let key = operand.map_or(BufKey::Expr(args[0].id), BufKey::Var);
            w.appends.push((call.id, target, key));
        }
        if operand != Some(target) {
            self.esc_expr(&args[0], w);
        }
        for a in &args[1..] {
            self.esc_expr(a, w);
        }
        true
    }

    /// The candidate variable `e` names: a non-escaping local slice.
    fn slice_var(&self, e: &Expr) -> Option<ObjId> {
        let e = strip_parens(e);
        let ExprKind::Ident(_) = &e.kind else {
            return None;
        };
        self.slice_obj(*self.info().uses.get(&e.id)?)
    }

    /// `o` if it is a local slice variable, never captured nor addressed.
    fn slice_obj(&self, o: ObjId) -> Option<ObjId> {
        match &self.c.objs[o as usize].kind {
            ObjKind::Var(v) if !v.global && !v.captured && !v.addr_taken => {}
            _ => return None,
        }
        matches!(
            self.prog.types.under(self.c.objs[o as usize].ty),
            Type::Slice(_)
        )
        .then_some(o)
    }

    fn esc_stmt(&self, s: &Stmt, w: &mut Walk) {
        match &s.kind {
            StmtKind::Assign { lhs, rhs, op }
                if lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(
                        op,
                        crate::ast::AssignOp::Assign | crate::ast::AssignOp::Define
                    ) =>
            {
                // x = append(y, ...) keeps x local.
                if let Some(x) = self.slice_target(&lhs[0]) {
                    if self.esc_append_to(x, &rhs[0], w) || self.esc_conv_to(x, &rhs[0], w) {
                        return;
                    }
                } else {
                    self.esc_mutation(&lhs[0], w);
                    self.esc_expr(&lhs[0], w);
                }
                self.esc_expr(&rhs[0], w);
            }
            StmtKind::Assign { lhs, rhs, op } => {
                for l in lhs {
                    self.esc_mutation(l, w);
                    // Assigning to the variable itself is not a use.
                    if *op != crate::ast::AssignOp::Define && self.slice_var(l).is_none() {
                        self.esc_expr(l, w);
                    }
                }
                for r in rhs {
                    self.esc_expr(r, w);
                }
            }
            StmtKind::IncDec(e, _) => {
                self.esc_mutation(e, w);
                self.esc_expr(e, w)
            }
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.esc_expr(e, w),
            StmtKind::Decl(g) => {
                for sp in &g.specs {
                    if let crate::ast::Spec::Value(v) = sp {
                        for (i, e) in v.values.iter().enumerate() {
                            // var x = append(...)
                            let target = (v.values.len() == v.names.len())
                                .then(|| self.info().defs.get(&v.names[i].pos).copied())
                                .flatten()
                                .and_then(|o| self.slice_obj(o));
                            if !target.is_some_and(|x| {
                                self.esc_append_to(x, e, w) || self.esc_conv_to(x, e, w)
                            }) {
                                self.esc_expr(e, w);
                            }
                        }
                    }
                }
            }
            StmtKind::Return(es) => es.iter().for_each(|e| self.esc_expr(e, w)),
            StmtKind::Block(b) => b.stmts.iter().for_each(|s| self.esc_stmt(s, w)),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                init.iter().for_each(|s| self.esc_stmt(s, w));
                self.esc_expr(cond, w);
                then.stmts.iter().for_each(|s| self.esc_stmt(s, w));
                els.iter().for_each(|s| self.esc_stmt(s, w));
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                init.iter().for_each(|s| self.esc_stmt(s, w));
                cond.iter().for_each(|e| self.esc_expr(e, w));
                post.iter().for_each(|s| self.esc_stmt(s, w));
                body.stmts.iter().for_each(|s| self.esc_stmt(s, w));
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                define,
            } => {
                if !*define {
                    key.iter()
                        .chain(value.iter())
                        .for_each(|e| self.esc_expr(e, w));
                }
                if let Some(runes) = self.string_conv(x) {
                    w.conv_direct.push((strip_parens(x).id, runes));
                }
                if self.slice_var(x).is_none() {
                    self.esc_expr(x, w);
                }
                body.stmts.iter().for_each(|s| self.esc_stmt(s, w));
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                init.iter().for_each(|s| self.esc_stmt(s, w));
                tag.iter().for_each(|e| self.esc_expr(e, w));
                for c in clauses {
                    c.exprs.iter().for_each(|e| self.esc_expr(e, w));
                    c.body.iter().for_each(|s| self.esc_stmt(s, w));
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                init.iter().for_each(|s| self.esc_stmt(s, w));
                self.esc_expr(x, w);
                for c in clauses {
                    c.body.iter().for_each(|s| self.esc_stmt(s, w));
                }
            }
            StmtKind::Labeled(_, s) => self.esc_stmt(s, w),
            _ => {}
        }
    }

    fn esc_expr(&self, e: &Expr, w: &mut Walk) {
        if let Some(x) = self.slice_var(e) {
            // A use in no allowed position.
            w.escaped.insert(x);
            return;
        }
        match &e.kind {
            ExprKind::Call { func, args, .. } => {
                let to_string = matches!(self.call_kind(e), Some(CallKind::Conversion(t))
                    if matches!(self.prog.types.under(t), Type::String));
                if to_string && self.slice_var(&args[0]).is_some() {
                    // string(x) copies the elements.
                    return;
                }
                if let Some(CallKind::Builtin(Builtin::Len | Builtin::Cap)) = self.call_kind(e) {
                    if self.slice_var(&args[0]).is_some() {
                        return;
                    }
                    if let Some(runes) = self.string_conv(&args[0]) {
                        w.conv_direct.push((strip_parens(&args[0]).id, runes));
                    }
                }
                self.esc_expr(func, w);
                args.iter().for_each(|a| self.esc_expr(a, w));
            }
            ExprKind::Index(x, i, _) => {
                if self.slice_var(x).is_none() {
                    self.esc_expr(x, w);
                }
                self.esc_expr(i, w);
            }
            ExprKind::FuncLit { body, .. } => body.stmts.iter().for_each(|s| self.esc_stmt(s, w)),
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Selector(x, _)
            | ExprKind::TypeAssert(x, _) => self.esc_expr(x, w),
            ExprKind::Binary(_, l, r) => {
                self.esc_expr(l, w);
                self.esc_expr(r, w);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.esc_expr(x, w);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.esc_expr(b, w);
                }
            }
            ExprKind::Composite { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.esc_expr(k, w);
                    }
                    self.esc_expr(&el.value, w);
                }
            }
            _ => {}
        }
    }
}

impl Lowerer<'_> {
    /// Whether a pointer passed as argument `i` of a call of package-level
    /// function `o` stays local to the call, as gc's escape analysis
    /// proves it in its simplest case ("does not escape"): the parameter
    /// is a pointer that the body only dereferences (reads or writes
    /// through), selects a field or indexes through, or compares with
    /// nil, or passes straight to a parameter that stays local in turn
    /// (a few calls deep); it is never stored, returned, captured by a
    /// closure, converted or reassigned. `false` whenever unsure.
    pub(crate) fn param_stays_local(&self, o: ObjId, i: usize) -> bool {
        self.stays_local_within(o, i, PASS_ON_DEPTH)
    }

    fn stays_local_within(&self, o: ObjId, i: usize, depth: u32) -> bool {
        if !matches!(self.c.objs[o as usize].kind, ObjKind::Func) {
            return false;
        }
        let Some(body) = self
            .c
            .bodies
            .iter()
            .find(|b| b.obj == Some(o) && b.recv.is_none())
        else {
            return false;
        };
        let unit = &self.c.units[body.unit as usize];
        let Some(Decl::Func(fd)) = body.decl.and_then(|d| unit.ast.decls.get(d as usize)) else {
            return false;
        };
        let Some(block) = &fd.body else {
            return false;
        };
        let mut params = fd.sig.params.iter().flat_map(|f| {
            let variadic = matches!(f.ty.kind, ExprKind::Ellipsis(_));
            f.names.iter().map(move |n| (n, variadic))
        });
        let Some((name, false)) = params.nth(i) else {
            return false;
        };
        let info = &unit.info;
        let Some(&p) = info.defs.get(&name.pos) else {
            return false;
        };
        self.ptr_stays_local(p, block, info, depth)
    }

    /// Whether pointer variable `p`, declared in function body `block`
    /// (`p := &x`, say), stays local to it: the rule of
    /// [`Self::param_stays_local`] for a local.
    pub(crate) fn local_ptr_stays_local(&self, p: ObjId, block: &Block, info: &Info) -> bool {
        self.ptr_stays_local(p, block, info, PASS_ON_DEPTH)
    }

    /// Whether `p` is a pointer variable never captured, address-taken
    /// or reassigned whose every use in `block` is harmless (see
    /// [`Self::param_stays_local`]), following calls `depth` deep.
    fn ptr_stays_local(&self, p: ObjId, block: &Block, info: &Info, depth: u32) -> bool {
        let pointer = matches!(
            self.prog.types.under(self.c.objs[p as usize].ty),
            Type::Pointer(_)
        );
        match &self.c.objs[p as usize].kind {
            ObjKind::Var(v) if pointer && !v.captured && !v.addr_taken && !v.reassigned => {}
            _ => return false,
        }
        // (The declaring `p` of `p := ...` is no use.)
        let is_p = |e: &Expr| {
            let e = strip_parens(e);
            matches!(e.kind, ExprKind::Ident(_))
                && info.uses.get(&e.id) == Some(&p)
                && info.defs.get(&e.pos) != Some(&p)
        };
        let is_nil = |e: &Expr| {
            let e = strip_parens(e);
            info.uses
                .get(&e.id)
                .is_some_and(|&o| matches!(self.c.objs[o as usize].kind, ObjKind::Nil))
        };
        // Every use of `p` must be the operand of a harmless expression.
        let (mut uses, mut harmless) = (0, 0);
        crate::visit::find_in_block::<()>(block, &mut |x| {
            match &x.kind {
                ExprKind::Ident(_) if is_p(x) => uses += 1,
                ExprKind::Star(y) | ExprKind::Index(y, _, _) if is_p(y) => harmless += 1,
                ExprKind::Selector(y, _)
                    if is_p(y) && matches!(info.sels.get(&x.id), Some(Selection::Field { .. })) =>
                {
                    harmless += 1
                }
                ExprKind::Binary(BinOp::Eq | BinOp::Ne, a, b)
                    if (is_p(a) && is_nil(b)) || (is_p(b) && is_nil(a)) =>
                {
                    harmless += 1
                }
                ExprKind::Call { func, args, .. }
                    if depth > 0 && matches!(info.calls.get(&x.id), Some(CallKind::Call)) =>
                {
                    let g = match &strip_parens(func).kind {
                        ExprKind::Ident(_) => info.uses.get(&strip_parens(func).id),
                        _ => None,
                    };
                    if let Some(&g) = g {
                        harmless += (0..args.len())
                            .filter(|&j| is_p(&args[j]) && self.stays_local_within(g, j, depth - 1))
                            .count();
                    }
                }
                _ => {}
            }
            None
        });
        uses == harmless
    }
}
