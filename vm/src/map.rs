//! Go maps: a hash index over insertion-ordered entries.
//!
//! Keys are hashed through [`MapKey`], a normalized form of the key's slots
//! (string contents instead of handles, `+0 == -0`, every NaN distinct), so
//! equal Go values hash equally whatever their representation.
//! Deleted entries leave a tombstone, which keeps iteration cursors valid
//! while the map changes (Go allows deletes and inserts during `range`).

use std::collections::HashMap;

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
    /// Returns the bytes the map grew by (for the heap's accounting).
    pub fn insert(&mut self, key: MapKey, kslots: &[u64], vslots: &[u64]) -> usize {
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
            return 0;
        }
        let i = self.live.len() as u32;
        self.index.insert(key, i);
        self.keys.extend_from_slice(kslots);
        self.vals.extend_from_slice(vslots);
        self.live.push(true);
        self.len += 1;
        self.entry_bytes()
    }

    /// The heap bytes accounted to one entry.
    fn entry_bytes(&self) -> usize {
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
        m.insert(MapKey::Word(1), &[1], &[10]);
        m.insert(MapKey::Word(2), &[2], &[20]);
        m.insert(MapKey::Word(1), &[1], &[11]);
        assert_eq!(m.len(), 2);
        assert_eq!(m.value(m.find(&MapKey::Word(1)).unwrap()), &[11]);
        m.remove(&MapKey::Word(1));
        assert_eq!(m.live_entries().collect::<Vec<_>>(), vec![1]);
        assert_eq!(m.next_live(0), Some(1));
    }

    #[test]
    fn nan_keys_are_all_distinct() {
        let mut m = MapObj::new(1, 1);
        m.insert(MapKey::Nan(0), &[0], &[1]);
        m.insert(MapKey::Nan(0), &[0], &[2]);
        assert_eq!(m.len(), 2);
        assert_eq!(m.find(&MapKey::Nan(0)), None);
    }
}
