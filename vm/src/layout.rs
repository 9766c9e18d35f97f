//! Go's amd64 memory layout of values on the heap, and the moves between
//! it and frame slots.
//!
//! A frame keeps one 64-bit slot per scalar (a value of `n` slots moves
//! as a unit on the operand stack); the heap keeps Go's layout: a
//! `[]byte` is one byte per element, a `struct{ a int8; b int64 }` is 16
//! bytes with `b` at offset 8 (what `unsafe.Sizeof` / `Offsetof` report).
//! A type's [`Layout`] says where each of its slots lives in memory
//! and how it is stored ([`Mem`]): narrow integers are truncated when
//! stored and sign- or zero-extended when loaded, a `float32` slot (which
//! holds the value's `float64` bits) is stored as 4 bytes.
//!
//! **Invariant:** every reference (pointer, string data, slice array,
//! map, func, interface word) is 8 bytes at an 8-aligned offset, so the
//! collector's pointer maps are per 64-bit word, as Go's `gcdata`, and a
//! *dense* type (all of whose slots are 8-byte words in order, with no
//! padding: `int`, `string`, `[]T`, `*T`, structs of those) is stored as
//! its slots, word for word.

use crate::types::{IntKind, Type, TypeId, TypeTable};

/// How one frame slot is stored in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mem {
    /// 1 byte, zero-extended (`uint8`, `bool`).
    U8,
    /// 1 byte, sign-extended (`int8`).
    I8,
    /// 2 bytes, zero-extended.
    U16,
    /// 2 bytes, sign-extended.
    I16,
    /// 4 bytes, zero-extended.
    U32,
    /// 4 bytes, sign-extended.
    I32,
    /// A `float32`: 4 bytes in memory, its `float64` bits in a slot.
    F32,
    /// 8 bytes, as the slot holds them.
    W64,
}

impl Mem {
    /// Bytes in memory.
    #[inline]
    pub fn size(self) -> usize {
        match self {
            Mem::U8 | Mem::I8 => 1,
            Mem::U16 | Mem::I16 => 2,
            Mem::U32 | Mem::I32 | Mem::F32 => 4,
            Mem::W64 => 8,
        }
    }

    /// How a scalar of type `t` (its underlying type) is stored.
    pub fn of(t: &Type) -> Mem {
        match t {
            Type::Bool | Type::Int(IntKind::U8) => Mem::U8,
            Type::Int(IntKind::I8) => Mem::I8,
            Type::Int(IntKind::U16) => Mem::U16,
            Type::Int(IntKind::I16) => Mem::I16,
            Type::Int(IntKind::U32) => Mem::U32,
            Type::Int(IntKind::I32) => Mem::I32,
            Type::Float32 => Mem::F32,
            _ => Mem::W64,
        }
    }

    /// The slot value stored at `mem[off..]`.
    #[inline(always)]
    pub fn read(self, mem: &[u8], off: usize) -> u64 {
        macro_rules! le {
            ($t:ty) => {
                <$t>::from_le_bytes(mem[off..off + size_of::<$t>()].try_into().unwrap())
            };
        }
        match self {
            Mem::U8 => mem[off] as u64,
            Mem::I8 => mem[off] as i8 as i64 as u64,
            Mem::U16 => le!(u16) as u64,
            Mem::I16 => le!(i16) as i64 as u64,
            Mem::U32 => le!(u32) as u64,
            Mem::I32 => le!(i32) as i64 as u64,
            Mem::F32 => {
                (f32::from_le_bytes(mem[off..off + 4].try_into().unwrap()) as f64).to_bits()
            }
            Mem::W64 => le!(u64),
        }
    }

    /// Stores slot value `v` at `mem[off..]` (narrowing it).
    #[inline(always)]
    pub fn write(self, mem: &mut [u8], off: usize, v: u64) {
        match self {
            Mem::U8 | Mem::I8 => mem[off] = v as u8,
            Mem::U16 | Mem::I16 => mem[off..off + 2].copy_from_slice(&(v as u16).to_le_bytes()),
            Mem::U32 | Mem::I32 => mem[off..off + 4].copy_from_slice(&(v as u32).to_le_bytes()),
            Mem::F32 => {
                let f = f64::from_bits(v) as f32;
                mem[off..off + 4].copy_from_slice(&f.to_le_bytes());
            }
            Mem::W64 => mem[off..off + 8].copy_from_slice(&v.to_le_bytes()),
        }
    }
}

/// Types of more slots than this keep no per-slot table: moves walk
/// the type instead.
const FLAT_LIMIT: u32 = 1024;

