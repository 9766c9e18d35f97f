//! Calls, function values, method values, builtins and defer.

use gust_vm::op::{Cmp, Fresh, Op};
use gust_vm::program::{Function, Ref, SlotKind};
use gust_vm::types::{builtin as bt, FuncId, Sig, Type, TypeId};

use super::{Local, Lowerer};
use crate::ast::{Expr, ExprKind};
use crate::check::{strip_parens, Builtin, CallKind, ObjId, ObjKind, Selection};

/// What a call expression calls.
enum Callee {
    /// A Go function or method compiled from source.
    Func(FuncId),
    /// A native function.
    Native(u32),
    /// An interface method (receiver: the interface value).
    Iface(u32),
    /// An interface method call gc devirtualizes: the dynamic type's
    /// adapter, called directly with the interface's data word.
    Devirt(FuncId),
    /// A closure value.
    Closure,
}

impl<'c> Lowerer<'c> {
    /// How Go makes the data word of `panic(arg)`'s value (see
    /// [`Fresh`]): cmd/compile's `dataWord` for the argument's type. Only
    /// one-slot values need it: gust boxes bigger ones afresh anyway.
    fn panic_fresh(&self, arg: &Expr) -> Fresh {
        let t = self.expr_type(arg);
        let types = &self.prog.types;
        // A constant is static read-only data, an interface passes through.
        if self.info().consts.contains_key(&arg.id)
            || matches!(types.under(t), Type::Interface(_))
            || types.slots(t) != 1
        {
            return Fresh::Never;
        }
        // The sole component of one-field structs and one-element arrays.
        let mut sole = t;
        loop {
            match types.under(sole) {
                Type::Struct(fs) if fs.len() == 1 => sole = fs[0].ty,
                Type::Array(e, 1) => sole = *e,
                _ => break,
            }
        }
        let (size, align) = types.go_size_align(t);
        match types.under(sole) {
            // Pointer-shaped values are their own data word.
            Type::Pointer(_) | Type::Map(..) | Type::Func(_) => Fresh::Never,
            Type::String => Fresh::NonEmptyString,
            Type::Float32 => Fresh::Float32,
            _ if size <= 1 => Fresh::Never, // zerobase, staticuint64s
            _ if size == 2 && align == 2 => Fresh::Bits16,
            _ if size == 4 && align == 4 && !types.has_pointers(t) => Fresh::Bits32,
            _ if size == 8 && align == 8 && !types.has_pointers(t) => Fresh::Bits64,
            _ => Fresh::Never,
        }
    }

