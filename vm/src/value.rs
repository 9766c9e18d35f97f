//! Type-directed operations on values: interface boxing, type assertions,
//! equality and map keys.
//!
//! **Boxing rule:** an interface is two slots, (dynamic type id, data
//! word). A dynamic type of exactly one slot keeps its value in the data
//! word; any other size is copied into a fresh box and the data word holds
//! the box pointer. Zero-slot values have data word 0.

use crate::errors::RuntimeError;
use crate::heap::{ptr, ptr_handle, ptr_off, Scan};
use crate::layout;
use crate::map::MapKey;
use crate::op::Cmp;
use crate::types::{builtin, Type, TypeId};
use crate::vm::{Vm, VmResult};

impl Vm {
    /// The data word for value `v` of type `ty` (see the boxing rule).
    pub fn box_iface_data(&mut self, ty: TypeId, v: &[u64]) -> u64 {
        match v.len() {
            0 => 0,
            1 => v[0],
            _ => self.box_value(ty, v),
        }
    }

    /// The slots of the value held by interface data word `data` of
    /// dynamic type `ty`.
    pub fn unbox_iface_data(&self, ty: TypeId, data: u64) -> Vec<u64> {
        match self.prog.types.slots(ty) {
            0 => vec![],
            1 => vec![data],
            _ => self.load_value(ty, data),
        }
    }

    /// How the collector scans memory holding values of `ty`.
    pub(crate) fn scan_of(&mut self, ty: TypeId) -> Scan {
        if self.pointer_maps.is_pointer_free(&self.prog.types, ty) {
            Scan::None
        } else {
            Scan::Elems(ty)
        }
    }

    /// A pointer to a new box holding value `v` of type `ty`.
    pub fn box_value(&mut self, ty: TypeId, v: &[u64]) -> u64 {
        let scan = self.scan_of(ty);
        let h = self
            .heap
            .alloc_mem(self.prog.types.layout(ty).size as usize, scan);
        layout::write(&self.prog.types, ty, self.heap.mem_mut(h), v);
        ptr(h, 0)
    }

    /// The slots of the value of type `ty` that pointer `p` (not nil)
    /// addresses.
    pub fn load_value(&self, ty: TypeId, p: u64) -> Vec<u64> {
        let mut v = vec![0; self.prog.types.slots(ty) as usize];
        let mem = &self.heap.mem(ptr_handle(p))[ptr_off(p) as usize..];
        layout::read(&self.prog.types, ty, mem, &mut v);
        v
    }

    /// Stores value `v` of type `ty` where pointer `p` (not nil) points.
    pub fn store_value(&mut self, ty: TypeId, p: u64, v: &[u64]) {
        let mem = &mut self.heap.mem_mut(ptr_handle(p))[ptr_off(p) as usize..];
        layout::write(&self.prog.types, ty, mem, v);
    }

    /// The memory of the elements of slice `s` (`size` bytes each).
    pub fn slice_mem(&self, s: [u64; 3], size: u64) -> &[u8] {
        if s[1] == 0 || size == 0 {
            return &[];
        }
        let off = ptr_off(s[0]) as usize;
        &self.heap.mem(ptr_handle(s[0]))[off..off + (s[1] * size) as usize]
    }

    /// The words of the elements of slice `s`, whose element type is
    /// dense ([`crate::layout::Layout::dense`]) and `k` slots (`[]string`:
    /// 2, `[]int`: 1).
    pub fn slice_words(&self, s: [u64; 3], k: u32) -> &[u64] {
        if s[1] == 0 || k == 0 {
            return &[];
        }
        let off = ptr_off(s[0]) as usize;
        debug_assert_eq!(off % 8, 0, "a dense slice at byte {off}");
        &self.heap.words(ptr_handle(s[0]))[off / 8..off / 8 + (s[1] * k as u64) as usize]
    }

    /// The bytes of a `[]byte` (or any slice of one-byte elements).
    pub fn slice_bytes(&self, s: [u64; 3]) -> &[u8] {
        self.slice_mem(s, 1)
    }

    /// The slots of the elements of slice `s` of `elem`s, in order.
    pub fn slice_values(&self, s: [u64; 3], elem: TypeId) -> Vec<u64> {
        let types = &self.prog.types;
        let (k, size) = (types.slots(elem) as usize, types.layout(elem).size);
        let mut v = vec![0; s[1] as usize * k];
        if k > 0 {
            let mem = self.slice_mem(s, size);
            for (c, m) in v.chunks_exact_mut(k).zip(mem.chunks_exact(size as usize)) {
                layout::read(types, elem, m, c);
            }
        }
        v
    }

    /// A new slice of `elem`s holding the values `v` (their slots, in
    /// order): `len(v) / slots(elem)` elements.
    pub fn new_slice_of(&mut self, elem: TypeId, v: &[u64]) -> [u64; 3] {
        let types = &self.prog.types;
        let (k, size) = (types.slots(elem) as usize, types.layout(elem).size as usize);
        let n = v.len().checked_div(k).unwrap_or(0);
        if n == 0 {
            return [0, 0, 0];
        }
        let scan = self.scan_of(elem);
        let h = self.heap.alloc_mem(n * size, scan);
        let types = &self.prog.types;
        let mem = self.heap.mem_mut(h);
        for (c, m) in v.chunks_exact(k).zip(mem.chunks_exact_mut(size)) {
            layout::write(types, elem, m, c);
        }
        [ptr(h, 0), n as u64, n as u64]
    }

