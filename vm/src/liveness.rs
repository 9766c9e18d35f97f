//! Per-pc frame maps: which of a frame's reference slots are live where
//! the frame can stand during a collection, and how deep its operand
//! stack is there (Go's stack maps, `PCDATA_StackMapIndex`).
//!
//! A slot is *live* at a pc when some path from there reads it before
//! writing it. The collector scans only the live reference slots of each
//! frame, so an object a frame no longer needs (a consumed input, the
//! slice a finished `range` walked) is freed while the frame runs, as in
//! Go, whose liveness analysis does the same.
//!
//! **Reads and writes** come from the opcode table: every slot in
//! [`Op::local_slots`] is read, except that `StoreLocal` and `StoreLocalN`
//! only write theirs. The runtime's own reads of a frame are added to
//! every map: a function with defers may be resumed at its deferreturn
//! epilogue from any pc (a recovered panic), which then reads what is
//! live there, and a panic runs its open-coded defers from their funcdata
//! slots.
//!
//! **Where a frame stands:** its header's saved pc `p` is the instruction
//! after the one it is executing (`p - 1`: a call, or an instruction
//! that may collect, [`Op::may_collect`]), whose map is the live set
//! before `p - 1`; or `DeferReturn` itself while that runs a deferred
//! call, or the deferreturn point a recovery set, or 0, whose map is the
//! live set before `p`. (Never the set before `p` merely because `p`
//! follows `p - 1`: after a `panic` that is dead code, whose slots may
//! have been dead, and their objects freed, before.) Other pcs have no
//! map: a frame stands there
//! only while a panic it will not resume from runs deferred calls above
//! it, and its slots are scanned conservatively there (a dead slot may
//! hold a reference to an object freed since).
//!
//! Only reference slots are tracked (the frame's slots whose
//! [`SlotKind`] is not `Scalar`), one bit each; maps are deduplicated. A
//! function whose analysis or maps would pass [`MAX_DATAFLOW_WORDS`] or
//! [`MAX_MAP_WORDS`] keeps none.

use crate::op::Op;
use crate::program::{Function, SlotKind};

/// The most bitset words one function's distinct maps may take (8 MiB).
pub const MAX_MAP_WORDS: usize = 1 << 20;

/// The most bitset words the analysis of one function may use (32 MiB,
/// while it runs).
pub const MAX_DATAFLOW_WORDS: usize = 1 << 22;

/// No map at this pc: every slot is scanned.
const NO_MAP: u32 = u32::MAX;

/// Not a tracked slot.
const UNTRACKED: u32 = u32::MAX;

/// A function's frame maps (see the module doc). The default (no maps)
/// scans every slot and the whole operand stack.
#[derive(Clone, Debug, Default)]
pub struct FrameMaps {
    /// The tracked slots, ascending: bit `k` of a map is slot
    /// `tracked[k]`.
    tracked: Vec<u32>,
    /// Bitset words per map.
    words: usize,
    /// Per saved pc (`0..=code.len()`): the index of its map in `maps`
    /// (or `NO_MAP`) and a bound on the operand stack's depth while the
    /// frame stands there.
    at: Vec<(u32, u32)>,
    /// The distinct maps, `words` words each.
    maps: Vec<u64>,
    /// Whether the function has maps (else every slot is scanned
    /// everywhere).
    precise: bool,
}

/// Where a frame with saved pc `p` stands: which slots to scan and its
/// operand-stack depth bound.
pub struct FrameMap<'a> {
    /// The slots to scan.
    pub live: Live<'a>,
    /// The operand stack holds at most this many slots here (runtime
    /// helpers may push more: see `Vm::sp`).
    pub depth: u32,
}

/// Which of a frame's slots the collector scans.
#[derive(Clone, Copy)]
pub enum Live<'a> {
    /// Every slot, by its kind: the function has no maps, so no slot of
    /// its frames is ever skipped and none can hold a freed reference.
    All,
    /// These slots, by their kinds.
    Slots(LiveSlots<'a>),
    /// Every slot, conservatively: a pc without a map in a function with
    /// maps (a frame a panic will not resume), where a dead slot may
    /// hold a reference to an object freed since.
    Unknown,
}

/// The live reference slots of a frame map.
#[derive(Clone, Copy)]
pub struct LiveSlots<'a> {
    tracked: &'a [u32],
    bits: &'a [u64],
}

impl LiveSlots<'_> {
    /// The live slots, ascending.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let bits = self.bits;
        self.tracked
            .iter()
            .enumerate()
            .filter(move |&(k, _)| bits[k / 64] >> (k % 64) & 1 == 1)
            .map(|(_, &slot)| slot)
    }
}