/// Where a type's slots live in memory (Go's amd64 layout).
#[derive(Clone, Debug)]
pub struct Layout {
    /// Go's size in bytes (`unsafe.Sizeof`).
    pub size: u64,
    /// Go's alignment in bytes.
    pub align: u64,
    /// Whether memory holds the slots as 8-byte words in order, nothing
    /// else (then moves are word copies).
    pub dense: bool,
    /// Each slot's (byte offset, storage), for types of at most
    /// `FLAT_LIMIT` slots.
    pub slots: Option<Box<[(u32, Mem)]>>,
    /// A struct's field offsets in bytes (empty for other types).
    pub fields: Box<[u64]>,
}

impl Layout {
    /// The one slot's storage of a one-slot type.
    pub fn mem1(&self) -> Mem {
        match self.slots.as_deref() {
            Some([(0, m)]) => *m,
            s => unreachable!("not a one-slot layout: {s:?}"),
        }
    }
}

/// Computes the layout of `id` (types must be complete).
pub(crate) fn compute(types: &TypeTable, id: TypeId) -> Layout {
    let (mut size, mut align, mut dense, mut fields) = (8, 8, true, Vec::new());
    match types.under(id) {
        Type::Invalid | Type::Tuple(_) | Type::Untyped(_) => (size, align) = (0, 1),
        t @ (Type::Bool | Type::Int(_) | Type::Float32) => {
            let m = Mem::of(t);
            (size, align, dense) = (m.size() as u64, m.size() as u64, m == Mem::W64);
        }
        Type::String | Type::Interface(_) => size = 16,
        Type::Slice(_) => size = 24,
        Type::Array(e, n) => {
            let l = types.layout(*e);
            (size, align, dense) = (l.size.saturating_mul(*n), l.align, l.dense);
        }
        Type::Struct(fs) => {
            (fields, size, align) = struct_layout(types, fs);
            dense = fs.iter().all(|f| types.layout(f.ty).dense);
        }
        Type::Float64 | Type::Map(..) | Type::Pointer(_) | Type::Func(_) | Type::Named(_) => {}
    }
    let n = types.slots(id);
    dense &= size == 8 * n as u64;
    let slots = (n <= FLAT_LIMIT).then(|| {
        let mut v = Vec::with_capacity(n as usize);
        flatten(types, id, 0, &mut v);
        debug_assert_eq!(v.len(), n as usize, "layout of {}", types.name(id));
        v.into_boxed_slice()
    });
    Layout {
        size,
        align,
        dense,
        slots,
        fields: fields.into(),
    }
}

/// A struct's field offsets, size and alignment (gc's `CalcStructSize`).
fn struct_layout(types: &TypeTable, fs: &[crate::types::Field]) -> (Vec<u64>, u64, u64) {
    let (mut off, mut align, mut offs) = (0u64, 1u64, Vec::with_capacity(fs.len()));
    for f in fs {
        let l = types.layout(f.ty);
        off = off.div_ceil(l.align) * l.align;
        offs.push(off);
        off = off.saturating_add(l.size);
        align = align.max(l.align);
    }
    // gc pads a struct ending in a zero-size field, so that the field's
    // address is not past the object.
    if off > 0 && fs.last().is_some_and(|f| types.layout(f.ty).size == 0) {
        off += 1;
    }
    (offs, off.div_ceil(align) * align, align)
}

/// Appends the (offset, storage) of each slot of a value of `id` at byte
/// `at` (small types only; never asks for `id`'s own layout, which is
/// being made).
fn flatten(types: &TypeTable, id: TypeId, at: u64, out: &mut Vec<(u32, Mem)>) {
    let off = |o: u64| u32::try_from(o).unwrap_or(u32::MAX);
    match types.under(id) {
        Type::Invalid | Type::Tuple(_) | Type::Untyped(_) => {}
        Type::Array(e, n) => {
            let es = types.layout(*e).size;
            for i in 0..*n {
                flatten(types, *e, at + i * es, out);
            }
        }
        Type::Struct(fs) => {
            for (f, o) in fs.iter().zip(struct_layout(types, fs).0) {
                flatten(types, f.ty, at + o, out);
            }
        }
        t => {
            for k in 0..types.slots(id) as u64 {
                out.push((off(at + 8 * k), Mem::of(t)));
            }
        }
    }
}

