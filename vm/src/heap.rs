//! The one heap API: every heap object of a program is created here.
//!
//! Objects are addressed by a 32-bit handle. Value slots hold handles
//! (maps, closures) or pointers, which are `handle << 32 | byte offset`
//! into a memory object in Go's layout (escaped variables, `new(T)`,
//! slice backing arrays, the globals: [`crate::layout`]) or a string
//! object (a string's data pointer).
//!
//! **Invariant:** handle 0 is the empty string and doubles as nil: the zero
//! slot is a valid empty string, nil pointer, nil map, nil func and nil
//! slice array. Handle 1 holds the globals; program string constants
//! follow in order (see [`crate::program::Program::string_handle`]).
//!
//! Objects never move. The collector (`gc.rs`) marks from the roots and
//! `Heap::sweep` frees the rest: a freed handle's kind becomes
//! `Free` and the handle is reused by a later allocation. Every
//! object says where its references are ([`Scan`], map key and value
//! types), so integers are never taken for references in the heap.

use crate::map::MapObj;
use crate::types::{FuncId, TypeId};
use std::mem::ManuallyDrop;

mod cells;
use cells::{Block, Cells};

/// A heap handle.
pub type Handle = u32;

/// Asks the kernel to back the 2 MiB-aligned interior of a large zeroed
/// buffer with transparent huge pages, so that touching it first faults
/// once per 2 MiB instead of once per 4 KiB. Advice only: contents and
/// addresses never change, and nothing happens where it is unsupported.
fn advise_huge_pages(p: *mut u64, words: usize) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let (start, len) = (p as usize, 8 * words);
        let (lo, hi) = (start.next_multiple_of(HUGE), (start + len) / HUGE * HUGE);
        if !p.is_null() && len >= 2 * HUGE && hi > lo {
            // SAFETY: `lo..hi` lies inside the allocation at `p`;
            // MADV_HUGEPAGE changes only how the kernel backs it.
            unsafe { libc::madvise(lo as *mut libc::c_void, hi - lo, libc::MADV_HUGEPAGE) };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (p, words);
}

/// How the collector finds the references in a memory object (Go's
/// `gcdata` pointer map, or its absence).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scan {
    /// No slot holds a reference: the object is never scanned (Go's
    /// `noscan` spans: `[]int`, `[]float64`, a box of a `bool`).
    None,
    /// Consecutive values of this type: its pointer map, repeated over the
    /// object (a box, a slice's backing array).
    Elems(TypeId),
    /// Any slot may hold a reference; each is checked against the heap
    /// before it is followed (the globals object).
    Conservative,
}

/// What a heap object is: one byte per handle, beside its [`Entry`]
/// ([`Heap::kinds`]), saying which of the entry's fields is live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum Kind {
    Free,
    Str,
    Mem,
    Closure,
    Map,
    MapIter,
}

/// A heap object's table entry: two words, read as its [`Kind`] says.
///
/// **Invariant (native code):** C layout, 16 bytes; a string's, a memory
/// object's and a closure's [`Block`] address is the entry's first word,
/// where native code reads it ([`Heap::OBJS_OFFSET`], [`OBJ_ADDR_OFFSET`],
/// [`OBJ_ENTRY_SIZE`]).
#[repr(C)]
union Entry {
    /// `Str`, `Mem`, `Closure`.
    block: ManuallyDrop<Block>,
    /// `Map`.
    map: ManuallyDrop<MapEntry>,
    /// `MapIter`.
    iter: IterEntry,
    /// `Free`: the next free handle (0: none).
    free: [u64; 2],
}

/// The entry of a map.
#[repr(C)]
struct MapEntry {
    /// Its entries.
    map: Box<MapObj>,
    /// The key type (for the collector).
    key: TypeId,
    /// The value type (for the collector).
    val: TypeId,
}

/// The entry of a map iterator.
#[derive(Clone, Copy)]
#[repr(C)]
struct IterEntry {
    /// Next entry to look at.
    next: usize,
    /// The map being ranged over.
    map: Handle,
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Entry")
    }
}

