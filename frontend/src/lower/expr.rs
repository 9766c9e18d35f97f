//! Expressions: values, places (assignable locations), conversions and
//! operators.

use gust_vm::op::{Arith, Cmp, Conv, Op};
use gust_vm::types::{builtin as bt, IntKind, Type, TypeId};
use num_traits::ToPrimitive;

use super::{Local, Lowerer};
use crate::ast::{BinOp, Expr, ExprKind, UnOp};
use crate::check::{CallKind, ObjKind, Selection};
use crate::constant::ConstVal;

/// An assignable location whose address parts are on the stack.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    /// Frame slots.
    Local { slot: u32, n: u32 },
    /// A global of type `ty` at byte `off` of the globals.
    Global { off: u32, ty: TypeId },
    /// A pointer on the stack to a `ty`.
    Ptr { ty: TypeId },
    /// A map and key on the stack.
    Map { ty: TypeId, k: u32, v: u32 },
    /// The blank identifier.
    Blank,
}

impl Place {
    /// Whether the place is a variable (Go's addressability), so its parts
    /// (fields, array elements) are places too: not a map entry, not `_`.
    pub(crate) fn addressable(&self) -> bool {
        !matches!(self, Place::Map { .. } | Place::Blank)
    }
}

impl<'c> Lowerer<'c> {
    /// Pushes the value of `e` (its recorded type's slots).
    pub(crate) fn expr(&mut self, e: &Expr) {
        if let Some(&(slot, n)) = self.fb.hoisted.get(&e.id) {
            self.load_slots(slot, n);
            return;
        }
        if let Some(v) = self.info().consts.get(&e.id).cloned() {
            let t = self.expr_type(e);
            self.push_const(&v, t);
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => self.ident(e),
            ExprKind::FuncLit { .. } => self.func_lit(e),
            ExprKind::Composite { .. } => self.composite(e, self.expr_type(e)),
            ExprKind::Selector(x, sel) => self.selector(e, x, &sel.name),
            ExprKind::Index(x, i, _) => self.index(e, x, i),
            ExprKind::Slice { x, lo, hi, max } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert(x, _) => {
                let t = self.expr_type(e);
                let src = self.expr_type(x);
                self.expr(x);
                let n = self.slots(t);
                self.emit(Op::Assert {
                    ty: t,
                    src,
                    n,
                    ok: false,
                });
            }
            ExprKind::Call { .. } => {
                let t = self.expr_type(e);
                self.call(e, false);
                let _ = t;
            }
            ExprKind::Star(x) => {
                let t = self.expr_type(e);
                self.expr(x);
                self.emit_load(t);
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, l, r) => self.binary(e, *op, l, r),
            _ => self.unsupported(e.pos, "expression"),
        }
    }

    /// Pushes `e` converted (implicitly) to type `t`: interface boxing,
    /// untyped constants.
    pub(crate) fn expr_to(&mut self, e: &Expr, t: TypeId) {
        let et = self.expr_type(e);
        if let Some(v) = self.info().consts.get(&e.id).cloned() {
            let et_iface = matches!(self.prog.types.under(et), Type::Interface(_));
            if matches!(self.prog.types.under(t), Type::Interface(_)) && !et_iface {
                self.push_const_iface(&v, et);
            } else {
                // push_const boxes constants whose type is an interface.
                self.push_const(&v, if et_iface { et } else { t });
            }
            return;
        }
        if self.is_nil(e) {
            let n = self.slots(t);
            for _ in 0..n {
                self.emit(Op::Push { v: 0 });
            }
            return;
        }
        if self.box_from_memory(e, et, t) {
            return;
        }
        self.expr(e);
        self.convert_implicit(et, t);
    }

    /// Converts `e` (of type `et`), a large value in memory (`*p`,
    /// `p.f`, a global), to interface type `t` by copying it straight
    /// into the box (`BoxFrom`), as gc does, instead of through the
    /// operand stack, which a value of hundreds of megabytes would
    /// overflow. Whether it did.
    fn box_from_memory(&mut self, e: &Expr, et: TypeId, t: TypeId) -> bool {
        /// Values of more slots than this are boxed from memory.
        const LARGE: u32 = 1024;
        let to_iface = matches!(self.prog.types.under(t), Type::Interface(_));
        let from_iface = matches!(self.prog.types.under(et), Type::Interface(_));
        if !to_iface || from_iface || self.slots(et) <= LARGE {
            return false;
        }
        let mark = self.pc();
        match self.place(e) {
            Some(p @ (Place::Ptr { .. } | Place::Global { .. })) => {
                self.place_to_ptr(p);
                self.emit(Op::BoxFrom { ty: et });
                true
            }
            _ => {
                self.fb.code.truncate(mark);
                self.fb.lines.truncate(mark);
                false
            }
        }
    }

    /// Converts the value on the stack from `from` to `to` where Go does
    /// it implicitly (only interface boxing changes the representation).
    pub(crate) fn convert_implicit(&mut self, from: TypeId, to: TypeId) {
        if from == to {
            return;
        }
        let to_iface = matches!(self.prog.types.under(to), Type::Interface(_));
        let from_iface = matches!(self.prog.types.under(from), Type::Interface(_));
        if to_iface && !from_iface {
            let n = self.slots(from);
            self.emit(Op::ToIface { ty: from, n });
        }
    }

