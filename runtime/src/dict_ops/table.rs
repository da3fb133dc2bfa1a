//! The hash table behind a dict: CPython 3.11's compact dict
//! (`Objects/dictobject.c`). A dense, insertion-ordered array of entries, plus
//! an open-addressing index table (power-of-two size, perturbed probing) that
//! maps a hash to an entry position.
//!
//! The growth policy is CPython's too (a table of size `n` takes `2n/3`
//! insertions, then grows to fit `3 * len`), so the moments when deleted
//! entries get compacted away, which a dict mutated while being iterated can
//! observe, are the same as in CPython.
//!
//! This module knows nothing of slot kinds or reference counts: keys and
//! values are opaque bits, and callers pass the key comparison in.

/// Index-table value of a slot never used.
const EMPTY: i32 = -1;
/// Index-table value of a slot whose entry was deleted (probing continues past it).
const DUMMY: i32 = -2;
/// Hash of a deleted entry (a real hash is never -1).
const DELETED: i64 = -1;
const PERTURB_SHIFT: u32 = 5;
/// log2 of the smallest table.
const LOG_MIN_SIZE: u32 = 3;

/// One key/value pair with its key's hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub hash: i64,
    pub key: i64,
    pub value: i64,
}

impl Entry {
    pub fn is_live(&self) -> bool {
        self.hash != DELETED
    }
}

/// CPython's `USABLE_FRACTION`: how many entries a table of `size` slots takes.
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython's `calculate_log2_keysize`: the smallest table size `>= min_size` (at least 8).
fn table_size_for(min_size: usize) -> usize {
    min_size.max(1 << LOG_MIN_SIZE).next_power_of_two()
}

/// CPython's `estimate_log2_keysize`: a table size that takes `n` entries.
pub fn table_size_to_hold(n: usize) -> usize {
    table_size_for(n.saturating_mul(3).saturating_add(1) / 2)
}