/// A heap object, as its entry and kind describe it (borrowed from the
/// heap: [`Heap::obj`]).
#[derive(Debug)]
pub(crate) enum Obj<'a> {
    /// A handle freed by the collector, waiting for reuse.
    Free,
    /// Immutable string bytes (Go strings may hold invalid UTF-8); the
    /// block's `meta` is their length.
    Str {
        /// The bytes, zero-padded to a word.
        block: &'a Block,
    },
    /// Mutable memory in Go's layout (see [`crate::layout`]): a box, a
    /// `new(T)`, a slice's backing array, the globals. Kept as 64-bit
    /// words, so it is 8-aligned; its bytes are addressed by pointers.
    Mem {
        /// The memory (its byte size rounded up to words), in a cell of
        /// its size class or alone (`cells.rs`); its `meta` is the
        /// object's [`Scan`] ([`Scan::pack`]).
        block: &'a Block,
    },
    /// A map.
    Map {
        /// Its entries.
        map: &'a MapObj,
        /// The key type (for the collector).
        key: TypeId,
        /// The value type (for the collector).
        val: TypeId,
    },
    /// A function value: code plus the captured variables' box pointers
    /// (or, for method values, the bound receiver's slots).
    Closure {
        /// The captured slots, read with `LoadCapture`; `meta` is the
        /// function to run.
        block: &'a Block,
    },
    /// A map iterator (its cursor: [`Heap::map_iter_mut`]).
    MapIter {
        /// The map being ranged over.
        map: Handle,
    },
}

/// Bytes the heap accounts to every object beyond its contents: its
/// table entry and kind.
const OBJ_OVERHEAD: usize = std::mem::size_of::<Entry>() + std::mem::size_of::<Kind>();

// A table entry per object: keep it two words.
const _: () = assert!(std::mem::size_of::<Entry>() == 16);

/// Size of an object's table entry (for native code).
pub const OBJ_ENTRY_SIZE: usize = std::mem::size_of::<Entry>();

/// Where an object's storage address sits in its table entry (see
/// `Entry`).
pub const OBJ_ADDR_OFFSET: usize = 0;

/// Bytes accounted to each map entry beyond its key and value slots
/// (the hash index's entry and the normalized key).
pub const MAP_ENTRY_OVERHEAD: usize = 48;

/// Go's minimum heap goal (`heapminimum`, 4 MB at `GOGC=100`): no
/// collection happens before the heap reaches it.
const MIN_HEAP_GOAL: usize = 4 << 20;

impl Scan {
    /// The word a memory object keeps its `Scan` in.
    fn pack(self) -> u32 {
        match self {
            Scan::None => 0,
            Scan::Elems(t) => {
                assert!(t.0 < u32::MAX - 1, "type id {} out of range", t.0);
                t.0 + 1
            }
            Scan::Conservative => u32::MAX,
        }
    }

    /// The `Scan` that [`Scan::pack`] made `w`.
    fn unpack(w: u32) -> Scan {
        match w {
            0 => Scan::None,
            u32::MAX => Scan::Conservative,
            t => Scan::Elems(TypeId(t - 1)),
        }
    }
}

impl Entry {
    /// The entry of a string, memory object or closure.
    fn block(b: Block) -> Entry {
        Entry {
            block: ManuallyDrop::new(b),
        }
    }
}

impl Obj<'_> {
    /// How the collector scans memory object `self`.
    pub(crate) fn scan(&self) -> Scan {
        match self {
            Obj::Mem { block } => Scan::unpack(block.meta),
            o => unreachable!("the scan of {o:?}"),
        }
    }

    /// The heap bytes accounted to this object.
    fn size(&self) -> usize {
        OBJ_OVERHEAD
            + match self {
                Obj::Free | Obj::MapIter { .. } => 0,
                Obj::Str { block } | Obj::Mem { block } | Obj::Closure { block } => {
                    block.footprint()
                }
                Obj::Map { map, .. } => map.allocated_bytes(),
            }
    }
}

/// Packs a pointer to byte `off` of object `h`.
#[inline]
pub fn ptr(h: Handle, off: u32) -> u64 {
    (h as u64) << 32 | off as u64
}

