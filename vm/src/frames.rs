//! The frame-header stack, laid out for native code.
//!
//! [`Frames`] is a `Vec<Frame>` whose buffer, length and limit sit at
//! fixed offsets (`#[repr(C)]`, see `tier::native_layout`), so compiled
//! code pushes and pops the headers of its direct calls itself, exactly as
//! the interpreter does: one frame stack for both tiers.

use crate::goroutine::Frame;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

/// A growable stack of [`Frame`]s.
///
/// **Invariant:** `ptr`/`len`/`cap` are the raw parts of a live
/// `Vec<Frame>`; `limit == min(cap, max)`, so native code that sees
/// `len < limit` may write `ptr[len]` and bump `len` without growing and
/// without passing the VM's frame limit.
#[repr(C)]
pub struct Frames {
    ptr: *mut Frame,
    len: usize,
    limit: usize,
    cap: usize,
    max: usize,
}

impl Frames {
    /// Offset of the buffer pointer (for native code).
    pub const PTR_OFFSET: usize = std::mem::offset_of!(Frames, ptr);
    /// Offset of the length.
    pub const LEN_OFFSET: usize = std::mem::offset_of!(Frames, len);
    /// Offset of the limit.
    pub const LIMIT_OFFSET: usize = std::mem::offset_of!(Frames, limit);

    /// An empty stack that may hold at most `max` frames.
    pub fn new(max: usize) -> Self {
        let mut f = Frames::from_vec(Vec::with_capacity(64), max);
        f.limit = f.cap.min(max);
        f
    }

    fn from_vec(v: Vec<Frame>, max: usize) -> Self {
        let mut v = ManuallyDrop::new(v);
        let (ptr, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
        Frames {
            ptr,
            len,
            limit: cap.min(max),
            cap,
            max,
        }
    }

    /// Takes the buffer back as a `Vec` (leaving `self` empty).
    fn take_vec(&mut self) -> Vec<Frame> {
        // SAFETY: the raw parts of a live Vec (the invariant); `self` is
        // reset so they are not used twice.
        let v = unsafe { Vec::from_raw_parts(self.ptr, self.len, self.cap) };
        self.ptr = std::ptr::NonNull::dangling().as_ptr();
        (self.len, self.cap, self.limit) = (0, 0, 0);
        v
    }

    /// Pushes a header.
    #[inline]
    pub fn push(&mut self, f: Frame) {
        if self.len == self.cap {
            self.grow();
        }
        // SAFETY: `len < cap` now.
        unsafe { self.ptr.add(self.len).write(f) };
        self.len += 1;
    }

    #[cold]
    fn grow(&mut self) {
        let max = self.max;
        let mut v = self.take_vec();
        v.reserve(v.len().max(64));
        *self = Frames::from_vec(v, max);
    }

    /// Makes room for `n` headers in all (at most the limit of frames);
    /// `false` when the system refuses the memory.
    pub fn try_reserve_total(&mut self, n: usize) -> bool {
        let n = n.min(self.max);
        if n <= self.cap {
            return true;
        }
        let max = self.max;
        let mut v = self.take_vec();
        let ok = v.try_reserve_exact(n - v.len()).is_ok();
        *self = Frames::from_vec(v, max);
        ok
    }

    /// Pops the innermost header.
    #[inline]
    pub fn pop(&mut self) -> Option<Frame> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: index `len` was initialized; `Frame` is `Copy`.
        Some(unsafe { self.ptr.add(self.len).read() })
    }

    /// Drops the headers from index `n` on.
    #[inline]
    pub fn truncate(&mut self, n: usize) {
        self.len = self.len.min(n);
    }
}

impl Default for Frames {
    fn default() -> Self {
        Frames::new(usize::MAX)
    }
}

impl Drop for Frames {
    fn drop(&mut self) {
        drop(self.take_vec());
    }
}

impl Deref for Frames {
    type Target = [Frame];
    fn deref(&self) -> &[Frame] {
        // SAFETY: `len` initialized headers at `ptr` (the invariant).
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl DerefMut for Frames {
    fn deref_mut(&mut self) -> &mut [Frame] {
        // SAFETY: as in `deref`; `&mut self` is exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl std::fmt::Debug for Frames {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::FuncId;

    fn frame(i: u32) -> Frame {
        Frame {
            func: FuncId(i),
            pc: i,
            base: i,
            ret: i,
            closure: 0,
            keep_results: true,
        }
    }

    #[test]
    fn push_pop_grow_truncate() {
        let mut s = Frames::new(100);
        for i in 0..200 {
            s.push(frame(i));
        }
        assert_eq!(s.len(), 200);
        assert!(s.limit <= 100 && s.limit <= s.cap);
        assert_eq!(s[150].pc, 150);
        assert_eq!(s.pop().map(|f| f.pc), Some(199));
        s.truncate(10);
        assert_eq!(s.last().map(|f| f.pc), Some(9));
        s.last_mut().unwrap().pc = 77;
        assert_eq!(s[9].pc, 77);
    }
}
