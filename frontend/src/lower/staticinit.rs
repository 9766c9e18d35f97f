//! gc's static initialization (cmd/compile/internal/staticinit): a
//! package-level variable whose initializer gc can lay out in the data
//! section holds its value before any initializer runs, so a dynamic
//! initializer that reaches it without a recorded dependency (through an
//! interface method call) sees it initialized. gust runs these
//! initializers first, then the others in dependency order.
//!
//! Modelled (whole initializers only; gc also splits a composite literal
//! with some dynamic elements into a static part and dynamic stores,
//! which gust initializes dynamically as a whole): constants, `nil`,
//! functions and method expressions, function literals, `&global` (and
//! `&global.field`, `&array[const]`), struct, array and slice literals
//! and `&T{...}` of static values, `[]byte("const")`, conversions to an
//! interface of a static value, and copies of a static package variable
//! of this package (`var b = a`, not for strings) until an earlier
//! initializer may have changed a package variable (`staticcopy`'s
//! `seenMutation`: any call, `append`, `copy` or `clear`). Not modelled:
//! `staticAssignInlinedCall` (an inlined call of a function returning a
//! static expression of its arguments).

use std::collections::HashSet;

use gust_vm::types::{Type, TypeId};

use super::Lowerer;
use crate::ast::{self, Expr, ExprKind, UnOp};
use crate::check::{strip_parens, Builtin, CallKind, DeclRef, ObjId, ObjKind, Selection};

/// The package-level initializers gc makes static: entries of
/// `Checker::init_order`.
pub(crate) type StaticSet = HashSet<(u32, u32, u32, Option<u32>)>;