/// The handle of a pointer.
#[inline]
pub fn ptr_handle(p: u64) -> Handle {
    (p >> 32) as Handle
}

/// The byte offset of a pointer.
#[inline]
pub fn ptr_off(p: u64) -> u32 {
    p as u32
}

/// The address gust prints for pointer `p` to a memory object (Go
/// prints real ones): distinct objects never overlap, and addresses
/// within one object are as far apart as in Go's layout.
pub fn address(p: u64) -> u64 {
    0xc000000000 + ((ptr_handle(p) as u64) << 32) + ptr_off(p) as u64
}

/// All objects of one VM.
#[derive(Debug)]
pub struct Heap {
    /// The objects' entries, by handle. Native code finds an object's
    /// storage address in its entry ([`Entry`]).
    ///
    /// **Invariant:** blocks never move once allocated (no code resizes
    /// them), and `objs_ptr == objs.as_ptr()` (kept by `push`).
    objs: Vec<Entry>,
    objs_ptr: *const Entry,
    /// Each object's kind, by handle: which field of its entry is live.
    ///
    /// **Invariant:** `kinds.len() == objs.len()`; every access to an
    /// entry's fields goes through its kind ([`Heap::obj`]).
    kinds: Vec<Kind>,
    /// The shared closure object of each capture-free function, by
    /// `FuncId` (0 = not made yet). Go's static `funcval`s: such closures
    /// are immutable and func values compare only with nil, so one
    /// object per function serves every `MakeClosure` of it.
    static_closures: Vec<Handle>,
    /// The zero-size object every zero-size heap allocation of the
    /// runtime points at (0 = not made yet): Go's `runtime.zerobase`.
    zerobase: Handle,
    /// The hard cap on heap bytes (`Engine::max_heap_bytes`, `gust run
    /// --max-heap`); `usize::MAX` when unlimited.
    limit: usize,
    /// The static interface box of each string constant, by constant
    /// index + 1 (0: the empty string), made on first use (0 = not yet).
    const_boxes: Vec<Handle>,
    /// Handles below this one are never freed: the empty string, the
    /// globals and the program's string constants.
    permanent: Handle,
    /// The first freed handle, reused by the next allocation (0: none).
    /// Free handles form a list through their entries.
    free: Handle,
    /// Bytes accounted to the objects that exist (live or not yet swept).
    bytes: usize,
    /// The heap size that starts the next collection (Go's heap goal).
    next_gc: usize,
    /// What the collections did so far.
    pub stats: GcStats,
    /// The memory objects' storage.
    cells: Cells,
}

/// What the collector did during a run (for benchmarks and tests).
#[derive(Clone, Copy, Debug, Default)]
pub struct GcStats {
    /// Number of collections.
    pub collections: u64,
    /// Objects freed in all.
    pub freed: u64,
    /// The longest collection.
    pub max_pause: std::time::Duration,
    /// The largest heap seen (bytes, as accounted).
    pub peak_bytes: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    /// A heap holding only the empty string at handle 0.
    pub fn new() -> Self {
        let mut cells = Cells::default();
        let empty = cells.alloc(0).expect("an empty block");
        let objs = vec![Entry::block(empty)];
        Heap {
            objs_ptr: objs.as_ptr(),
            objs,
            kinds: vec![Kind::Str],
            static_closures: Vec::new(),
            zerobase: 0,
            limit: usize::MAX,
            const_boxes: Vec::new(),
            permanent: 1,
            free: 0,
            bytes: 0,
            next_gc: MIN_HEAP_GOAL,
            stats: GcStats::default(),
            cells,
        }
    }

    /// Sets the hard cap on heap bytes: an allocation that would take the
    /// heap past it, even after a collection, is Go's fatal `out of
    /// memory`.
    pub fn set_limit(&mut self, bytes: usize) {
        self.limit = bytes;
        self.next_gc = self.next_gc.min(bytes);
    }