    /// Whether dynamic type `dyn_ty` (0 for nil) satisfies type switch
    /// case `ty`: identical, or an interface it implements; `nil` matches
    /// only a nil interface.
    pub fn type_matches(&self, dyn_ty: u64, ty: TypeId) -> bool {
        if ty == builtin::UNTYPED_NIL {
            return dyn_ty == 0;
        }
        if dyn_ty == 0 {
            return false;
        }
        if dyn_ty == ty.0 as u64 {
            return true;
        }
        matches!(self.prog.types.under(ty), Type::Interface(_))
            && self.missing_method(TypeId(dyn_ty as u32), ty).is_none()
    }

    /// The first method of interface `iface` that `ty` lacks.
    pub fn missing_method(&self, ty: TypeId, iface: TypeId) -> Option<String> {
        let Type::Interface(ms) = self.prog.types.under(iface) else {
            return None;
        };
        ms.iter()
            .find(|m| {
                let e = self
                    .prog
                    .method_id(&m.name)
                    .and_then(|id| self.prog.find_method_entry(ty, id));
                e.is_none_or(|e| e.sig != m.sig)
            })
            .map(|m| m.name.clone())
    }

    /// `x.(ty)` on the interface in the top two slots below `sp`; pushes
    /// the result (and the ok flag if `ok`). Returns the new `sp`.
    pub(crate) fn type_assert(
        &mut self,
        ty: TypeId,
        src: TypeId,
        n: u32,
        ok: bool,
        sp: usize,
    ) -> VmResult<usize> {
        let sp = sp - 2;
        let (dyn_ty, data) = (self.g.stack[sp], self.g.stack[sp + 1]);
        let is_iface = matches!(self.prog.types.under(ty), Type::Interface(_));
        let hit =
            dyn_ty != 0 && (dyn_ty == ty.0 as u64 || (is_iface && self.type_matches(dyn_ty, ty)));
        let n = n as usize;
        if !hit && !ok {
            let msg = self.assertion_message(TypeId(dyn_ty as u32), ty, src);
            return Err(self.raise(RuntimeError::TypeAssertion(msg)));
        }
        let vals = if !hit {
            vec![0; n]
        } else if is_iface {
            vec![dyn_ty, data]
        } else {
            self.unbox_iface_data(ty, data)
        };
        let need = sp + n + 1;
        if need > self.g.stack.len() {
            self.g.resize_stack(need + 64);
        }
        self.g.stack[sp..sp + n].copy_from_slice(&vals);
        let mut sp = sp + n;
        if ok {
            self.g.stack[sp] = hit as u64;
            sp += 1;
        }
        Ok(sp)
    }

    fn assertion_message(&self, dyn_ty: TypeId, ty: TypeId, src: TypeId) -> String {
        let t = &self.prog.types;
        let src_name = if matches!(t.get(src), Type::Interface(ms) if ms.is_empty()) {
            "interface {}".to_string()
        } else {
            t.name(src)
        };
        if dyn_ty.0 == 0 {
            let iface = if matches!(t.under(ty), Type::Interface(_)) {
                "interface".to_string()
            } else {
                src_name
            };
            return format!("interface conversion: {iface} is nil, not {}", t.name(ty));
        }
        if matches!(t.under(ty), Type::Interface(_)) {
            let m = self.missing_method(dyn_ty, ty).unwrap_or_default();
            return format!(
                "interface conversion: {} is not {}: missing method {m}",
                t.name(dyn_ty),
                t.name(ty)
            );
        }
        let (cs, asserted) = (t.name(dyn_ty), t.name(ty));
        // Go's TypeAssertionError: two distinct types printed alike. Each
        // package name is one package in gust, so they differ by scope.
        let scopes = if cs == asserted {
            " (types from different scopes)"
        } else {
            ""
        };
        format!("interface conversion: {src_name} is {cs}, not {asserted}{scopes}")
    }

    /// `a == b` for two interface values.
    pub fn iface_equal(&self, a: [u64; 2], b: [u64; 2]) -> Result<bool, RuntimeError> {
        if a[0] != b[0] {
            return Ok(false);
        }
        if a[0] == 0 {
            return Ok(true);
        }
        let ty = TypeId(a[0] as u32);
        if !self.comparable(ty) {
            return Err(RuntimeError::Uncomparable(self.prog.types.name(ty)));
        }
        let (x, y) = (
            self.unbox_iface_data(ty, a[1]),
            self.unbox_iface_data(ty, b[1]),
        );
        self.values_equal(ty, &x, &y)
    }

