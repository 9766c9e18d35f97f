//! The collector: a non-moving, stop-the-world mark-sweep over the heap's
//! handles, paced as Go's at `GOGC=100`.
//!
//! **When:** only at *safepoints*, the start of an instruction that
//! allocates (`Vm::gc_safepoint`, in both tiers: native code reaches those
//! instructions through `jit_op`, with its register homes and pending
//! operands written to their slots and its lazy frames materialized) and
//! a native call; and, through `Vm::reserve_heap`, inside an allocating
//! slow instruction whose allocation would pass the heap cap (its popped
//! operands are still in the frame's operand-stack slots, scanned
//! conservatively). Between two safepoints nothing is freed, so Rust code
//! may hold references in locals while it runs, as long as it does not
//! call back into Go meanwhile (a callee can reach a safepoint: natives
//! that call Go pass what they still need as arguments).
//!
//! **Roots:** the globals and the runtime's shared objects
//! (`Heap::runtime_roots`), every frame's slots up to the innermost
//! frame's operand stack limit, the frames' running closures, the
//! `_defer` records (closure and arguments), the `_panic` values and the
//! values caught by catch points, and the runtime's static error strings.
//!
//! **Frames:** a frame's locals (parameters, variables, temporaries) are
//! scanned by its function's pointer map
//! ([`crate::program::Function::slot_kinds`], per function, made by
//! lowering from the slots' types), so an integer local is never taken
//! for a reference; slots lowering could not type, and all slots of
//! hand-built functions, are conservative (followed only when they are
//! the handle, or the pointer, of an object that exists), and the `pad`
//! slots are skipped. Of those, only the slots *live* where the frame
//! stands are scanned (its per-pc frame map, `crate::liveness`, Go's
//! stack maps), so what a running frame no longer reads is freed. The
//! operand-stack part of each frame (from its locals to the next frame's
//! base; for the innermost, to the depth its frame map gives or the
//! stack pointer, whichever is higher) stays conservative: per-pc operand
//! maps would need the verifier to type the operand stack, which it does
//! not (it tracks depths only).
//!
//! **Heap objects are precise:** a memory object is scanned by its element
//! type's pointer map ([`Scan`], in byte offsets: references are 8-byte
//! words at 8-aligned offsets in Go's layout), a map by its key and value
//! types (maps keep their keys and values as slots), so an
//! integer in the heap is never taken for a reference and pointer-free
//! objects are never scanned.

use std::time::Instant;

use crate::errors::RuntimeError;
use crate::heap::{Handle, Heap, Obj, Scan};
use crate::liveness::Live;
use crate::program::{Ref, SlotKind};
use crate::types::{Type, TypeId, TypeTable};
use crate::vm::Vm;

/// The references of a value of a type, as (slot offset in a frame,
/// byte offset in memory, kind) (Go's `gcdata`).
type PointerMap = Box<[(u32, u32, Ref)]>;

/// The pointer maps of the program's types, made on first use.
#[derive(Debug, Default)]
pub(crate) struct PointerMaps {
    maps: Vec<Option<PointerMap>>,
}

/// Types larger than this many slots are walked, not flattened.
const FLAT_LIMIT: u32 = 1024;

impl PointerMaps {
    /// The pointer map of `ty` (flattened; empty for pointer-free types),
    /// made on first use. Not for types of more than `FLAT_LIMIT` slots.
    fn get(&mut self, types: &TypeTable, ty: TypeId) -> &[(u32, u32, Ref)] {
        debug_assert!(types.slots(ty) <= FLAT_LIMIT, "a large type's pointer map");
        let i = ty.0 as usize;
        if self.maps.len() <= i {
            self.maps.resize(i + 1, None);
        }
        self.maps[i].get_or_insert_with(|| {
            let mut out = Vec::new();
            flatten(types, ty, 0, 0, &mut out);
            out.into()
        })
    }

    /// Makes the pointer map of every type that has one (all but those
    /// of more than `FLAT_LIMIT` slots, which are walked), so the mark
    /// phase reads them without making any.
    fn prepare(&mut self, types: &TypeTable) {
        for i in 0..types.len() {
            let ty = TypeId(i as u32);
            if types.slots(ty) <= FLAT_LIMIT {
                self.get(types, ty);
            }
        }
    }