    pub(crate) fn is_nil(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_nil(x),
            ExprKind::Ident(_) => self
                .info()
                .uses
                .get(&e.id)
                .is_some_and(|&o| matches!(self.c.objs[o as usize].kind, ObjKind::Nil)),
            _ => false,
        }
    }

    /// Pushes constant `v` as a value of type `t`.
    pub(crate) fn push_const(&mut self, v: &ConstVal, t: TypeId) {
        let t = match self.prog.types.get(t) {
            Type::Untyped(_) => self.c.default_type(t),
            _ => t,
        };
        let word: i64 = match (self.prog.types.under(t).clone(), v) {
            (Type::Bool, ConstVal::Bool(b)) => *b as i64,
            (Type::Int(_), v) => match v.to_int() {
                Some(i) => ConstVal::int_slot(&i) as i64,
                None => 0,
            },
            (Type::Float64, v) => v.to_f64().to_bits() as i64,
            (Type::Float32, v) => v.to_f32().to_bits() as i64,
            (Type::String, ConstVal::Str(s)) => {
                self.push_string_const(s);
                return;
            }
            (Type::Interface(_), v) => {
                // A constant boxed into an interface: its default type.
                let d = match v {
                    ConstVal::Bool(_) => bt::BOOL,
                    ConstVal::Int(_) => bt::INT,
                    ConstVal::Float(_) => bt::FLOAT64,
                    ConstVal::Str(_) => bt::STRING,
                };
                self.push_const_iface(v, d);
                return;
            }
            _ => 0,
        };
        self.emit(Op::Push { v: word });
    }

    fn ident(&mut self, e: &Expr) {
        let Some(&o) = self.info().uses.get(&e.id) else {
            self.unsupported(e.pos, "identifier without object");
            return;
        };
        match &self.c.objs[o as usize].kind {
            ObjKind::Var(_) => self.load_var(o),
            ObjKind::Nil => {
                let t = self.expr_type(e);
                for _ in 0..self.slots(t).max(1) {
                    self.emit(Op::Push { v: 0 });
                }
            }
            ObjKind::Func => self.func_value(o),
            ObjKind::Const(v) => {
                let v = v.clone();
                let t = self.expr_type(e);
                self.push_const(&v, t);
            }
            _ => self.unsupported(e.pos, "this use of a name"),
        }
    }

    /// Computes the place `e` denotes, pushing its address parts.
    /// `None` if `e` is not addressable or assignable.
    pub(crate) fn place(&mut self, e: &Expr) -> Option<Place> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(name) => {
                if name == "_" {
                    return Some(Place::Blank);
                }
                let &o = self
                    .info()
                    .uses
                    .get(&e.id)
                    .or_else(|| self.info().defs.get(&e.pos))?;
                let ty = self.c.objs[o as usize].ty;
                if let Some(&g) = self.globals.get(&o) {
                    return Some(Place::Global { off: g, ty });
                }
                match self.fb.locals.get(&o).copied()? {
                    Local::Slots { slot, n } => Some(Place::Local { slot, n }),
                    Local::Boxed { slot, .. } => {
                        self.emit(Op::LoadLocal { slot });
                        Some(Place::Ptr { ty })
                    }
                    Local::Captured { idx, .. } => {
                        self.emit(Op::LoadCapture { i: idx });
                        Some(Place::Ptr { ty })
                    }
                    // A value, never written nor addressed: read it whole.
                    Local::CapturedValue { .. } => None,
                }
            }
            ExprKind::Star(x) => {
                self.expr(x);
                Some(Place::Ptr {
                    ty: self.expr_type(e),
                })
            }
            ExprKind::Selector(x, _) => {
                let sel = self.info().sels.get(&e.id).cloned()?;
                match sel {
                    Selection::Qualified(o) => {
                        let ty = self.c.objs[o as usize].ty;
                        self.globals.get(&o).map(|&g| Place::Global { off: g, ty })
                    }
                    Selection::Field { path, derefs } => {
                        let xt = self.expr_type(x);
                        let base = if derefs[0] {
                            self.expr(x);
                            Place::Ptr { ty: bt::INVALID }
                        } else {
                            self.place(x)?
                        };
                        self.walk_fields(base, xt, &path, &derefs, self.expr_type(e))
                    }
                    _ => None,
                }
            }
            ExprKind::Index(x, i, _) => {
                let xt = self.expr_type(x);
                let et = self.expr_type(e);
                let size = self.mem_size(et);
                match self.prog.types.under(xt).clone() {
                    Type::Slice(_) => {
                        self.expr(x);
                        self.index_operand(i);
                        self.emit(Op::SliceIndexAddr { size });
                        Some(Place::Ptr { ty: et })
                    }
                    Type::Array(_, len) => {
                        let p = self.place(x).filter(Place::addressable)?;
                        self.place_to_ptr(p);
                        self.index_operand(i);
                        self.emit(Op::ArrayIndexAddr {
                            size,
                            len: len as u32,
                        });
                        Some(Place::Ptr { ty: et })
                    }
                    Type::Pointer(inner) => {
                        let Type::Array(_, len) = self.prog.types.under(inner).clone() else {
                            return None;
                        };
                        self.expr(x);
                        self.index_operand(i);
                        self.emit(Op::ArrayIndexAddr {
                            size,
                            len: len as u32,
                        });
                        Some(Place::Ptr { ty: et })
                    }
                    Type::Map(k, v) => {
                        self.expr(x);
                        self.expr_to(i, k);
                        Some(Place::Map {
                            ty: xt,
                            k: self.slots(k),
                            v: self.slots(v),
                        })
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Follows a field path from `base` (whose value has type `t`) to a
    /// field of type `ty`. `None` when `base` is not addressable (a map
    /// entry): its fields are values, read from the whole entry.
    pub(crate) fn walk_fields(
        &mut self,
        mut base: Place,
        mut t: TypeId,
        path: &[u32],
        derefs: &[bool],
        ty: TypeId,
    ) -> Option<Place> {
        if !base.addressable() {
            return None;
        }
        for (step, (&i, &d)) in path.iter().zip(derefs).enumerate() {
            if d {
                if step > 0 {
                    // The field reached so far is a pointer: load it.
                    self.load_place(base, t);
                }
                base = Place::Ptr { ty: bt::INVALID };
                // `under`: a defined pointer type (type T *S) reaches S's
                // fields too.
                t = match self.prog.types.under(t) {
                    Type::Pointer(b) => *b,
                    _ => t,
                };
            }
            let off = self.prog.types.field_byte_offset(t, i as usize);
            base = match base {
                Place::Local { slot, .. } => Place::Local {
                    slot: slot + self.prog.types.field_offset(t, i as usize),
                    n: 0,
                },
                Place::Global { off: g, .. } => Place::Global {
                    off: g + off,
                    ty: bt::INVALID,
                },
                Place::Ptr { .. } => {
                    if off > 0 {
                        self.emit(Op::FieldAddr { off });
                    }
                    Place::Ptr { ty: bt::INVALID }
                }
                other => other,
            };
            t = match self.prog.types.under(t) {
                Type::Struct(fs) => fs[i as usize].ty,
                _ => t,
            };
        }
        Some(match base {
            Place::Local { slot, .. } => Place::Local {
                slot,
                n: self.slots(ty),
            },
            Place::Global { off, .. } => Place::Global { off, ty },
            Place::Ptr { .. } => Place::Ptr { ty },
            other => other,
        })
    }

    /// Turns a place into a pointer on the stack (for `&x`, pointer
    /// receivers and array indexing).
    pub(crate) fn place_to_ptr(&mut self, p: Place) {
        match p {
            Place::Ptr { .. } => {}
            Place::Global { off, .. } => {
                let v = gust_vm::heap::ptr(gust_vm::program::GLOBALS_HANDLE, off);
                self.emit(Op::Push { v: v as i64 });
            }
            Place::Local { .. } | Place::Map { .. } | Place::Blank => {
                unreachable!("address of a frame slot or map entry")
            }
        }
    }

    /// After the address of place `x` was pushed: gc's nil check when
    /// `x` is reached through a pointer (`&*p`, `&p.f`, `&p.a.b`), which
    /// the address arithmetic alone skips at offset 0 (`FieldAddr`
    /// checks for nil).
    pub(crate) fn nil_check_addr(&mut self, x: &Expr) {
        if self.through_pointer(x) {
            self.emit(Op::FieldAddr { off: 0 });
        }
    }

    /// Whether addressable `x` is reached by dereferencing a pointer
    /// whose nil check nothing else makes (array indexing checks).
    fn through_pointer(&self, x: &Expr) -> bool {
        let x = crate::check::strip_parens(x);
        match &x.kind {
            ExprKind::Star(_) => true,
            ExprKind::Selector(b, _) => match self.info().sels.get(&x.id) {
                Some(Selection::Field { derefs, .. }) => {
                    derefs.iter().any(|&d| d) || self.through_pointer(b)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Loads the `ty` at a place whose address parts are on the stack.
    pub(crate) fn load_place(&mut self, p: Place, ty: TypeId) {
        match p {
            Place::Local { slot, .. } => self.load_slots(slot, self.slots(ty)),
            Place::Global { off, .. } => {
                let n = self.slots(ty);
                self.emit(Op::LoadGlobal { off, ty, n });
            }
            Place::Ptr { .. } => self.emit_load(ty),
            Place::Map { ty, k, v } => {
                self.emit(Op::MapIndex {
                    ty,
                    k,
                    v,
                    ok: false,
                });
            }
            Place::Blank => {}
        }
    }

    /// Stores the value on top of the stack (above the place's address
    /// parts) into the place.
    pub(crate) fn store_place(&mut self, p: Place) {
        match p {
            Place::Local { slot, n } => self.store_slots(slot, n),
            Place::Global { off, ty } => {
                let n = self.slots(ty);
                self.emit(Op::StoreGlobal { off, ty, n });
            }
            Place::Ptr { ty } => self.emit_store(ty),
            Place::Map { ty, k, v } => {
                self.emit(Op::MapStore { ty, k, v });
            }
            Place::Blank => {}
        }
    }

    /// Pops a place's address parts (when the value is not needed).
    pub(crate) fn place_parts(&self, p: Place) -> u32 {
        match p {
            Place::Ptr { .. } => 1,
            Place::Map { k, .. } => 1 + k,
            _ => 0,
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, name: &str) {
        let Some(sel) = self.info().sels.get(&e.id).cloned() else {
            self.unsupported(e.pos, "selector");
            return;
        };
        match sel {
            Selection::Qualified(o) => match self.c.objs[o as usize].kind.clone() {
                ObjKind::Var(_) => self.load_var(o),
                ObjKind::Func => self.func_value(o),
                ObjKind::Const(v) => {
                    let t = self.expr_type(e);
                    self.push_const(&v, t);
                }
                _ => self.unsupported(e.pos, "qualified name"),
            },
            Selection::Field { path, derefs } => {
                let t = self.expr_type(e);
                // Addressable operands load through their place.
                let mark = self.pc();
                if let Some(p) = self.place(e) {
                    self.load_place(p, t);
                    return;
                }
                self.fb.code.truncate(mark);
                self.fb.lines.truncate(mark);
                // A value: extract the field.
                self.field_path_value(x, &path, &derefs);
            }
            Selection::Method { .. } | Selection::IfaceMethod { .. } => {
                self.method_value(e, x, &sel, name)
            }
            Selection::MethodExpr {
                recv,
                recv_named,
                name,
                ptr_recv,
                path,
                ..
            } => self.method_expr_value(e, recv, recv_named, &name, ptr_recv, &path),
        }
    }

    /// The frame slot of `x` if it is a slice of one-slot elements held
    /// in a non-escaping local (for `LoadLocalElem`/`StoreLocalElem`).
    pub(crate) fn local_slice_slot(&self, x: &Expr) -> Option<u32> {
        let x = crate::check::strip_parens(x);
        let ExprKind::Ident(_) = &x.kind else {
            return None;
        };
        let o = *self.info().uses.get(&x.id)?;
        let Type::Slice(el) = self.prog.types.under(self.c.objs[o as usize].ty) else {
            return None;
        };
        self.elem_mem(*el)?;
        match self.fb.locals.get(&o)? {
            Local::Slots { slot, .. } => Some(*slot),
            _ => None,
        }
    }

    /// How an element of type `el` is stored, if it is one slot that fills
    /// the element (so `LoadLocalElem` / `StoreLocalElem` can move it; not
    /// `struct{ a int8; _ [0]int64 }`, larger than its one field).
    pub(crate) fn elem_mem(&self, el: TypeId) -> Option<gust_vm::op::Mem> {
        let l = self.prog.types.layout(el);
        (self.slots(el) == 1 && l.size == l.mem1().size() as u64).then(|| l.mem1())
    }

    pub(crate) fn field_type(&self, t: TypeId, i: u32) -> TypeId {
        match self.prog.types.under(t) {
            Type::Struct(fs) => fs[i as usize].ty,
            _ => bt::INVALID,
        }
    }

    /// Pushes the field of value `x` reached by the embedded-field `path`
    /// (`derefs[k]`: step `k` goes through a pointer), extracting fields
    /// of non-addressable values and loading through pointers.
    pub(crate) fn field_path_value(&mut self, x: &Expr, path: &[u32], derefs: &[bool]) {
        let mut cur = self.expr_type(x);
        self.expr(x);
        for (&i, &d) in path.iter().zip(derefs) {
            if d {
                cur = match self.prog.types.under(cur) {
                    Type::Pointer(b) => *b,
                    _ => cur,
                };
            }
            let ft = self.field_type(cur, i);
            self.field_step(cur, i, d);
            if d {
                self.emit_load(ft);
            }
            cur = ft;
        }
    }

    /// The zero-size global variable `x` names, if it does.
    pub(crate) fn zero_size_global(&self, x: &Expr) -> Option<crate::check::ObjId> {
        let x = crate::check::strip_parens(x);
        let ExprKind::Ident(_) = &x.kind else {
            return None;
        };
        let &o = self.info().uses.get(&x.id)?;
        (self.globals.contains_key(&o) && self.slots(self.c.objs[o as usize].ty) == 0).then_some(o)
    }

    /// Lowers an index or slice bound as an `int`, noting when its type
    /// is a 64-bit unsigned one (Go then prints a failing index unsigned).
    pub(crate) fn index_operand(&mut self, i: &Expr) {
        let t = self.expr_type(i);
        let unsigned64 = matches!(
            self.prog.types.under(t),
            Type::Int(k) if !k.signed() && k.bits() == 64
        );
        self.expr_to(i, bt::INT);
        if unsigned64 {
            self.fb.unsigned_pending = true;
        }
    }

    fn index(&mut self, e: &Expr, x: &Expr, i: &Expr) {
        let xt = self.expr_type(x);
        let t = self.expr_type(e);
        let n = self.slots(t);
        match self.prog.types.under(xt).clone() {
            Type::String => {
                self.expr(x);
                self.index_operand(i);
                self.emit(Op::StrIndex);
            }
            Type::Slice(_) => {
                if let Some(slot) = self.local_slice_slot(x) {
                    self.index_operand(i);
                    let mem = self.prog.types.layout(t).mem1();
                    self.emit(Op::LoadLocalElem { slot, mem });
                    return;
                }
                self.expr(x);
                self.index_operand(i);
                self.emit(Op::SliceIndex { ty: t, n });
            }
            Type::Map(k, v) => {
                self.expr(x);
                self.expr_to(i, k);
                let (ks, vs) = (self.slots(k), self.slots(v));
                self.emit(Op::MapIndex {
                    ty: xt,
                    k: ks,
                    v: vs,
                    ok: false,
                });
            }
            Type::Array(_, len) => {
                let mark = self.pc();
                if let Some(p) = self.place(x).filter(Place::addressable) {
                    self.place_to_ptr(p);
                    self.index_operand(i);
                    let size = self.mem_size(t);
                    self.emit(Op::ArrayIndexAddr {
                        size,
                        len: len as u32,
                    });
                    self.emit_load(t);
                    return;
                }
                self.fb.code.truncate(mark);
                self.fb.lines.truncate(mark);
                self.expr(x);
                self.index_operand(i);
                self.emit(Op::ArrayIndex {
                    elem: n,
                    len: len as u32,
                });
            }
            Type::Pointer(inner) => {
                let len = match self.prog.types.under(inner) {
                    Type::Array(_, l) => *l,
                    _ => 0,
                };
                self.expr(x);
                self.index_operand(i);
                let size = self.mem_size(t);
                self.emit(Op::ArrayIndexAddr {
                    size,
                    len: len as u32,
                });
                self.emit_load(t);
            }
            _ => self.unsupported(e.pos, "index expression"),
        }
    }

    fn slice_expr(&mut self, x: &Expr, lo: Option<&Expr>, hi: Option<&Expr>, max: Option<&Expr>) {
        let xt = self.expr_type(x);
        let bounds = lo.is_some() as u8 | (hi.is_some() as u8) << 1 | (max.is_some() as u8) << 2;
        match self.prog.types.under(xt).clone() {
            Type::String => {
                self.expr(x);
                for b in [lo, hi].into_iter().flatten() {
                    self.index_operand(b);
                }
                self.emit(Op::SliceStr { bounds });
            }
            Type::Slice(el) => {
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.index_operand(b);
                }
                let size = self.mem_size(el);
                self.emit(Op::SliceSlice { size, bounds });
            }
            Type::Array(el, len) => {
                let Some(p) = self.place(x).filter(Place::addressable) else {
                    self.unsupported(x.pos, "slicing an unaddressable array");
                    return;
                };
                self.place_to_ptr(p);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.index_operand(b);
                }
                let size = self.mem_size(el);
                self.emit(Op::SliceArray {
                    size,
                    len: len as u32,
                    bounds,
                });
            }
            Type::Pointer(inner) => {
                let Type::Array(el, len) = self.prog.types.under(inner).clone() else {
                    return;
                };
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.index_operand(b);
                }
                let size = self.mem_size(el);
                self.emit(Op::SliceArray {
                    size,
                    len: len as u32,
                    bounds,
                });
            }
            _ => self.unsupported(x.pos, "slice expression"),
        }
    }

    /// Pushes a composite literal of type `t`.
    pub(crate) fn composite(&mut self, e: &Expr, t: TypeId) {
        let ExprKind::Composite { elts, .. } = &e.kind else {
            return;
        };
        // An elided `&T{...}` element of a []*T literal.
        if let Type::Pointer(inner) = self.prog.types.get(t).clone() {
            if self.zerobase_allocs.contains(&e.id) {
                self.native_call("runtime.zerobase", 0, 1);
                return;
            }
            return self.boxed_composite(e, inner);
        }
        match self.prog.types.under(t).clone() {
            Type::Struct(fields) => {
                let keyed = elts.first().is_some_and(|el| el.key.is_some());
                if keyed && self.promoted_keys(elts) {
                    self.promoted_struct_literal(elts, t);
                    return;
                }
                let placed: Vec<(u64, &Expr)> = elts
                    .iter()
                    .enumerate()
                    .filter_map(|(i, el)| {
                        let at = match &el.key {
                            Some(k) if keyed => match &k.kind {
                                ExprKind::Ident(n) => fields.iter().position(|f| &f.name == n)?,
                                _ => return None,
                            },
                            _ => i,
                        };
                        Some((at as u64, &el.value))
                    })
                    .collect();
                let types: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
                let blank: Vec<bool> = fields.iter().map(|f| f.name == "_").collect();
                self.lay_out_elems(&placed, types.len() as u64, |i| {
                    (types[i as usize], blank[i as usize])
                });
            }
            Type::Array(el, len) => {
                let placed = self.literal_indexes(elts);
                self.lay_out_elems(&placed, len, |_| (el, false));
            }
            Type::Slice(el) => {
                let placed = self.literal_indexes(elts);
                let len = placed.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let slots = self.slots(el);
                if is_sparse(placed.len(), len) {
                    return self.sparse_slice_literal(&placed, len, el);
                }
                self.lay_out_elems(&placed, len, |_| (el, false));
                self.emit(Op::MakeSliceFrom {
                    elem: el,
                    slots,
                    n: len as u32,
                });
            }
            Type::Map(k, v) => {
                self.emit(Op::Push {
                    v: elts.len() as i64,
                });
                self.emit(Op::MakeMap { ty: t });
                let (ks, vs) = (self.slots(k), self.slots(v));
                for el in elts {
                    self.emit(Op::Dup { n: 1 });
                    if let Some(key) = &el.key {
                        self.elem_to(key, k);
                    }
                    self.elem_to(&el.value, v);
                    self.emit(Op::MapStore {
                        ty: t,
                        k: ks,
                        v: vs,
                    });
                }
            }
            _ => self.unsupported(e.pos, "composite literal"),
        }
    }

    /// A slice literal of `len` elements, few of them explicit (`placed`,
    /// see [`is_sparse`]): the zeroed backing array is made first, then
    /// each element is evaluated and stored in source order, as gc's
    /// `slicelit` does, so the implicit zeros cost nothing.
    fn sparse_slice_literal(&mut self, placed: &[(u64, &Expr)], len: u64, el: TypeId) {
        let size = self.mem_size(el);
        self.emit(Op::Push { v: len as i64 });
        self.emit(Op::Dup { n: 1 });
        self.emit(Op::MakeSlice { elem: el });
        let s = self.temp(3);
        self.store_slots(s, 3);
        for &(i, e) in placed {
            self.load_slots(s, 3);
            self.emit(Op::Push { v: i as i64 });
            self.emit(Op::SliceIndexAddr { size });
            self.elem_to(e, el);
            self.emit_store(el);
        }
        self.load_slots(s, 3);
    }

    /// The element type and the explicit elements (with their indexes,
    /// in source order) of `e` when it is an array literal with few
    /// explicit elements (see [`is_sparse`]).
    pub(crate) fn sparse_array<'e>(&self, e: &'e Expr) -> Option<(TypeId, Vec<(u64, &'e Expr)>)> {
        let e = crate::check::strip_parens(e);
        let ExprKind::Composite { elts, .. } = &e.kind else {
            return None;
        };
        let Type::Array(el, len) = self.prog.types.under(self.expr_type(e)).clone() else {
            return None;
        };
        let placed = self.literal_indexes(elts);
        is_sparse(placed.len(), len).then_some((el, placed))
    }

    /// Stores the explicit elements `placed` of a sparse array literal
    /// (see [`Self::sparse_array`]), evaluated in source order, into the
    /// zeroed box whose pointer is in local slot `at`: the implicit zeros
    /// cost nothing (gc's `fixedlit` stores only the non-zero entries of
    /// a fresh variable).
    pub(crate) fn store_sparse_array(&mut self, at: u32, el: TypeId, placed: &[(u64, &Expr)]) {
        let size = self.mem_size(el);
        for &(i, e) in placed {
            self.emit(Op::LoadLocal { slot: at });
            // The array is smaller than 4 GiB (larger ones are
            // unsupported), so the offset fits.
            self.emit(Op::FieldAddr {
                off: (i * size as u64) as u32,
            });
            self.elem_to(e, el);
            self.emit_store(el);
        }
    }

    /// Pushes a pointer to a new box holding composite literal `e` of
    /// type `t` (`&T{...}`).
    pub(crate) fn boxed_composite(&mut self, e: &Expr, t: TypeId) {
        if let Some((el, placed)) = self.sparse_array(e) {
            let p = self.temp(1);
            self.emit_new_box(t);
            self.emit(Op::StoreLocal { slot: p });
            self.store_sparse_array(p, el, &placed);
            self.emit(Op::LoadLocal { slot: p });
            return;
        }
        self.composite(e, t);
        self.box_top(t);
    }

    /// Whether a keyed struct literal names a promoted field (Go 1.27).
    fn promoted_keys(&self, elts: &[crate::ast::Element]) -> bool {
        elts.iter().filter_map(|el| el.key.as_ref()).any(|k| {
            matches!(self.info().sels.get(&k.id), Some(Selection::Field { path, .. }) if path.len() > 1)
        })
    }

    /// A keyed struct literal naming promoted fields: the values are
    /// evaluated in source order into temporaries, then the struct is
    /// built field by field, descending into the embedded structs that
    /// the keys' paths go through.
    fn promoted_struct_literal(&mut self, elts: &[crate::ast::Element], t: TypeId) {
        let mut assigned: Vec<(Vec<u32>, u32, u32)> = vec![];
        for el in elts {
            let Some(Selection::Field { path, .. }) = el
                .key
                .as_ref()
                .and_then(|k| self.info().sels.get(&k.id))
                .cloned()
            else {
                continue;
            };
            let ft = self.field_type_at(t, &path);
            let n = self.slots(ft);
            self.elem_to(&el.value, ft);
            let tmp = self.temp_typed(&[ft]);
            self.store_slots(tmp, n);
            assigned.push((path, tmp, n));
        }
        self.push_struct_fields(t, &assigned, 0);
    }

    /// The type of the field reached from struct type `t` through `path`.
    fn field_type_at(&self, mut t: TypeId, path: &[u32]) -> TypeId {
        for &i in path {
            if let Type::Struct(fs) = self.prog.types.under(t) {
                if let Some(f) = fs.get(i as usize) {
                    t = f.ty;
                }
            }
        }
        t
    }

    /// Pushes the fields of struct type `t` from `assigned` (paths, whose
    /// first `depth` steps lead to `t`, with the temporaries holding their
    /// values); other fields are zero.
    fn push_struct_fields(&mut self, t: TypeId, assigned: &[(Vec<u32>, u32, u32)], depth: usize) {
        let Type::Struct(fields) = self.prog.types.under(t).clone() else {
            return;
        };
        for (i, f) in fields.iter().enumerate() {
            let here: Vec<(Vec<u32>, u32, u32)> = assigned
                .iter()
                .filter(|(p, ..)| p.get(depth) == Some(&(i as u32)))
                .cloned()
                .collect();
            match here.iter().find(|(p, ..)| p.len() == depth + 1) {
                Some(&(_, tmp, n)) => self.load_slots(tmp, n),
                None if here.is_empty() => self.push_zero(f.ty),
                None => self.push_struct_fields(f.ty, &here, depth + 1),
            }
        }
    }

    /// A literal element (its type may be elided).
    fn elem_to(&mut self, e: &Expr, t: TypeId) {
        if let ExprKind::Composite { ty: None, .. } = &e.kind {
            self.composite(e, t);
            return;
        }
        self.expr_to(e, t);
    }

    /// The elements of an array or slice literal with their indexes.
    fn literal_indexes<'e>(&self, elts: &'e [crate::ast::Element]) -> Vec<(u64, &'e Expr)> {
        let mut idx = 0u64;
        let mut out = vec![];
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(v) = self
                    .info()
                    .consts
                    .get(&k.id)
                    .and_then(|v| v.to_int())
                    .and_then(|v| v.to_u64())
                {
                    idx = v;
                }
            }
            out.push((idx, &el.value));
            idx += 1;
        }
        out
    }

    /// Pushes the `len` elements of a struct, array or slice literal, in
    /// layout order, given its elements in source order with their
    /// positions (`type_at(i)`: position `i`'s type and whether it is a
    /// blank struct field; positions without an element are zero).
    /// Elements are evaluated in source order, as in gc: when their
    /// positions are not increasing (`[2]int{1: f(1), 0: f(0)}`) through
    /// temporaries. A blank field's value is evaluated and dropped (gc
    /// assigns it to `_`): the field stays zero.
    fn lay_out_elems(
        &mut self,
        placed: &[(u64, &Expr)],
        len: u64,
        type_at: impl Fn(u64) -> (TypeId, bool),
    ) {
        let in_order = placed.windows(2).all(|w| w[0].0 < w[1].0);
        if in_order {
            let mut next = placed.iter().peekable();
            for i in 0..len {
                let (t, blank) = type_at(i);
                match next.next_if(|(at, _)| *at == i) {
                    Some((_, e)) if blank => {
                        self.elem_to(e, t);
                        let n = self.slots(t);
                        self.emit(Op::Pop { n });
                        self.push_zero(t);
                    }
                    Some((_, e)) => self.elem_to(e, t),
                    None => self.push_zero(t),
                }
            }
            return;
        }
        let mut temps = vec![None; len as usize];
        for &(at, e) in placed {
            let (t, blank) = type_at(at);
            let n = self.slots(t);
            self.elem_to(e, t);
            if blank {
                self.emit(Op::Pop { n });
                continue;
            }
            let tmp = self.temp_typed(&[t]);
            self.store_slots(tmp, n);
            temps[at as usize] = Some((tmp, n));
        }
        for (i, tmp) in temps.into_iter().enumerate() {
            match tmp {
                Some((tmp, n)) => self.load_slots(tmp, n),
                None => self.push_zero(type_at(i as u64).0),
            }
        }
    }

    /// Pushes the zero value of `t`.
    pub(crate) fn push_zero(&mut self, t: TypeId) {
        for _ in 0..self.slots(t) {
            self.emit(Op::Push { v: 0 });
        }
    }

    /// Moves the value of type `t` on top of the stack into a new box;
    /// leaves the pointer.
    pub(crate) fn box_top(&mut self, t: TypeId) {
        let n = self.slots(t);
        let tmp = self.temp_typed(&[t]);
        self.store_slots(tmp, n);
        self.emit_new_box(t);
        self.emit(Op::Dup { n: 1 });
        self.load_slots(tmp, n);
        self.emit_store(t);
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr) {
        let t = self.expr_type(e);
        match op {
            UnOp::Addr => {
                let inner = crate::check::strip_parens(x);
                if self.zerobase_allocs.contains(&e.id) {
                    self.native_call("runtime.zerobase", 0, 1);
                    return;
                }
                if let ExprKind::Composite { .. } = &inner.kind {
                    let it = self.expr_type(inner);
                    return self.boxed_composite(inner, it);
                }
                if self.zero_size_global(x).is_some() {
                    // The linker puts zero-size globals at runtime.zerobase.
                    self.native_call("runtime.zerobase", 0, 1);
                    return;
                }
                match self.place(x) {
                    Some(p) => {
                        self.place_to_ptr(p);
                        self.nil_check_addr(x);
                    }
                    None => self.unsupported(e.pos, "address of this expression"),
                }
            }
            UnOp::Pos => self.expr(x),
            UnOp::Neg => {
                self.expr(x);
                if self.is_float(t) {
                    self.emit(Op::FNeg);
                } else {
                    self.emit(Op::Neg);
                    self.narrow(t);
                }
            }
            UnOp::Not => {
                self.expr(x);
                self.emit(Op::Not);
            }
            UnOp::BitNot => {
                self.expr(x);
                self.emit(Op::BitNot);
                self.narrow(t);
            }
            UnOp::Recv => self.unsupported(e.pos, "channels"),
        }
    }

    pub(crate) fn is_float(&self, t: TypeId) -> bool {
        matches!(self.prog.types.under(t), Type::Float32 | Type::Float64)
    }

    fn int_kind(&self, t: TypeId) -> Option<IntKind> {
        match self.prog.types.under(t) {
            Type::Int(k) => Some(*k),
            _ => None,
        }
    }

    /// Wraps the integer (or rounds the float32) on top of the stack to
    /// type `t`'s width.
    pub(crate) fn narrow(&mut self, t: TypeId) {
        match self.prog.types.under(t) {
            Type::Int(k) if k.bits() < 64 => {
                let k = *k;
                self.emit(Op::Conv { c: Conv::Narrow(k) });
            }
            Type::Float32 => {
                self.emit(Op::Conv { c: Conv::F32 });
            }
            _ => {}
        }
    }

    fn binary(&mut self, e: &Expr, op: BinOp, l: &Expr, r: &Expr) {
        let t = self.expr_type(e);
        match op {
            BinOp::AndAnd | BinOp::OrOr => {
                self.expr(l);
                self.emit(Op::Dup { n: 1 });
                let j = if op == BinOp::AndAnd {
                    self.emit(Op::JumpIfFalse { target: 0 })
                } else {
                    self.emit(Op::JumpIfTrue { target: 0 })
                };
                self.emit(Op::Pop { n: 1 });
                self.expr(r);
                let end = self.pc();
                self.patch(j, end);
                return;
            }
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                self.comparison(op, l, r);
                return;
            }
            _ => {}
        }
        if op == BinOp::Mul && self.is_float(t) {
            if let Some(neg) = self.float_unit(l) {
                // 1*x, -1*x: gc's rules make them x and -x.
                self.expr(r);
                if neg {
                    self.emit(Op::FNeg);
                }
                return;
            }
        }
        self.expr(l);
        self.binop_loaded(op, t, r);
    }

    /// Whether `e` is the constant 1 (`Some(false)`) or -1 (`Some(true)`).
    fn float_unit(&self, e: &Expr) -> Option<bool> {
        match self.info().consts.get(&e.id).map(|v| v.to_f64()) {
            Some(1.0) => Some(false),
            Some(-1.0) => Some(true),
            _ => None,
        }
    }

    /// With the left operand (type `t`) on the stack, evaluates `r` and
    /// applies arithmetic operator `op` (`x op y` and `x op= y` alike).
    ///
    /// A float multiplied or divided by the constant 1 or -1 follows gc's
    /// generic SSA rules (`x*1`, `x/1` → `x`; `x*-1`, `x/-1` → `-x`): no
    /// arithmetic happens, so a NaN keeps its payload (a signaling NaN
    /// stays signaling) and -1 flips its sign.
    pub(crate) fn binop_loaded(&mut self, op: BinOp, t: TypeId, r: &Expr) {
        let u = self.prog.types.under(t).clone();
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            let rt = self.expr_type(r);
            self.expr(r);
            if self.int_kind(rt).is_some_and(|k| k.signed())
                && !self.info().consts.contains_key(&r.id)
            {
                self.emit(Op::CheckShift);
            }
            let signed = self.int_kind(t).is_some_and(|k| k.signed());
            let Some(a) = arith_op(op, false, signed) else {
                unreachable!("{} is a shift", op.as_str())
            };
            self.emit(Op::Arith { op: a });
            self.narrow(t);
            return;
        }
        let float = matches!(u, Type::Float32 | Type::Float64);
        if float && matches!(op, BinOp::Mul | BinOp::Div) {
            if let Some(neg) = self.float_unit(r) {
                if neg {
                    self.emit(Op::FNeg);
                }
                return;
            }
        }
        self.expr_to(r, t);
        if matches!(u, Type::String) {
            self.emit(Op::Concat);
            return;
        }
        let signed = self.int_kind(t).is_some_and(|k| k.signed());
        let Some(a) = arith_op(op, float, signed) else {
            self.unsupported(r.pos, "operator");
            return;
        };
        self.emit(Op::Arith { op: a });
        self.narrow(t);
    }

    fn comparison(&mut self, op: BinOp, l: &Expr, r: &Expr) {
        // gc folds the comparison of two distinct variables' addresses
        // to false, though zero-size globals share one address.
        let addr_of = |e: &Expr| match &crate::check::strip_parens(e).kind {
            ExprKind::Unary(UnOp::Addr, x) => self.zero_size_global(x),
            _ => None,
        };
        if let (Some(a), Some(b)) = (addr_of(l), addr_of(r)) {
            let same = a == b;
            self.emit(Op::Push {
                v: (same == (op == BinOp::Eq)) as i64,
            });
            return;
        }
        let (lt, rt) = (self.expr_type(l), self.expr_type(r));
        let (lnil, rnil) = (self.is_nil(l), self.is_nil(r));
        // Comparison against nil: test the first word (slices: the array
        // pointer; interfaces: the type word).
        if lnil || rnil {
            let (x, xt) = if lnil { (r, rt) } else { (l, lt) };
            self.expr(x);
            let n = self.slots(xt);
            if n > 1 {
                self.emit(Op::Pop { n: n - 1 });
            }
            let c = if op == BinOp::Eq { Cmp::Eq } else { Cmp::Ne };
            self.emit(Op::CmpImm { op: c, v: 0 });
            return;
        }
        // Mixed interface / concrete: compare as interfaces.
        let li = matches!(self.prog.types.under(lt), Type::Interface(_));
        let ri = matches!(self.prog.types.under(rt), Type::Interface(_));
        let t = if li {
            lt
        } else if ri {
            rt
        } else {
            lt
        };
        self.expr_to(l, t);
        self.expr_to(r, t);
        let u = self.prog.types.under(t).clone();
        let ordered = |s: Cmp, u_: Cmp, f: Cmp| -> Cmp {
            match &u {
                Type::Float32 | Type::Float64 => f,
                Type::Int(k) if !k.signed() => u_,
                _ => s,
            }
        };
        let c = match op {
            BinOp::Eq => {
                if matches!(u, Type::Float32 | Type::Float64) {
                    Cmp::FEq
                } else {
                    Cmp::Eq
                }
            }
            BinOp::Ne => {
                if matches!(u, Type::Float32 | Type::Float64) {
                    Cmp::FNe
                } else {
                    Cmp::Ne
                }
            }
            BinOp::Lt => ordered(Cmp::LtS, Cmp::LtU, Cmp::FLt),
            BinOp::Le => ordered(Cmp::LeS, Cmp::LeU, Cmp::FLe),
            BinOp::Gt => ordered(Cmp::GtS, Cmp::GtU, Cmp::FGt),
            _ => ordered(Cmp::GeS, Cmp::GeU, Cmp::FGe),
        };
        match u {
            Type::String => {
                self.emit(Op::StrCmp { op: c });
            }
            Type::Interface(_) => {
                self.emit(Op::IfaceEq);
                if op == BinOp::Ne {
                    self.emit(Op::Not);
                }
            }
            Type::Struct(_) | Type::Array(..) => {
                let n = self.slots(t);
                self.emit(Op::Equal { ty: t, n });
                if op == BinOp::Ne {
                    self.emit(Op::Not);
                }
            }
            _ => {
                self.emit(Op::Cmp { op: c });
            }
        }
    }

    /// Explicit conversion `T(x)`.
    /// Lowers conversion call `e` (of `x` to `to`).
    pub(crate) fn conversion_at(&mut self, e: &Expr, to: TypeId, x: &Expr) {
        let saved = self.fb.conv_site.replace(e.id);
        self.conversion(to, x);
        self.fb.conv_site = saved;
    }

    pub(crate) fn conversion(&mut self, to: TypeId, x: &Expr) {
        let from = self.expr_type(x);
        let (fu, tu) = (
            self.prog.types.under(from).clone(),
            self.prog.types.under(to).clone(),
        );
        if matches!(tu, Type::Interface(_)) {
            self.expr_to(x, to);
            return;
        }
        self.expr(x);
        match (&fu, &tu) {
            (Type::Int(fk), Type::Int(_)) => {
                let _ = fk;
                self.narrow(to);
            }
            (Type::Int(fk), Type::Float64) => {
                self.emit(Op::Conv {
                    c: if fk.signed() { Conv::I2F } else { Conv::U2F },
                });
            }
            (Type::Int(fk), Type::Float32) => {
                self.emit(Op::Conv {
                    c: if fk.signed() {
                        Conv::I2F32
                    } else {
                        Conv::U2F32
                    },
                });
            }
            (Type::Float32 | Type::Float64, Type::Int(tk)) => {
                // What gc emits on amd64: 64-bit conversions for int64 and
                // uint32, the uint64 sequence for uint64, and a 32-bit
                // conversion for everything narrower (then truncation).
                let c = match tk {
                    IntKind::Int | IntKind::I64 | IntKind::U32 => Conv::F2I,
                    IntKind::Uint | IntKind::U64 | IntKind::Uintptr => Conv::F2U,
                    IntKind::I32 | IntKind::I16 | IntKind::I8 | IntKind::U16 | IntKind::U8 => {
                        Conv::F2I32
                    }
                };
                self.emit(Op::Conv { c });
                self.narrow(to);
            }
            (Type::Float64, Type::Float32) => self.narrow(to),
            (Type::Float32, Type::Float64)
            | (Type::Float64, Type::Float64)
            | (Type::Float32, Type::Float32) => {}
            (Type::Int(_), Type::String) => self.native_call("runtime.intstring", 1, 2),
            (Type::String, Type::Slice(e)) => {
                let bytes = matches!(self.prog.types.under(*e), Type::Int(IntKind::U8));
                // A constant string's conversion is allocated at its size.
                let buf = match self.fb.conv_site.and_then(|c| self.fb.conv_bufs.get(&c)) {
                    _ if self.info().consts.contains_key(&x.id) => super::escape::ConvBuf::Exact,
                    Some(&b) => b,
                    None => super::escape::ConvBuf::Heap,
                };
                self.emit(Op::Push { v: buf as i64 });
                if bytes {
                    self.native_call("runtime.stringtoslicebyte", 3, 3);
                } else {
                    self.native_call("runtime.stringtoslicerune", 3, 3);
                }
            }
            (Type::Slice(_), Type::Array(..)) | (Type::Slice(_), Type::Pointer(_)) => {
                // Go 1.20 slice-to-array conversions: check the length,
                // then reuse (pointer) or copy (array) the backing store.
                let (n, is_ptr) = match &tu {
                    Type::Array(_, n) => (*n, false),
                    Type::Pointer(a) => match self.prog.types.under(*a) {
                        Type::Array(_, n) => (*n, true),
                        _ => (0, true),
                    },
                    _ => (0, false),
                };
                self.emit(Op::Push { v: n as i64 });
                self.native_call("runtime.slicetoarrayptr", 4, 1);
                if !is_ptr {
                    if self.slots(to) > 0 {
                        self.emit_load(to);
                    } else {
                        self.emit(Op::Pop { n: 1 });
                    }
                }
            }
            (Type::Slice(e), Type::String) => {
                if matches!(self.prog.types.under(*e), Type::Int(IntKind::U8)) {
                    self.native_call("runtime.slicebytetostring", 3, 2);
                } else {
                    self.native_call("runtime.slicerunetostring", 3, 2);
                }
            }
            _ => {
                // Same underlying representation: nothing to do.
            }
        }
    }

    /// Prints the value of type `t` on top of the stack as `print` does:
    /// an interface value as its two words (`(0x…,0x…)`), anything else
    /// boxed in `any` and printed by its dynamic type.
    pub(crate) fn print_top(&mut self, t: TypeId) {
        if matches!(self.prog.types.under(t), Type::Interface(_)) {
            self.native_call("runtime.printiface", 2, 0);
        } else {
            self.convert_implicit(t, gust_vm::types::builtin::ANY);
            self.native_call("runtime.printany", 2, 0);
        }
    }

    /// Emits a call of a runtime native by name.
    pub(crate) fn native_call(&mut self, name: &str, args: u32, rets: u32) {
        match gust_vm::natives::lookup(name) {
            Some(id) => {
                self.emit(Op::CallNative { id, args, rets });
            }
            None => {
                let pos = crate::pos::Pos(0);
                self.errors.push((
                    self.fb.unit,
                    pos,
                    format!("internal error: missing native {name}"),
                ));
            }
        }
    }

    /// The call kind recorded for call expression `e`.
    pub(crate) fn call_kind(&self, e: &Expr) -> Option<CallKind> {
        self.info().calls.get(&e.id).cloned()
    }
}

