//! Storage for memory objects: small ones in cells of a few size classes
//! carved from 64 KiB chunks (Go's spans), large ones allocated alone.
//! Every block is zeroed when handed out, 8-aligned, and never moves.
//!
//! A small object costs its class's size and nothing else (no allocator
//! header), and allocating it is a pop from its class's free list or a
//! bump in the class's current chunk.

use std::alloc::Layout;
use std::ptr::NonNull;

/// Size classes in 8-byte words (Go's classes up to 256 bytes, coarser).
const CLASSES: [usize; 10] = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32];

/// Words per chunk.
const CHUNK_WORDS: usize = 8192;

/// The storage of one memory object: `words` zeroed-at-birth words.
///
/// **Invariant:** a block is freed only through the [`Cells`] that made
/// it ([`Cells::free`]), and at most once.
#[derive(Debug)]
#[repr(C)] // `ptr` first: native code reads it at a fixed offset.
pub(crate) struct Block {
    ptr: NonNull<u64>,
    words: u32,
    /// The owner's word about the block (the heap keeps a string's
    /// length, a memory object's `Scan` or a closure's function here, so
    /// an object's table entry is this block: two words).
    pub(crate) meta: u32,
}

impl Block {
    /// The object's words.
    #[inline]
    pub(crate) fn words(&self) -> &[u64] {
        // SAFETY: `ptr` addresses `words` initialized words owned by this
        // block (the invariant: not freed while the block exists).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.words as usize) }
    }

    /// The object's words, mutably.
    #[inline]
    pub(crate) fn words_mut(&mut self) -> &mut [u64] {
        // SAFETY: as in `words`; `&mut self` makes the view unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.words as usize) }
    }

    /// The block's bytes (its words').
    #[inline]
    pub(crate) fn bytes(&self) -> &[u8] {
        // SAFETY: as in `words`; any initialized u64 is 8 initialized
        // bytes, and u8 has no alignment requirement.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().cast(), 8 * self.words as usize) }
    }

    /// The block's bytes, mutably.
    #[inline]
    pub(crate) fn bytes_mut(&mut self) -> &mut [u8] {
        let w = self.words_mut();
        // SAFETY: every byte pattern is a valid u64; the borrow of `self`
        // covers the view.
        unsafe { std::slice::from_raw_parts_mut(w.as_mut_ptr().cast(), 8 * w.len()) }
    }

    /// The bytes the block takes (its class's size for a small one).
    pub(crate) fn footprint(&self) -> usize {
        8 * class_of(self.words as usize).map_or(self.words as usize, |c| CLASSES[c])
    }
}

/// The size class holding `words` words, if small.
fn class_of(words: usize) -> Option<usize> {
    CLASSES.iter().position(|&c| c >= words)
}

/// The allocator of memory objects' blocks.
#[derive(Debug, Default)]
pub(crate) struct Cells {
    /// Per class, the first freed cell waiting for reuse (null: none).
    /// Freed cells form a list through their first word, which holds
    /// the next one's address; the rest of each is zero.
    free: [usize; CLASSES.len()],
    /// Per class, the unused rest of its current chunk (next, end).
    bump: [(usize, usize); CLASSES.len()],
    /// Every chunk, kept until the heap goes.
    chunks: Vec<Box<[u64]>>,
}

impl Cells {
    /// A zeroed block of `words` words, or `None` when the system cannot
    /// provide it (Go's out of memory, never an abort).
    pub(crate) fn alloc(&mut self, words: usize) -> Option<Block> {
        let w = u32::try_from(words).ok()?;
        if words == 0 {
            return Some(Block {
                ptr: NonNull::dangling(),
                words: 0,
                meta: 0,
            });
        }
        let Some(c) = class_of(words) else {
            let layout = Layout::array::<u64>(words).ok()?;
            // SAFETY: `layout` has a non-zero size (words > 0).
            let p = unsafe { std::alloc::alloc_zeroed(layout) } as *mut u64;
            super::advise_huge_pages(p, words);
            return Some(Block {
                ptr: NonNull::new(p)?,
                words: w,
                meta: 0,
            });
        };
        if let Some(ptr) = NonNull::new(self.free[c] as *mut u64) {
            // SAFETY: a freed cell of this class (see `free`): its first
            // word links the next; cleared, the cell is all zero.
            unsafe {
                self.free[c] = ptr.as_ptr().read() as usize;
                ptr.as_ptr().write(0);
            }
            return Some(Block {
                ptr,
                words: w,
                meta: 0,
            });
        }
        let size = CLASSES[c];
        let (next, end) = &mut self.bump[c];
        if *next + 8 * size > *end {
            let mut chunk = Vec::new();
            chunk.try_reserve_exact(CHUNK_WORDS).ok()?;
            chunk.resize(CHUNK_WORDS, 0);
            let chunk = chunk.into_boxed_slice();
            *next = chunk.as_ptr() as usize;
            *end = *next + 8 * CHUNK_WORDS;
            self.chunks.push(chunk);
        }
        let p = *next as *mut u64;
        *next += 8 * size;
        Some(Block {
            ptr: NonNull::new(p)?,
            words: w,
            meta: 0,
        })
    }

