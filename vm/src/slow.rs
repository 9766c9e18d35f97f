//! Slow-path opcodes: slicing, `make`, `append`, maps and traps. Each
//! works on `Vm::sp` (the loop saved it) and returns an optional branch
//! target.

use crate::errors::RuntimeError;
use crate::heap::{ptr, ptr_handle, ptr_off};
use crate::map::MapObj;
use crate::op::Op;
use crate::types::{Type, TypeId, TypeTable};
use crate::vm::Vm;

/// Largest allocation in bytes (Go's `maxAlloc` on amd64); a smaller one
/// the system cannot back is Go's fatal `out of memory`.
const MAX_ALLOC: u128 = 1 << 48;

/// Go's malloc size classes (bytes), for `append`'s capacity growth.
const SIZE_CLASSES: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Go's `roundupsize`: the allocation size for a request of `size` bytes.
pub(crate) fn roundupsize(size: u64, noscan: bool) -> u64 {
    let header = if !noscan && size > 512 { 8 } else { 0 };
    let req = size + header;
    if req <= 32768 {
        let class = SIZE_CLASSES.iter().find(|&&c| c as u64 >= req).copied();
        return class.unwrap_or(32768) as u64 - header;
    }
    req.div_ceil(8192) * 8192
}

/// Go's `growslice` capacity for appending up to `new_len` elements of
/// type `elem` to a slice of capacity `old_cap`.
pub fn grow_cap(types: &TypeTable, elem: TypeId, new_len: u64, old_cap: u64) -> u64 {
    let mut cap = old_cap;
    let double = cap * 2;
    if new_len > double {
        cap = new_len;
    } else if old_cap < 256 {
        cap = double;
    } else {
        while cap < new_len {
            cap += (cap + 3 * 256) >> 2;
        }
    }
    let (size, _) = types.go_size_align(elem);
    if size == 0 {
        return cap;
    }
    roundupsize(cap * size, !types.has_pointers(elem)) / size
}

/// Where [`Vm::append_values`] takes the new elements from.
#[derive(Clone, Copy)]
pub enum AppendSrc<'a> {
    /// Zeroed elements.
    Zero,
    /// The elements' slots, in order.
    Slots(&'a [u64]),
    /// The elements in memory (Go's layout).
    Mem(&'a [u8]),
}

impl AppendSrc<'_> {
    /// Writes the elements (of type `elem`) to `to`, their memory.
    fn write(self, types: &TypeTable, elem: TypeId, to: &mut [u8]) {
        match self {
            AppendSrc::Zero => to.fill(0),
            AppendSrc::Mem(m) => to.copy_from_slice(m),
            AppendSrc::Slots(v) => {
                let (k, size) = (types.slots(elem) as usize, types.layout(elem).size as usize);
                if k == 0 {
                    return;
                }
                for (c, m) in v.chunks_exact(k).zip(to.chunks_exact_mut(size)) {
                    crate::layout::write(types, elem, m, c);
                }
            }
        }
    }
}

impl Vm {
    fn bounds(&self, bounds: u8, sp: &mut usize) -> [Option<u64>; 3] {
        let mut out = [None; 3];
        for i in (0..3).rev() {
            if bounds & (1 << i) != 0 {
                *sp -= 1;
                out[i] = Some(self.g.stack[*sp]);
            }
        }
        out
    }