    /// Whether the marker must look into values of `ty`: a type of more
    /// than `FLAT_LIMIT` slots has no map and is walked (the maps of its
    /// smaller parts decide), any other type when its map is not empty.
    #[inline]
    fn must_scan(&self, types: &TypeTable, ty: TypeId) -> bool {
        types.slots(ty) > FLAT_LIMIT || !self.map(ty).is_empty()
    }

    /// The pointer map of `ty`, made by [`PointerMaps::prepare`].
    #[inline]
    fn map(&self, ty: TypeId) -> &[(u32, u32, Ref)] {
        match self.maps.get(ty.0 as usize) {
            Some(Some(m)) => m,
            _ => unreachable!("the pointer map of type {} was not prepared", ty.0),
        }
    }
}

impl PointerMaps {
    /// Whether values of `ty` hold no references (Go's `noscan`).
    pub(crate) fn is_pointer_free(&mut self, types: &TypeTable, ty: TypeId) -> bool {
        if types.slots(ty) > FLAT_LIMIT {
            return match types.under(ty) {
                Type::Array(e, _) => self.is_pointer_free(types, *e),
                Type::Struct(fs) => fs.iter().all(|f| self.is_pointer_free(types, f.ty)),
                _ => true,
            };
        }
        self.get(types, ty).is_empty()
    }
}

/// Appends the references of a value of `ty` at slot `at` of a frame
/// and byte `mem` of memory.
fn flatten(types: &TypeTable, ty: TypeId, at: u32, mem: u32, out: &mut Vec<(u32, u32, Ref)>) {
    match types.under(ty) {
        Type::Map(..) | Type::Func(_) => out.push((at, mem, Ref::Handle)),
        Type::String | Type::Pointer(_) | Type::Slice(_) => out.push((at, mem, Ref::Ptr)),
        Type::Interface(_) => out.push((at, mem, Ref::Iface)),
        Type::Array(e, n) => {
            let k = types.slots(*e);
            if *n == 0 || k == 0 {
                return;
            }
            let start = out.len();
            flatten(types, *e, at, mem, out);
            if out.len() == start {
                return;
            }
            let size = types.layout(*e).size as u32;
            let elem: Vec<_> = out[start..].to_vec();
            for i in 1..*n as u32 {
                out.extend(elem.iter().map(|&(o, b, r)| (o + i * k, b + i * size, r)));
            }
        }
        Type::Struct(fs) => {
            let mut off = at;
            for (i, f) in fs.iter().enumerate() {
                flatten(types, f.ty, off, mem + types.field_byte_offset(ty, i), out);
                off += types.slots(f.ty);
            }
        }
        _ => {}
    }
}

/// Appends the frame pointer map of a value of type `ty` (one
/// [`SlotKind`] per slot; see [`crate::program::Function::slot_kinds`]).
/// A type that is no value's (untyped, tuple, invalid) is conservative;
/// so is a type of more than `FLAT_LIMIT` slots that holds references.
pub fn slot_kinds(types: &TypeTable, ty: TypeId, out: &mut Vec<SlotKind>) {
    let n = types.slots(ty) as usize;
    let start = out.len();
    let kind = match types.under(ty) {
        Type::Invalid | Type::Untyped(_) | Type::Tuple(_) => SlotKind::Conservative,
        _ if n > FLAT_LIMIT as usize => match PointerMaps::default().is_pointer_free(types, ty) {
            true => SlotKind::Scalar,
            false => SlotKind::Conservative,
        },
        _ => {
            out.resize(start + n, SlotKind::Scalar);
            let mut refs = Vec::new();
            flatten(types, ty, 0, 0, &mut refs);
            for (off, _, r) in refs {
                out[start + off as usize] = SlotKind::Ref(r);
            }
            return;
        }
    };
    out.resize(start + n, kind);
}

/// The mark phase's state: one bit per handle and a work list.
struct Marker<'a> {
    heap: &'a Heap,
    types: &'a TypeTable,
    maps: &'a PointerMaps,
    marks: Vec<u64>,
    work: Vec<Handle>,
}

