//! The one heap API: every heap object of a program is created here.
//!
//! Objects are addressed by a 32-bit handle. Value slots hold handles
//! (strings, maps, closures) or pointers, which are `handle << 32 | offset`
//! into a slot object (escaped variables, `new(T)`, slice backing arrays).
//!
//! **Invariant:** handle 0 is the empty string and doubles as nil: the zero
//! slot is a valid empty string, nil pointer, nil map, nil func and nil
//! slice array. Handle 1 holds the globals; program string constants
//! follow in order (see [`crate::program::Program::string_handle`]).
//!
//! Nothing is freed yet: the heap only grows. A tracing collector can come
//! behind this API (roots: goroutine stacks with per-pc slot maps, globals,
//! defer records) without changing the interpreter or the JIT's calls.

use crate::map::MapObj;
use crate::types::FuncId;

/// A heap handle.
pub type Handle = u32;

/// Asks the kernel to back the 2 MiB-aligned interior of a large zeroed
/// buffer with transparent huge pages, so that touching it first faults
/// once per 2 MiB instead of once per 4 KiB. Advice only: contents and
/// addresses never change, and nothing happens where it is unsupported.
fn advise_huge_pages(v: &[u64]) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let (start, len) = (v.as_ptr() as usize, std::mem::size_of_val(v));
        let (lo, hi) = (start.next_multiple_of(HUGE), (start + len) / HUGE * HUGE);
        if len >= 2 * HUGE && hi > lo {
            // SAFETY: `lo..hi` lies inside `v`'s allocation; MADV_HUGEPAGE
            // changes only how the kernel backs it.
            unsafe { libc::madvise(lo as *mut libc::c_void, hi - lo, libc::MADV_HUGEPAGE) };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = v;
}

/// A heap object.
#[derive(Debug)]
pub enum Obj {
    /// Immutable string bytes (Go strings may hold invalid UTF-8).
    Str(Box<[u8]>),
    /// Mutable 64-bit slots: a box, a `new(T)`, a slice's backing array.
    Slots(Vec<u64>),
    /// A map.
    Map(Box<MapObj>),
    /// A function value: code plus the captured variables' box pointers
    /// (or, for method values, the bound receiver's slots).
    Closure {
        /// The function to run.
        func: FuncId,
        /// Captured slots, read with `LoadCapture`.
        env: Box<[u64]>,
    },
    /// A map iterator: the map's handle and the next entry index.
    MapIter {
        /// The map being ranged over.
        map: Handle,
        /// Next entry to look at.
        next: usize,
    },
}

/// Packs a pointer to slot `off` of object `h`.
#[inline]
pub fn ptr(h: Handle, off: u32) -> u64 {
    (h as u64) << 32 | off as u64
}

/// The handle of a pointer.
#[inline]
pub fn ptr_handle(p: u64) -> Handle {
    (p >> 32) as Handle
}

/// The slot offset of a pointer.
#[inline]
pub fn ptr_off(p: u64) -> u32 {
    p as u32
}

/// All objects of one VM.
#[derive(Debug)]
pub struct Heap {
    objs: Vec<Obj>,
    /// Per handle, the address of a slot object's first slot or of a
    /// closure's first captured slot (null for other objects), for native
    /// code.
    ///
    /// **Invariant:** those buffers never move once allocated (no code
    /// resizes them), and `slot_addrs_ptr == slot_addrs.as_ptr()` (kept by
    /// `push`).
    slot_addrs: Vec<*mut u64>,
    slot_addrs_ptr: *const *mut u64,
    /// The shared closure object of each capture-free function, by
    /// `FuncId` (0 = not made yet). Go's static `funcval`s: such closures
    /// are immutable and func values compare only with nil, so one
    /// object per function serves every `MakeClosure` of it.
    static_closures: Vec<Handle>,
    /// The zero-slot object every zero-size heap allocation of the
    /// runtime points at (0 = not made yet): Go's `runtime.zerobase`.
    zerobase: Handle,
    /// The hard cap on heap bytes (`Engine::max_heap_bytes`, `gust run
    /// --max-heap`); `usize::MAX` when unlimited.
    limit: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    /// A heap holding only the empty string at handle 0.
    pub fn new() -> Self {
        let slot_addrs = vec![std::ptr::null_mut()];
        Heap {
            objs: vec![Obj::Str(Box::default())],
            slot_addrs_ptr: slot_addrs.as_ptr(),
            slot_addrs,
            static_closures: Vec::new(),
            zerobase: 0,
            limit: usize::MAX,
        }
    }

    /// Sets the hard cap on heap bytes: an allocation that would take the
    /// heap past it, even after a collection, is Go's fatal `out of
    /// memory`.
    pub fn set_limit(&mut self, bytes: usize) {
        self.limit = bytes;
    }

    /// The hard cap on heap bytes (`usize::MAX`: none).
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Offset of the slot address table's pointer (for native code, which
    /// finds slot `off` of object `h` at `table[h] + 8 * off`).
    pub const SLOT_ADDRS_OFFSET: usize = std::mem::offset_of!(Heap, slot_addrs_ptr);

    /// A heap holding the empty string at handle 0, the globals object
    /// (`globals` zeroed slots) at handle 1, and the program's string
    /// constants at handles `2..`, in order.
    pub fn with_program(globals: usize, strings: &[Vec<u8>]) -> Self {
        let mut h = Heap::new();
        h.push(Obj::Slots(vec![0; globals]));
        for s in strings {
            h.push(Obj::Str(s.as_slice().into()));
        }
        h
    }