    /// Checks `lo <= hi <= max <= cap` and renders Go's message otherwise.
    /// `what` is "capacity" for slices, "length" for arrays and strings.
    fn check_slice(
        b: [Option<u64>; 3],
        len: u64,
        cap: u64,
        what: &str,
        unsigned: bool,
    ) -> Result<(u64, u64, u64), RuntimeError> {
        let three = b[2].is_some();
        let max = b[2].unwrap_or(cap);
        let hi = b[1].unwrap_or(if three { max } else { len });
        let lo = b[0].unwrap_or(0);
        // Bounds print as Go's boundsError does: signed unless the
        // bound's type is unsigned.
        let s = |v: u64| {
            if unsigned {
                v as i128
            } else {
                v as i64 as i128
            }
        };
        let err = |m: String| Err(RuntimeError::SliceBounds(m));
        // Go's boundsErrorFmt, and boundsNegErrorFmt when the reported
        // index is negative (then the other number is not shown).
        if three {
            if max > cap {
                return err(if s(max) < 0 {
                    format!("slice bounds out of range [::{}]", s(max))
                } else {
                    format!("slice bounds out of range [::{}] with {what} {cap}", s(max))
                });
            }
            if hi > max {
                return err(if s(hi) < 0 {
                    format!("slice bounds out of range [:{}:]", s(hi))
                } else {
                    format!("slice bounds out of range [:{}:{}]", s(hi), s(max))
                });
            }
            if lo > hi {
                return err(if s(lo) < 0 {
                    format!("slice bounds out of range [{}::]", s(lo))
                } else {
                    format!("slice bounds out of range [{}:{}:]", s(lo), s(hi))
                });
            }
        } else {
            if hi > cap {
                return err(if s(hi) < 0 {
                    format!("slice bounds out of range [:{}]", s(hi))
                } else {
                    format!("slice bounds out of range [:{}] with {what} {cap}", s(hi))
                });
            }
            if lo > hi {
                return err(if s(lo) < 0 {
                    format!("slice bounds out of range [{}:]", s(lo))
                } else {
                    format!("slice bounds out of range [{}:{}]", s(lo), s(hi))
                });
            }
        }
        Ok((lo, hi, max))
    }

    /// Room for the stack to reach `top` (the verifier's `max_stack`
    /// normally provides it); memory the system refuses is Go's fatal out
    /// of memory.
    fn ensure(&mut self, top: usize) -> Result<(), RuntimeError> {
        if top + 8 > self.g.stack.len() && !self.g.try_grow_stack(top + 64) {
            return Err(RuntimeError::OutOfMemory(8 * (top as u64 + 64)));
        }
        Ok(())
    }

    /// A slice of `len` fresh zeroed `elem`s, with room for `cap`.
    fn new_slice(&mut self, elem: TypeId, len: u64, cap: u64) -> Result<[u64; 3], RuntimeError> {
        let bytes = cap * self.prog.types.layout(elem).size;
        self.reserve_heap(bytes)?;
        let scan = self.scan_of(elem);
        let h = self
            .heap
            .try_alloc_mem(bytes, scan)
            .ok_or(RuntimeError::OutOfMemory(bytes))?;
        Ok([ptr(h, 0), len, cap])
    }

    /// Appends `n` elements of type `elem` from `src` to slice `s`,
    /// growing as Go's `growslice` does: a length past `maxInt` or a
    /// backing array past `MAX_ALLOC` (2^48 bytes) is `growslice: len out
    /// of range`, and zero-size elements get exactly the new length as
    /// capacity.
    pub fn append_values(
        &mut self,
        elem: TypeId,
        s: [u64; 3],
        n: u64,
        src: AppendSrc,
    ) -> Result<[u64; 3], RuntimeError> {
        const LEN_RANGE: RuntimeError = RuntimeError::MakeSlice("growslice: len out of range");
        let size = self.prog.types.layout(elem).size;
        let [p, len, cap] = s;
        let new_len = len + n;
        if new_len <= cap {
            if size > 0 && n > 0 {
                let at = ptr_off(p) as usize + (len * size) as usize;
                let to = &mut self.heap.mem_mut(ptr_handle(p))[at..at + (n * size) as usize];
                src.write(&self.prog.types, elem, to);
            }
            return Ok([p, new_len, cap]);
        }
        if new_len > i64::MAX as u64 {
            return Err(LEN_RANGE);
        }
        if size == 0 {
            return Ok([self.heap.zerobase(), new_len, new_len]);
        }
        // The capacity is at least the length: past maxAlloc already, it
        // is out of range (and grow_cap's arithmetic stays in range).
        if (new_len as u128) * (size as u128) > MAX_ALLOC {
            return Err(LEN_RANGE);
        }
        let new_cap = grow_cap(&self.prog.types, elem, new_len, cap);
        if (new_cap as u128) * (size as u128) > MAX_ALLOC {
            return Err(LEN_RANGE);
        }
        // Zeroed memory (lazily backed by the system), then the old
        // elements and the new ones.
        self.reserve_heap(new_cap * size)?;
        let scan = self.scan_of(elem);
        let h = self
            .heap
            .try_alloc_mem(new_cap * size, scan)
            .ok_or(RuntimeError::OutOfMemory(new_cap * size))?;
        let old = (len * size) as usize;
        if len > 0 {
            let off = ptr_off(p) as usize;
            let (from, to) = self.heap.two_mems(ptr_handle(p), h);
            to[..old].copy_from_slice(&from[off..off + old]);
        }
        let to = &mut self.heap.mem_mut(h)[old..old + (n * size) as usize];
        src.write(&self.prog.types, elem, to);
        Ok([ptr(h, 0), new_len, new_cap])
    }

