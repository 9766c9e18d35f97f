//! Calls, conversions, composite literals and function literals.

use gust_vm::types::{builtin as bt, Sig, Type, TypeId};
use num_traits::ToPrimitive;

use super::describe::spos;
use super::expr::{Mode, Operand};
use super::{CallKind, Checker, FuncBody, FuncCtx, Selection};
use crate::ast::{self, Element, Expr, ExprKind};

impl Checker {
    pub(crate) fn check_call(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            rparen,
        } = &e.kind
        else {
            unreachable!()
        };
        let fo = self.check_expr(func, None);
        match fo.mode {
            Mode::Invalid => {
                for a in args {
                    self.check_expr(a, None);
                }
                return Operand::invalid();
            }
            Mode::TypeExpr => {
                if self.incomplete_type_use(fo.ty) {
                    for a in args {
                        self.check_expr(a, None);
                    }
                    return Operand::invalid();
                }
                self.info().calls.insert(e.id, CallKind::Conversion(fo.ty));
                if args.len() != 1 {
                    let t = self.tstr(fo.ty);
                    let (pos, m) = if args.is_empty() {
                        (*rparen, format!("missing argument in conversion to {t}"))
                    } else {
                        // types2 uses the arguments and reports at the last.
                        for a in args {
                            self.check_expr(a, None);
                        }
                        (
                            spos(&args[args.len() - 1]),
                            format!("too many arguments in conversion to {t}"),
                        )
                    };
                    self.error(pos, m);
                    return Operand::invalid();
                }
                if matches!(self.types.under(fo.ty), Type::Interface(_)) {
                    let ao = self.check_value(&args[0], None);
                    // types2's conversion: 'cannot convert x to type I',
                    // with the reason for a typed operand.
                    let vt = if self.is_untyped(&ao) && ao.val.is_some() {
                        self.default_type(ao.ty)
                    } else {
                        ao.ty
                    };
                    if !ao.is_invalid() && ao.mode != Mode::Nil && !self.assignable(vt, fo.ty) {
                        if self.unimplemented_iface_method(vt, fo.ty, spos(&args[0])) {
                            return Operand::invalid();
                        }
                        let d = self.describe(&args[0], &ao);
                        let tn = self.tstr(fo.ty);
                        let mut msg = format!("cannot convert {d} to type {tn}");
                        if vt == ao.ty {
                            if let Some(why) = self.missing_method_reason(vt, fo.ty) {
                                msg.push_str(&format!(
                                    ": {} does not implement {tn} {why}",
                                    self.tstr(vt)
                                ));
                            }
                        }
                        self.error(spos(&args[0]), msg);
                        return Operand::invalid();
                    }
                    let r = self.assign_to(&args[0], ao, fo.ty, "conversion");
                    // The result is a value of the interface type, even
                    // for nil (no longer the untyped nil).
                    return if r.is_invalid() {
                        r
                    } else {
                        Operand::value(fo.ty)
                    };
                }
                return self.check_conversion(e, &args[0], fo.ty);
            }
            Mode::Builtin(b) => {
                self.info().calls.insert(e.id, CallKind::Builtin(b));
                return self.check_builtin(e, b, args, *ellipsis, hint);
            }
            _ => {}
        }
        self.info().calls.insert(e.id, CallKind::Call);
        let Type::Func(sig) = self.types.under(fo.ty).clone() else {
            let d = self.describe(func, &fo);
            let t = self.tstr(fo.ty);
            self.error(
                spos(e),
                format!("invalid operation: cannot call {d}: {t} is not a function"),
            );
            // types2 leaves the arguments unchecked (so unused).
            return Operand::invalid();
        };
        self.check_args(e, func, &sig, args, *ellipsis, *rparen);
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: bt::VOID,
                val: None,
            },
            1 => Operand::value(sig.results[0]),
            _ => Operand::value(self.types.intern(Type::Tuple(sig.results.clone()))),
        }
    }

    /// Checks call arguments against `sig`, including `f(g())` with a
    /// multi-valued `g` and variadic calls.
    fn check_args(
        &mut self,
        call: &Expr,
        func: &Expr,
        sig: &Sig,
        args: &[Expr],
        ellipsis: bool,
        rparen: crate::pos::Pos,
    ) {
        let fname = self.expr_str(func);
        // f(g()) where g returns several values.
        if args.len() == 1 && !ellipsis {
            if let ExprKind::Call { .. } = &args[0].kind {
                let o = self.check_expr(&args[0], None);
                if let Type::Tuple(ts) = self.types.get(o.ty).clone() {
                    if !ts.is_empty() {
                        self.check_arg_types(call, &fname, sig, &ts, &args[0]);
                        return;
                    }
                }
                self.finish_args(call, &fname, sig, args, Some(o), ellipsis, rparen);
                return;
            }
        }
        self.finish_args(call, &fname, sig, args, None, ellipsis, rparen);
    }

    fn check_arg_types(&mut self, call: &Expr, fname: &str, sig: &Sig, ts: &[TypeId], arg: &Expr) {
        let n = sig.params.len();
        let ok = if sig.variadic {
            ts.len() >= n - 1
        } else {
            ts.len() == n
        };
        if !ok {
            let have = format!(
                "({})",
                ts.iter()
                    .map(|t| self.tstr(*t))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            // types2 reports both at the argument: every value of the
            // multi-valued call is an operand whose expression is the call.
            let at = spos(arg);
            self.arity_error(call, fname, sig, ts.len() < n, have, at, at);
            return;
        }
        for (i, t) in ts.iter().enumerate() {
            let want = self.param_type(sig, i, false);
            if !self.assignable(*t, want) {
                let tn = self.tstr(*t);
                let wn = self.tstr(want);
                let s = self.expr_str(arg);
                self.error(
                    spos(arg),
                    format!(
                        "cannot use {s} (value of type {tn}) as {wn} value in argument to {fname}"
                    ),
                );
                return;
            }
        }
    }

    /// The type parameter `i` receives (the element type for variadic
    /// extras unless `spread`).
    pub(crate) fn param_type(&mut self, sig: &Sig, i: usize, spread: bool) -> TypeId {
        let n = sig.params.len();
        if sig.variadic && i >= n - 1 {
            let last = sig.params[n - 1];
            if spread {
                return last;
            }
            return match self.types.get(last) {
                Type::Slice(e) => *e,
                _ => last,
            };
        }
        sig.params.get(i).copied().unwrap_or(bt::INVALID)
    }

    #[allow(clippy::too_many_arguments)]
    fn finish_args(
        &mut self,
        call: &Expr,
        fname: &str,
        sig: &Sig,
        args: &[Expr],
        first: Option<Operand>,
        ellipsis: bool,
        rparen: crate::pos::Pos,
    ) {
        let n = sig.params.len();
        if ellipsis && !sig.variadic {
            self.error(
                spos(call),
                format!("cannot use ... in call to non-variadic {fname}"),
            );
            // Still check the arguments (their variables are used).
            for a in args {
                self.check_expr(a, None);
            }
            return;
        }
        let mut ops = vec![];
        for (i, a) in args.iter().enumerate() {
            let hint = if i < n || sig.variadic {
                Some(self.param_type(sig, i, ellipsis))
            } else {
                None
            };
            let o = match (i, &first) {
                (0, Some(o)) => o.clone(),
                _ => self.check_value(a, hint),
            };
            ops.push(o);
        }
        let count_ok = if sig.variadic && !ellipsis {
            args.len() >= n - 1
        } else {
            args.len() == n
        };
        if !count_ok {
            let have = format!(
                "({})",
                ops.iter()
                    .map(
                        |o| if self.is_untyped(o) && o.val.is_some() && o.mode == Mode::Const {
                            "number".to_string()
                        } else if o.mode == Mode::Nil {
                            "nil".into()
                        } else {
                            self.tstr(o.ty)
                        }
                    )
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let have = if ellipsis {
                format!("{}...)", have.trim_end_matches(')'))
            } else {
                have
            };
            // gc: too many → at the first extra argument; not enough → at
            // the last argument (or the call when there is none).
            let first_extra = args.get(n).map(spos).unwrap_or(rparen);
            let last = args.last().map(spos).unwrap_or_else(|| spos(call));
            self.arity_error(call, fname, sig, args.len() < n, have, last, first_extra);
            return;
        }
        for (i, (a, o)) in args.iter().zip(ops).enumerate() {
            if o.is_invalid() {
                continue;
            }
            let want = self.param_type(sig, i, ellipsis);
            self.assign_to(a, o, want, &format!("argument to {fname}"));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn arity_error(
        &mut self,
        _call: &Expr,
        fname: &str,
        sig: &Sig,
        not_enough: bool,
        have: String,
        rparen: crate::pos::Pos,
        extra: crate::pos::Pos,
    ) {
        let want = {
            let mut parts = vec![];
            for (i, p) in sig.params.iter().enumerate() {
                if sig.variadic && i + 1 == sig.params.len() {
                    let el = match self.types.get(*p) {
                        Type::Slice(e) => *e,
                        _ => *p,
                    };
                    parts.push(format!("...{}", self.tstr(el)));
                } else {
                    parts.push(self.tstr(*p));
                }
            }
            format!("({})", parts.join(", "))
        };
        let (pos, what) = if not_enough {
            (rparen, "not enough")
        } else {
            (extra, "too many")
        };
        self.error(
            pos,
            format!("{what} arguments in call to {fname}\n\thave {have}\n\twant {want}"),
        );
    }

    /// Checks a composite literal; `hint` supplies an elided type.
    pub(crate) fn check_composite(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let t = match ty {
            Some(te) => {
                if let ExprKind::ArrayType {
                    len: None,
                    ellipsis: true,
                    elem,
                } = &te.kind
                {
                    let el = self.resolve_type(elem);
                    let n = self.literal_len(elts);
                    let t = self.types.intern(Type::Array(el, n));
                    self.record_type(te, t);
                    t
                } else {
                    let t = self.resolve_type(te);
                    if self.incomplete_type_use(t) {
                        return Operand::invalid();
                    }
                    t
                }
            }
            None => match hint {
                Some(h) => h,
                None => {
                    self.error(spos(e), "missing type in composite literal");
                    return Operand::invalid();
                }
            },
        };
        if t == bt::INVALID {
            // types2 uses the element values (not the keys).
            for el in elts {
                self.check_expr(&el.value, None);
            }
            return Operand::invalid();
        }
        // An elided `&T` in a literal of pointers: the element is `T`.
        let (t, lit_ty) = match (ty, self.types.get(t).clone()) {
            (None, Type::Pointer(inner)) => (inner, inner),
            _ => (t, t),
        };
        let _ = lit_ty;
        // The literal's own type (for an elided &T the expression is *T).
        let result = if ty.is_none() { hint.unwrap_or(t) } else { t };
        match self.types.under(t).clone() {
            Type::Struct(fields) => {
                if elts.is_empty() {
                    return Operand::value(result);
                }
                let keyed = elts[0].key.is_some();
                if keyed {
                    let mut seen = vec![];
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.pos,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let ExprKind::Ident(name) = &k.kind else {
                            let s = self.expr_str(k);
                            self.error(
                                spos(k),
                                format!("invalid field name {s} in struct literal"),
                            );
                            continue;
                        };
                        // A blank field cannot be named (types2); a promoted
                        // field can (Go 1.27), through embedded structs only.
                        let u = self.types.underlying(t);
                        let found = match self.lookup_selector(u, name) {
                            Ok(super::expr::Lookup::Field { path, derefs, ty }) => {
                                Some((path, derefs, ty))
                            }
                            Ok(_) => {
                                self.error(spos(k), format!("{name} is not a field"));
                                self.check_expr(&el.value, None);
                                continue;
                            }
                            Err(_) => None,
                        };
                        let Some((path, derefs, ft)) = found.filter(|_| name != "_") else {
                            let tn = self.tstr(t);
                            self.error(
                                spos(k),
                                format!("unknown field {name} in struct literal of type {tn}"),
                            );
                            self.check_expr(&el.value, None);
                            continue;
                        };
                        if derefs.iter().any(|&d| d) {
                            self.error(
                                spos(k),
                                format!("invalid implicit pointer indirection to reach {name}"),
                            );
                            self.check_expr(&el.value, None);
                            continue;
                        }
                        if path.len() == 1 && self.foreign_unexported(t, name) {
                            let tn = self.tstr(t);
                            self.error(
                                spos(k),
                                format!(
                                    "cannot refer to unexported field {name} in struct literal of type {tn}"
                                ),
                            );
                        }
                        // types2's trie of field paths: a path may not equal,
                        // extend or be extended by one already given.
                        let clash = seen
                            .iter()
                            .filter(|(q, _): &&(Vec<u32>, String)| {
                                q.starts_with(&path) || path.starts_with(q)
                            })
                            .min_by(|a, b| a.0.cmp(&b.0));
                        match clash {
                            Some((q, alt)) if q == &path => self.error(
                                spos(k),
                                format!("duplicate field name {name} in struct literal"),
                            ),
                            Some((q, alt)) if q.len() < path.len() => self.error(
                                spos(k),
                                format!(
                                    "cannot specify promoted field {name} and enclosing embedded field {alt}"
                                ),
                            ),
                            Some((_, alt)) => self.error(
                                spos(k),
                                format!(
                                    "cannot specify embedded field {name} and enclosed promoted field {alt}"
                                ),
                            ),
                            None => seen.push((path.clone(), name.clone())),
                        }
                        self.info()
                            .sels
                            .insert(k.id, Selection::Field { path, derefs });
                        let vo = self.check_value(&el.value, field_hint(&el.value, ft));
                        self.assign_to(&el.value, vo, ft, "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if el.key.is_some() {
                            self.error(
                                el.value.pos,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            // types2 checks the element first.
                            self.check_expr(&el.value, None);
                            let tn = self.tstr(t);
                            self.error(
                                spos(&el.value),
                                format!("too many values in struct literal of type {tn}"),
                            );
                            break;
                        };
                        if self.foreign_unexported(t, &f.name) {
                            let tn = self.tstr(t);
                            self.error(
                                el.value.pos,
                                format!(
                                    "implicit assignment to unexported field {} in struct literal of type {tn}",
                                    f.name
                                ),
                            );
                        }
                        let vo = self.check_value(&el.value, field_hint(&el.value, f.ty));
                        self.assign_to(&el.value, vo, f.ty, "struct literal");
                    }
                    if elts.len() < fields.len() && elts.len() <= fields.len() {
                        let tn = self.tstr(t);
                        if let ExprKind::Composite { rbrace, .. } = &e.kind {
                            self.error(
                                *rbrace,
                                format!("too few values in struct literal of type {tn}"),
                            );
                        }
                    }
                }
            }
            Type::Array(el, n) => {
                self.check_indexed_elts(elts, el, Some(n));
            }
            Type::Slice(el) => {
                self.check_indexed_elts(elts, el, None);
            }
            Type::Map(k, v) => {
                // Constant keys seen, with their types: keys of an
                // interface type are duplicates only with identical types
                // (int(2) and int16(2) are different keys), as in types2.
                let iface_key = matches!(self.types.under(k), Type::Interface(_));
                let mut seen: Vec<(crate::constant::ConstVal, TypeId)> = vec![];
                for el in elts {
                    let Some(key) = &el.key else {
                        self.error(el.value.pos, "missing key in map literal");
                        continue;
                    };
                    let ko = self.check_value(key, Some(k));
                    let key_const = ko.val.clone().filter(|_| iface_key).map(|v| {
                        let t = self.default_type(ko.ty);
                        let v = self.represent(&v, t).unwrap_or(v);
                        (v, t)
                    });
                    let ko = self.assign_to(key, ko, k, "map literal");
                    let entry = match key_const {
                        Some(kc) if !ko.is_invalid() => Some(kc),
                        _ => ko.val.clone().map(|v| (v, k)),
                    };
                    if let Some(cv) = &entry {
                        if seen.contains(cv) {
                            // types2 names the key's value, not its text.
                            let s = cv.0.describe();
                            self.error(spos(key), format!("duplicate key {s} in map literal"));
                        } else {
                            seen.push(cv.clone());
                        }
                    }
                    let vo = self.check_value(&el.value, Some(v));
                    self.assign_to(&el.value, vo, v, "map literal");
                }
            }
            Type::Invalid => return Operand::invalid(),
            _ => {
                let tn = self.tstr(t);
                self.error(spos(e), format!("invalid composite literal type {tn}"));
                return Operand::invalid();
            }
        }
        Operand::value(result)
    }

    fn literal_len(&mut self, elts: &[Element]) -> u64 {
        let mut idx: u64 = 0;
        let mut max = 0;
        for el in elts {
            if let Some(k) = &el.key {
                let o = self.check_value(k, Some(bt::INT));
                if let Some(v) = o
                    .val
                    .as_ref()
                    .and_then(|v| v.to_int())
                    .and_then(|v| v.to_u64())
                {
                    idx = v;
                }
            }
            idx += 1;
            max = max.max(idx);
        }
        max
    }

    fn check_indexed_elts(&mut self, elts: &[Element], el: TypeId, len: Option<u64>) {
        let mut idx: u64 = 0;
        let mut seen = std::collections::HashSet::new();
        for e in elts {
            if let Some(k) = &e.key {
                match self.check_index_value(k, len) {
                    Some(v) => idx = v,
                    None => {
                        let o = self.units[self.unit as usize]
                            .info
                            .consts
                            .get(&k.id)
                            .cloned();
                        if o.is_none() {
                            let s = self.expr_str(k);
                            self.error(spos(k), format!("index {s} must be integer constant"));
                        }
                    }
                }
            } else if let Some(n) = len {
                if idx >= n {
                    self.error(
                        e.value.pos,
                        format!("index {idx} is out of bounds (>= {n})"),
                    );
                }
            }
            if !seen.insert(idx) {
                self.error(
                    e.key.as_ref().map(|k| k.pos).unwrap_or(e.value.pos),
                    format!("duplicate index {idx} in array or slice literal"),
                );
            }
            let vo = self.check_value(&e.value, Some(el));
            self.assign_to(&e.value, vo, el, "array or slice literal");
            idx += 1;
        }
    }

    /// Checks a function literal, registering it as a closure body.
    pub(crate) fn check_func_lit(
        &mut self,
        e: &Expr,
        sig: &ast::FuncType,
        body: &ast::Block,
    ) -> Operand {
        let st = self.func_sig(sig);
        let Type::Func(s) = self.types.get(st).clone() else {
            unreachable!()
        };
        let parent = self.funcs.last().map(|f| f.body);
        let idx = self.bodies.len() as u32;
        let name = match parent {
            Some(p) => {
                // Go names closures outer.funcN, counting per outermost
                // function; nested ones get outer.funcN.M.
                let pn = self.bodies[p as usize].name.clone();
                let count = self.funcs.last_mut().map(|f| {
                    f.lit_count += 1;
                    f.lit_count
                });
                if self.bodies[p as usize].lit.is_some() {
                    format!("{pn}.{}", count.unwrap_or(1))
                } else {
                    format!("{pn}.func{}", count.unwrap_or(1))
                }
            }
            None => format!(
                "{}.glob..func{}",
                self.pkgs[self.cur_pkg() as usize].path,
                idx
            ),
        };
        self.bodies.push(FuncBody {
            unit: self.unit,
            decl: None,
            lit: Some(e.id),
            obj: None,
            sig: st,
            captures: vec![],
            name,
            has_defer: false,
            deferred_directly: false,
            recv: None,
            id: Default::default(),
        });
        self.info().closures.insert(e.id, idx);
        self.check_body(idx, None, sig, &s, body);
        Operand::value(st)
    }

    /// Checks a function body (declaration or literal) with its params.
    pub(crate) fn check_body(
        &mut self,
        body_idx: u32,
        recv: Option<&ast::Field>,
        ft: &ast::FuncType,
        sig: &Sig,
        body: &ast::Block,
    ) {
        let saved_scopes = std::mem::take(&mut self.scopes);
        // Closures see the enclosing scopes; declarations start fresh.
        if self.bodies[body_idx as usize].lit.is_some() {
            self.scopes = saved_scopes.clone();
        }
        self.funcs.push(FuncCtx {
            sig: sig.clone(),
            body: body_idx,
            named_results: vec![],
            lit_count: 0,
            breakables: vec![],
            fallthrough_ok: false,
            labels: vec![],
        });
        self.scopes.push(Default::default());
        if let Some(r) = recv {
            let rt = self.bodies[body_idx as usize].recv.unwrap_or(bt::INVALID);
            for n in &r.names {
                let o = self.declare_var(&n.name, rt, n.pos);
                self.set_var_role(o, super::VarRole::Receiver);
                self.mark_var_used(o);
            }
        }
        let mut pi = 0;
        for f in &ft.params {
            let count = f.names.len().max(1);
            for k in 0..count {
                let t = sig.params.get(pi).copied().unwrap_or(bt::INVALID);
                if let Some(n) = f.names.get(k) {
                    let o = self.declare_var(&n.name, t, n.pos);
                    self.set_var_role(o, super::VarRole::Param);
                    self.mark_var_used(o);
                }
                pi += 1;
            }
        }
        let mut ri = 0;
        let mut named = vec![];
        for f in &ft.results {
            let count = f.names.len().max(1);
            for k in 0..count {
                let t = sig.results.get(ri).copied().unwrap_or(bt::INVALID);
                if let Some(n) = f.names.get(k) {
                    let o = self.declare_var(&n.name, t, n.pos);
                    self.set_var_role(o, super::VarRole::Result);
                    self.mark_var_used(o);
                    // `return` assigns it: never captured by value.
                    self.mark_obj_reassigned(o);
                    named.push(o);
                }
                ri += 1;
            }
        }
        self.funcs.last_mut().unwrap().named_results = named;
        let mut labels = vec![];
        collect_labels(&body.stmts, &mut labels);
        self.funcs.last_mut().unwrap().labels = labels;
        self.check_block_stmts(&body.stmts);
        self.check_gotos(&body.stmts, body.lbrace);
        let labels = std::mem::take(&mut self.funcs.last_mut().unwrap().labels);
        for (name, pos, used) in labels {
            if !used {
                self.error(pos, format!("label {name} defined and not used"));
            }
        }
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
        self.close_scope();
        self.funcs.pop();
        self.scopes = saved_scopes;
    }
}

/// The labels of a function body (not of nested function literals), in
/// order: name, position, not yet used.
fn collect_labels(stmts: &[ast::Stmt], out: &mut Vec<(String, crate::pos::Pos, bool)>) {
    use ast::StmtKind::*;
    for s in stmts {
        match &s.kind {
            Labeled(l, inner) => {
                // Blank labels declare nothing (types2).
                if l.name != "_" && !out.iter().any(|x| x.0 == l.name) {
                    out.push((l.name.clone(), l.pos, false));
                }
                collect_labels(std::slice::from_ref(inner), out);
            }
            Block(b) => collect_labels(&b.stmts, out),
            If { then, els, .. } => {
                collect_labels(&then.stmts, out);
                if let Some(e) = els {
                    collect_labels(std::slice::from_ref(e), out);
                }
            }
            For { body, .. } | Range { body, .. } => collect_labels(&body.stmts, out),
            Switch { clauses, .. } | TypeSwitch { clauses, .. } => {
                clauses.iter().for_each(|c| collect_labels(&c.body, out))
            }
            _ => {}
        }
    }
}

/// The type hint for a struct literal's field value: none for a literal
/// without a type (types2 checks field values without a hint, so only
/// array, slice and map elements may elide their type).
fn field_hint(v: &Expr, ft: TypeId) -> Option<TypeId> {
    match &v.kind {
        ExprKind::Composite { ty: None, .. } => None,
        _ => Some(ft),
    }
}