    /// Pushes the results of call expression `e`.
    pub(crate) fn call(&mut self, e: &Expr, _discard: bool) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return;
        };
        match self.call_kind(e) {
            Some(CallKind::Conversion(t)) => return self.conversion_at(e, t, &args[0]),
            Some(CallKind::Builtin(b)) => return self.builtin(e, b, args, *ellipsis),
            _ => {}
        }
        let Some((callee, sig)) = self.prepare_callee(func) else {
            self.unsupported(e.pos, "call");
            return;
        };
        let recv_slots = match &callee {
            Callee::Func(_) | Callee::Native(_) => self.pushed_receiver_slots(func),
            Callee::Iface(_) => 0,
            Callee::Devirt(_) => 1,
            Callee::Closure => 0,
        };
        self.set_pos(e.pos);
        let arg_slots = self.push_args(&sig, args, *ellipsis);
        let rets: u32 = sig.results.iter().map(|t| self.slots(*t)).sum();
        match callee {
            Callee::Func(f) | Callee::Devirt(f) => self.emit(Op::Call {
                func: f,
                args: recv_slots + arg_slots,
                rets,
            }),
            Callee::Native(id) => self.emit(Op::CallNative {
                id,
                args: recv_slots + arg_slots,
                rets,
            }),
            Callee::Iface(m) => self.emit(Op::CallIface {
                method: m,
                args: arg_slots,
                rets,
            }),
            Callee::Closure => self.emit(Op::CallClosure {
                args: arg_slots,
                rets,
            }),
        };
    }

    /// Receiver slots pushed by `prepare_callee` for a method call.
    fn pushed_receiver_slots(&self, func: &Expr) -> u32 {
        let f = strip_parens(func);
        match self.info().sels.get(&f.id) {
            Some(Selection::Method {
                recv_named,
                ptr_recv,
                ..
            }) => {
                if *ptr_recv {
                    1
                } else {
                    self.slots(*recv_named)
                }
            }
            _ => 0,
        }
    }

    /// Evaluates what a call needs before its arguments (receiver,
    /// interface value or closure) and returns the callee and signature.
    fn prepare_callee(&mut self, func: &Expr) -> Option<(Callee, Sig)> {
        let f = strip_parens(func);
        let ft = self.expr_type(f);
        let Type::Func(sig) = self.prog.types.under(ft).clone() else {
            return None;
        };
        // Static functions.
        let obj = match &f.kind {
            ExprKind::Ident(_) => self.info().uses.get(&f.id).copied(),
            ExprKind::Selector(..) => match self.info().sels.get(&f.id) {
                Some(Selection::Qualified(o)) => Some(*o),
                _ => None,
            },
            _ => None,
        };
        if let Some(o) = obj {
            if matches!(self.c.objs[o as usize].kind, ObjKind::Func) {
                let b = *self.c.func_bodies.get(&o)?;
                return Some((self.callee_of_body(b), sig));
            }
        }
        if let ExprKind::Selector(x, _) = &f.kind {
            match self.info().sels.get(&f.id).cloned() {
                Some(Selection::Method {
                    path,
                    derefs,
                    recv_named,
                    name,
                    ptr_recv,
                }) => {
                    let b = *self.c.methods.get(&(recv_named, name))?;
                    self.receiver(x, &path, &derefs, ptr_recv, recv_named);
                    return Some((self.callee_of_body(b), sig));
                }
                Some(Selection::IfaceMethod { path, derefs, name }) => {
                    self.embedded_value(x, &path, &derefs);
                    if path.is_empty() {
                        if let Some(f) = self.devirtualized_value_method(x, &name) {
                            self.emit(Op::Extract {
                                off: 1,
                                n: 1,
                                total: 2,
                            });
                            return Some((Callee::Devirt(f), sig));
                        }
                    }
                    let m = self.method_id(&name);
                    return Some((Callee::Iface(m), sig));
                }
                _ => {}
            }
        }
        self.expr(f);
        Some((Callee::Closure, sig))
    }

    /// For a call of interface method `name` on `x` that gc devirtualizes
    /// to `*T` where `name` is a value method of `T` itself: the adapter
    /// without panicwrap (the only case where devirtualizing shows).
    fn devirtualized_value_method(&mut self, x: &Expr, name: &str) -> Option<FuncId> {
        use crate::check::expr_lookup::Lookup;
        let c = self.devirtualized_type(x)?;
        let Type::Pointer(t) = *self.prog.types.get(c) else {
            return None;
        };
        match self.c.lookup_field_or_method(c, name)? {
            Lookup::Method {
                path,
                recv_named,
                ptr_recv: false,
                ..
            } if path.is_empty() && recv_named == t => self.iface_adapter(c, name, false),
            _ => None,
        }
    }

    fn callee_of_body(&self, b: u32) -> Callee {
        match self.natives.get(&b) {
            Some(&id) => Callee::Native(id),
            None => Callee::Func(FuncId(b)),
        }
    }

    /// Pushes the receiver for a method declared on `recv_named`: a
    /// pointer for pointer receivers, else the value.
    pub(crate) fn receiver(
        &mut self,
        x: &Expr,
        path: &[u32],
        derefs: &[bool],
        ptr_recv: bool,
        recv_named: TypeId,
    ) {
        let xt = self.expr_type(x);
        let target_ty = self.c.embedded_type_at(xt, path);
        let target_is_ptr = matches!(self.prog.types.get(target_ty), Type::Pointer(_));
        if ptr_recv {
            if target_is_ptr {
                self.embedded_value(x, path, derefs);
            } else {
                let mark = self.pc();
                match self.embedded_place(x, path, derefs) {
                    Some(p) => {
                        self.place_to_ptr(p);
                        if derefs.iter().any(|&d| d) {
                            self.emit(Op::FieldAddr { off: 0 });
                        } else {
                            self.nil_check_addr(x);
                        }
                    }
                    None => {
                        // Not addressable (checker allowed it only via a
                        // pointer path): box a copy.
                        self.fb.code.truncate(mark);
                        self.fb.lines.truncate(mark);
                        self.embedded_value(x, path, derefs);
                        self.box_top(target_ty);
                    }
                }
            }
        } else {
            self.embedded_value(x, path, derefs);
            if target_is_ptr {
                self.emit_load(recv_named);
            }
        }
    }

    /// The place of the embedded field at `path` of `x`.
    fn embedded_place(
        &mut self,
        x: &Expr,
        path: &[u32],
        derefs: &[bool],
    ) -> Option<super::expr::Place> {
        if path.is_empty() {
            return self.place(x).filter(super::expr::Place::addressable);
        }
        let xt = self.expr_type(x);
        let target = self.c.embedded_type_at(xt, path);
        let base = if derefs[0] {
            self.expr(x);
            super::expr::Place::Ptr { ty: bt::INVALID }
        } else {
            self.place(x)?
        };
        self.walk_fields(base, xt, path, derefs, target)
    }

    /// Pushes the value of the embedded field at `path` of `x`.
    pub(crate) fn embedded_value(&mut self, x: &Expr, path: &[u32], derefs: &[bool]) {
        if path.is_empty() {
            self.expr(x);
            return;
        }
        let xt = self.expr_type(x);
        let target = self.c.embedded_type_at(xt, path);
        let mark = self.pc();
        if let Some(p) = self.embedded_place(x, path, derefs) {
            self.load_place(p, target);
            return;
        }
        self.fb.code.truncate(mark);
        self.fb.lines.truncate(mark);
        self.field_path_value(x, path, derefs);
    }

    /// Pushes call arguments for `sig`; returns their slot count.
    pub(crate) fn push_args(&mut self, sig: &Sig, args: &[Expr], ellipsis: bool) -> u32 {
        let np = sig.params.len();
        // f(g()) with a multi-valued g.
        if args.len() == 1 && !ellipsis {
            let at = self.expr_type(&args[0]);
            if let Type::Tuple(ts) = self.prog.types.get(at).clone() {
                if !ts.is_empty() {
                    self.expr(&args[0]);
                    // Spill, then convert each to its parameter type.
                    let total: u32 = ts.iter().map(|t| self.slots(*t)).sum();
                    let tmp = self.temp_typed(&ts);
                    self.store_slots(tmp, total);
                    let mut off = 0;
                    let mut pushed = 0;
                    let fixed = if sig.variadic { np - 1 } else { np };
                    for (i, t) in ts.iter().enumerate() {
                        let n = self.slots(*t);
                        self.load_slots(tmp + off, n);
                        let pt = if i < fixed {
                            sig.params[i]
                        } else {
                            self.variadic_elem(sig)
                        };
                        self.convert_implicit(*t, pt);
                        off += n;
                        if i < fixed {
                            pushed += self.slots(pt);
                        }
                    }
                    if sig.variadic {
                        let el = self.variadic_elem(sig);
                        let count = ts.len().saturating_sub(fixed) as u32;
                        pushed += self.pack_variadic(el, count);
                    }
                    return pushed;
                }
            }
        }
        let fixed = if sig.variadic && !ellipsis {
            np - 1
        } else {
            np
        };
        let mut pushed = 0;
        for (i, a) in args.iter().enumerate().take(fixed) {
            let pt = sig.params[i];
            self.expr_to(a, pt);
            pushed += self.slots(pt);
        }
        if sig.variadic && !ellipsis {
            let el = self.variadic_elem(sig);
            let extra = &args[fixed.min(args.len())..];
            for a in extra {
                self.expr_to(a, el);
            }
            pushed += self.pack_variadic(el, extra.len() as u32);
        }
        pushed
    }

    fn variadic_elem(&self, sig: &Sig) -> TypeId {
        match self.prog.types.get(*sig.params.last().unwrap()) {
            Type::Slice(e) => *e,
            _ => bt::INVALID,
        }
    }

    /// Packs the top `count` elements into a slice (nil when empty).
    fn pack_variadic(&mut self, el: TypeId, count: u32) -> u32 {
        if count == 0 {
            for _ in 0..3 {
                self.emit(Op::Push { v: 0 });
            }
        } else {
            let slots = self.slots(el);
            self.emit(Op::MakeSliceFrom {
                elem: el,
                slots,
                n: count,
            });
        }
        3
    }

    /// Pushes package function `o` as a function value.
    pub(crate) fn func_value(&mut self, o: ObjId) {
        let Some(&b) = self.c.func_bodies.get(&o) else {
            return;
        };
        let f = match self.natives.get(&b) {
            Some(&id) => self.native_wrapper(b, id),
            None => FuncId(b),
        };
        self.emit(Op::MakeClosure { func: f, n: 0 });
    }

    /// See [`Lowerer::native_wrapper`].
    pub(crate) fn native_wrapper_pub(&mut self, b: u32, id: u32) -> FuncId {
        self.native_wrapper(b, id)
    }

    /// A Go-callable function that calls native `id` (for natives used as
    /// values or deferred).
    fn native_wrapper(&mut self, b: u32, id: u32) -> FuncId {
        let sig_t = self.c.bodies[b as usize].sig;
        let Type::Func(sig) = self.prog.types.get(sig_t).clone() else {
            unreachable!()
        };
        let name = self.c.bodies[b as usize].name.clone();
        let params: u32 = sig.params.iter().map(|t| self.slots(*t)).sum();
        let rets: u32 = sig.results.iter().map(|t| self.slots(*t)).sum();
        self.synth(format!("native:{id}"), |l| {
            l.load_slots(0, params);
            if params == 1 {
                // load_slots emitted one LoadLocal; nothing more to do.
            }
            l.emit(Op::CallNative {
                id,
                args: params,
                rets,
            });
            l.emit(Op::Return { n: rets });
            Function {
                name,
                params,
                results: rets,
                locals: params,
                code: std::mem::take(&mut l.fb.code),
                lines: std::mem::take(&mut l.fb.lines),
                ..Default::default()
            }
        })
    }

    /// A closure for method value `x.M`.
    pub(crate) fn method_value(&mut self, e: &Expr, x: &Expr, sel: &Selection, _name: &str) {
        let ft = self.expr_type(e);
        let Type::Func(sig) = self.prog.types.get(ft).clone() else {
            return;
        };
        let params: u32 = sig.params.iter().map(|t| self.slots(*t)).sum();
        let rets: u32 = sig.results.iter().map(|t| self.slots(*t)).sum();
        match sel.clone() {
            Selection::Method {
                path,
                derefs,
                recv_named,
                name,
                ptr_recv,
            } => {
                let Some(&b) = self.c.methods.get(&(recv_named, name.clone())) else {
                    return;
                };
                let recv_n = if ptr_recv { 1 } else { self.slots(recv_named) };
                self.receiver(x, &path, &derefs, ptr_recv, recv_named);
                let callee = self.callee_of_body(b);
                let gname = format!("{}-fm", self.c.bodies[b as usize].name);
                let w = self.synth(format!("bound:{b}"), |l| {
                    for i in 0..recv_n {
                        l.emit(Op::LoadCapture { i });
                    }
                    l.load_slots(0, params);
                    match callee {
                        Callee::Native(id) => l.emit(Op::CallNative {
                            id,
                            args: recv_n + params,
                            rets,
                        }),
                        Callee::Func(f) => l.emit(Op::Call {
                            func: f,
                            args: recv_n + params,
                            rets,
                        }),
                        _ => unreachable!(),
                    };
                    l.emit(Op::Return { n: rets });
                    Function {
                        name: gname,
                        params,
                        results: rets,
                        locals: params,
                        code: std::mem::take(&mut l.fb.code),
                        lines: std::mem::take(&mut l.fb.lines),
                        ..Default::default()
                    }
                });
                self.emit(Op::MakeClosure { func: w, n: recv_n });
            }
            Selection::IfaceMethod { path, derefs, name } => {
                self.embedded_value(x, &path, &derefs);
                // Go evaluates (and nil-checks) the interface when the
                // method value is made.
                self.emit(Op::CheckNilIface);
                let m = self.method_id(&name);
                let w = self.synth(format!("ibound:{name}:{ft:?}"), |l| {
                    l.emit(Op::LoadCapture { i: 0 });
                    l.emit(Op::LoadCapture { i: 1 });
                    l.load_slots(0, params);
                    l.emit(Op::CallIface {
                        method: m,
                        args: params,
                        rets,
                    });
                    l.emit(Op::Return { n: rets });
                    Function {
                        name: format!("{name}-fm"),
                        params,
                        results: rets,
                        locals: params,
                        code: std::mem::take(&mut l.fb.code),
                        lines: std::mem::take(&mut l.fb.lines),
                        ..Default::default()
                    }
                });
                self.emit(Op::MakeClosure { func: w, n: 2 });
            }
            _ => {}
        }
    }

    /// A function value for method expression `T.M` / `(*T).M` (also
    /// promoted methods and interface methods `I.M`).
    pub(crate) fn method_expr_value(
        &mut self,
        e: &Expr,
        recv: TypeId,
        recv_named: TypeId,
        name: &str,
        ptr_recv: bool,
        path: &[u32],
    ) {
        let ft = self.expr_type(e);
        let Type::Func(sig) = self.prog.types.get(ft).clone() else {
            return;
        };
        let recv_slots = self.slots(recv);
        let params: u32 = sig.params.iter().map(|t| self.slots(*t)).sum::<u32>() - recv_slots;
        let rets: u32 = sig.results.iter().map(|t| self.slots(*t)).sum();
        let is_ptr = matches!(self.prog.types.get(recv), Type::Pointer(_));
        if matches!(self.prog.types.under(recv), Type::Interface(_)) {
            let m = self.method_id(name);
            let w = self.synth(format!("imexpr:{}:{name}", recv.0), |l| {
                l.load_slots(0, 2 + params);
                l.emit(Op::CallIface {
                    method: m,
                    args: params,
                    rets,
                });
                l.emit(Op::Return { n: rets });
                Function {
                    name: format!("{}.{name}", l.prog.types.name(recv)),
                    params: 2 + params,
                    results: rets,
                    locals: 2 + params,
                    code: std::mem::take(&mut l.fb.code),
                    lines: std::mem::take(&mut l.fb.lines),
                    ..Default::default()
                }
            });
            self.emit(Op::MakeClosure { func: w, n: 0 });
            return;
        }
        let Some(&b) = self.c.methods.get(&(recv_named, name.to_string())) else {
            return;
        };
        let callee = self.callee_of_body(b);
        if path.is_empty() && is_ptr == ptr_recv {
            let f = match callee {
                Callee::Native(id) => self.native_wrapper(b, id),
                Callee::Func(f) => f,
                _ => return,
            };
            self.emit(Op::MakeClosure { func: f, n: 0 });
            return;
        }
        let recv_n = if ptr_recv { 1 } else { self.slots(recv_named) };
        let gname = self.c.bodies[b as usize].name.clone();
        let path = path.to_vec();
        // Go's `(*T).M` wrapper for a value method panics on a nil
        // pointer with runtime.panicwrap's text.
        let panicwrap = (is_ptr && !ptr_recv && path.is_empty()).then(|| {
            let full = self.prog.types.name(recv_named);
            let short = full.rsplit('.').next().unwrap_or(&full).to_string();
            format!("value method {gname} called using nil *{short} pointer")
        });
        let w = self.synth(format!("mexpr:{}:{name}", recv.0), |l| {
            l.fb.next_slot = recv_slots + params;
            if let Some(msg) = &panicwrap {
                let ty = l.prog.plain_error_type;
                l.emit(Op::LoadLocal { slot: 0 });
                let ok = l.emit(Op::JumpIfTrue { target: 0 });
                l.push_string_const(msg.as_bytes());
                l.emit(Op::ToIface { ty, n: 2 });
                l.emit(Op::Panic {
                    fresh: Fresh::Never,
                });
                let here = l.pc();
                l.patch(ok, here);
            }
            l.load_slots(0, recv_slots);
            let (cur, is_p) = match l.prog.types.get(recv) {
                Type::Pointer(e) => (*e, true),
                _ => (recv, false),
            };
            l.derive_receiver(cur, is_p, &path, ptr_recv, recv_n);
            l.load_slots(recv_slots, params);
            match callee {
                Callee::Func(f) => l.emit(Op::Call {
                    func: f,
                    args: recv_n + params,
                    rets,
                }),
                Callee::Native(id) => l.emit(Op::CallNative {
                    id,
                    args: recv_n + params,
                    rets,
                }),
                _ => unreachable!(),
            };
            l.emit(Op::Return { n: rets });
            Function {
                name: gname,
                params: recv_slots + params,
                results: rets,
                locals: l.fb.next_slot,
                code: std::mem::take(&mut l.fb.code),
                lines: std::mem::take(&mut l.fb.lines),
                ..Default::default()
            }
        });
        self.emit(Op::MakeClosure { func: w, n: 0 });
    }

    /// Pushes a closure for function literal `e`.
    pub(crate) fn func_lit(&mut self, e: &Expr) {
        let Some(&b) = self.info().closures.get(&e.id) else {
            return;
        };
        // Box pointers of by-reference captures, values of by-value ones.
        let mut n = 0;
        for (o, l) in self.capture_layout(b) {
            match l {
                Local::CapturedValue { n: k, .. } => {
                    self.load_var(o);
                    n += k;
                }
                _ => {
                    self.var_addr(o);
                    n += 1;
                }
            }
        }
        self.emit(Op::MakeClosure { func: FuncId(b), n });
    }

    /// Pushes the values of a multi-valued expression assigned to `n`
    /// targets (a call, or a comma-ok form).
    pub(crate) fn expr_multi(&mut self, e: &Expr, n: usize) {
        let e = strip_parens(e);
        if self.fb.hoisted.contains_key(&e.id) {
            return self.expr(e);
        }
        match &e.kind {
            ExprKind::Index(x, i, _) if n == 2 => {
                let xt = self.expr_type(x);
                if let Type::Map(k, v) = self.prog.types.under(xt).clone() {
                    self.expr(x);
                    self.expr_to(i, k);
                    let (ks, vs) = (self.slots(k), self.slots(v));
                    self.emit(Op::MapIndex {
                        ty: xt,
                        k: ks,
                        v: vs,
                        ok: true,
                    });
                    return;
                }
                self.expr(e);
            }
            ExprKind::TypeAssert(x, _) if n == 2 => {
                let t = self.expr_type(e);
                let src = self.expr_type(x);
                self.expr(x);
                let ns = self.slots(t);
                self.emit(Op::Assert {
                    ty: t,
                    src,
                    n: ns,
                    ok: true,
                });
            }
            _ => self.expr(e),
        }
    }

    /// Types of the values `expr_multi` pushes.
    pub(crate) fn multi_types(&self, e: &Expr, n: usize) -> Vec<TypeId> {
        let e = strip_parens(e);
        let t = self.expr_type(e);
        match self.prog.types.get(t) {
            Type::Tuple(ts) => ts.clone(),
            _ if n == 2 => vec![t, bt::BOOL],
            _ => vec![t],
        }
    }

    /// Pushes `vals` converted to `types` (handles `return f()` with a
    /// multi-valued `f`).
    pub(crate) fn push_values(&mut self, vals: &[Expr], types: &[TypeId]) {
        if vals.len() == 1 && types.len() > 1 {
            let srcs = self.multi_types(&vals[0], types.len());
            self.expr_multi(&vals[0], types.len());
            if srcs.iter().zip(types).any(|(a, b)| a != b) {
                let total: u32 = srcs.iter().map(|t| self.slots(*t)).sum();
                let tmp = self.temp_typed(&srcs);
                self.store_slots(tmp, total);
                let mut off = 0;
                for (s, t) in srcs.iter().zip(types) {
                    let n = self.slots(*s);
                    self.load_slots(tmp + off, n);
                    self.convert_implicit(*s, *t);
                    off += n;
                }
            }
            return;
        }
        for (v, t) in vals.iter().zip(types) {
            self.expr_to(v, *t);
        }
    }

    /// Lowers `defer call`.
    pub(crate) fn defer_call(&mut self, e: &Expr) {
        let e = strip_parens(e);
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return;
        };
        if let Some(CallKind::Builtin(b)) = self.call_kind(e) {
            return self.defer_builtin(e, b, args);
        }
        let f = strip_parens(func);
        let ft = self.expr_type(f);
        let Type::Func(sig) = self.prog.types.under(ft).clone() else {
            return;
        };
        // The closure first, then the slots leading the arguments (a
        // receiver or captured values), then the arguments.
        let mut lead_slots = 0;
        let obj = match &f.kind {
            ExprKind::Ident(_) => self.info().uses.get(&f.id).copied(),
            ExprKind::Selector(..) => match self.info().sels.get(&f.id) {
                Some(Selection::Qualified(o)) => Some(*o),
                _ => None,
            },
            _ => None,
        };
        let static_fn = obj.filter(|&o| matches!(self.c.objs[o as usize].kind, ObjKind::Func));
        let lit = match &f.kind {
            ExprKind::FuncLit { .. } => self.info().closures.get(&f.id).copied(),
            _ => None,
        };
        if let Some(o) = static_fn {
            self.func_value(o);
        } else if let Some(b) = lit.filter(|&b| self.captures_as_params(b)) {
            // The literal's function itself, its captured values leading
            // the arguments: no closure object.
            self.emit(Op::MakeClosure {
                func: FuncId(b),
                n: 0,
            });
            for o in self.c.bodies[b as usize].captures.clone() {
                self.load_var(o);
                lead_slots += self.slots(self.c.objs[o as usize].ty);
            }
        } else if let (
            ExprKind::Selector(x, _),
            Some(Selection::Method {
                path,
                derefs,
                recv_named,
                name,
                ptr_recv,
            }),
        ) = (&f.kind, self.info().sels.get(&f.id).cloned())
        {
            let Some(&b) = self.c.methods.get(&(recv_named, name)) else {
                return;
            };
            let fid = match self.natives.get(&b) {
                Some(&id) => self.native_wrapper(b, id),
                None => FuncId(b),
            };
            self.emit(Op::MakeClosure { func: fid, n: 0 });
            self.receiver(x, &path, &derefs, ptr_recv, recv_named);
            lead_slots = if ptr_recv { 1 } else { self.slots(recv_named) };
        } else if let (
            ExprKind::Selector(x, _),
            Some(Selection::IfaceMethod { path, derefs, name }),
        ) = (&f.kind, self.info().sels.get(&f.id).cloned())
        {
            if path.is_empty() {
                if let Some(a) = self.devirtualized_value_method(x, &name) {
                    // gc wraps the call in a closure, where it is
                    // devirtualized: the adapter with the data word.
                    self.emit(Op::MakeClosure { func: a, n: 0 });
                    self.embedded_value(x, &path, &derefs);
                    self.emit(Op::CheckNilIface);
                    self.emit(Op::Extract {
                        off: 1,
                        n: 1,
                        total: 2,
                    });
                    let n = self.push_args(&sig, args, *ellipsis);
                    self.emit_defer(1 + n);
                    return;
                }
            }
            // Through an adapter taking the interface as first argument.
            let params: u32 = sig.params.iter().map(|t| self.slots(*t)).sum();
            let rets: u32 = sig.results.iter().map(|t| self.slots(*t)).sum();
            let m = self.method_id(&name);
            let w = self.synth(format!("idefer:{name}:{ft:?}"), |l| {
                l.load_slots(0, 2 + params);
                l.emit(Op::CallIface {
                    method: m,
                    args: params,
                    rets,
                });
                l.emit(Op::Return { n: rets });
                Function {
                    name: format!("{name}-fm"),
                    params: 2 + params,
                    results: rets,
                    locals: 2 + params,
                    code: std::mem::take(&mut l.fb.code),
                    lines: std::mem::take(&mut l.fb.lines),
                    ..Default::default()
                }
            });
            self.emit(Op::MakeClosure { func: w, n: 0 });
            self.embedded_value(x, &path, &derefs);
            // `i.M` is evaluated (and nil-checked) at the defer statement.
            self.emit(Op::CheckNilIface);
            lead_slots = 2;
        } else {
            self.expr(f);
        }
        let n = self.push_args(&sig, args, *ellipsis);
        self.emit_defer(lead_slots + n);
    }

    /// Emits the record for the defer statement being lowered: a heap
    /// record in a loop, else a stack record (the kind `defers.rs` chose);
    /// open-coded functions also get their funcdata slots.
    ///
    /// **Invariant:** in an open-coded function, the reachable
    /// `DeferStack`s in code order are the funcdata's defers in order.
    fn emit_defer(&mut self, args: u32) {
        let kind = self.fb.defer_kind;
        if kind == Some(crate::defers::DeferStrategy::OpenCoded) {
            let closure = self.temp_kind(SlotKind::Ref(Ref::Handle));
            let first = self.temp(args);
            if let Some(od) = &mut self.fb.open_defers {
                od.defers.push((closure, first, args));
            }
        }
        match kind {
            Some(crate::defers::DeferStrategy::Heap) => self.emit(Op::Defer { args }),
            // gc drops a defer in code it proved dead (it has no funcdata
            // entry): it is never executed, only its operands are popped.
            None if self.fb.open_defers.is_some() => self.emit(Op::Pop { n: args + 1 }),
            _ => self.emit(Op::DeferStack { args }),
        };
    }

    /// `defer builtin(args)`: a wrapper taking the evaluated arguments.
    fn defer_builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) {
        let tuple = self.tuple_arg(args);
        let types: Vec<TypeId> = match &tuple {
            Some(ts) => ts.clone(),
            None => args
                .iter()
                .map(|a| {
                    let t = self.expr_type(a);
                    match b {
                        Builtin::Panic => bt::ANY,
                        _ => t,
                    }
                })
                .collect(),
        };
        let rt = self.expr_type(e);
        let key = format!("defer-builtin:{b:?}:{types:?}:{}", e.id.0);
        let call = e.clone();
        let unit = self.fb.unit;
        let w = self.synth(key, |l| {
            l.fb.unit = unit;
            // Parameters are the argument values; re-run the builtin on
            // them through synthetic locals.
            let mut off = 0;
            let mut param_slots = vec![];
            for t in &types {
                let n = l.slots(*t);
                param_slots.push((off, n, *t));
                off += n;
            }
            l.fb.next_slot = off;
            l.builtin_on_slots(&call, b, &param_slots, rt, true);
            l.emit(Op::Return { n: 0 });
            Function {
                name: format!("runtime.deferwrap.{}", b.name()),
                params: off,
                results: 0,
                locals: l.fb.next_slot,
                code: std::mem::take(&mut l.fb.code),
                lines: std::mem::take(&mut l.fb.lines),
                ..Default::default()
            }
        });
        self.emit(Op::MakeClosure { func: w, n: 0 });
        let mut n = 0;
        if tuple.is_some() {
            self.expr(&args[0]);
            n = types.iter().map(|t| self.slots(*t)).sum();
        } else {
            for (a, t) in args.iter().zip(&types) {
                self.expr_to(a, *t);
                n += self.slots(*t);
            }
        }
        self.emit_defer(n);
    }

    /// The result types of `args` when they are one call of several
    /// results, which then supplies every argument of a built-in.
    fn tuple_arg(&self, args: &[Expr]) -> Option<Vec<TypeId>> {
        if args.len() != 1 {
            return None;
        }
        match self.prog.types.get(self.expr_type(&args[0])) {
            Type::Tuple(ts) if ts.len() > 1 => Some(ts.clone()),
            _ => None,
        }
    }

    /// Lowers builtin call `e` (`b`, of result type `rt`) whose arguments
    /// are already in local slots `(slot, n, type)`: deferred builtins,
    /// and those whose arguments come from one multi-valued call.
    fn builtin_on_slots(
        &mut self,
        e: &Expr,
        b: Builtin,
        params: &[(u32, u32, TypeId)],
        rt: TypeId,
        deferred: bool,
    ) {
        match b {
            Builtin::Panic => {
                let (s, n, t) = params[0];
                self.load_slots(s, n);
                // `defer panic(v)`: v was converted at the defer statement.
                self.convert_implicit(t, bt::ANY);
                self.emit(Op::Panic {
                    fresh: Fresh::Never,
                });
            }
            Builtin::Append => {
                let Type::Slice(el) = self.prog.types.under(rt).clone() else {
                    return;
                };
                let (s, n, t) = params[0];
                self.load_slots(s, n);
                self.convert_implicit(t, rt);
                for &(s, n, t) in &params[1..] {
                    self.load_slots(s, n);
                    self.convert_implicit(t, el);
                }
                if params.len() > 1 {
                    let stack_k = self.fb.stack_appends.get(&e.id).copied().unwrap_or(0) as u16;
                    self.emit(Op::Append {
                        elem: el,
                        slots: self.slots(el),
                        n: (params.len() - 1) as u16,
                        stack_k,
                    });
                }
            }
            Builtin::Min | Builtin::Max => {
                for &(s, n, t) in params {
                    self.load_slots(s, n);
                    self.convert_implicit(t, rt);
                }
                self.min_max_call(b, rt, params.len());
            }
            Builtin::Recover => {
                self.emit(Op::Recover);
                self.emit(Op::Pop { n: 2 });
            }
            Builtin::Print | Builtin::Println => {
                for (i, &(s, n, t)) in params.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.native_call("runtime.printsp", 0, 0);
                    }
                    self.load_slots(s, n);
                    self.print_top(t);
                }
                if b == Builtin::Println {
                    self.native_call("runtime.printnl", 0, 0);
                }
            }
            Builtin::Delete => {
                let mt = params[0].2;
                self.load_slots(params[0].0, 1);
                self.load_slots(params[1].0, params[1].1);
                self.emit(Op::MapDelete {
                    ty: mt,
                    k: params[1].1,
                });
            }
            Builtin::Clear => {
                let (s, n, t) = params[0];
                self.load_slots(s, n);
                self.clear_value(t);
            }
            Builtin::Copy => {
                self.load_slots(params[0].0, 3);
                self.load_slots(params[1].0, params[1].1);
                self.copy_slots(params[0].2, params[1].2);
                if deferred {
                    self.emit(Op::Pop { n: 1 });
                }
            }
            _ => {
                let what = if deferred { "defer " } else { "" };
                self.unsupported(e.pos, &format!("{what}{}", b.name()));
            }
        }
    }

    fn clear_value(&mut self, t: TypeId) {
        match self.prog.types.under(t).clone() {
            Type::Map(..) => self.native_call("runtime.mapclear", 1, 0),
            Type::Slice(el) => {
                let s = self.mem_size(el);
                self.emit(Op::Push { v: s as i64 });
                self.native_call("runtime.sliceclear", 4, 0);
            }
            _ => {}
        }
    }

    /// copy(dst, src) with both on the stack; pushes the count.
    fn copy_slots(&mut self, dst: TypeId, src: TypeId) {
        if matches!(self.prog.types.under(src), Type::String) {
            // The string's bytes as the source slice (data, len, len),
            // without converting it, as gc copies from a string.
            self.emit(Op::Dup { n: 1 });
        }
        let el = match self.prog.types.under(dst) {
            Type::Slice(e) => *e,
            _ => bt::INVALID,
        };
        let s = self.mem_size(el);
        self.emit(Op::Push { v: s as i64 });
        self.native_call("runtime.slicecopy", 7, 1);
    }

    /// `append(x, v...)` that may take gc's stack buffer of `k` elements
    /// (`escape.rs`): only while the frame's `used` flag for it is clear
    /// and `x` is empty and must grow, as gc's generated code tests.
    fn stack_append(&mut self, args: &[Expr], st: TypeId, el: TypeId, k: u16) {
        let slots = self.slots(el);
        let n = (args.len() - 1) as u16;
        let (used, flag) = (
            self.temp_kind(SlotKind::Scalar),
            self.temp_kind(SlotKind::Scalar),
        );
        let x = self.temp_typed(&[st]);
        self.expr_to(&args[0], st);
        self.store_slots(x, 3);
        self.emit(Op::Push { v: 0 });
        self.store_slots(flag, 1);
        self.load_slots(used, 1);
        let skip_used = self.emit(Op::JumpIfTrue { target: 0 });
        let skip_len = self.emit(Op::LocalCmpImmJump {
            slot: x + 1,
            op: Cmp::Eq,
            v: 0,
            target: 0,
        });
        let skip_cap = self.emit(Op::LocalCmpImmJump {
            slot: x + 2,
            op: Cmp::LtS,
            v: n as i32,
            target: 0,
        });
        self.emit(Op::Push { v: 1 });
        self.store_slots(flag, 1);
        let values = self.pc();
        for j in [skip_used, skip_len, skip_cap] {
            self.patch(j, values);
        }
        self.load_slots(x, 3);
        for a in &args[1..] {
            self.expr_to(a, el);
        }
        self.load_slots(flag, 1);
        let plain = self.emit(Op::JumpIfFalse { target: 0 });
        self.emit(Op::Push { v: 1 });
        self.store_slots(used, 1);
        self.emit(Op::Append {
            elem: el,
            slots,
            n,
            stack_k: k,
        });
        let end = self.emit(Op::Jump { target: 0 });
        let here = self.pc();
        self.patch(plain, here);
        self.emit(Op::Append {
            elem: el,
            slots,
            n,
            stack_k: 0,
        });
        let here = self.pc();
        self.patch(end, here);
    }

    /// Lowers a builtin call, pushing its result (if any).
    /// The length `n` when `x`, appended with `...`, is `make([]T, n)`
    /// (no capacity): gc appends `n` zero elements without making the
    /// slice (`isAppendOfMake`, `extendSlice`).
    fn append_of_make<'e>(&self, x: &'e Expr) -> Option<&'e Expr> {
        let x = strip_parens(x);
        let ExprKind::Call { args, .. } = &x.kind else {
            return None;
        };
        let make = matches!(self.call_kind(x), Some(CallKind::Builtin(Builtin::Make)));
        (make && args.len() == 2).then(|| &args[1])
    }

    pub(crate) fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: bool) {
        if let Some(ts) = self.tuple_arg(args) {
            // One call supplies every argument: evaluate it once, spill
            // its results, run the built-in on the slots.
            self.expr(&args[0]);
            let total: u32 = ts.iter().map(|t| self.slots(*t)).sum();
            let tmp = self.temp_typed(&ts);
            self.store_slots(tmp, total);
            let mut params = vec![];
            let mut off = tmp;
            for t in ts {
                let n = self.slots(t);
                params.push((off, n, t));
                off += n;
            }
            let rt = self.expr_type(e);
            self.builtin_on_slots(e, b, &params, rt, false);
            return;
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let xt = self.expr_type(&args[0]);
                self.expr(&args[0]);
                match self.prog.types.under(xt).clone() {
                    Type::String => {
                        self.emit(Op::StrLen);
                    }
                    Type::Slice(_) => {
                        self.emit(if b == Builtin::Len {
                            Op::SliceLen
                        } else {
                            Op::SliceCap
                        });
                    }
                    Type::Map(..) => {
                        self.emit(Op::MapLen);
                    }
                    Type::Array(_, n) => {
                        let s = self.slots(xt);
                        self.emit(Op::Pop { n: s });
                        self.emit(Op::Push { v: n as i64 });
                    }
                    Type::Pointer(p) => {
                        let n = match self.prog.types.under(p) {
                            Type::Array(_, n) => *n,
                            _ => 0,
                        };
                        self.emit(Op::Pop { n: 1 });
                        self.emit(Op::Push { v: n as i64 });
                    }
                    _ => self.unsupported(e.pos, "len of this type"),
                }
            }
            Builtin::Append => {
                let st = self.expr_type(e);
                let Type::Slice(el) = self.prog.types.under(st).clone() else {
                    return;
                };
                let slots = self.slots(el);
                // (An append of more elements than the buffer holds still
                // took it from later appends: escape.rs.)
                let stack_k = match self.fb.stack_appends.get(&e.id) {
                    Some(&k) if !ellipsis && args.len() - 1 <= k as usize => k as u16,
                    _ => 0,
                };
                if stack_k > 0 {
                    return self.stack_append(args, st, el, stack_k);
                }
                self.expr_to(&args[0], st);
                if let Some(n) = self.append_of_make(&args[1]).filter(|_| ellipsis) {
                    self.expr_to(n, bt::INT);
                    self.emit(Op::AppendMake { elem: el });
                } else if ellipsis {
                    let at = self.expr_type(&args[1]);
                    if matches!(self.prog.types.under(at), Type::String) {
                        // The string's bytes as the source slice (data,
                        // len, len), without converting it, as gc does.
                        self.expr(&args[1]);
                        self.emit(Op::Dup { n: 1 });
                    } else {
                        self.expr_to(&args[1], st);
                    }
                    self.emit(Op::AppendSlice { elem: el });
                } else {
                    for a in &args[1..] {
                        self.expr_to(a, el);
                    }
                    let n = (args.len() - 1) as u16;
                    if n > 0 {
                        self.emit(Op::Append {
                            elem: el,
                            slots,
                            n,
                            stack_k: 0,
                        });
                    }
                }
            }
            Builtin::Copy => {
                let (dt, stt) = (self.expr_type(&args[0]), self.expr_type(&args[1]));
                self.expr(&args[0]);
                self.expr(&args[1]);
                self.copy_slots(dt, stt);
            }
            Builtin::Delete => {
                let mt = self.expr_type(&args[0]);
                let Type::Map(k, _) = self.prog.types.under(mt).clone() else {
                    return;
                };
                self.expr(&args[0]);
                self.expr_to(&args[1], k);
                let ks = self.slots(k);
                self.emit(Op::MapDelete { ty: mt, k: ks });
            }
            Builtin::Clear => {
                let t = self.expr_type(&args[0]);
                self.expr(&args[0]);
                self.clear_value(t);
            }
            Builtin::Make => {
                let t = self.expr_type(e);
                match self.prog.types.under(t).clone() {
                    Type::Slice(el) => {
                        self.expr_to(&args[1], bt::INT);
                        if args.len() > 2 {
                            self.expr_to(&args[2], bt::INT);
                        } else {
                            self.emit(Op::Dup { n: 1 });
                        }
                        self.emit(Op::MakeSlice { elem: el });
                    }
                    Type::Map(..) => {
                        if args.len() > 1 {
                            self.expr_to(&args[1], bt::INT);
                        } else {
                            self.emit(Op::Push { v: 0 });
                        }
                        self.emit(Op::MakeMap { ty: t });
                    }
                    _ => self.unsupported(e.pos, "make of this type"),
                }
            }
            Builtin::New => {
                if self.zerobase_allocs.contains(&e.id) {
                    self.native_call("runtime.zerobase", 0, 1);
                    return;
                }
                let t = self.expr_type(e);
                let Type::Pointer(inner) = self.prog.types.get(t).clone() else {
                    return;
                };
                self.emit_new_box(inner);
                if self.info().new_values.contains(&e.id) {
                    self.emit(Op::Dup { n: 1 });
                    self.expr_to(&args[0], inner);
                    self.emit_store(inner);
                }
            }
            Builtin::Panic => {
                self.set_pos(e.pos);
                let fresh = self.panic_fresh(&args[0]);
                self.expr_to(&args[0], bt::ANY);
                self.emit(Op::Panic { fresh });
            }
            Builtin::Recover => {
                self.emit(Op::Recover);
            }
            Builtin::Print | Builtin::Println => {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.native_call("runtime.printsp", 0, 0);
                    }
                    let t = self.expr_type(a);
                    self.expr(a);
                    self.print_top(t);
                }
                if b == Builtin::Println {
                    self.native_call("runtime.printnl", 0, 0);
                }
            }
            Builtin::Min | Builtin::Max => {
                let t = self.expr_type(e);
                for a in args {
                    self.expr_to(a, t);
                }
                self.min_max_call(b, t, args.len());
            }
            _ => self.unsupported(e.pos, &format!("built-in {}", b.name())),
        }
    }

    /// Calls the `min`/`max` native on `n` values of type `t` on the stack.
    fn min_max_call(&mut self, b: Builtin, t: TypeId, n: usize) {
        let kind = match self.prog.types.under(t) {
            Type::Float32 | Type::Float64 => 2,
            Type::String => 3,
            Type::Int(k) if !k.signed() => 1,
            _ => 0,
        };
        self.emit(Op::Push { v: n as i64 });
        self.emit(Op::Push { v: kind });
        let name = if b == Builtin::Min {
            "runtime.min"
        } else {
            "runtime.max"
        };
        let k = self.slots(t);
        self.native_call(name, n as u32 * k + 2, k);
    }
}
