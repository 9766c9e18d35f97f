//! Type expressions and package-level declarations (types, constants,
//! variables, method sets).

use gust_vm::types::{builtin as bt, Field, IMethod, Method, Sig, Type, TypeId};

use super::describe::spos;
use super::{Checker, DeclRef, FuncBody, ObjKind, State};
use crate::ast::{self, Expr, ExprKind};
use crate::constant::ConstVal;
use crate::pos::Pos;

impl Checker {
    /// Resolves a type expression; reports and returns `INVALID` if `e`
    /// is not a type.
    pub(crate) fn resolve_type(&mut self, e: &Expr) -> TypeId {
        match self.try_type(e) {
            Some(t) => t,
            None => {
                // types2's ident: a name denoting something else is
                // described by its object kind (a variable counts as used).
                if let Some(o) = ident_obj(e).and_then(|n| self.lookup(n)) {
                    let kind = self.object_kind(o);
                    if matches!(self.objs[o as usize].kind, ObjKind::Var(_)) {
                        self.mark_var_used(o);
                    }
                    let name = &self.objs[o as usize].name;
                    self.error(spos(e), format!("{name} ({kind}) is not a type"));
                    return bt::INVALID;
                }
                if let Some(n) = ident_obj(e) {
                    if self.lookup(n).is_none() && self.import_use(n).is_some() {
                        self.error(spos(e), format!("{n} (package name) is not a type"));
                        return bt::INVALID;
                    }
                }
                let s = self.expr_str(e);
                self.error(spos(e), format!("{s} is not a type"));
                bt::INVALID
            }
        }
    }

    /// types2's objectKind: how an object is described in messages.
    pub(crate) fn object_kind(&self, o: super::ObjId) -> &'static str {
        match &self.objs[o as usize].kind {
            ObjKind::Var(v) if v.global => "package-level variable",
            ObjKind::Var(v) => match v.role {
                super::VarRole::Local => "local variable",
                super::VarRole::Receiver => "receiver",
                super::VarRole::Param => "parameter",
                super::VarRole::Result => "result variable",
            },
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => "defined type",
            ObjKind::Func => "function",
            ObjKind::Pkg(_) => "package name",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }

    /// Sets the role of local variable `o`.
    pub(crate) fn set_var_role(&mut self, o: super::ObjId, role: super::VarRole) {
        if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
            v.role = role;
        }
    }

    /// Resolves `e` as a type if it denotes one; `None` if it is not a
    /// type expression (it may be a value).
    pub(crate) fn try_type(&mut self, e: &Expr) -> Option<TypeId> {
        let t = match &e.kind {
            ExprKind::Ident(name) => {
                let Some(o) = self.lookup(name) else {
                    if self.units[self.unit as usize].imports.contains_key(name) {
                        return None;
                    }
                    self.error(spos(e), format!("undefined: {name}"));
                    return Some(bt::INVALID);
                };
                if !matches!(self.objs[o as usize].kind, ObjKind::TypeName) {
                    return None;
                }
                if self.objs[o as usize].pkg == 0 && name.starts_with("complex") {
                    self.unsupported(e.pos, "complex numbers");
                    return Some(bt::INVALID);
                }
                self.info().uses.insert(e.id, o);
                self.resolve_obj(o);
                if self.objs[o as usize].decl.is_none()
                    && self.objs[o as usize].ty == bt::INVALID
                    && self.resolve_stack.contains(&o)
                {
                    // A local alias used in its own declaration (`type T
                    // = *T`): types2's objDecl cycle, reported once.
                    if self.cycle_reported.insert(o) {
                        let pos = self.objs[o as usize].pos;
                        self.error(
                            pos,
                            format!("invalid recursive type: {name} refers to itself"),
                        );
                    }
                    return Some(bt::INVALID);
                }
                match self.alias_in_progress(o) {
                    Some(t) => t,
                    None => self.objs[o as usize].ty,
                }
            }
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(pkg) = &x.kind else {
                    return None;
                };
                let p = self.import_use(pkg)?;
                let Some(&o) = self.pkgs[p as usize].scope.get(&sel.name) else {
                    if p != 0 {
                        self.missing_pkg_member(e, p, pkg, sel);
                    }
                    return Some(bt::INVALID);
                };
                if !sel.name.starts_with(char::is_uppercase) {
                    self.not_exported(p, sel);
                    return Some(bt::INVALID);
                }
                if !matches!(self.objs[o as usize].kind, ObjKind::TypeName) {
                    return None;
                }
                self.resolve_obj(o);
                self.objs[o as usize].ty
            }
            ExprKind::Paren(x) => return self.try_type(x),
            ExprKind::Star(x) => {
                let inner = self.try_type(x)?;
                if inner == bt::INVALID {
                    // Reported: no second error about `*invalid`.
                    return Some(bt::INVALID);
                }
                self.types.intern(Type::Pointer(inner))
            }
            ExprKind::ArrayType {
                len,
                ellipsis,
                elem,
            } => {
                let el = self.resolve_type(elem);
                match len {
                    None if *ellipsis => {
                        self.error(
                            spos(e),
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        bt::INVALID
                    }
                    None => self.types.intern(Type::Slice(el)),
                    Some(l) => {
                        let n = self.array_len(l);
                        let t = self.types.intern(Type::Array(el, n));
                        self.check_array_size(t, el, n, e);
                        t
                    }
                }
            }
            ExprKind::MapType(k, v) => {
                let kt = self.resolve_type(k);
                let vt = self.resolve_type(v);
                if kt != bt::INVALID && self.type_decl_depth > 0 {
                    // Within type declarations, checked when they complete
                    // (the key may contain a type still being declared).
                    self.deferred_map_keys.push((kt, spos(k), self.unit));
                } else if kt != bt::INVALID && !self.comparable(kt) && !self.is_incomplete(kt) {
                    let n = self.tstr(kt);
                    self.error(spos(k), format!("invalid map key type {n}"));
                }
                self.types.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(_) => {
                self.unsupported(e.pos, "channels");
                bt::INVALID
            }
            ExprKind::FuncType(ft) => {
                self.check_sig_names(ft);
                self.func_sig(ft)
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => {
                self.note_iface_literal(e);
                self.interface_type(elems)
            }
            ExprKind::Ellipsis(x) => {
                let el = self.resolve_type(x);
                self.types.intern(Type::Slice(el))
            }
            _ => return None,
        };
        self.record_type(e, t);
        Some(t)
    }

    fn is_incomplete(&self, t: TypeId) -> bool {
        self.types
            .named(t)
            .is_some_and(|n| n.underlying == bt::INVALID)
    }

    /// Marks import `name` used and returns its package.
    pub(crate) fn import_use(&mut self, name: &str) -> Option<u32> {
        if self.scopes.iter().any(|s| s.contains_key(name)) {
            return None;
        }
        let imp = self.units[self.unit as usize].imports.get_mut(name)?;
        imp.2 = true;
        Some(imp.0)
    }

    pub(crate) fn array_len(&mut self, l: &Expr) -> u64 {
        let op = self.check_expr(l, None);
        if op.is_invalid() {
            return 0;
        }
        let d = self.describe(l, &op);
        match (&op.val, op.val.as_ref().and_then(|v| v.to_int())) {
            (_, Some(n)) if n >= 0.into() => u64::try_from(n).unwrap_or(0),
            (_, Some(_)) => {
                let s = self.expr_str(l);
                let _ = s;
                self.error(spos(l), format!("invalid array length {d}"));
                0
            }
            (Some(_), None) => {
                self.error(spos(l), format!("array length {d} must be integer"));
                0
            }
            (None, _) => {
                // A name that is not a constant is rejected before it is
                // evaluated (no use counted); any other expression must
                // be constant.
                let ExprKind::Ident(s) = &l.kind else {
                    self.error(spos(l), format!("array length {d} must be constant"));
                    return 0;
                };
                if let Some(&o) = self.units[self.unit as usize].info.uses.get(&l.id) {
                    if let ObjKind::Var(v) = &mut self.objs[o as usize].kind {
                        v.used = false;
                    }
                }
                self.error(spos(l), format!("invalid array length {s}"));
                0
            }
        }
    }

    /// The signature type of a function type expression.
    pub(crate) fn func_sig(&mut self, ft: &ast::FuncType) -> TypeId {
        let mut params = vec![];
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let t = match &f.ty.kind {
                ExprKind::Ellipsis(inner) => {
                    if i + 1 != ft.params.len() || f.names.len() > 1 {
                        self.error(f.ty.pos, "can only use ... with final parameter in list");
                    }
                    variadic = true;
                    let el = self.resolve_type(inner);
                    self.types.intern(Type::Slice(el))
                }
                _ => self.resolve_type(&f.ty),
            };
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = vec![];
        for f in &ft.results {
            let t = self.resolve_type(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.types.intern(Type::Func(Sig {
            params,
            results,
            variadic,
        }))
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<Field> = vec![];
        // Where each field is declared (for "other declaration").
        let mut at: Vec<Pos> = vec![];
        for f in fields {
            let t = self.resolve_type(&f.ty);
            let names: Vec<(String, Pos, bool)> = if f.names.is_empty() {
                // An embedded field is named by its type's name, reported
                // at that name (after any `*`).
                let pos = match &f.ty.kind {
                    ExprKind::Star(x) => x.pos,
                    _ => f.ty.pos,
                };
                self.check_embedded(t, &f.ty, f.ty.pos);
                vec![(embedded_name(&f.ty), pos, true)]
            } else {
                f.names
                    .iter()
                    .map(|n| (n.name.clone(), n.pos, false))
                    .collect()
            };
            for (name, pos, embedded) in names {
                if let Some(i) = out.iter().position(|x| name != "_" && x.name == name) {
                    let other = self.pos_line(at[i]);
                    self.error(
                        pos,
                        format!("{name} redeclared\n{other}: other declaration of {name}"),
                    );
                }
                out.push(Field {
                    name,
                    ty: t,
                    embedded,
                    tag: f.tag.as_ref().map(|t| t.value.clone()),
                });
                at.push(pos);
            }
        }
        self.types.intern(Type::Struct(out))
    }

    /// An array type `t` of `n` elements `el` must fit the address space
    /// (gc's check), and gust's slot indexes (else it is refused rather
    /// than failing to allocate at run time).
    fn check_array_size(&mut self, t: TypeId, el: TypeId, n: u64, e: &Expr) {
        let (size, _) = self.types.go_size_align(el);
        if size.checked_mul(n).is_none_or(|b| b > i64::MAX as u64) {
            let tn = self.tstr(t);
            self.error(spos(e), format!("type {tn} larger than address space"));
        } else if (self.types.slots(el) as u64).saturating_mul(n) >= (u32::MAX - 1) as u64 {
            let tn = self.tstr(t);
            self.unsupported(spos(e), &format!("{tn}: arrays of 2^32 or more slots"));
        } else if size * n > u32::MAX as u64 {
            // Pointers carry 32-bit byte offsets.
            let tn = self.tstr(t);
            self.unsupported(spos(e), &format!("{tn}: arrays of 4 GiB or more"));
        }
    }

    /// An embedded field's type `t` (written `te`) may not be a pointer to
    /// an interface, nor a defined pointer type.
    fn check_embedded(&mut self, t: TypeId, te: &Expr, pos: Pos) {
        let written_star = matches!(te.kind, ExprKind::Star(_));
        if self.type_decl_depth > 0 {
            // The type may still be being declared (type T *struct{ T }):
            // checked when the declarations complete.
            self.deferred_embeds.push((t, written_star, pos, self.unit));
        } else if let Some(m) = self.embedded_error(t, written_star) {
            self.error(pos, m);
        }
    }

    /// What is wrong with embedded field type `t`, if anything.
    fn embedded_error(&self, t: TypeId, written_star: bool) -> Option<&'static str> {
        match self.types.get(t) {
            Type::Pointer(b) if matches!(self.types.under(*b), Type::Interface(_)) => {
                Some("embedded field type cannot be a pointer to an interface")
            }
            _ if !written_star && matches!(self.types.under(t), Type::Pointer(_)) => {
                Some("embedded field type cannot be a pointer")
            }
            _ => None,
        }
    }

    /// Parameter and result names of a function type or interface method
    /// are declared in one scope (types2's collectParams): a repeated name
    /// is redeclared. (Declared functions and literals report it when
    /// their bodies declare them.)
    fn check_sig_names(&mut self, ft: &ast::FuncType) {
        let mut seen: Vec<(&str, Pos)> = vec![];
        for f in ft.params.iter().chain(&ft.results) {
            for n in &f.names {
                if n.name == "_" {
                    continue;
                }
                if let Some(&(_, prev)) = seen.iter().find(|x| x.0 == n.name) {
                    let other = self.pos_line(prev);
                    let name = &n.name;
                    self.error(
                        n.pos,
                        format!(
                            "{name} redeclared in this block\n{other}: other declaration of {name}"
                        ),
                    );
                } else {
                    seen.push((&n.name, n.pos));
                }
            }
        }
    }

    fn interface_type(&mut self, elems: &[ast::Field]) -> TypeId {
        // Each method with where it came from (its name, or the embedded
        // interface), and whether it was declared here.
        let mut ms: Vec<(IMethod, Pos, bool)> = vec![];
        let mut incomplete = vec![];
        for f in elems {
            if f.names.is_empty() {
                if self.is_constraint_elem(&f.ty) {
                    self.unsupported(spos(&f.ty), "type constraints in interfaces");
                    continue;
                }
                self.last_incomplete_iface = None;
                let t = self.resolve_type(&f.ty);
                // An interface literal (an alias's) embedding types still
                // being declared passes them on.
                if let Some((it, _, embeds)) = self.last_incomplete_iface.take() {
                    if it == t && self.types.named(t).is_none() {
                        incomplete.extend(embeds);
                    }
                }
                match self.types.under(t).clone() {
                    Type::Interface(inner) => {
                        // An interface whose own completion is pending
                        // passes it on.
                        if self.iface_fixups.iter().any(|x| x.0 == t) {
                            incomplete.push(t);
                        }
                        for m in inner {
                            self.add_iface_method(&mut ms, m, f.ty.pos, false);
                        }
                    }
                    // A named type still being declared: its methods are
                    // added when its declaration completes.
                    Type::Invalid if self.types.named(t).is_some() && self.type_decl_depth > 0 => {
                        incomplete.push(t)
                    }
                    Type::Invalid => {}
                    _ => self.unsupported(f.ty.pos, "type constraints in interfaces"),
                }
            } else if let ExprKind::FuncType(ft) = &f.ty.kind {
                self.check_sig_names(ft);
                let sig = self.func_sig(ft);
                for n in &f.names {
                    if n.name == "_" {
                        self.error(n.pos, "methods must have a unique non-blank name");
                        continue;
                    }
                    let m = IMethod {
                        name: n.name.clone(),
                        sig,
                    };
                    self.add_iface_method(&mut ms, m, n.pos, true);
                }
            }
        }
        let mut ms: Vec<IMethod> = ms.into_iter().map(|(m, _, _)| m).collect();
        ms.sort_by(|a, b| a.name.cmp(&b.name));
        let t = self.types.intern(Type::Interface(ms.clone()));
        if !incomplete.is_empty() {
            self.stale_iface_lits = true;
        }
        self.last_incomplete_iface = (!incomplete.is_empty()).then_some((t, ms, incomplete));
        t
    }

    /// Completes the interfaces that embedded named types still being
    /// declared, once every declaration in progress has ended: each
    /// takes the embedded interfaces' methods (repeatedly, for chains).
    fn complete_interfaces(&mut self) {
        let fixups = std::mem::take(&mut self.iface_fixups);
        self.report_embedding_cycle(&fixups);
        loop {
            let mut changed = false;
            for (named, own, embeds) in &fixups {
                let mut ms = own.clone();
                for &e in embeds {
                    if let Type::Interface(inner) = self.types.under(e).clone() {
                        for m in inner {
                            if !ms.iter().any(|x| x.name == m.name) {
                                ms.push(m);
                            }
                        }
                    }
                }
                ms.sort_by(|a, b| a.name.cmp(&b.name));
                let t = self.types.intern(Type::Interface(ms));
                if t != self.types.underlying(*named) {
                    self.types.set_underlying(*named, t);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// Reports a cycle of interfaces embedding each other (I1 embeds I2
    /// embeds I1) among the pending completions, as types2's invalid
    /// recursive type, at the cycle's first declaration.
    fn report_embedding_cycle(&mut self, fixups: &[(TypeId, Vec<IMethod>, Vec<TypeId>)]) {
        let edges = |t: TypeId| -> Vec<TypeId> {
            fixups
                .iter()
                .find(|f| f.0 == t)
                .map(|f| f.2.clone())
                .unwrap_or_default()
        };
        for &(start, _, _) in fixups {
            // Depth-first along embeddings from `start`, back to it.
            let mut path = vec![start];
            let mut stack = vec![(start, 0usize)];
            let mut found = None;
            while let Some((t, i)) = stack.pop() {
                let next = edges(t);
                if i >= next.len() {
                    path.pop();
                    continue;
                }
                stack.push((t, i + 1));
                let n = next[i];
                if n == start {
                    found = Some(path.clone());
                    break;
                }
                if !path.contains(&n) && fixups.iter().any(|f| f.0 == n) {
                    path.push(n);
                    stack.push((n, 0));
                }
            }
            let Some(mut cycle) = found else { continue };
            // The type's own declaration, not an alias of it.
            let obj_of = |c: &Checker, t: TypeId| {
                let n = c.types.named(t)?;
                (0..c.objs.len()).find(|&o| {
                    c.objs[o].ty == t
                        && c.objs[o].name == n.name
                        && matches!(c.objs[o].kind, ObjKind::TypeName)
                })
            };
            let objs: Vec<usize> = cycle.iter().filter_map(|&t| obj_of(self, t)).collect();
            if objs.len() != cycle.len()
                || objs
                    .iter()
                    .any(|&o| self.cycle_reported.contains(&(o as u32)))
            {
                continue;
            }
            self.cycle_reported.extend(objs.iter().map(|&o| o as u32));
            let first = (0..cycle.len())
                .min_by_key(|&i| self.objs[objs[i]].pos)
                .unwrap_or(0);
            cycle.rotate_left(first);
            let mut objs = objs;
            objs.rotate_left(first);
            let name = |c: &Checker, o: usize| c.objs[o].name.clone();
            let msg = if objs.len() == 1 {
                format!(
                    "invalid recursive type: {} refers to itself",
                    name(self, objs[0])
                )
            } else {
                let mut m = format!("invalid recursive type {}", name(self, objs[0]));
                for (i, &o) in objs.iter().enumerate() {
                    let next = objs[(i + 1) % objs.len()];
                    let at = self.pos_line(self.objs[o].pos);
                    m.push_str(&format!(
                        "\n{at}: {} refers to {}",
                        name(self, o),
                        name(self, next)
                    ));
                }
                m
            };
            let unit = match self.objs[objs[0]].decl {
                Some(DeclRef::Spec { unit, .. }) => unit,
                _ => self.unit,
            };
            let saved = std::mem::replace(&mut self.unit, unit);
            let pos = self.objs[objs[0]].pos;
            self.error(pos, msg);
            self.unit = saved;
        }
    }

    /// Whether an embedded interface element is a type-set term: a union
    /// (`A | B`), a tilde term (`~int`) or the predeclared `comparable`
    /// (which gust does not declare).
    fn is_constraint_elem(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Binary(ast::BinOp::Or, ..) | ExprKind::Unary(ast::UnOp::BitNot, _) => true,
            ExprKind::Ident(n) => n == "comparable" && self.lookup(n).is_none(),
            ExprKind::Paren(x) => self.is_constraint_elem(x),
            _ => false,
        }
    }

    /// Adds method `m` (from `at`; `explicit` when declared in the
    /// interface itself) to an interface's method set: a name may repeat
    /// only through embedding, with an identical signature.
    fn add_iface_method(
        &mut self,
        ms: &mut Vec<(IMethod, Pos, bool)>,
        m: IMethod,
        at: Pos,
        explicit: bool,
    ) {
        match ms.iter().find(|(x, _, _)| x.name == m.name) {
            None => ms.push((m, at, explicit)),
            Some(&(ref prev, prev_at, prev_explicit)) => {
                if (explicit && prev_explicit) || prev.sig != m.sig {
                    let other = self.pos_line(prev_at);
                    let n = &m.name;
                    self.error(
                        at,
                        format!("duplicate method {n}\n{other}: other declaration of method {n}"),
                    );
                }
            }
        }
    }

    /// Declares the named type of a type spec and resolves its underlying
    /// type.
    pub(crate) fn declare_type_spec(&mut self, obj: super::ObjId, t: &ast::TypeSpec) {
        let outer = self.decl_group.is_none();
        let ndiags = self.diags.len();
        self.decl_group.get_or_insert_with(Vec::new).push(obj);
        if outer {
            self.stale_iface_lits = false;
        }
        self.declare_type_spec_once(obj, t);
        if outer {
            let group = self.decl_group.take().unwrap_or_default();
            if self.stale_iface_lits && self.diags.len() == ndiags {
                self.redeclare_types(&group);
            }
        }
    }

    /// Resolves again, now that every declaration in progress has ended,
    /// the type declarations of `group` (those declared while one
    /// outermost type declaration was being resolved): an interface
    /// literal nested in one of them that embedded a type then still
    /// being declared (`type J interface{ G() interface{ I } }` within
    /// `type I interface{ F() J }`) gets that type's methods. Only after
    /// a group without errors, whose second resolution reports nothing new.
    fn redeclare_types(&mut self, group: &[super::ObjId]) {
        let ndiags = self.diags.len();
        for _ in 0..2 {
            for &o in group {
                // (its package-level unit, alias, right-hand side)
                let spec = match self.objs[o as usize].decl {
                    None => self
                        .local_type_specs
                        .get(&o)
                        .map(|(a, t)| (None, *a, t.clone())),
                    Some(super::DeclRef::Spec {
                        unit, decl, spec, ..
                    }) => match &self.units[unit as usize].ast.decls[decl as usize] {
                        ast::Decl::Gen(g) => match &g.specs[spec as usize] {
                            ast::Spec::Type(t) => Some((Some(unit), t.alias, t.ty.clone())),
                            _ => None,
                        },
                        _ => None,
                    },
                    Some(super::DeclRef::Func { .. }) => None,
                };
                let Some((unit, alias, rhs)) = spec else {
                    continue;
                };
                let saved_unit = self.unit;
                let saved_scopes = unit.map(|u| {
                    self.unit = u;
                    std::mem::take(&mut self.scopes)
                });
                let t = self.resolve_type(&rhs);
                if alias {
                    self.objs[o as usize].ty = t;
                } else {
                    let named = self.objs[o as usize].ty;
                    if t != named && t != bt::INVALID && !self.is_incomplete(t) {
                        self.types.set_underlying(named, t);
                    }
                }
                if let Some(sc) = saved_scopes {
                    self.scopes = sc;
                }
                self.unit = saved_unit;
            }
        }
        // Anything reported again was reported the first time.
        self.diags.truncate(ndiags);
    }

    /// [`Checker::declare_type_spec`] for one declaration.
    fn declare_type_spec_once(&mut self, obj: super::ObjId, t: &ast::TypeSpec) {
        if t.alias {
            let ty = self.resolve_type(&t.ty);
            self.objs[obj as usize].ty = ty;
            return;
        }
        let pkg = self.pkgs[self.objs[obj as usize].pkg as usize].path.clone();
        let named = self.types.new_named(&pkg, &t.name.name);
        self.objs[obj as usize].ty = named;
        self.type_decl_depth += 1;
        self.last_incomplete_iface = None;
        let under = self.resolve_type(&t.ty);
        self.type_decl_depth -= 1;
        if let Some((it, own, embeds)) = self.last_incomplete_iface.take() {
            if it == under {
                self.iface_fixups.push((named, own, embeds));
            }
        }
        if self.invalid_decls.contains(&named) {
            // A reported declaration cycle: the type stays invalid.
        } else if under == named {
            // `type T T`: no underlying type at all.
            self.error(
                t.name.pos,
                format!("invalid recursive type: {} refers to itself", t.name.name),
            );
        } else {
            self.types.set_underlying(named, under);
        }
        if self.type_decl_depth == 0 {
            self.complete_interfaces();
            for (t, star, pos, unit) in std::mem::take(&mut self.deferred_embeds) {
                if let Some(m) = self.embedded_error(t, star) {
                    let saved = std::mem::replace(&mut self.unit, unit);
                    self.error(pos, m);
                    self.unit = saved;
                }
            }
            // Map keys of types then still being declared.
            for (kt, pos, unit) in std::mem::take(&mut self.deferred_map_keys) {
                if !self.is_incomplete(kt) && !self.comparable(kt) {
                    let saved = std::mem::replace(&mut self.unit, unit);
                    let n = self.tstr(kt);
                    self.error(pos, format!("invalid map key type {n}"));
                    self.unit = saved;
                }
            }
        }
    }

    /// Reports named types of package `pkg` that contain themselves
    /// without indirection (`type A struct{ B }; type B struct{ A }`) and
    /// makes them invalid, so that layouts stay finite.
    pub(crate) fn check_recursive_types(&mut self, pkg: u32) {
        let named: Vec<(TypeId, crate::pos::Pos, u32)> = self.pkgs[pkg as usize]
            .objs
            .iter()
            .filter(|&&o| matches!(self.objs[o as usize].kind, ObjKind::TypeName))
            .filter_map(|&o| {
                let t = self.objs[o as usize].ty;
                let unit = match self.objs[o as usize].decl {
                    Some(DeclRef::Spec { unit, .. }) => unit,
                    _ => return None,
                };
                self.types
                    .named(t)
                    .map(|_| (t, self.objs[o as usize].pos, unit))
            })
            .collect();
        let mut bad: Vec<TypeId> = vec![];
        for &(t, pos, unit) in &named {
            if bad.contains(&t) {
                continue;
            }
            let mut path = vec![];
            if let Some(cycle) = self.find_cycle(t, t, &mut path, 0) {
                self.unit = unit;
                let name = |c: &Checker, t: TypeId| {
                    c.types.named(t).map(|n| n.name.clone()).unwrap_or_default()
                };
                let members: Vec<(String, Pos)> = cycle
                    .iter()
                    .map(|&c| {
                        let cpos = named.iter().find(|x| x.0 == c).map(|x| x.1).unwrap_or(pos);
                        (name(self, c), cpos)
                    })
                    .collect();
                self.cycle_error(&members, true);
                bad.extend(cycle);
            }
        }
        for t in bad {
            self.types.set_underlying(t, bt::INVALID);
        }
    }

    /// Reports a local named type (object `o`) that contains itself
    /// without indirection (`type T struct{ a T }`) and makes it invalid;
    /// only a self-reference is possible, as a local type's scope starts
    /// at its name.
    pub(crate) fn check_local_recursive_type(&mut self, o: super::ObjId) {
        let t = self.objs[o as usize].ty;
        if self.types.named(t).is_none() || self.find_cycle(t, t, &mut vec![], 0).is_none() {
            return;
        }
        let member = (
            self.objs[o as usize].name.clone(),
            self.objs[o as usize].pos,
        );
        self.cycle_error(&[member], true);
        self.types.set_underlying(t, bt::INVALID);
    }

    /// Reports types2's `cycleError` for a declaration cycle (each
    /// member's name and position, in reference order, starting at the
    /// first in source): `invalid recursive type: T refers to itself`, or
    /// one line per reference.
    fn cycle_error(&mut self, cycle: &[(String, Pos)], is_type: bool) {
        let (first, pos) = &cycle[0];
        let msg = if cycle.len() == 1 {
            if is_type {
                format!("invalid recursive type: {first} refers to itself")
            } else {
                format!("invalid cycle in declaration: {first} refers to itself")
            }
        } else {
            let mut m = if is_type {
                format!("invalid recursive type {first}")
            } else {
                format!("invalid cycle in declaration of {first}")
            };
            for (i, (c, cpos)) in cycle.iter().enumerate() {
                let next = &cycle[(i + 1) % cycle.len()].0;
                m.push_str(&format!("\n{}: {c} refers to {next}", self.pos_line(*cpos)));
            }
            m
        };
        self.error(*pos, msg);
    }

    /// Where the declaration of named type `t` is on the resolve stack,
    /// if its underlying type is still being resolved.
    fn decl_in_progress(&self, t: TypeId) -> Option<usize> {
        self.types.named(t)?;
        self.resolve_stack.iter().position(|&o| {
            matches!(self.objs[o as usize].kind, ObjKind::TypeName) && self.objs[o as usize].ty == t
        })
    }

    /// If named type `t` is still being declared (its underlying type is
    /// not known yet), reports the declaration cycle through the objects
    /// resolved since, as types2 does when such a type's underlying type
    /// is needed (`type T [len(T{})]int`), and returns true; the type's
    /// declaration ends invalid.
    pub(crate) fn incomplete_type_use(&mut self, t: TypeId) -> bool {
        let Some(start) = self.decl_in_progress(t) else {
            return false;
        };
        let cycle: Vec<super::ObjId> = self.resolve_stack[start..].to_vec();
        if !self.invalid_decls.insert(t) {
            return true;
        }
        let first = (0..cycle.len())
            .min_by_key(|&i| self.objs[cycle[i] as usize].pos)
            .unwrap_or(0);
        let members: Vec<(String, Pos)> = (0..cycle.len())
            .map(|i| {
                let o = &self.objs[cycle[(first + i) % cycle.len()] as usize];
                (o.name.clone(), o.pos)
            })
            .collect();
        let is_type = matches!(self.objs[cycle[first] as usize].kind, ObjKind::TypeName);
        self.cycle_error(&members, is_type);
        true
    }

    /// A cycle of named types back to `target` through struct fields and
    /// array elements, if any.
    fn find_cycle(
        &self,
        target: TypeId,
        t: TypeId,
        path: &mut Vec<TypeId>,
        depth: u32,
    ) -> Option<Vec<TypeId>> {
        if depth > 64 {
            return None;
        }
        if self.types.named(t).is_some() {
            if t == target && !path.is_empty() {
                return Some(path.clone());
            }
            if path.contains(&t) {
                return None;
            }
            path.push(t);
        }
        let found = match self.types.under(t).clone() {
            Type::Struct(fs) => fs
                .iter()
                .find_map(|f| self.find_cycle(target, f.ty, path, depth + 1)),
            Type::Array(e, _) => self.find_cycle(target, e, path, depth + 1),
            _ => None,
        };
        if self.types.named(t).is_some() {
            path.pop();
        }
        found
    }

    /// Where field `name` of named struct type `t` is declared.
    fn field_decl_pos(&self, t: TypeId, name: &str) -> Option<crate::pos::Pos> {
        let obj = self
            .objs
            .iter()
            .find(|o| matches!(o.kind, ObjKind::TypeName) && o.ty == t)?;
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
        let ast::Spec::Type(ts) = &g.specs[spec as usize] else {
            return None;
        };
        let ExprKind::StructType(fields) = &ts.ty.kind else {
            return None;
        };
        fields
            .iter()
            .flat_map(|f| f.names.iter())
            .find(|n| n.name == name)
            .map(|n| n.pos)
    }

    /// Attaches the methods declared in package `pkg` to their types and
    /// registers their bodies.
    pub(crate) fn collect_methods(&mut self, pkg: u32) {
        let units = self.pkgs[pkg as usize].units.clone();
        for u in units {
            self.unit = u;
            let ast = self.units[u as usize].ast.clone();
            for (di, d) in ast.decls.iter().enumerate() {
                let ast::Decl::Func(f) = d else { continue };
                let Some(recv) = &f.recv else { continue };
                let (base, ptr) = match &recv.ty.kind {
                    ExprKind::Star(x) => (&**x, true),
                    ExprKind::Paren(x) => (&**x, false),
                    _ => (&recv.ty, false),
                };
                if let ExprKind::Star(_) = &base.kind {
                    let s = self.expr_str(&recv.ty);
                    self.error(spos(base), format!("invalid receiver type {s}"));
                    continue;
                }
                let rt = self.resolve_type(base);
                let Some(n) = self.types.named(rt) else {
                    if rt != bt::INVALID {
                        let s = self.tstr(rt);
                        self.error(
                            spos(base),
                            format!("cannot define new methods on non-local type {s}"),
                        );
                    }
                    continue;
                };
                if matches!(self.types.under(rt), Type::Pointer(_) | Type::Interface(_)) {
                    let s = self.tstr(rt);
                    self.error(
                        spos(base),
                        format!("invalid receiver type {s} (pointer or interface type)"),
                    );
                    continue;
                }
                let _ = n;
                let sig = self.func_sig(&f.sig);
                let name = f.name.name.clone();
                // Blank methods are checked but never declared: any number
                // of them may exist, and they clash with no field.
                let blank = name == "_";
                if !blank && self.types.method(rt, &name).is_some() {
                    let tn = self.tstr(rt);
                    let tn = tn.rsplit('.').next().unwrap_or(&tn).to_string();
                    let prev = self
                        .methods
                        .get(&(rt, name.clone()))
                        .and_then(|&b| self.bodies[b as usize].obj)
                        .map(|o| self.objs[o as usize].pos);
                    let at = prev
                        .map(|p| format!(" at {}", self.pos_ref(p)))
                        .unwrap_or_default();
                    self.error(
                        f.name.pos,
                        format!("method {tn}.{name} already declared{at}"),
                    );
                    continue;
                }
                if let (false, Type::Struct(fs)) = (blank, self.types.under(rt)) {
                    if fs.iter().any(|x| x.name == name) {
                        // The field's position: find it in the type's
                        // declaration.
                        let fpos = self.field_decl_pos(rt, &name);
                        let at = fpos
                            .map(|p| format!("\n{}: other declaration of {name}", self.pos_line(p)))
                            .unwrap_or_default();
                        self.error(
                            f.name.pos,
                            format!("field and method with the same name {name}{at}"),
                        );
                        continue;
                    }
                }
                if !blank {
                    self.types.named_mut(rt).unwrap().methods.push(Method {
                        name: name.clone(),
                        sig,
                        ptr_recv: ptr,
                        func: None,
                        iface_func: None,
                    });
                }
                let obj = self.new_obj(&name, ObjKind::Func, sig, f.name.pos, pkg);
                self.objs[obj as usize].decl = Some(DeclRef::Func {
                    unit: u,
                    decl: di as u32,
                });
                self.objs[obj as usize].state = State::Resolved;
                let tname = self.types.name(rt);
                let gname = if ptr {
                    let (p, t) = tname.rsplit_once('.').unwrap_or(("", &tname));
                    format!("{p}.(*{t}).{name}")
                } else {
                    format!("{tname}.{name}")
                };
                let recv_ty = if ptr {
                    self.types.intern(Type::Pointer(rt))
                } else {
                    rt
                };
                let b = self.bodies.len() as u32;
                self.bodies.push(FuncBody {
                    unit: u,
                    decl: Some(di as u32),
                    lit: None,
                    obj: Some(obj),
                    sig,
                    captures: vec![],
                    name: gname,
                    has_defer: false,
                    deferred_directly: false,
                    recv: Some(recv_ty),
                    id: Default::default(),
                });
                if !blank {
                    self.methods.insert((rt, name), b);
                }
            }
        }
    }

    /// Resolves one name of a `const` spec (with implicit repetition).
    pub(crate) fn const_spec(
        &mut self,
        obj: super::ObjId,
        g: &ast::GenDecl,
        spec: usize,
        name: usize,
    ) {
        let ast::Spec::Value(v) = &g.specs[spec] else {
            return;
        };
        // Implicit repetition: the last spec with values supplies them.
        let src = (0..=spec).rev().find_map(|i| match &g.specs[i] {
            ast::Spec::Value(s) if !s.values.is_empty() => Some(s),
            _ => None,
        });
        self.iota = Some(v.iota as i64);
        let Some(src) = src else {
            self.error(v.names[name].pos, "missing init expr for const declaration");
            self.iota = None;
            return;
        };
        let declared = src.ty.as_ref().map(|t| self.resolve_type(t));
        let Some(e) = src.values.get(name) else {
            if name == src.values.len() {
                let n = &v.names[name];
                self.error(n.pos, format!("missing init expr for {}", n.name));
            }
            self.iota = None;
            return;
        };
        // Errors in an inherited expression are reported (again) at the
        // constant's name (types2's errpos).
        if v.values.is_empty() {
            self.errpos = Some(v.names[name].pos);
        }
        let (val, ty) = self.const_value(e, declared, "constant declaration");
        self.errpos = None;
        if name == v.names.len() - 1 && src.values.len() > v.names.len() {
            let extra = &src.values[v.names.len()];
            self.extra_init_expr(v, extra);
        }
        self.objs[obj as usize].kind = ObjKind::Const(val);
        self.objs[obj as usize].ty = ty;
        self.iota = None;
    }

    /// A const spec `v` has fewer names than values: the first extra one
    /// is `extra`, its own or (inherited) an earlier spec's, which gc
    /// then reports at the spec.
    pub(crate) fn extra_init_expr(&mut self, v: &ast::ValueSpec, extra: &Expr) {
        if v.values.is_empty() {
            let at = self.pos_ref(spos(extra));
            self.error(v.names[0].pos, format!("extra init expr at {at}"));
        } else {
            let s = self.expr_str(extra);
            self.error(spos(extra), format!("extra init expr {s}"));
        }
    }

    /// Evaluates a constant expression, converted to `declared` if given.
    pub(crate) fn const_value(
        &mut self,
        e: &Expr,
        declared: Option<TypeId>,
        ctx: &str,
    ) -> (ConstVal, TypeId) {
        let op = self.check_expr(e, declared);
        let Some(val) = op.val.clone() else {
            if op.ty != bt::INVALID {
                let s = self.describe(e, &op);
                self.error(spos(e), format!("{s} is not constant"));
            }
            return (ConstVal::int(0), bt::INVALID);
        };
        match declared {
            Some(t) if t != bt::INVALID => {
                if !self.is_const_type(t) {
                    let n = self.tstr(t);
                    self.error(spos(e), format!("invalid constant type {n}"));
                    return (val, bt::INVALID);
                }
                let op = self.assign_to(e, op, t, ctx);
                (op.val.unwrap_or(val), t)
            }
            _ => (val, op.ty),
        }
    }

    /// Whether `t` can be the type of a constant.
    pub(crate) fn is_const_type(&self, t: TypeId) -> bool {
        matches!(
            self.types.under(t),
            Type::Bool
                | Type::Int(_)
                | Type::Float32
                | Type::Float64
                | Type::String
                | Type::Untyped(_)
        )
    }

    /// Resolves the variables of a package-level `var` spec (all names of
    /// the spec at once).
    pub(crate) fn global_var_spec(&mut self, obj: super::ObjId, v: &ast::ValueSpec, name: usize) {
        let declared = v.ty.as_ref().map(|t| self.resolve_type(t));
        let objs: Vec<super::ObjId> = v
            .names
            .iter()
            .map(|n| self.info().defs.get(&n.pos).copied().unwrap_or(obj))
            .collect();
        for &o in &objs {
            self.objs[o as usize].state = State::InProgress;
        }
        let _ = name;
        if v.values.len() == objs.len() && objs.len() > 1 {
            self.spec_objs = Some(objs.clone());
        }
        let types = self.init_vars(
            &v.names,
            declared,
            &v.values,
            v.names.first().map(|n| n.pos).unwrap_or(Pos(0)),
        );
        self.spec_objs = None;
        // One multi-valued initializer: every name depends on what it
        // references (var a, b = f(): b depends on f too).
        if v.values.len() == 1 && objs.len() > 1 {
            let deps = self.deps.get(&obj).cloned().unwrap_or_default();
            for &o in &objs {
                if o != obj {
                    self.deps.entry(o).or_default().extend(deps.iter().copied());
                }
            }
        }
        for (o, t) in objs.iter().zip(types) {
            self.objs[*o as usize].ty = t;
            self.objs[*o as usize].state = State::Resolved;
        }
    }
}

/// The implicit field name of an embedded field type expression.
fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector(_, s) => s.name.clone(),
        _ => "?".into(),
    }
}

/// The name of an identifier expression.
fn ident_obj(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Ident(n) => Some(n),
        _ => None,
    }
}