    fn push(&mut self, mut o: Obj) -> Handle {
        let h = self.objs.len() as Handle;
        let addr = match &mut o {
            Obj::Slots(s) => s.as_mut_ptr(),
            Obj::Closure { env, .. } => env.as_mut_ptr(),
            _ => std::ptr::null_mut(),
        };
        // The buffers are on the heap: moving `o` keeps `addr` valid.
        self.objs.push(o);
        self.slot_addrs.push(addr);
        self.slot_addrs_ptr = self.slot_addrs.as_ptr();
        h
    }

    /// Allocates a string; the empty string is always handle 0.
    pub fn alloc_str(&mut self, bytes: &[u8]) -> Handle {
        if bytes.is_empty() {
            return 0;
        }
        self.push(Obj::Str(bytes.into()))
    }

    /// Allocates a string, taking ownership of the bytes.
    pub fn alloc_string(&mut self, bytes: Vec<u8>) -> Handle {
        if bytes.is_empty() {
            return 0;
        }
        self.push(Obj::Str(bytes.into_boxed_slice()))
    }

    /// The bytes of string `h`.
    #[inline]
    pub fn str(&self, h: u64) -> &[u8] {
        match &self.objs[h as usize] {
            Obj::Str(s) => s,
            o => unreachable!("string handle {h} points at {o:?}"),
        }
    }

    /// Allocates `n` zeroed slots.
    pub fn alloc_slots(&mut self, n: usize) -> Handle {
        let v = vec![0; n];
        advise_huge_pages(&v);
        self.push(Obj::Slots(v))
    }

    /// A pointer to Go's `runtime.zerobase`: the address `mallocgc` gives
    /// every zero-size allocation (so such pointers compare equal).
    pub fn zerobase(&mut self) -> u64 {
        if self.zerobase == 0 {
            self.zerobase = self.push(Obj::Slots(Vec::new()));
        }
        ptr(self.zerobase, 0)
    }

    /// `n` zeroed slots as a vector, or `None` when the system cannot
    /// provide them (Go's `out of memory`, instead of an abort). The
    /// pages are the system's zero pages until written.
    pub fn zeroed_vec(n: usize) -> Option<Vec<u64>> {
        if n == 0 {
            return Some(Vec::new());
        }
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

    /// Allocates `n` zeroed slots, or `None` when out of memory.
    pub fn try_alloc_slots(&mut self, n: usize) -> Option<Handle> {
        let v = Self::zeroed_vec(n)?;
        advise_huge_pages(&v);
        Some(self.push(Obj::Slots(v)))
    }

    /// Allocates slots holding `v`.
    pub fn alloc_slots_from(&mut self, v: Vec<u64>) -> Handle {
        self.push(Obj::Slots(v))
    }

    /// The slots of object `h`.
    #[inline]
    pub fn slots(&self, h: Handle) -> &[u64] {
        match &self.objs[h as usize] {
            Obj::Slots(s) => s,
            o => unreachable!("slot handle {h} points at {o:?}"),
        }
    }

    /// The slots of object `h`, mutably (a slice: slot objects never
    /// change size, see `slot_addrs`).
    #[inline]
    pub fn slots_mut(&mut self, h: Handle) -> &mut [u64] {
        match &mut self.objs[h as usize] {
            Obj::Slots(s) => s,
            o => unreachable!("slot handle {h} points at {o:?}"),
        }
    }

    /// Allocates a closure.
    pub fn alloc_closure(&mut self, func: FuncId, env: &[u64]) -> Handle {
        self.push(Obj::Closure {
            func,
            env: env.into(),
        })
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
        match &self.objs[h as usize] {
            Obj::Closure { func, env } => (*func, env),
            o => unreachable!("closure handle {h} points at {o:?}"),
        }
    }

    /// Allocates a map.
    pub fn alloc_map(&mut self, m: MapObj) -> Handle {
        self.push(Obj::Map(Box::new(m)))
    }

    /// Map `h`.
    pub fn map(&self, h: Handle) -> &MapObj {
        match &self.objs[h as usize] {
            Obj::Map(m) => m,
            o => unreachable!("map handle {h} points at {o:?}"),
        }
    }

    /// Map `h`, mutably.
    pub fn map_mut(&mut self, h: Handle) -> &mut MapObj {
        match &mut self.objs[h as usize] {
            Obj::Map(m) => m,
            o => unreachable!("map handle {h} points at {o:?}"),
        }
    }

    /// Allocates an iterator over map `map`.
    pub fn alloc_map_iter(&mut self, map: Handle) -> Handle {
        self.push(Obj::MapIter { map, next: 0 })
    }

    /// Iterator `h`'s map and cursor.
    pub fn map_iter_mut(&mut self, h: Handle) -> (Handle, &mut usize) {
        match &mut self.objs[h as usize] {
            Obj::MapIter { map, next } => (*map, next),
            o => unreachable!("iterator handle {h} points at {o:?}"),
        }
    }

    /// Number of objects allocated so far.
    pub fn len(&self) -> usize {
        self.objs.len()
    }

    /// Whether only the empty string exists.
    pub fn is_empty(&self) -> bool {
        self.objs.len() <= 1
    }
}