impl Marker<'_> {
    /// Marks object `h` (a reference the program holds: it must exist).
    #[inline]
    fn handle(&mut self, h: u64) {
        if h == 0 {
            return;
        }
        debug_assert!(
            (h as usize) < self.heap.len() && !matches!(self.heap.obj(h as Handle), Obj::Free),
            "the collector followed a reference to freed or unknown object {h}"
        );
        self.mark(h as usize);
    }

    #[inline]
    fn mark(&mut self, h: usize) {
        let (w, b) = (h / 64, 1u64 << (h % 64));
        if self.marks[w] & b == 0 {
            self.marks[w] |= b;
            self.work.push(h as Handle);
        }
    }

    /// Marks what slot `v` may refer to, checking that it exists first.
    #[inline]
    fn conservative(&mut self, v: u64) {
        for h in [v, v >> 32] {
            if h != 0
                && (h as usize) < self.heap.len()
                && !matches!(self.heap.obj(h as Handle), Obj::Free)
            {
                self.mark(h as usize);
            }
        }
    }

    /// Marks from the local slots of a frame, described by `kinds` (its
    /// function's [`crate::program::Function::slot_kinds`]; slots past
    /// them are conservative), as its frame map says (`crate::liveness`).
    fn frame_locals(&mut self, slots: &[u64], kinds: &[SlotKind], live: Live) {
        match live {
            Live::All => (0..slots.len()).for_each(|i| self.frame_slot(slots, kinds, i)),
            Live::Slots(live) => live
                .iter()
                .filter(|&i| (i as usize) < slots.len())
                .for_each(|i| self.frame_slot(slots, kinds, i as usize)),
            Live::Unknown => slots.iter().for_each(|&v| self.conservative(v)),
        }
    }

    /// Marks from local slot `i` of a frame (see [`Marker::frame_locals`]).
    #[inline]
    fn frame_slot(&mut self, slots: &[u64], kinds: &[SlotKind], i: usize) {
        let v = slots[i];
        match kinds.get(i).copied().unwrap_or(SlotKind::Conservative) {
            SlotKind::Scalar => {}
            SlotKind::Ref(Ref::Ptr) => self.handle(v >> 32),
            SlotKind::Ref(Ref::Handle) => self.handle(v),
            // (The data word is described as a scalar.)
            SlotKind::Ref(Ref::Iface) => {
                if let Some(&d) = slots.get(i + 1) {
                    self.iface(v, d);
                }
            }
            SlotKind::Conservative => self.conservative(v),
        }
    }

    /// Marks the data word of an interface of dynamic type `ty`.
    fn iface(&mut self, ty: u64, data: u64) {
        if ty == 0 {
            return;
        }
        let ty = TypeId(ty as u32);
        match self.types.slots(ty) {
            0 => {}
            1 => {
                let m = self.maps.map(ty);
                match m.first() {
                    Some((_, _, Ref::Handle)) => self.handle(data),
                    Some((_, _, Ref::Ptr)) => self.handle(data >> 32),
                    Some((_, _, Ref::Iface)) => unreachable!("a one-slot interface"),
                    None => {}
                }
            }
            // A box of the value (the boxing rule).
            _ => self.handle(data >> 32),
        }
    }

    /// Marks the references of value `v` of type `ty`.
    fn value(&mut self, ty: TypeId, v: &[u64]) {
        let types = self.types;
        debug_assert_eq!(
            v.len(),
            types.slots(ty) as usize,
            "a value of type {} scanned as {} slots",
            types.name(ty),
            v.len()
        );
        if types.slots(ty) > FLAT_LIMIT {
            match types.under(ty) {
                Type::Array(e, _) => {
                    let k = types.slots(*e) as usize;
                    if k > 0 && self.maps.must_scan(types, *e) {
                        v.chunks_exact(k).for_each(|c| self.value(*e, c));
                    }
                }
                Type::Struct(fs) => {
                    let mut off = 0;
                    for f in fs {
                        let k = types.slots(f.ty) as usize;
                        self.value(f.ty, &v[off..off + k]);
                        off += k;
                    }
                }
                _ => unreachable!("a large scalar"),
            }
            return;
        }
        let maps = self.maps;
        for &(off, _, r) in maps.map(ty) {
            let off = off as usize;
            match r {
                Ref::Handle => self.handle(v[off]),
                Ref::Ptr => self.handle(v[off] >> 32),
                Ref::Iface => self.iface(v[off], v[off + 1]),
            }
        }
    }

    /// Marks the references of the value of type `ty` stored in `mem`
    /// (Go's layout: references are 8-byte words at 8-aligned offsets).
    fn mem_value(&mut self, ty: TypeId, mem: &[u8]) {
        let types = self.types;
        let word = |o: usize| u64::from_le_bytes(mem[o..o + 8].try_into().unwrap());
        if types.slots(ty) > FLAT_LIMIT {
            match types.under(ty) {
                Type::Array(e, _) => {
                    let size = types.layout(*e).size as usize;
                    if size > 0 && self.maps.must_scan(types, *e) {
                        mem.chunks_exact(size).for_each(|c| self.mem_value(*e, c));
                    }
                }
                Type::Struct(fs) => {
                    for (i, f) in fs.iter().enumerate() {
                        let at = types.field_byte_offset(ty, i) as usize;
                        let size = types.layout(f.ty).size as usize;
                        self.mem_value(f.ty, &mem[at..at + size]);
                    }
                }
                _ => unreachable!("a large scalar"),
            }
            return;
        }
        let maps = self.maps;
        for &(_, off, r) in maps.map(ty) {
            let off = off as usize;
            match r {
                Ref::Handle => self.handle(word(off)),
                Ref::Ptr => self.handle(word(off) >> 32),
                Ref::Iface => self.iface(word(off), word(off + 8)),
            }
        }
    }

    /// Marks everything reachable from the marked objects.
    fn drain(&mut self) {
        while let Some(h) = self.work.pop() {
            let heap = self.heap;
            match heap.obj(h) {
                Obj::Free | Obj::Str { .. } => {}
                o @ Obj::Mem { block } => match o.scan() {
                    Scan::None => {}
                    Scan::Conservative => block.words().iter().for_each(|&v| self.conservative(v)),
                    Scan::Elems(t) => {
                        let size = self.types.layout(t).size as usize;
                        if size > 0 && self.maps.must_scan(self.types, t) {
                            heap.mem(h)
                                .chunks_exact(size)
                                .for_each(|c| self.mem_value(t, c));
                        }
                    }
                },
                Obj::Map { map, key, val } => {
                    for i in map.live_entries() {
                        self.value(key, map.key(i));
                        self.value(val, map.value(i));
                    }
                }
                Obj::Closure { block } => block.words().iter().for_each(|&v| self.conservative(v)),
                Obj::MapIter { map, .. } => self.handle(map as u64),
            }
        }
    }
}