/// Whether an array or slice literal of `len` elements of which
/// `explicit` are written is built by storing only those into zeroed
/// memory: more than 64 elements, fewer than a quarter of them explicit
/// (otherwise pushing every element is cheaper).
fn is_sparse(explicit: usize, len: u64) -> bool {
    len > 64 && (explicit as u64).saturating_mul(4) < len
}

/// The arithmetic instruction of binary operator `op` on operands of a
/// float or (`signed`) integer type; `None` for the operators that are not
/// arithmetic (logical operators and comparisons).
pub(crate) fn arith_op(op: BinOp, float: bool, signed: bool) -> Option<Arith> {
    Some(match op {
        BinOp::Add if float => Arith::FAdd,
        BinOp::Sub if float => Arith::FSub,
        BinOp::Mul if float => Arith::FMul,
        BinOp::Div if float => Arith::FDiv,
        BinOp::Add => Arith::Add,
        BinOp::Sub => Arith::Sub,
        BinOp::Mul => Arith::Mul,
        BinOp::Div if signed => Arith::DivS,
        BinOp::Div => Arith::DivU,
        BinOp::Rem if signed => Arith::RemS,
        BinOp::Rem => Arith::RemU,
        BinOp::And => Arith::And,
        BinOp::Or => Arith::Or,
        BinOp::Xor => Arith::Xor,
        BinOp::AndNot => Arith::AndNot,
        BinOp::Shl => Arith::Shl,
        BinOp::Shr if signed => Arith::ShrS,
        BinOp::Shr => Arith::ShrU,
        BinOp::OrOr
        | BinOp::AndAnd
        | BinOp::Eq
        | BinOp::Ne
        | BinOp::Lt
        | BinOp::Le
        | BinOp::Gt
        | BinOp::Ge => return None,
    })
}