    fn map_type(&self, ty: TypeId) -> (TypeId, u32, u32) {
        match self.prog.types.under(ty) {
            Type::Map(k, v) => (*k, self.prog.types.slots(*k), self.prog.types.slots(*v)),
            t => unreachable!("map op on {t:?}"),
        }
    }

    /// Executes a slow-path opcode at `self.sp`.
    #[inline(never)]
    pub(crate) fn exec_slow(&mut self, op: Op, base: usize) -> Result<Option<u32>, RuntimeError> {
        // Most of these allocate: each is a safepoint.
        self.gc_safepoint()?;
        let mut sp = self.sp;
        match op {
            Op::SliceSlice { size, bounds } => {
                let b = self.bounds(bounds, &mut sp);
                sp -= 3;
                let [p, len, cap] = [self.g.stack[sp], self.g.stack[sp + 1], self.g.stack[sp + 2]];
                let (lo, hi, max) =
                    Self::check_slice(b, len, cap, "capacity", self.unsigned_index_here())?;
                let np = if p == 0 { 0 } else { p + lo * size as u64 };
                self.g.stack[sp..sp + 3].copy_from_slice(&[np, hi - lo, max - lo]);
                sp += 3;
            }
            Op::SliceArray { size, len, bounds } => {
                let b = self.bounds(bounds, &mut sp);
                sp -= 1;
                let p = self.g.stack[sp];
                if p == 0 {
                    return Err(RuntimeError::NilDeref);
                }
                let (lo, hi, max) = Self::check_slice(
                    b,
                    len as u64,
                    len as u64,
                    "length",
                    self.unsigned_index_here(),
                )?;
                self.ensure(sp + 3)?;
                self.g.stack[sp..sp + 3].copy_from_slice(&[
                    p + lo * size as u64,
                    hi - lo,
                    max - lo,
                ]);
                sp += 3;
            }
            Op::SliceStr { bounds } => {
                let b = self.bounds(bounds, &mut sp);
                let n = self.g.stack[sp - 1];
                let (lo, hi, _) = Self::check_slice(b, n, n, "length", self.unsigned_index_here())?;
                // A view of the same bytes (Go's string slicing): the
                // empty result points nowhere.
                let data = self.g.stack[sp - 2];
                self.g.stack[sp - 2] = if hi == lo { 0 } else { data + lo };
                self.g.stack[sp - 1] = hi - lo;
            }
            Op::MakeSlice { elem } => {
                sp -= 2;
                let (len, cap) = (self.g.stack[sp] as i64, self.g.stack[sp + 1] as i64);
                // Go's makeslice: blame the length if it alone is bad,
                // else the capacity. Sizes are Go's byte sizes, so
                // zero-size elements never run out of range.
                let (size, _) = self.prog.types.go_size_align(elem);
                let too_big = |n: i64| n < 0 || (n as u128) * (size as u128) > MAX_ALLOC;
                if too_big(cap) || len > cap || too_big(len) {
                    return Err(RuntimeError::MakeSlice(if too_big(len) {
                        "makeslice: len out of range"
                    } else {
                        "makeslice: cap out of range"
                    }));
                }
                let s = self.new_slice(elem, len as u64, cap as u64)?;
                self.g.stack[sp..sp + 3].copy_from_slice(&s);
                sp += 3;
            }
            Op::MakeSliceFrom { elem, slots, n } => {
                let total = (slots * n) as usize;
                sp -= total;
                let vals = self.g.stack[sp..sp + total].to_vec();
                let s = self.new_slice(elem, 0, n as u64)?;
                let s = self.append_values(elem, s, n as u64, AppendSrc::Slots(&vals))?;
                self.ensure(sp + 3)?;
                self.g.stack[sp..sp + 3].copy_from_slice(&s);
                sp += 3;
            }
            Op::Append {
                elem,
                slots,
                n,
                stack_k,
            } => {
                let total = (slots * n as u32) as usize;
                sp -= total;
                let vals = self.g.stack[sp..sp + total].to_vec();
                sp -= 3;
                let s = [self.g.stack[sp], self.g.stack[sp + 1], self.g.stack[sp + 2]];
                let r = if stack_k > 0 && s[1] == 0 && s[2] < n as u64 && n as u64 <= stack_k as u64
                {
                    // First growth from empty into the (modelled) stack
                    // buffer.
                    let s = self.new_slice(elem, 0, stack_k as u64)?;
                    self.append_values(elem, s, n as u64, AppendSrc::Slots(&vals))?
                } else {
                    self.append_values(elem, s, n as u64, AppendSrc::Slots(&vals))?
                };
                self.g.stack[sp..sp + 3].copy_from_slice(&r);
                sp += 3;
            }
            Op::AppendSlice { elem } => {
                sp -= 6;
                let st = &self.g.stack;
                let s = [st[sp], st[sp + 1], st[sp + 2]];
                let t = [st[sp + 3], st[sp + 4], st[sp + 5]];
                let size = self.prog.types.layout(elem).size;
                // A `[]byte` source may be a string's bytes: gc appends a
                // string without converting it (`append(b, s...)`).
                let vals = match size {
                    1 => self.heap.string([t[0], t[1]]).to_vec(),
                    _ => self.slice_mem(t, size).to_vec(),
                };
                let r = self.append_values(elem, s, t[1], AppendSrc::Mem(&vals))?;
                self.g.stack[sp..sp + 3].copy_from_slice(&r);
                sp += 3;
            }
            Op::AppendMake { elem } => {
                sp -= 4;
                let st = &self.g.stack;
                let s = [st[sp], st[sp + 1], st[sp + 2]];
                let n = st[sp + 3] as i64;
                if n < 0 {
                    return Err(RuntimeError::MakeSlice("makeslice: len out of range"));
                }
                let r = self.append_values(elem, s, n as u64, AppendSrc::Zero)?;
                self.g.stack[sp..sp + 3].copy_from_slice(&r);
                sp += 3;
            }
            Op::MakeMap { ty } => {
                let (kt, k, v) = self.map_type(ty);
                let Type::Map(_, vt) = *self.prog.types.under(ty) else {
                    unreachable!("make of a non-map")
                };
                let h = self.heap.alloc_map(MapObj::new(k, v), kt, vt);
                self.g.stack[sp - 1] = h as u64;
            }
            Op::MapIndex { ty, k, v, ok } => {
                let (kt, _, _) = self.map_type(ty);
                let (k, v) = (k as usize, v as usize);
                sp -= k;
                let key = self.map_key(kt, &self.g.stack[sp..sp + k])?;
                sp -= 1;
                let m = self.g.stack[sp];
                let found = if m == 0 {
                    None
                } else {
                    self.heap.map(m as u32).find(&key)
                };
                self.ensure(sp + v + 1)?;
                match found {
                    Some(i) => {
                        let val = self.heap.map(m as u32).value(i);
                        self.g.stack[sp..sp + v].copy_from_slice(val);
                    }
                    None => self.g.stack[sp..sp + v].fill(0),
                }
                sp += v;
                if ok {
                    self.g.stack[sp] = found.is_some() as u64;
                    sp += 1;
                }
            }
            Op::MapStore { ty, k, v } => {
                let (kt, _, _) = self.map_type(ty);
                let (k, v) = (k as usize, v as usize);
                sp -= v + k + 1;
                let m = self.g.stack[sp];
                let ks = &self.g.stack[sp + 1..sp + 1 + k];
                let key = self.map_key(kt, ks)?;
                if m == 0 {
                    return Err(RuntimeError::NilMapWrite);
                }
                let ks = self.g.stack[sp + 1..sp + 1 + k].to_vec();
                let vs = self.g.stack[sp + 1 + k..sp + 1 + k + v].to_vec();
                // A new entry counts against the heap cap (collecting
                // first if it would pass it); growing the map's storage
                // fallibly makes a refusal Go's fatal out of memory.
                let entry = self.heap.map(m as u32).entry_bytes();
                if self.heap.over_limit(entry) && self.heap.map(m as u32).adds(&key) {
                    self.reserve_heap(entry as u64)?;
                }
                let grown = self
                    .heap
                    .map_mut(m as u32)
                    .insert(key, &ks, &vs)
                    .map_err(|_| RuntimeError::OutOfMemory(entry as u64))?;
                self.heap.note_growth(grown);
            }
            Op::MapDelete { ty, k } => {
                let (kt, _, _) = self.map_type(ty);
                let k = k as usize;
                sp -= k + 1;
                let m = self.g.stack[sp];
                let key = self.map_key(kt, &self.g.stack[sp + 1..sp + 1 + k])?;
                if m != 0 {
                    self.heap.map_mut(m as u32).remove(&key);
                }
            }
            Op::MapIter => {
                let m = self.g.stack[sp - 1];
                self.g.stack[sp - 1] = if m == 0 {
                    0
                } else {
                    self.heap.alloc_map_iter(m as u32) as u64
                };
            }
            Op::MapIterNext { slot, k, v, target } => {
                let it = self.g.stack[base + slot as usize];
                if it == 0 {
                    return Ok(Some(target));
                }
                let (m, next) = self.heap.map_iter_mut(it as u32);
                let cursor = *next;
                let Some(i) = self.heap.map(m).next_live(cursor) else {
                    return Ok(Some(target));
                };
                *self.heap.map_iter_mut(it as u32).1 = i + 1;
                let (k, v) = (k as usize, v as usize);
                self.ensure(sp + k + v)?;
                let map = self.heap.map(m);
                self.g.stack[sp..sp + k].copy_from_slice(map.key(i));
                self.g.stack[sp + k..sp + k + v].copy_from_slice(map.value(i));
                sp += k + v;
            }
            Op::Trap { kind } => return Err(crate::errors::trap(kind)),
            op @ (interp_ops!() | value_ops!() | test_ops!() | call_ops!() | runtime_ops!()) => {
                unreachable!("{} is not a slow-path op", op.name())
            }
        }
        self.sp = sp;
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::builtin;

    #[test]
    fn growth_follows_go() {
        let t = TypeTable::new();
        assert_eq!(grow_cap(&t, builtin::INT, 1, 0), 1);
        assert_eq!(grow_cap(&t, builtin::INT, 2, 1), 2);
        assert_eq!(grow_cap(&t, builtin::INT, 5, 4), 8);
        assert_eq!(grow_cap(&t, builtin::UINT8, 5, 0), 8);
        assert_eq!(grow_cap(&t, builtin::INT, 3, 0), 3);
        assert_eq!(grow_cap(&t, builtin::INT, 513, 512), 848);
        assert_eq!(grow_cap(&t, builtin::STRING, 3, 2), 4);
    }
}