impl Vm {
    /// A safepoint: collects if the heap has reached its goal (or the
    /// stress mode says so). See the module doc for where they are. Fails
    /// with Go's out of memory when the heap is still past its cap after
    /// collecting.
    #[inline]
    pub(crate) fn gc_safepoint(&mut self) -> Result<(), RuntimeError> {
        if self.heap.wants_collection() {
            return self.gc_safepoint_slow();
        }
        Ok(())
    }

    /// [`Vm::gc_safepoint`] for an instruction whose caller has not saved
    /// where it stands (the interpreter runs value instructions without
    /// saving): saves the pc after it, `resume`, and the stack end `sp`
    /// in the innermost frame first, for the frame maps of this and any
    /// later collection the instruction runs (`Vm::reserve_heap`).
    #[inline]
    pub(crate) fn gc_safepoint_at(&mut self, resume: u32, sp: usize) -> Result<(), RuntimeError> {
        self.g.frames.last_mut().expect("a frame").pc = resume;
        self.sp = sp;
        self.gc_safepoint()
    }

    #[cold]
    fn gc_safepoint_slow(&mut self) -> Result<(), RuntimeError> {
        let over = self.heap.over_limit(0);
        if self.gc_stress > 0 && !over {
            self.gc_countdown = self.gc_countdown.saturating_sub(1);
            if self.gc_countdown > 0 {
                return Ok(());
            }
            self.gc_countdown = self.gc_stress;
        }
        self.collect();
        if self.heap.over_limit(0) {
            return Err(RuntimeError::OutOfMemory(self.heap.bytes() as u64));
        }
        Ok(())
    }