impl FrameMaps {
    /// The map of a frame of `f` whose saved pc is `p`.
    pub fn at(&self, f: &Function, p: u32) -> FrameMap<'_> {
        match self.at.get(p as usize) {
            Some(&(m, depth)) if m != NO_MAP => {
                let i = m as usize * self.words;
                let live = LiveSlots {
                    tracked: &self.tracked,
                    bits: &self.maps[i..i + self.words],
                };
                FrameMap {
                    live: Live::Slots(live),
                    depth,
                }
            }
            Some(&(_, depth)) => FrameMap {
                live: match self.precise {
                    true => Live::Unknown,
                    false => Live::All,
                },
                depth,
            },
            None => FrameMap {
                live: Live::All,
                depth: f.max_stack,
            },
        }
    }

    /// Whether a frame with saved pc `p` may stand there during a
    /// collection: it has a map there, or the function has none at all.
    pub fn may_stand_at(&self, p: u32) -> bool {
        !self.precise || self.at.get(p as usize).is_some_and(|&(m, _)| m != NO_MAP)
    }

    /// Computes `f`'s maps from its code and the operand-stack depth
    /// before each instruction (`depths`, from the verifier; `None` for
    /// unreachable code).
    pub fn new(f: &Function, depths: &[Option<u32>]) -> FrameMaps {
        let n = f.code.len();
        let slots = f.locals.saturating_sub(f.pad);
        let tracked: Vec<u32> = (0..slots)
            .filter(|&i| f.slot_kinds.get(i as usize).copied() != Some(SlotKind::Scalar))
            .collect();
        let mut bit = vec![UNTRACKED; slots as usize];
        for (k, &i) in tracked.iter().enumerate() {
            bit[i as usize] = k as u32;
        }
        let bits = Bits { bit: &bit };
        let words = tracked.len().div_ceil(64);
        let Some(live_in) = live_in(f, &bits, words) else {
            return FrameMaps::default();
        };
        let set = |pc: usize| &live_in[pc * words..(pc + 1) * words];

        // What the runtime may read at any pc (see the module doc).
        let mut always = vec![0u64; words];
        if let Some(dr) = f.deferreturn {
            or(&mut always, set(dr as usize));
            bits.set(&mut always, f.result_slot..f.result_slot + f.results, true);
        }
        if let Some(od) = &f.open_defers {
            bits.set(&mut always, od.bits_slot..od.bits_slot + 1, true);
            for &(closure, first, args) in &od.defers {
                bits.set(&mut always, closure..closure + 1, true);
                bits.set(&mut always, first..first + args, true);
            }
        }

        let depth = |pc: usize| depths.get(pc).copied().flatten();
        let mut at = Vec::with_capacity(n + 1);
        let mut maps: Vec<u64> = Vec::new();
        let mut index = std::collections::HashMap::<Vec<u64>, u32>::new();
        let mut m = vec![0u64; words];
        for p in 0..=n {
            let d = match (p.checked_sub(1).and_then(depth), depth(p)) {
                (None, None) => f.max_stack,
                (a, b) => a.max(b).unwrap_or(0),
            };
            let (running, resumed) = (runs(f, p), resumes(f, p));
            if !running && !resumed {
                at.push((NO_MAP, d));
                continue;
            }
            m.copy_from_slice(&always);
            if running {
                or(&mut m, set(p - 1));
            }
            if resumed && p < n {
                or(&mut m, set(p));
            }
            let next = index.len() as u32;
            let i = *index.entry(m.clone()).or_insert_with(|| {
                maps.extend_from_slice(&m);
                next
            });
            at.push((i, d));
        }
        let precise = maps.len() <= MAX_MAP_WORDS;
        if !precise {
            at.iter_mut().for_each(|e| e.0 = NO_MAP);
            maps = Vec::new();
        }
        FrameMaps {
            tracked,
            words,
            at,
            maps,
            precise,
        }
    }
}

/// Whether a frame of `f` with saved pc `p` may be running instruction
/// `p - 1` during a collection.
fn runs(f: &Function, p: usize) -> bool {
    p > 0 && f.code[p - 1].may_collect()
}

/// Whether a frame of `f` may stand at saved pc `p` during a collection
/// about to run (or running) instruction `p` itself: at entry, a
/// `DeferReturn` running a deferred call, the point a recovery resumes.
fn resumes(f: &Function, p: usize) -> bool {
    p == 0 || f.deferreturn == Some(p as u32) || matches!(f.code.get(p), Some(Op::DeferReturn))
}

/// The tracked bit of each slot.
struct Bits<'a> {
    bit: &'a [u32],
}

impl Bits<'_> {
    /// Sets (or clears) the bits of the tracked slots in `r`.
    fn set(&self, set: &mut [u64], r: std::ops::Range<u32>, on: bool) {
        let end = (r.end as usize).min(self.bit.len());
        for &k in self.bit.get(r.start as usize..end).unwrap_or(&[]) {
            if k != UNTRACKED {
                let (w, b) = (k as usize / 64, 1u64 << (k % 64));
                match on {
                    true => set[w] |= b,
                    false => set[w] &= !b,
                }
            }
        }
    }
}

/// The live tracked slots before each instruction of `f` (`words`
/// bitset words each): a backward dataflow to a fixed point. `None` when
/// that would pass [`MAX_DATAFLOW_WORDS`].
fn live_in(f: &Function, bits: &Bits, words: usize) -> Option<Vec<u64>> {
    let n = f.code.len();
    if n.saturating_mul(words) > MAX_DATAFLOW_WORDS {
        return None;
    }
    let mut live = vec![0u64; n * words];
    let mut out = vec![0u64; words];
    let mut changed = words > 0;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let op = f.code[pc];
            out.fill(0);
            if !op.ends_block() && pc + 1 < n {
                or(&mut out, &live[(pc + 1) * words..(pc + 2) * words]);
            }
            if let Some(t) = op.branch_target().filter(|&t| (t as usize) < n) {
                let t = t as usize;
                or(&mut out, &live[t * words..(t + 1) * words]);
            }
            // Stores only write their slots; every other access reads.
            let reads = !matches!(op, Op::StoreLocal { .. } | Op::StoreLocalN { .. });
            for r in op.local_slots() {
                bits.set(&mut out, r, reads);
            }
            let here = &mut live[pc * words..(pc + 1) * words];
            if *here != *out {
                here.copy_from_slice(&out);
                changed = true;
            }
        }
    }
    Some(live)
}

/// `a |= b`, word by word.
fn or(a: &mut [u64], b: &[u64]) {
    a.iter_mut().zip(b).for_each(|(x, y)| *x |= y);
}

#[cfg(test)]
mod tests;