    /// The hard cap on heap bytes (`usize::MAX`: none).
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Offset of the object table's pointer (for native code, which finds
    /// byte `off` of object `h` at `*(table + OBJ_ENTRY_SIZE * h +
    /// OBJ_ADDR_OFFSET) +
    /// off`).
    pub const OBJS_OFFSET: usize = std::mem::offset_of!(Heap, objs_ptr);

    /// A heap holding the empty string at handle 0, the globals object
    /// (`globals` zeroed bytes) at handle 1, and the program's string
    /// constants at handles `2..`, in order; none of them is ever freed.
    pub fn with_program(globals: usize, strings: &[Vec<u8>]) -> Self {
        let mut h = Heap::new();
        h.alloc_words(vec![0; globals.div_ceil(8)], Scan::Conservative);
        for s in strings {
            h.push_str(s);
        }
        h.permanent = h.objs.len() as Handle;
        h
    }

    /// Adds an object of kind `kind` and entry `e` (which it owns).
    fn push(&mut self, kind: Kind, e: Entry) -> Handle {
        let h = match self.free {
            0 => {
                let h = self.objs.len() as Handle;
                self.objs.push(e);
                self.kinds.push(kind);
                self.objs_ptr = self.objs.as_ptr();
                h
            }
            h => {
                debug_assert_eq!(self.kinds[h as usize], Kind::Free);
                // SAFETY: a free entry links the next free handle.
                self.free = unsafe { self.objs[h as usize].free[0] } as Handle;
                self.objs[h as usize] = e;
                self.kinds[h as usize] = kind;
                h
            }
        };
        self.bytes += self.obj(h).size();
        self.stats.peak_bytes = self.stats.peak_bytes.max(self.bytes);
        h
    }

    /// Adds a memory object of `block` scanned as `scan` says.
    fn push_mem(&mut self, mut block: Block, scan: Scan) -> Handle {
        block.meta = scan.pack();
        self.push(Kind::Mem, Entry::block(block))
    }