    /// Makes room for `bytes` more heap bytes under the cap, collecting
    /// first if they would pass it; `Err` (Go's out of memory) if they
    /// still would. Call it only where a collection may run (see the
    /// module doc).
    pub(crate) fn reserve_heap(&mut self, bytes: u64) -> Result<(), RuntimeError> {
        let b = usize::try_from(bytes).unwrap_or(usize::MAX);
        if self.heap.over_limit(b) {
            self.collect();
            if self.heap.over_limit(b) {
                return Err(RuntimeError::OutOfMemory(bytes));
            }
        }
        Ok(())
    }

    /// Collects now: marks from the roots, frees the rest.
    pub fn collect(&mut self) {
        let start = Instant::now();
        self.pointer_maps.prepare(&self.prog.types);
        let heap = &self.heap;
        let mut m = Marker {
            heap,
            types: &self.prog.types,
            maps: &self.pointer_maps,
            marks: vec![0; heap.len().div_ceil(64)],
            work: Vec::new(),
        };
        for h in heap.runtime_roots() {
            m.handle(h as u64);
        }
        // Their interface data words: boxes of the strings.
        for &(_, d) in &self.static_errors {
            m.handle(d >> 32);
        }
        let g = &self.g;
        // The innermost frame's operand stack ends at the depth its map
        // gives, or above it where a runtime helper pushed (`Vm::sp`).
        let top = match g.frames.last() {
            Some(f) => {
                let func = self.prog.func(f.func);
                debug_assert!(
                    func.frame_maps.may_stand_at(f.pc),
                    "collecting while {} stands at pc {}, which has no frame map",
                    func.name,
                    f.pc
                );
                let depth = func.frame_maps.at(func, f.pc).depth;
                f.base as usize + (func.locals + depth) as usize
            }
            None => 0,
        };
        let top = top.max(self.sp).min(g.stack.len());
        // Each frame's live locals by its pointer map, its operand stack
        // (up to the next frame's base) conservatively.
        let conservative = |m: &mut Marker, r: std::ops::Range<usize>| {
            g.stack[r].iter().for_each(|&v| m.conservative(v));
        };
        let mut lo = 0;
        for (i, f) in g.frames.iter().enumerate() {
            let func = self.prog.func(f.func);
            let base = f.base as usize;
            let end = g
                .frames
                .get(i + 1)
                .map_or(top, |n| n.base as usize)
                .min(top);
            if base < lo || end < base {
                // Frames out of order (not expected): all conservative.
                if end > lo {
                    conservative(&mut m, lo..end);
                    lo = end;
                }
                continue;
            }
            conservative(&mut m, lo..base);
            let live = (base + func.locals.saturating_sub(func.pad) as usize).min(end);
            let map = func.frame_maps.at(func, f.pc);
            m.frame_locals(&g.stack[base..live], &func.slot_kinds, map.live);
            // The pad slots (never written) are skipped.
            let locals = (base + func.locals as usize).min(end);
            conservative(&mut m, locals..end);
            lo = end;
        }
        if lo < top {
            conservative(&mut m, lo..top);
        }
        for f in g.frames.iter() {
            m.handle(f.closure as u64);
        }
        for d in &g.defers {
            m.handle(d.closure);
            d.args.iter().for_each(|&v| m.conservative(v));
        }
        for p in &g.panics {
            m.iface(p.value[0], p.value[1]);
        }
        for c in &g.catch_points {
            if let Some(v) = c.value {
                m.iface(v[0], v[1]);
            }
        }
        m.drain();
        let marks = std::mem::take(&mut m.marks);
        let (before, freed) = (self.heap.bytes(), self.heap.stats.freed);
        self.heap.sweep(&marks);
        let pause = start.elapsed();
        let s = &mut self.heap.stats;
        s.collections += 1;
        s.max_pause = s.max_pause.max(pause);
        let n = s.collections;
        if self.gc_trace {
            let mb = |b: usize| b as f64 / (1 << 20) as f64;
            let line = format!(
                "gc {}: {:.1}->{:.1} MB, {:.1} MB goal, {:.3} ms pause, {} objects freed\n",
                n,
                mb(before),
                mb(self.heap.bytes()),
                mb(self.heap.goal()),
                pause.as_secs_f64() * 1e3,
                self.heap.stats.freed - freed,
            );
            self.write_stderr(line.as_bytes());
        }
        if self.gc_stress > 0 {
            self.heap.request_collection();
        }
    }
}

#[cfg(test)]
mod tests;
