//! Go maps: a hash index over insertion-ordered entries.
//!
//! Keys are hashed through [`MapKey`], a normalized form of the key's slots
//! (string contents instead of handles, `+0 == -0`, every NaN distinct), so
//! equal Go values hash equally whatever their representation.
//! Deleted entries leave a tombstone, which keeps iteration cursors valid
//! while the map changes (Go allows deletes and inserts during `range`).

use std::collections::{HashMap, TryReserveError};

/// A normalized map key.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MapKey {
    /// A one-word key: integers, bools, pointers, float bits.
    Word(u64),
    /// String contents.
    Bytes(Box<[u8]>),
    /// A composite key: struct fields, array elements, or an interface's
    /// dynamic type followed by its value.
    Many(Box<[MapKey]>),
    /// A NaN: never equal to anything, so each gets a fresh id.
    Nan(u64),
}

impl MapKey {
    /// Whether the key holds a NaN, at any depth.
    fn has_nan(&self) -> bool {
        match self {
            MapKey::Nan(_) => true,
            MapKey::Many(ks) => ks.iter().any(MapKey::has_nan),
            MapKey::Word(_) | MapKey::Bytes(_) => false,
        }
    }
}

/// A map object: entries in insertion order plus a hash index.
#[derive(Debug, Default)]
pub struct MapObj {
    index: HashMap<MapKey, u32>,
    keys: Vec<u64>,
    vals: Vec<u64>,
    live: Vec<bool>,
    k: usize,
    v: usize,
    len: usize,
    nans: u64,
}