    /// Object `h`, as its kind says.
    #[inline]
    pub(crate) fn obj(&self, h: Handle) -> Obj<'_> {
        let e = &self.objs[h as usize];
        // SAFETY: an entry's kind names its live field (the invariant of
        // `kinds`).
        unsafe {
            match self.kinds[h as usize] {
                Kind::Free => Obj::Free,
                Kind::Str => Obj::Str { block: &e.block },
                Kind::Mem => Obj::Mem { block: &e.block },
                Kind::Closure => Obj::Closure { block: &e.block },
                Kind::Map => Obj::Map {
                    map: &e.map.map,
                    key: e.map.key,
                    val: e.map.val,
                },
                Kind::MapIter => Obj::MapIter { map: e.iter.map },
            }
        }
    }

    /// Allocates a string object holding `bytes` (the caller checked
    /// that there are fewer than 4 GiB: views carry 32-bit offsets).
    fn push_str(&mut self, bytes: &[u8]) -> Handle {
        let len = u32::try_from(bytes.len()).expect("strings are shorter than 4 GiB");
        let mut block = self.cells.holding_bytes(bytes).unwrap_or_else(|| {
            panic!("no memory for a {}-byte string", bytes.len());
        });
        block.meta = len;
        self.push(Kind::Str, Entry::block(block))
    }

    /// A new string value holding the bytes of the string values (or
    /// byte views) `parts` one after the other, copied once; `None` when
    /// the system cannot provide the memory or the result would reach
    /// 4 GiB (views carry 32-bit offsets).
    pub fn try_concat(&mut self, parts: &[[u64; 2]]) -> Option<[u64; 2]> {
        let n: u64 = parts.iter().map(|p| p[1]).sum();
        if n == 0 {
            return Some([0, 0]);
        }
        let len = u32::try_from(n).ok()?;
        let mut block = self.cells.alloc(n.div_ceil(8) as usize)?;
        let mut at = 0;
        for &p in parts {
            let b = self.string(p);
            block.bytes_mut()[at..at + b.len()].copy_from_slice(b);
            at += b.len();
        }
        block.meta = len;
        Some([ptr(self.push(Kind::Str, Entry::block(block)), 0), n])
    }

    /// Allocates a string; the empty string is always handle 0.
    pub fn alloc_str(&mut self, bytes: &[u8]) -> Handle {
        if bytes.is_empty() {
            return 0;
        }
        self.push_str(bytes)
    }

    /// Allocates a string, taking the bytes.
    pub fn alloc_string(&mut self, bytes: Vec<u8>) -> Handle {
        self.alloc_str(&bytes)
    }

    /// The bytes of string object `h` (or of memory object `h`, which
    /// a string views without a copy where Go's `unsafe.String` does:
    /// `strings.Builder.String`).
    #[inline]
    pub fn str(&self, h: u64) -> &[u8] {
        match self.obj(h as Handle) {
            Obj::Str { block } => &block.bytes()[..block.meta as usize],
            Obj::Mem { block } => block.bytes(),
            o => unreachable!("string handle {h} points at {o:?}"),
        }
    }

    /// The bytes of string value `s` (data pointer, length): a view into
    /// a string object.
    #[inline]
    pub fn string(&self, s: [u64; 2]) -> &[u8] {
        let [data, len] = s;
        if len == 0 {
            return &[];
        }
        let off = ptr_off(data) as usize;
        &self.str(ptr_handle(data) as u64)[off..off + len as usize]
    }

    /// A new string value holding `bytes` (one allocation; the empty
    /// string allocates nothing).
    pub fn new_string(&mut self, bytes: &[u8]) -> [u64; 2] {
        [ptr(self.alloc_str(bytes), 0), bytes.len() as u64]
    }

    /// A new string value taking ownership of `bytes`.
    pub fn new_string_owned(&mut self, bytes: Vec<u8>) -> [u64; 2] {
        let n = bytes.len() as u64;
        [ptr(self.alloc_string(bytes), 0), n]
    }

    /// Allocates `bytes` zeroed bytes of memory holding values as `scan`
    /// says (for sizes the runtime controls; see [`Heap::try_alloc_mem`]).
    pub fn alloc_mem(&mut self, bytes: usize, scan: Scan) -> Handle {
        let block = self.cells.alloc(bytes.div_ceil(8));
        let block = block.unwrap_or_else(|| panic!("no memory for a {bytes}-byte runtime object"));
        self.push_mem(block, scan)
    }

    /// A pointer to Go's `runtime.zerobase`: the address `mallocgc` gives
    /// every zero-size allocation (so such pointers compare equal).
    pub fn zerobase(&mut self) -> u64 {
        if self.zerobase == 0 {
            self.zerobase = self.alloc_mem(0, Scan::None);
        }
        ptr(self.zerobase, 0)
    }

    /// `bytes` zeroed bytes as a vector of words, or `None` when the
    /// system cannot provide them (Go's `out of memory`, instead of an
    /// abort). The pages are the system's zero pages until written.
    ///
    /// Pointers address bytes with 32-bit offsets, so an object of 4 GiB
    /// or more is refused too (Go's out of memory, never a pointer whose
    /// offset carries into its handle).
    pub fn zeroed_words(bytes: u64) -> Option<Vec<u64>> {
        if bytes == 0 {
            return Some(Vec::new());
        }
        if bytes > u32::MAX as u64 {
            return None;
        }
        let n = bytes.div_ceil(8) as usize;
        let layout = std::alloc::Layout::array::<u64>(n).ok()?;
        // SAFETY: `layout` has a non-zero size (n > 0).
        let p = unsafe { std::alloc::alloc_zeroed(layout) } as *mut u64;
        if p.is_null() {
            return None;
        }
        // SAFETY: `p` was allocated by the global allocator with the
        // layout of `[u64; n]`, and all its `n` elements are initialized
        // (zero is a valid u64).
        Some(unsafe { Vec::from_raw_parts(p, n, n) })
    }

    /// Allocates `bytes` zeroed bytes, or `None` when out of memory.
    pub fn try_alloc_mem(&mut self, bytes: u64, scan: Scan) -> Option<Handle> {
        if bytes > u32::MAX as u64 {
            return None;
        }
        let block = self.cells.alloc(bytes.div_ceil(8) as usize)?;
        Some(self.push_mem(block, scan))
    }

    /// Allocates memory holding `words` (a dense value's slots: see
    /// [`crate::layout::Layout::dense`]), as `scan` says.
    pub fn alloc_words(&mut self, words: Vec<u64>, scan: Scan) -> Handle {
        let block = self.cells.holding(words);
        self.push_mem(block, scan)
    }

    /// The words of memory object `h`.
    #[inline]
    pub fn words(&self, h: Handle) -> &[u64] {
        match self.obj(h) {
            Obj::Mem { block } => block.words(),
            o => unreachable!("memory handle {h} points at {o:?}"),
        }
    }

    /// The words of memory object `h`, mutably (a slice: memory objects
    /// never change size: native code holds their addresses).
    #[inline]
    pub fn words_mut(&mut self, h: Handle) -> &mut [u64] {
        if self.kinds[h as usize] != Kind::Mem {
            unreachable!("memory handle {h} points at {:?}", self.obj(h));
        }
        // SAFETY: the kind was checked (the invariant of `kinds`).
        unsafe { (*self.objs[h as usize].block).words_mut() }
    }

    /// The bytes of memory object `h`.
    #[inline]
    pub fn mem(&self, h: Handle) -> &[u8] {
        let w = self.words(h);
        // SAFETY: any initialized u64 is 8 initialized bytes, and u8 has
        // no alignment requirement; the borrow of `self` covers the view.
        unsafe { std::slice::from_raw_parts(w.as_ptr().cast::<u8>(), 8 * w.len()) }
    }

    /// The bytes of memory object `h`, mutably.
    #[inline]
    pub fn mem_mut(&mut self, h: Handle) -> &mut [u8] {
        let w = self.words_mut(h);
        // SAFETY: as in `mem`; every byte pattern is a valid u64.
        unsafe { std::slice::from_raw_parts_mut(w.as_mut_ptr().cast::<u8>(), 8 * w.len()) }
    }

    /// The bytes of object `a` (shared: a memory object or a string) and
    /// of memory object `b` (mutable); they must differ.
    pub fn two_mems(&mut self, a: Handle, b: Handle) -> (&[u8], &mut [u8]) {
        assert_ne!(a, b, "two_mems of one object");
        assert_eq!(self.kinds[b as usize], Kind::Mem, "two_mems into {b}");
        let source = self.kinds[a as usize];
        assert!(matches!(source, Kind::Mem | Kind::Str), "two_mems from {a}");
        let (lo, hi) = (a.min(b) as usize, a.max(b) as usize);
        let (x, y) = self.objs.split_at_mut(hi);
        let (from, to) = match a < b {
            true => (&x[lo], &mut y[0]),
            false => (&y[0], &mut x[lo]),
        };
        // SAFETY: both kinds were checked above (the invariant of `kinds`).
        let (from, to) = unsafe { (&*from.block, &mut *to.block) };
        let from = match source {
            // A string's bytes (`copy(b, s)`, `append(b, s...)`).
            Kind::Str => &from.bytes()[..from.meta as usize],
            _ => from.bytes(),
        };
        (from, to.bytes_mut())
    }

    /// Allocates a closure.
    pub fn alloc_closure(&mut self, func: FuncId, env: &[u64]) -> Handle {
        let mut block = self
            .cells
            .alloc(env.len())
            .expect("a closure's environment");
        block.words_mut().copy_from_slice(env);
        block.meta = func.0;
        self.push(Kind::Closure, Entry::block(block))
    }

    /// The closure of capture-free function `func`, made once.
    #[inline]
    pub fn static_closure(&mut self, func: FuncId) -> Handle {
        let i = func.0 as usize;
        if let Some(&h) = self.static_closures.get(i) {
            if h != 0 {
                return h;
            }
        }
        let h = self.alloc_closure(func, &[]);
        if self.static_closures.len() <= i {
            self.static_closures.resize(i + 1, 0);
        }
        self.static_closures[i] = h;
        h
    }

    /// The table of static closures ([`Heap::static_closure`]) sized for
    /// `funcs` functions, for native code that loads entry `func` made
    /// beforehand.
    ///
    /// **Invariant:** once sized for every function of the program, the
    /// table never moves (`static_closure` only grows it for larger ids).
    pub fn static_closure_table(&mut self, funcs: usize) -> *const Handle {
        if self.static_closures.len() < funcs {
            self.static_closures.resize(funcs, 0);
        }
        self.static_closures.as_ptr()
    }

    /// The function and environment of closure `h`.
    #[inline]
    pub fn closure(&self, h: Handle) -> (FuncId, &[u64]) {
        match self.obj(h) {
            Obj::Closure { block } => (FuncId(block.meta), block.words()),
            o => unreachable!("closure handle {h} points at {o:?}"),
        }
    }

    /// Allocates a map with keys of type `key` and values of type `val`.
    pub fn alloc_map(&mut self, m: MapObj, key: TypeId, val: TypeId) -> Handle {
        let e = MapEntry {
            map: Box::new(m),
            key,
            val,
        };
        self.push(
            Kind::Map,
            Entry {
                map: ManuallyDrop::new(e),
            },
        )
    }

    /// Map `h`.
    pub fn map(&self, h: Handle) -> &MapObj {
        match self.obj(h) {
            Obj::Map { map, .. } => map,
            o => unreachable!("map handle {h} points at {o:?}"),
        }
    }

    /// Map `h`, mutably.
    pub fn map_mut(&mut self, h: Handle) -> &mut MapObj {
        assert_eq!(self.kinds[h as usize], Kind::Map, "map handle {h}");
        // SAFETY: the kind was checked (the invariant of `kinds`).
        unsafe { &mut (*self.objs[h as usize].map).map }
    }

    /// Accounts `bytes` more to the heap (a map grown by an insert).
    pub fn note_growth(&mut self, bytes: usize) {
        self.bytes += bytes;
        self.stats.peak_bytes = self.stats.peak_bytes.max(self.bytes);
    }

    /// Allocates an iterator over map `map`.
    pub fn alloc_map_iter(&mut self, map: Handle) -> Handle {
        self.push(
            Kind::MapIter,
            Entry {
                iter: IterEntry { next: 0, map },
            },
        )
    }

    /// Iterator `h`'s map and cursor.
    pub fn map_iter_mut(&mut self, h: Handle) -> (Handle, &mut usize) {
        assert_eq!(self.kinds[h as usize], Kind::MapIter, "iterator handle {h}");
        // SAFETY: the kind was checked (the invariant of `kinds`).
        let it = unsafe { &mut self.objs[h as usize].iter };
        (it.map, &mut it.next)
    }

    /// Number of handles in use or free.
    pub fn len(&self) -> usize {
        self.objs.len()
    }

    /// Whether only the empty string exists.
    pub fn is_empty(&self) -> bool {
        self.objs.len() <= 1
    }

    /// The heap size that starts the next collection.
    pub fn goal(&self) -> usize {
        self.next_gc
    }

    /// Bytes accounted to the heap's objects now.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Whether the heap has reached its goal: time to collect.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.bytes >= self.next_gc
    }

    /// Whether `more` bytes would take the heap past its cap.
    #[inline]
    pub fn over_limit(&self, more: usize) -> bool {
        self.bytes.saturating_add(more) > self.limit
    }

    /// The handles that are roots by construction: the globals and the
    /// runtime's shared objects (static closures, `zerobase`).
    pub(crate) fn runtime_roots(&self) -> impl Iterator<Item = Handle> + '_ {
        let globals = (self.permanent > 1).then_some(1);
        globals
            .into_iter()
            .chain(self.static_closures.iter().copied())
            .chain(self.const_boxes.iter().copied())
            .chain(std::iter::once(self.zerobase))
            .filter(|&h| h != 0)
    }

    /// Frees every object not marked in `marks` (a bit per handle; the
    /// permanent ones are kept whatever their bit), recomputes the heap's
    /// size and sets the next goal as Go's pacer does at `GOGC=100`:
    /// twice what is live, at least 4 MB, never past the cap.
    pub(crate) fn sweep(&mut self, marks: &[u64]) {
        self.compact_maps(marks);
        let mut live = 0;
        // The free list is made again, from the highest handle down, so
        // the lowest are reused first: it keeps the table dense.
        self.free = 0;
        for h in (self.permanent as usize..self.objs.len()).rev() {
            if self.kinds[h] == Kind::Free {
                self.push_free(h);
                continue;
            }
            if marks[h / 64] >> (h % 64) & 1 == 1 {
                live += self.obj(h as Handle).size();
                continue;
            }
            self.free_obj(h);
            self.push_free(h);
            self.stats.freed += 1;
        }
        for h in 0..self.permanent {
            live += self.obj(h).size();
        }
        self.bytes = live;
        self.next_gc = live.saturating_mul(2).max(MIN_HEAP_GOAL).min(self.limit);
    }

    /// The static interface box of string constant `s` (index in the
    /// program's constants, `u32::MAX` for ""), made once.
    pub fn const_string_box(&mut self, s: u32) -> u64 {
        let i = s.wrapping_add(1) as usize;
        if self.const_boxes.len() <= i {
            self.const_boxes.resize(i + 1, 0);
        }
        if self.const_boxes[i] == 0 {
            let v = match s {
                u32::MAX => [0, 0],
                s => {
                    let h = crate::program::Program::string_handle(s as usize) as Handle;
                    [ptr(h, 0), self.str(h as u64).len() as u64]
                }
            };
            let b = self.alloc_words(v.to_vec(), Scan::Elems(crate::types::builtin::STRING));
            self.const_boxes[i] = b;
        }
        ptr(self.const_boxes[i], 0)
    }

    /// Reclaims the deleted entries of live maps where they outnumber
    /// the live ones (a map used as a queue or cache stays as large as
    /// its contents), moving the cursors of live iterators over them.
    fn compact_maps(&mut self, marks: &[u64]) {
        let marked = |h: usize| marks[h / 64] >> (h % 64) & 1 == 1;
        let mut remaps = Vec::new();
        for h in 0..self.objs.len() {
            let h = h as Handle;
            if self.kinds[h as usize] == Kind::Map
                && marked(h as usize)
                && self.map(h).wants_compaction()
            {
                remaps.push((h, self.map_mut(h).compact()));
            }
        }
        if remaps.is_empty() {
            return;
        }
        for h in 0..self.objs.len() {
            if self.kinds[h] == Kind::MapIter {
                let (map, next) = self.map_iter_mut(h as Handle);
                if let Ok(i) = remaps.binary_search_by_key(&map, |(m, _)| *m) {
                    let r = &remaps[i].1;
                    *next = r[(*next).min(r.len() - 1)] as usize;
                }
            }
        }
    }

    /// Puts free handle `h` first on the free list.
    fn push_free(&mut self, h: usize) {
        self.objs[h] = Entry {
            free: [self.free as u64, 0],
        };
        self.free = h as Handle;
    }

    /// Frees object `h`: its entry becomes `Free`, its block goes back.
    fn free_obj(&mut self, h: usize) {
        let kind = std::mem::replace(&mut self.kinds[h], Kind::Free);
        let e = std::mem::replace(&mut self.objs[h], Entry { free: [0; 2] });
        // SAFETY: `kind` named the live field of `e`, which is taken out
        // of the table, so it is dropped or freed once.
        unsafe {
            match kind {
                Kind::Str | Kind::Mem | Kind::Closure => {
                    self.cells.free(ManuallyDrop::into_inner(e.block))
                }
                Kind::Map => drop(ManuallyDrop::into_inner(e.map)),
                Kind::Free | Kind::MapIter => {}
            }
        }
    }

    /// Makes the next safepoint collect (`runtime.GC`, the stress mode).
    pub fn request_collection(&mut self) {
        self.next_gc = 0;
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Large blocks are the system's; small ones go with their chunks.
        for h in 0..self.objs.len() {
            self.free_obj(h);
        }
    }
}