    /// Whether values of `ty` can be compared with `==` (statically).
    pub fn comparable(&self, ty: TypeId) -> bool {
        match self.prog.types.under(ty) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Array(e, _) => self.comparable(*e),
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            _ => true,
        }
    }

    /// `a == b` for two values of type `ty` given as slots.
    pub fn values_equal(&self, ty: TypeId, a: &[u64], b: &[u64]) -> Result<bool, RuntimeError> {
        let types = &self.prog.types;
        Ok(match types.under(ty) {
            Type::Float32 | Type::Float64 => f64::from_bits(a[0]) == f64::from_bits(b[0]),
            Type::String => self.str_compare(Cmp::Eq, [a[0], a[1]], [b[0], b[1]]),
            Type::Interface(_) => self.iface_equal([a[0], a[1]], [b[0], b[1]])?,
            Type::Struct(fs) => {
                let mut off = 0;
                for f in fs {
                    let n = types.slots(f.ty) as usize;
                    // gc compares no blank (`_`) field.
                    if f.name != "_"
                        && !self.values_equal(f.ty, &a[off..off + n], &b[off..off + n])?
                    {
                        return Ok(false);
                    }
                    off += n;
                }
                true
            }
            Type::Array(e, len) => {
                let n = types.slots(*e) as usize;
                for i in 0..*len as usize {
                    let r = i * n..(i + 1) * n;
                    if !self.values_equal(*e, &a[r.clone()], &b[r])? {
                        return Ok(false);
                    }
                }
                true
            }
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => {
                return Err(RuntimeError::Uncomparable(types.name(ty)))
            }
            _ => a[0] == b[0],
        })
    }

    /// The normalized map key of a value of type `ty`.
    pub fn map_key(&self, ty: TypeId, v: &[u64]) -> Result<MapKey, RuntimeError> {
        let types = &self.prog.types;
        Ok(match types.under(ty) {
            Type::Float32 | Type::Float64 => {
                let f = f64::from_bits(v[0]);
                if f.is_nan() {
                    MapKey::Nan(0)
                } else if f == 0.0 {
                    MapKey::Word(0)
                } else {
                    MapKey::Word(v[0])
                }
            }
            Type::String => MapKey::Bytes(self.heap.string([v[0], v[1]]).into()),
            Type::Interface(_) => {
                if v[0] == 0 {
                    return Ok(MapKey::Word(0));
                }
                let dt = TypeId(v[0] as u32);
                if !self.comparable(dt) {
                    return Err(RuntimeError::Unhashable(types.name(dt)));
                }
                let inner = self.unbox_iface_data(dt, v[1]);
                MapKey::Many(Box::new([MapKey::Word(v[0]), self.map_key(dt, &inner)?]))
            }
            Type::Struct(fs) => {
                let mut keys = Vec::with_capacity(fs.len());
                let mut off = 0;
                for f in fs {
                    let n = types.slots(f.ty) as usize;
                    // Blank fields are neither hashed nor compared.
                    if f.name != "_" {
                        keys.push(self.map_key(f.ty, &v[off..off + n])?);
                    }
                    off += n;
                }
                MapKey::Many(keys.into())
            }
            Type::Array(e, len) => {
                let n = types.slots(*e) as usize;
                let keys: Result<Vec<_>, _> = (0..*len as usize)
                    .map(|i| self.map_key(*e, &v[i * n..(i + 1) * n]))
                    .collect();
                MapKey::Many(keys?.into())
            }
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => {
                return Err(RuntimeError::Unhashable(types.name(ty)))
            }
            _ => MapKey::Word(v.first().copied().unwrap_or(0)),
        })
    }

    /// `a + b` for strings: one allocation of the result (none when
    /// either is empty), or Go's out of memory.
    pub fn concat(&mut self, a: [u64; 2], b: [u64; 2]) -> Result<[u64; 2], RuntimeError> {
        if a[1] == 0 {
            return Ok(b);
        }
        if b[1] == 0 {
            return Ok(a);
        }
        let n = a[1] + b[1];
        // Views address bytes with 32-bit offsets.
        if n > u32::MAX as u64 {
            return Err(RuntimeError::OutOfMemory(n));
        }
        self.reserve_heap(n)?;
        self.heap
            .try_concat(&[a, b])
            .ok_or(RuntimeError::OutOfMemory(n))
    }

    /// String comparison: `Eq`, `Ne`, `LtS` (`<`), `LeS` (`<=`).
    pub fn str_compare(&self, op: Cmp, a: [u64; 2], b: [u64; 2]) -> bool {
        if op == Cmp::Eq && a == b {
            return true;
        }
        let (x, y) = (self.heap.string(a), self.heap.string(b));
        match op {
            Cmp::Eq => x == y,
            Cmp::Ne => x != y,
            Cmp::LtS => x < y,
            Cmp::LeS => x <= y,
            Cmp::GtS => x > y,
            Cmp::GeS => x >= y,
            _ => unreachable!("string comparison {op:?}"),
        }
    }

    /// A Go string value for `s`.
    pub fn new_string(&mut self, s: &[u8]) -> [u64; 2] {
        self.heap.new_string(s)
    }
}