/// Reads a value of type `id` from `mem` (its first byte) into `out`
/// (its slots).
pub fn read(types: &TypeTable, id: TypeId, mem: &[u8], out: &mut [u64]) {
    let l = types.layout(id);
    if l.dense {
        for (i, o) in out.iter_mut().enumerate() {
            *o = Mem::W64.read(mem, 8 * i);
        }
    } else if let Some(slots) = &l.slots {
        for (o, &(off, m)) in out.iter_mut().zip(slots.iter()) {
            *o = m.read(mem, off as usize);
        }
    } else {
        walk(types, id, &mut |off, k, m| out[k] = m.read(mem, off));
    }
}

/// Writes the slots `v` of a value of type `id` to `mem` (its first byte).
pub fn write(types: &TypeTable, id: TypeId, mem: &mut [u8], v: &[u64]) {
    let l = types.layout(id);
    if l.dense {
        for (i, &x) in v.iter().enumerate() {
            Mem::W64.write(mem, 8 * i, x);
        }
    } else if let Some(slots) = &l.slots {
        for (&x, &(off, m)) in v.iter().zip(slots.iter()) {
            m.write(mem, off as usize, x);
        }
    } else {
        walk(types, id, &mut |off, k, m| m.write(mem, off, v[k]));
    }
}

/// Calls `f(byte offset, slot index, storage)` for every slot of a value
/// of type `id`, in order (for types too large for a slot table).
pub fn walk(types: &TypeTable, id: TypeId, f: &mut dyn FnMut(usize, usize, Mem)) {
    fn go(
        types: &TypeTable,
        id: TypeId,
        at: usize,
        slot: usize,
        f: &mut dyn FnMut(usize, usize, Mem),
    ) {
        let l = types.layout(id);
        if let Some(slots) = &l.slots {
            for (k, &(off, m)) in slots.iter().enumerate() {
                f(at + off as usize, slot + k, m);
            }
            return;
        }
        match types.under(id) {
            Type::Array(e, n) => {
                let (es, ek) = (types.layout(*e).size as usize, types.slots(*e) as usize);
                for i in 0..*n as usize {
                    go(types, *e, at + i * es, slot + i * ek, f);
                }
            }
            Type::Struct(fs) => {
                let mut k = slot;
                for (fl, &o) in fs.iter().zip(l.fields.iter()) {
                    go(types, fl.ty, at + o as usize, k, f);
                    k += types.slots(fl.ty) as usize;
                }
            }
            t => unreachable!("a large scalar {t:?}"),
        }
    }
    go(types, id, 0, 0, f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{builtin, Field};

    fn field(name: &str, ty: TypeId) -> Field {
        Field {
            name: name.into(),
            ty,
            embedded: false,
            tag: None,
        }
    }

    #[test]
    fn go_sizes_offsets_and_round_trips() {
        let mut t = TypeTable::new();
        let s = t.intern(Type::Struct(vec![
            field("a", builtin::INT8),
            field("b", builtin::INT64),
            field("c", builtin::BOOL),
            field("d", builtin::INT16),
            field("e", builtin::FLOAT32),
            field("f", builtin::STRING),
        ]));
        let pair = t.intern(Type::Struct(vec![
            field("a", builtin::INT32),
            field("b", builtin::INT32),
        ]));
        let arr = t.intern(Type::Array(pair, 3));
        let empty = t.intern(Type::Struct(vec![]));
        let tail = t.intern(Type::Struct(vec![
            field("a", builtin::INT64),
            field("z", empty),
        ]));
        t.freeze_layouts();
        let l = t.layout(s);
        assert_eq!((l.size, l.align, l.dense), (40, 8, false));
        assert_eq!(&*l.fields, &[0, 8, 16, 18, 20, 24]);
        let offs: Vec<u32> = l.slots.as_ref().unwrap().iter().map(|s| s.0).collect();
        assert_eq!(offs, [0, 8, 16, 18, 20, 24, 32]);
        assert_eq!((t.layout(pair).size, t.layout(pair).align), (8, 4));
        assert_eq!(t.layout(arr).size, 24);
        assert_eq!(
            t.layout(tail).size,
            16,
            "gc pads a trailing zero-size field"
        );
        assert!(t.layout(builtin::STRING).dense && !t.layout(builtin::UINT8).dense);

        let v = [
            (-3i64) as u64,
            1 << 40,
            1,
            (-2i64) as u64,
            (0.1f32 as f64).to_bits(),
            7 << 32,
            5,
        ];
        let mut mem = vec![0u8; 40];
        write(&t, s, &mut mem, &v);
        let mut back = [0u64; 7];
        read(&t, s, &mem, &mut back);
        assert_eq!(back, v);
        assert_eq!(mem[0], 0xfd, "int8 -3 is one byte");
        assert_eq!(&mem[20..24], &0.1f32.to_le_bytes());
    }
}