impl Lowerer<'_> {
    /// Which initializers of `init_order` gc initializes statically.
    pub(crate) fn static_initializers(&self) -> StaticSet {
        let mut out = StaticSet::new();
        let mut seen_mutation = false;
        for &(unit, decl, spec, value) in &self.c.init_order {
            let Some((v, e, i)) = self.single_initializer(unit, decl, spec, value) else {
                // `var a, b = f()`: always dynamic.
                seen_mutation = true;
                continue;
            };
            seen_mutation |= self.may_modify_pkg_var(unit, e);
            let target = self.spec_var_type(unit, v, i as usize);
            let cx = StaticCx {
                unit,
                seen_mutation,
                done: &out,
            };
            if self.static_value(&cx, e, target) {
                out.insert((unit, decl, spec, value));
            }
        }
        out
    }

    /// The one value initializing one variable: value `value` of a spec
    /// with a value per variable, or a single-variable spec's value (`None`
    /// for a multi-valued initializer `var a, b = f()`).
    fn single_initializer(
        &self,
        unit: u32,
        decl: u32,
        spec: u32,
        value: Option<u32>,
    ) -> Option<(&ast::ValueSpec, &Expr, u32)> {
        let i = value.unwrap_or(0);
        let (v, e) = self.spec_value(unit, decl, spec, i)?;
        (v.values.len() == v.names.len()).then_some((v, e, i))
    }

    /// The value spec and its `i`th value.
    fn spec_value(
        &self,
        unit: u32,
        decl: u32,
        spec: u32,
        i: u32,
    ) -> Option<(&ast::ValueSpec, &Expr)> {
        let ast = &self.c.units[unit as usize].ast;
        let ast::Decl::Gen(g) = &ast.decls[decl as usize] else {
            return None;
        };
        let ast::Spec::Value(v) = &g.specs[spec as usize] else {
            return None;
        };
        Some((v, v.values.get(i as usize)?))
    }

    /// The type of the `i`th variable of a package-level spec.
    fn spec_var_type(&self, unit: u32, v: &ast::ValueSpec, i: usize) -> Option<TypeId> {
        let info = &self.c.units[unit as usize].info;
        let o = *info.defs.get(&v.names.get(i)?.pos)?;
        Some(self.c.objs[o as usize].ty)
    }

    /// Whether gc's `StaticAssign` lays out `e`, assigned to a location of
    /// type `target` (`None`: `e`'s own type), entirely statically.
    fn static_value(&self, cx: &StaticCx, e: &Expr, target: Option<TypeId>) -> bool {
        let info = &self.c.units[cx.unit as usize].info;
        let e = strip_parens(e);
        let ty = info.types.get(&e.id).copied();
        // An implicit conversion to an interface (OCONVIFACE).
        if let (Some(t), Some(et)) = (target, ty) {
            if self.is_iface(t) && !self.is_iface(et) {
                return self.static_value(cx, e, None);
            }
        }
        if info.consts.contains_key(&e.id) {
            return true;
        }
        match &e.kind {
            ExprKind::Ident(_) => match info.uses.get(&e.id) {
                Some(&o) => match &self.c.objs[o as usize].kind {
                    ObjKind::Nil | ObjKind::Func => true,
                    ObjKind::Var(_) => self.static_copy(cx, o),
                    _ => false,
                },
                None => false,
            },
            ExprKind::Selector(..) => match info.sels.get(&e.id) {
                Some(Selection::MethodExpr { .. }) => true,
                Some(Selection::Qualified(o)) => {
                    matches!(self.c.objs[*o as usize].kind, ObjKind::Func)
                }
                _ => false,
            },
            ExprKind::FuncLit { .. } => true, // captures nothing at package level
            ExprKind::Unary(UnOp::Addr, x) => {
                let x = strip_parens(x);
                match &x.kind {
                    ExprKind::Composite { .. } => self.static_value(cx, x, None),
                    _ => self.static_loc(cx, x),
                }
            }
            ExprKind::Composite { elts, .. } => {
                let Some(mut t) = ty else { return false };
                if let Type::Pointer(inner) = self.prog.types.get(t) {
                    t = *inner; // an elided `&T{...}` element
                }
                match self.prog.types.under(t) {
                    Type::Struct(fs) => {
                        let keyed = elts.first().is_some_and(|el| el.key.is_some());
                        elts.iter().enumerate().all(|(i, el)| {
                            let at = match (&el.key, keyed) {
                                (Some(k), true) => match &k.kind {
                                    ExprKind::Ident(n) => fs.iter().position(|f| &f.name == n),
                                    _ => None,
                                },
                                _ => Some(i),
                            };
                            at.is_some_and(|at| self.static_value(cx, &el.value, Some(fs[at].ty)))
                        })
                    }
                    Type::Array(el_t, _) | Type::Slice(el_t) => elts
                        .iter()
                        .all(|el| self.static_value(cx, &el.value, Some(*el_t))),
                    _ => false, // map literals are built at run time
                }
            }
            ExprKind::Call { args, .. } => match info.calls.get(&e.id) {
                Some(CallKind::Conversion(to)) => {
                    let [x] = args.as_slice() else { return false };
                    let from = info.types.get(&strip_parens(x).id).copied();
                    let Some(from) = from else { return false };
                    let types = &self.prog.types;
                    if self.is_iface(*to) {
                        if self.is_iface(from) {
                            return false; // only a nil interface, a constant
                        }
                        return self.static_value(cx, x, None);
                    }
                    match (types.under(*to), types.under(from)) {
                        // OSTR2BYTES of a constant.
                        (Type::Slice(_), Type::String) => info.consts.contains_key(&x.id),
                        // OCONVNOP: same underlying type, or pointers to it.
                        (a, b) if a == b => self.static_value(cx, x, None),
                        _ => false,
                    }
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// gc's `StaticLoc`: a package variable, a field of one, or an element
    /// of an array one at a constant index.
    fn static_loc(&self, cx: &StaticCx, x: &Expr) -> bool {
        let info = &self.c.units[cx.unit as usize].info;
        let x = strip_parens(x);
        match &x.kind {
            ExprKind::Ident(_) => info.uses.get(&x.id).is_some_and(
                |&o| matches!(&self.c.objs[o as usize].kind, ObjKind::Var(v) if v.global),
            ),
            ExprKind::Selector(inner, _) => match info.sels.get(&x.id) {
                Some(Selection::Qualified(o)) => {
                    matches!(&self.c.objs[*o as usize].kind, ObjKind::Var(v) if v.global)
                }
                Some(Selection::Field { derefs, .. }) => {
                    !derefs.iter().any(|&d| d) && self.static_loc(cx, inner)
                }
                _ => false,
            },
            ExprKind::Index(a, i, _) => {
                let at = info.types.get(&strip_parens(a).id).copied();
                at.is_some_and(|t| matches!(self.prog.types.under(t), Type::Array(..)))
                    && info.consts.contains_key(&i.id)
                    && self.static_loc(cx, a)
            }
            _ => false,
        }
    }

    /// gc's `staticcopy` of package variable `o`, whole: `o` is a variable
    /// of this package initialized statically by a single-value
    /// initializer that is a copyable form, not a string, and no earlier
    /// initializer may have changed it.
    fn static_copy(&self, cx: &StaticCx, o: ObjId) -> bool {
        if cx.seen_mutation {
            return false;
        }
        let obj = &self.c.objs[o as usize];
        let Some(DeclRef::Spec {
            unit,
            decl,
            spec,
            name,
        }) = obj.decl
        else {
            return false;
        };
        if self.c.units[unit as usize].pkg != self.c.units[cx.unit as usize].pkg
            || matches!(self.prog.types.under(obj.ty), Type::String)
            || !(cx.done.contains(&(unit, decl, spec, Some(name)))
                || cx.done.contains(&(unit, decl, spec, None)))
        {
            return false;
        }
        let Some((_, r)) = self.spec_value(unit, decl, spec, name) else {
            return false;
        };
        let info = &self.c.units[unit as usize].info;
        let r = strip_parens(r);
        if info.consts.contains_key(&r.id) {
            return true;
        }
        let rcx = StaticCx { unit, ..*cx };
        match &r.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => self.static_value(&rcx, r, None),
            ExprKind::Unary(UnOp::Addr, _) => true,
            ExprKind::Composite { elts, .. } => {
                let t = info.types.get(&r.id).copied();
                match t.map(|t| self.prog.types.under(t)) {
                    Some(Type::Slice(_)) => true,
                    // Elements are copied one by one: constants, nil and
                    // copyable variables only.
                    Some(Type::Struct(_) | Type::Array(..)) => elts.iter().all(|el| {
                        let v = strip_parens(&el.value);
                        info.consts.contains_key(&v.id)
                            || matches!(&v.kind, ExprKind::Ident(_)
                                if self.static_value(&rcx, v, None))
                    }),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// gc's `mayModifyPkgVar`: whether evaluating `e` may change a package
    /// variable (a call, `append`, `copy`, `clear`; function literal
    /// bodies are not looked into).
    fn may_modify_pkg_var(&self, unit: u32, e: &Expr) -> bool {
        let info = &self.c.units[unit as usize].info;
        let any = |es: Vec<&Expr>| es.into_iter().any(|x| self.may_modify_pkg_var(unit, x));
        match &e.kind {
            ExprKind::Call { func, args, .. } => {
                let calls = match info.calls.get(&e.id) {
                    Some(CallKind::Call) => true,
                    Some(CallKind::Builtin(b)) => {
                        matches!(b, Builtin::Append | Builtin::Copy | Builtin::Clear)
                    }
                    _ => false,
                };
                calls || any(std::iter::once(&**func).chain(args).collect())
            }
            ExprKind::Composite { elts, .. } => any(elts
                .iter()
                .flat_map(|el| el.key.iter().chain(std::iter::once(&el.value)))
                .collect()),
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Selector(x, _)
            | ExprKind::TypeAssert(x, _) => self.may_modify_pkg_var(unit, x),
            ExprKind::Index(x, i, _) | ExprKind::Binary(_, x, i) => any(vec![&**x, &**i]),
            ExprKind::Slice { x, lo, hi, max } => any(std::iter::once(&**x)
                .chain(lo.as_deref())
                .chain(hi.as_deref())
                .chain(max.as_deref())
                .collect()),
            _ => false,
        }
    }
}

/// Where `static_value` looks: the unit of the expression, whether an
/// earlier initializer may have changed a package variable, and the
/// initializers found static so far.
#[derive(Clone, Copy)]
struct StaticCx<'s> {
    unit: u32,
    seen_mutation: bool,
    done: &'s StaticSet,
}