impl MapObj {
    /// An empty map whose keys take `k` slots and values `v` slots.
    pub fn new(k: u32, v: u32) -> Self {
        MapObj {
            k: k as usize,
            v: v as usize,
            ..Default::default()
        }
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the map has no live entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entry index of `key`, if present.
    pub fn find(&self, key: &MapKey) -> Option<usize> {
        self.index.get(key).map(|&i| i as usize)
    }

    /// The value slots of entry `i`.
    pub fn value(&self, i: usize) -> &[u64] {
        &self.vals[i * self.v..(i + 1) * self.v]
    }

    /// The key slots of entry `i`.
    pub fn key(&self, i: usize) -> &[u64] {
        &self.keys[i * self.k..(i + 1) * self.k]
    }

    /// Sets `key` (whose slots are `kslots`) to `vslots`.
    ///
    /// A key holding a NaN anywhere (a float, a struct or array field, an
    /// interface's value) equals no key, so it is always a new entry.
    /// Assigning to an existing entry also stores the new key's slots, as
    /// gc's `mapassign` does for key types that `needkeyupdate` (floats,
    /// strings, interfaces and aggregates of them: `+0` replaced by `-0`);
    /// for every other key type equal keys have identical slots.
    /// Returns the bytes the map grew by (for the heap's accounting), or
    /// the error of growing its storage when the system refuses (the map
    /// is then unchanged).
    pub fn insert(
        &mut self,
        key: MapKey,
        kslots: &[u64],
        vslots: &[u64],
    ) -> Result<usize, TryReserveError> {
        let key = if key.has_nan() {
            self.nans += 1;
            MapKey::Nan(self.nans)
        } else {
            key
        };
        if let Some(&i) = self.index.get(&key) {
            let i = i as usize;
            self.keys[i * self.k..(i + 1) * self.k].copy_from_slice(kslots);
            self.vals[i * self.v..(i + 1) * self.v].copy_from_slice(vslots);
            return Ok(0);
        }
        // Grow everything first (amortized, as `push` would), so a refusal
        // leaves the map as it was.
        self.index.try_reserve(1)?;
        self.keys.try_reserve(kslots.len())?;
        self.vals.try_reserve(vslots.len())?;
        self.live.try_reserve(1)?;
        let i = self.live.len() as u32;
        self.index.insert(key, i);
        self.keys.extend_from_slice(kslots);
        self.vals.extend_from_slice(vslots);
        self.live.push(true);
        self.len += 1;
        Ok(self.entry_bytes())
    }

    /// Whether storing `key` adds an entry: it is absent, or holds a NaN.
    pub fn adds(&self, key: &MapKey) -> bool {
        key.has_nan() || !self.index.contains_key(key)
    }

    /// The heap bytes accounted to one entry.
    pub fn entry_bytes(&self) -> usize {
        8 * (self.k + self.v) + crate::heap::MAP_ENTRY_OVERHEAD
    }

    /// The heap bytes accounted to the map's entries (tombstones too).
    pub fn allocated_bytes(&self) -> usize {
        self.live.len() * self.entry_bytes()
    }

    /// Removes `key` if present.
    pub fn remove(&mut self, key: &MapKey) {
        if let Some(i) = self.index.remove(key) {
            self.live[i as usize] = false;
            self.len -= 1;
        }
    }

    /// Removes every entry (`clear(m)`); NaN keys included.
    pub fn clear(&mut self) {
        self.index.clear();
        self.live.iter_mut().for_each(|l| *l = false);
        self.len = 0;
    }

    /// The first live entry at or after `from`.
    pub fn next_live(&self, from: usize) -> Option<usize> {
        (from..self.live.len()).find(|&i| self.live[i])
    }

    /// Whether deleted entries outnumber live ones (and are worth
    /// reclaiming with [`MapObj::compact`]).
    pub fn wants_compaction(&self) -> bool {
        let dead = self.live.len() - self.len;
        dead > 64 && dead > self.len
    }

    /// Drops deleted entries, keeping the live ones in order. Returns,
    /// for each old entry index `i` (and `i == old length`), the new index
    /// of the first live entry at or after `i`, so iterator cursors can
    /// follow.
    pub fn compact(&mut self) -> Vec<u32> {
        let mut remap = Vec::with_capacity(self.live.len() + 1);
        let mut n = 0u32;
        for (i, &l) in self.live.iter().enumerate() {
            remap.push(n);
            if l {
                let (k, v, j) = (self.k, self.v, n as usize);
                self.keys.copy_within(i * k..(i + 1) * k, j * k);
                self.vals.copy_within(i * v..(i + 1) * v, j * v);
                n += 1;
            }
        }
        remap.push(n);
        let n = n as usize;
        self.keys.truncate(n * self.k);
        self.vals.truncate(n * self.v);
        self.keys.shrink_to_fit();
        self.vals.shrink_to_fit();
        self.live = vec![true; n];
        for i in self.index.values_mut() {
            *i = remap[*i as usize];
        }
        debug_assert_eq!(n, self.len, "live entries miscounted");
        remap
    }

    /// Indexes of live entries in insertion order.
    pub fn live_entries(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.live.len()).filter(|&i| self.live[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_find_remove_iterate() {
        let mut m = MapObj::new(1, 1);
        assert_eq!(m.insert(MapKey::Word(1), &[1], &[10]), Ok(m.entry_bytes()));
        assert!(m.adds(&MapKey::Word(2)));
        m.insert(MapKey::Word(2), &[2], &[20]).unwrap();
        assert!(!m.adds(&MapKey::Word(1)));
        assert_eq!(m.insert(MapKey::Word(1), &[1], &[11]), Ok(0));
        assert_eq!(m.len(), 2);
        assert_eq!(m.value(m.find(&MapKey::Word(1)).unwrap()), &[11]);
        m.remove(&MapKey::Word(1));
        assert_eq!(m.live_entries().collect::<Vec<_>>(), vec![1]);
        assert_eq!(m.next_live(0), Some(1));
    }

    #[test]
    fn nan_keys_are_all_distinct() {
        let mut m = MapObj::new(1, 1);
        m.insert(MapKey::Nan(0), &[0], &[1]).unwrap();
        assert!(m.adds(&MapKey::Nan(0)));
        m.insert(MapKey::Nan(0), &[0], &[2]).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m.find(&MapKey::Nan(0)), None);
    }

    #[test]
    fn compaction_keeps_order_and_moves_cursors() {
        let mut m = MapObj::new(1, 1);
        for i in 0..200u64 {
            m.insert(MapKey::Word(i), &[i], &[i * 10]).unwrap();
        }
        for i in (0..200u64).filter(|i| i % 4 != 0) {
            m.remove(&MapKey::Word(i));
        }
        assert!(m.wants_compaction());
        let remap = m.compact();
        assert!(!m.wants_compaction());
        assert_eq!(m.len(), 50);
        let keys: Vec<u64> = m.live_entries().map(|i| m.key(i)[0]).collect();
        assert_eq!(keys, (0..200).step_by(4).collect::<Vec<_>>());
        assert_eq!(m.value(m.find(&MapKey::Word(8)).unwrap()), &[80]);
        // A cursor at old entry 5 (deleted) resumes at key 8, now entry 2;
        // one past the end stays past the end.
        assert_eq!(m.key(remap[5] as usize)[0], 8);
        assert_eq!(remap[200], 50);
    }
}