    /// A block holding `v`.
    pub(crate) fn holding(&mut self, v: Vec<u64>) -> Block {
        if class_of(v.len()).is_none() {
            let words = v.len() as u32;
            let p = Box::into_raw(v.into_boxed_slice()) as *mut u64;
            // (A boxed slice of u64 has `Layout::array::<u64>(len)`, the
            // layout `free` deallocates large blocks with.)
            return Block {
                ptr: NonNull::new(p).expect("a boxed slice is never null"),
                words,
                meta: 0,
            };
        }
        let mut b = self.alloc(v.len()).expect("small blocks come from chunks");
        b.words_mut().copy_from_slice(&v);
        b
    }

    /// A block holding `bytes` (zero-padded to a word), or `None` when
    /// the system cannot provide it.
    pub(crate) fn holding_bytes(&mut self, bytes: &[u8]) -> Option<Block> {
        let mut b = self.alloc(bytes.len().div_ceil(8))?;
        b.bytes_mut()[..bytes.len()].copy_from_slice(bytes);
        Some(b)
    }

    /// Returns block `b`'s memory: a small cell (zeroed again) to its
    /// class, a large block to the system.
    pub(crate) fn free(&mut self, b: Block) {
        let words = b.words as usize;
        if words == 0 {
            return;
        }
        match class_of(words) {
            Some(c) => {
                // The whole cell: a smaller object may have used less of
                // it than a later one will.
                // SAFETY: the cell has CLASSES[c] words, all owned by `b`,
                // which is freed once (the invariant): it joins the list.
                unsafe {
                    std::ptr::write_bytes(b.ptr.as_ptr(), 0, CLASSES[c]);
                    b.ptr.as_ptr().write(self.free[c] as u64);
                }
                self.free[c] = b.ptr.as_ptr() as usize;
            }
            None => {
                let layout = Layout::array::<u64>(words).expect("it was allocated");
                // SAFETY: a large block was allocated by the global
                // allocator with this layout (`alloc` or `holding`), and
                // is freed once (the invariant).
                unsafe { std::alloc::dealloc(b.ptr.as_ptr() as *mut u8, layout) };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_zeroed_reused_and_large_blocks_stand_alone() {
        let mut c = Cells::default();
        let mut a = c.alloc(2).unwrap();
        a.words_mut().copy_from_slice(&[7, 9]);
        let p = a.words().as_ptr();
        assert_eq!(a.footprint(), 16);
        c.free(a);
        let b = c.alloc(2).unwrap();
        assert_eq!(
            (b.words().as_ptr(), b.words()),
            (p, &[0u64, 0][..]),
            "reused, zeroed"
        );
        let big = c.holding(vec![1; 100]);
        assert_eq!((big.footprint(), big.words()[99]), (800, 1));
        c.free(big);
        let odd = c.alloc(5).unwrap();
        assert_eq!(odd.footprint(), 48);
        assert!(c.alloc(1 << 40).is_none(), "refused, not aborted");
    }

    #[test]
    fn cells_never_overlap_across_chunks() {
        let mut c = Cells::default();
        for size in [1, 3, 32] {
            let n = 3 * CHUNK_WORDS / size + 7;
            let mut blocks: Vec<Block> = (0..n).map(|_| c.alloc(size).unwrap()).collect();
            for (i, b) in blocks.iter_mut().enumerate() {
                b.words_mut().fill(i as u64);
            }
            for (i, b) in blocks.iter().enumerate() {
                assert!(
                    b.words().iter().all(|&w| w == i as u64),
                    "cell {i} of {size} words"
                );
                let (lo, hi) = (
                    b.words().as_ptr() as usize,
                    b.words().as_ptr() as usize + 8 * size,
                );
                let chunk = c.chunks.iter().find(|ch| {
                    let s = ch.as_ptr() as usize;
                    (s..s + 8 * CHUNK_WORDS).contains(&lo)
                });
                let s = chunk.expect("in a chunk").as_ptr() as usize;
                assert!(
                    hi <= s + 8 * CHUNK_WORDS,
                    "cell {i} of {size} words ends past its chunk"
                );
            }
        }
    }
}