#[derive(Clone, Debug, Default)]
pub struct DictTable {
    /// Slot -> entry position, `EMPTY` or `DUMMY`. Empty (no slots) until the
    /// first insertion, like CPython's shared empty keys object.
    indices: Vec<i32>,
    /// Entries in insertion order, deleted ones included until the next resize.
    entries: Vec<Entry>,
    /// Entries that may still be appended before the table must grow.
    usable: usize,
    /// Live entries.
    used: usize,
    /// Bumped by every insertion, deletion and move of an entry (not by a
    /// value replaced, nor by `take_all`): CPython's `od_state`, by which an
    /// OrderedDict's loop sees that the dict was mutated (`ordered.rs`).
    version: u32,
    /// No live entry is before this position (deleted ones may be): where
    /// `pop_first` starts looking, so that popping from the front, as an
    /// LRU cache does, does not walk the deleted entries again each time.
    first_live_from: usize,
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    /// All entry positions, deleted ones included (they fail `is_live`).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, position: usize) -> Option<&Entry> {
        self.entries.get(position).filter(|entry| entry.is_live())
    }

    pub fn entry_mut(&mut self, position: usize) -> Option<&mut Entry> {
        self.entries
            .get_mut(position)
            .filter(|entry| entry.is_live())
    }

    /// The live entries in order.
    pub fn live_entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|entry| entry.is_live())
    }

    /// The first live entry position at or after `position`.
    pub fn next_live(&self, position: usize) -> Option<usize> {
        (position..self.entries.len()).find(|&i| self.entries[i].is_live())
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// The probe sequence of `hash`: the slots CPython visits, in order. Once
    /// `perturb` is shifted out (13 steps) the recurrence cycles through every
    /// slot, so the sequence is cut after that: a search that reaches the end
    /// has seen the whole table (which never happens: a table always has an
    /// EMPTY slot, but a bound keeps a broken invariant from hanging).
    fn probe(&self, hash: i64) -> impl Iterator<Item = usize> {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut slot = (hash as u64 as usize) & mask;
        let mut first = true;
        std::iter::from_fn(move || {
            if !first {
                perturb >>= PERTURB_SHIFT;
                slot = mask & (slot.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1));
            }
            first = false;
            Some(slot)
        })
        .take(self.indices.len() + 64)
    }

    /// `(slot, entry position)` of the key with `hash` for which `same_key`
    /// holds, or `None`. `same_key` is only asked about keys with this hash.
    pub fn find(&self, hash: i64, mut same_key: impl FnMut(i64) -> bool) -> Option<(usize, usize)> {
        if self.indices.is_empty() {
            return None;
        }
        for slot in self.probe(hash) {
            match self.indices[slot] {
                EMPTY => return None,
                DUMMY => {}
                position => {
                    let entry = &self.entries[position as usize];
                    if entry.hash == hash && same_key(entry.key) {
                        return Some((slot, position as usize));
                    }
                }
            }
        }
        None
    }

    /// The first EMPTY or DUMMY slot on `hash`'s probe sequence (`find_empty_slot`).
    fn free_slot(&self, hash: i64) -> usize {
        self.probe(hash)
            .find(|&slot| self.indices[slot] < 0)
            .unwrap_or(0)
    }

    /// Appends a new entry for a key known to be absent; returns its position.
    pub fn insert_new(&mut self, hash: i64, key: i64, value: i64) -> usize {
        if self.usable == 0 {
            // CPython's `insertion_resize`: GROWTH_RATE is used * 3.
            self.resize(table_size_for(self.used.saturating_mul(3)));
        }
        let slot = self.free_slot(hash);
        let position = self.entries.len();
        self.indices[slot] = position as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.usable -= 1;
        self.version = self.version.wrapping_add(1);
        position
    }

    /// Deletes the entry found at `(slot, position)` by [`DictTable::find`] and
    /// returns it.
    pub fn remove(&mut self, slot: usize, position: usize) -> Entry {
        let entry = self.entries[position];
        self.indices[slot] = DUMMY;
        self.entries[position].hash = DELETED;
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        entry
    }

    /// Removes and returns the last live entry (`popitem`). As in CPython the
    /// entry array is truncated there, but the slot stays a DUMMY.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let position = (0..self.entries.len())
            .rev()
            .find(|&i| self.entries[i].is_live())?;
        let entry = self.entries[position];
        let slot = self
            .probe(entry.hash)
            .find(|&slot| self.indices[slot] == position as i32)?;
        self.indices[slot] = DUMMY;
        self.entries.truncate(position);
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        Some(entry)
    }

    /// Removes and returns the first live entry (`OrderedDict.popitem(last=False)`).
    pub fn pop_first(&mut self) -> Option<Entry> {
        let position = self.next_live(self.first_live_from)?;
        let hash = self.entries[position].hash;
        let slot = self.probe(hash).find(|&slot| self.indices[slot] == position as i32)?;
        self.first_live_from = position + 1;
        Some(self.remove(slot, position))
    }

    /// Moves the entry found at `(slot, position)` to the end of the order
    /// (`OrderedDict.move_to_end(key)`): deleted there, appended again.
    pub fn move_to_back(&mut self, slot: usize, position: usize) {
        if self.entries[position + 1..].iter().all(|e| !e.is_live()) {
            return;
        }
        let entry = self.remove(slot, position);
        self.insert_new(entry.hash, entry.key, entry.value);
    }

    /// Moves the entry at `position` to the front of the order
    /// (`move_to_end(key, last=False)`): the entries are rebuilt in the new
    /// order, at the table's current size.
    pub fn move_to_front(&mut self, position: usize) {
        if self.next_live(0) == Some(position) {
            return;
        }
        let entry = self.entries.remove(position);
        self.entries.insert(0, entry);
        let size = self.indices.len();
        self.resize(size);
        self.version = self.version.wrapping_add(1);
    }

    /// Rebuilds the table with `size` slots, dropping deleted entries.
    pub fn resize(&mut self, size: usize) {
        self.entries.retain(Entry::is_live);
        self.first_live_from = 0;
        // CPython's sizes always leave room; the loop only guards the invariant
        // that a table has an EMPTY slot and room for one more entry.
        let mut size = table_size_for(size);
        while usable_fraction(size) <= self.entries.len() {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        for position in 0..self.entries.len() {
            let slot = self.free_slot(self.entries[position].hash);
            self.indices[slot] = position as i32;
        }
        self.usable = usable_fraction(size) - self.entries.len();
    }

    /// Makes room for `additional` more entries at once (dict `update`'s presizing).
    pub fn reserve(&mut self, additional: usize) {
        if usable_fraction(self.indices.len()) < additional {
            self.resize(table_size_to_hold(self.used + additional));
        }
    }

    /// Empties the table (back to no slots), returning the live entries.
    pub fn take_all(&mut self) -> Vec<Entry> {
        let table = std::mem::take(self);
        // A loop over an OrderedDict cleared meanwhile sees its size change,
        // not its version (CPython's `clear` leaves `od_state` alone).
        self.version = table.version;
        table.entries.into_iter().filter(Entry::is_live).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insert(table: &mut DictTable, key: i64) {
        if table.find(key, |k| k == key).is_none() {
            table.insert_new(key, key, key * 10);
        }
    }

    fn remove(table: &mut DictTable, key: i64) -> bool {
        match table.find(key, |k| k == key) {
            Some((slot, position)) => {
                table.remove(slot, position);
                true
            }
            None => false,
        }
    }

    fn keys(table: &DictTable) -> Vec<i64> {
        table.live_entries().map(|e| e.key).collect()
    }

    #[test]
    fn keeps_insertion_order_across_deletes_and_growth() {
        let mut table = DictTable::default();
        for key in 0..10 {
            insert(&mut table, key);
        }
        assert!(remove(&mut table, 3));
        insert(&mut table, 3);
        // CPython: d = dict.fromkeys(range(10)); del d[3]; d[3] = 1; list(d)
        assert_eq!(keys(&table), [0, 1, 2, 4, 5, 6, 7, 8, 9, 3]);
        assert_eq!(table.len(), 10);
        for key in 100..1000 {
            insert(&mut table, key);
        }
        for key in 100..1000 {
            assert!(table.find(key, |k| k == key).is_some());
        }
        assert!(table.find(42, |k| k == 42).is_none());
    }

    #[test]
    fn growth_follows_cpython_sizes() {
        // CPython 3.11: sys.getsizeof shows 8 slots up to 5 keys, then 16 up to
        // 10, then 32 up to 21 (growth to 3 * used).
        let mut table = DictTable::default();
        let mut sizes = Vec::new();
        for key in 0..22 {
            insert(&mut table, key);
            sizes.push(table.indices.len());
        }
        assert_eq!(&sizes[..5], &[8; 5]);
        assert_eq!(&sizes[5..10], &[16; 5]);
        assert_eq!(&sizes[10..21], &[32; 11]);
        assert_eq!(sizes[21], 64);
    }

    #[test]
    fn deleted_slots_do_not_end_probing() {
        let mut table = DictTable::default();
        // 0, 8 and 16 collide in a table of 8 slots.
        for key in [0, 8, 16] {
            insert(&mut table, key);
        }
        assert!(remove(&mut table, 8));
        assert!(table.find(16, |k| k == 16).is_some());
        assert!(!remove(&mut table, 8));
    }

    #[test]
    fn pop_last_is_lifo_and_skips_deleted() {
        let mut table = DictTable::default();
        for key in 1..=4 {
            insert(&mut table, key);
        }
        assert!(remove(&mut table, 4));
        assert_eq!(table.pop_last().map(|e| e.key), Some(3));
        assert_eq!(table.pop_last().map(|e| e.key), Some(2));
        insert(&mut table, 9);
        assert_eq!(keys(&table), [1, 9]);
        assert_eq!(table.pop_last().map(|e| e.key), Some(9));
        assert_eq!(table.pop_last().map(|e| e.key), Some(1));
        assert_eq!(table.pop_last(), None);
        assert_eq!(table.len(), 0);
    }

    #[test]
    fn pop_first_is_fifo_across_pops_from_the_back_and_moves() {
        let mut table = DictTable::default();
        for key in 1..=5 {
            insert(&mut table, key);
        }
        assert_eq!(table.pop_first().map(|e| e.key), Some(1));
        assert_eq!(table.pop_last().map(|e| e.key), Some(5));
        assert_eq!(table.pop_first().map(|e| e.key), Some(2));
        insert(&mut table, 6);
        let (slot, position) = table.find(3, |k| k == 3).unwrap_or((0, 0));
        table.move_to_back(slot, position);
        assert_eq!(keys(&table), [4, 6, 3]);
        let position = table.find(3, |k| k == 3).map_or(0, |(_, p)| p);
        table.move_to_front(position);
        assert_eq!(keys(&table), [3, 4, 6]);
        assert_eq!(table.pop_first().map(|e| e.key), Some(3));
        assert_eq!(table.pop_first().map(|e| e.key), Some(4));
        assert_eq!(table.pop_first().map(|e| e.key), Some(6));
        assert_eq!(table.pop_first(), None);
        insert(&mut table, 7);
        assert_eq!(table.pop_first().map(|e| e.key), Some(7));
    }

    #[test]
    fn take_all_returns_live_entries_and_empties() {
        let mut table = DictTable::default();
        for key in 0..6 {
            insert(&mut table, key);
        }
        remove(&mut table, 2);
        let taken: Vec<i64> = table.take_all().iter().map(|e| e.key).collect();
        assert_eq!(taken, [0, 1, 3, 4, 5]);
        assert_eq!(table.len(), 0);
        assert!(table.find(0, |k| k == 0).is_none());
        insert(&mut table, 7);
        assert_eq!(keys(&table), [7]);
    }
}
