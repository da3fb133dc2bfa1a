//! The hash table behind a set: CPython 3.11's `Objects/setobject.c`, step for
//! step. Open addressing over a power-of-two table; each probe looks at a run
//! of `LINEAR_PROBES` neighbouring slots before jumping with the perturbed
//! recurrence `i = i * 5 + 1 + perturb`; deleted keys leave dummies; the table
//! grows when `fill` (live + dummies) reaches 60% of it. Because every step,
//! size and threshold is CPython's, a `set[int]` (whose hashes are CPython's:
//! `hash::hash_int`) has the same slot layout, and so the same iteration and
//! `pop()` order, as in CPython. Validated against CPython's own tables,
//! read with ctypes, over thousands of random operation sequences.
//!
//! Keys are opaque bits here; callers pass key equality in and handle
//! reference counts.

/// Slots probed linearly before the perturbed jump.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The smallest table (CPython's `PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;
/// Hash of a slot never used (with key 0). No real entry has both: object keys
/// are non-null, and unboxed keys hash into `(-2**61, 2**61)`.
const EMPTY_HASH: i64 = i64::MIN;
/// Hash of a dummy (deleted) slot; a real hash is never -1.
const DUMMY_HASH: i64 = -1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetEntry {
    pub hash: i64,
    pub key: i64,
}

impl SetEntry {
    const EMPTY: SetEntry = SetEntry {
        hash: EMPTY_HASH,
        key: 0,
    };

    fn is_empty(&self) -> bool {
        self.hash == EMPTY_HASH && self.key == 0
    }

    fn is_dummy(&self) -> bool {
        self.hash == DUMMY_HASH
    }

    /// A slot holding a key (neither empty nor a dummy).
    pub fn is_active(&self) -> bool {
        !self.is_empty() && !self.is_dummy()
    }
}

/// Key equality: `eq(stored, probe)`, asked only about keys with equal hashes.
pub type KeyEq<'a> = &'a dyn Fn(i64, i64) -> bool;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetTable {
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots (`len(s)`).
    used: usize,
    /// `len(slots) - 1`.
    mask: usize,
    slots: Vec<SetEntry>,
    /// Where `pop()` starts looking.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            fill: 0,
            used: 0,
            mask: MIN_SIZE - 1,
            slots: vec![SetEntry::EMPTY; MIN_SIZE],
            finger: 0,
        }
    }
}

/// How a lookup ended.
enum Probe {
    /// The key is at this slot.
    Found(usize),
    /// The key is absent (an empty slot ended the search).
    Absent,
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    /// The slots in table order (iteration order), empty and dummy ones included.
    pub fn slots(&self) -> &[SetEntry] {
        &self.slots
    }

    /// The active entries in iteration order.
    pub fn active(&self) -> impl Iterator<Item = SetEntry> + '_ {
        self.slots.iter().copied().filter(SetEntry::is_active)
    }

    /// The first active slot at or after `position` (`set_next`).
    pub fn next_active(&self, position: usize) -> Option<usize> {
        (position..self.slots.len()).find(|&i| self.slots[i].is_active())
    }

    /// The slots `set_lookkey` visits for `hash`, one linear run at a time:
    /// yields `(start, run_len)`; the run is `start..=start + run_len`.
    fn runs(&self, hash: i64) -> impl Iterator<Item = (usize, usize)> {
        let mask = self.mask;
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        let mut first = true;
        std::iter::from_fn(move || {
            if !first {
                perturb >>= PERTURB_SHIFT;
                i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
            }
            first = false;
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            Some((i, probes))
        })
        // After `perturb` is shifted out the recurrence visits every slot; the
        // bound only keeps a broken invariant (no empty slot) from hanging.
        .take(self.slots.len() + 64)
    }

    /// The keys with `hash` that `set_lookkey` would compare, in its order
    /// (for comparing them without holding the table: `__eq__` may change it).
    pub fn keys_with_hash(&self, hash: i64) -> Vec<i64> {
        let mut keys = Vec::new();
        for (start, probes) in self.runs(hash) {
            for slot in start..=start + probes {
                let entry = self.slots[slot];
                if entry.is_empty() {
                    return keys;
                }
                if entry.hash == hash {
                    keys.push(entry.key);
                }
            }
        }
        keys
    }

    /// `set_lookkey`.
    fn lookup(&self, hash: i64, key: i64, eq: KeyEq) -> Probe {
        for (start, probes) in self.runs(hash) {
            for slot in start..=start + probes {
                let entry = self.slots[slot];
                if entry.is_empty() {
                    return Probe::Absent;
                }
                if entry.hash == hash && (entry.key == key || eq(entry.key, key)) {
                    return Probe::Found(slot);
                }
            }
        }
        unreachable_absent()
    }

    pub fn contains(&self, hash: i64, key: i64, eq: KeyEq) -> bool {
        matches!(self.lookup(hash, key, eq), Probe::Found(_))
    }

    /// `set_add_entry`: adds `key` unless an equal key is present; true when added.
    pub fn add(&mut self, hash: i64, key: i64, eq: KeyEq) -> bool {
        let mut free_slot = None;
        let mut found_empty = None;
        'probe: for (start, probes) in self.runs(hash) {
            for slot in start..=start + probes {
                let entry = self.slots[slot];
                if entry.is_empty() {
                    found_empty = Some(slot);
                    break 'probe;
                }
                if entry.hash == hash {
                    if entry.key == key || eq(entry.key, key) {
                        return false;
                    }
                } else if entry.is_dummy() {
                    // CPython 3.11 remembers the last dummy seen, not the first.
                    free_slot = Some(slot);
                }
            }
        }
        // A key whose `__hash__` or `__eq__` raised is not added: CPython
        // stops at the error (`instance_callbacks`).
        if crate::instance_callbacks::failed() {
            return false;
        }
        if let Some(slot) = free_slot {
            self.used += 1;
            self.slots[slot] = SetEntry { hash, key };
            return true;
        }
        let Some(slot) = found_empty else {
            return unreachable_absent_add();
        };
        self.fill += 1;
        self.used += 1;
        self.slots[slot] = SetEntry { hash, key };
        if self.fill * 5 >= self.mask * 3 {
            self.resize(self.growth_target());
        }
        true
    }

    /// The `minused` CPython resizes to after an insertion or a mass removal.
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_insert_clean`: places a key known to be absent into a table with no dummies.
    fn insert_clean(slots: &mut [SetEntry], mask: usize, hash: i64, key: i64) {
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        // Bounded like `runs`: the new table always has room.
        for _ in 0..slots.len() + 64 {
            if slots[i].is_empty() {
                slots[i] = SetEntry { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if slots[i + j].is_empty() {
                        slots[i + j] = SetEntry { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// `set_table_resize`: the smallest size `> min_used` (at least 8), dummies dropped.
    pub fn resize(&mut self, min_used: usize) {
        let mut new_size = MIN_SIZE;
        while new_size <= min_used {
            new_size <<= 1;
        }
        if new_size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // A small table without dummies: nothing to do.
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![SetEntry::EMPTY; new_size]);
        self.mask = new_size - 1;
        self.fill = self.used;
        for entry in old.iter().filter(|entry| entry.is_active()) {
            Self::insert_clean(&mut self.slots, self.mask, entry.hash, entry.key);
        }
    }

    /// `set_discard_entry`: removes `key`, returning the stored key.
    pub fn discard(&mut self, hash: i64, key: i64, eq: KeyEq) -> Option<i64> {
        let Probe::Found(slot) = self.lookup(hash, key, eq) else {
            return None;
        };
        let stored = self.slots[slot].key;
        self.slots[slot] = SetEntry {
            hash: DUMMY_HASH,
            key: 0,
        };
        self.used -= 1;
        Some(stored)
    }

    /// `set.pop()`: the first active slot from the finger on (wrapping around).
    pub fn pop(&mut self) -> Option<i64> {
        if self.used == 0 {
            return None;
        }
        let mut slot = self.finger & self.mask;
        while !self.slots[slot].is_active() {
            slot += 1;
            if slot > self.mask {
                slot = 0;
            }
        }
        let key = self.slots[slot].key;
        self.slots[slot] = SetEntry {
            hash: DUMMY_HASH,
            key: 0,
        };
        self.used -= 1;
        self.finger = slot + 1;
        Some(key)
    }

    /// `set_clear_internal`: back to an empty minimum-size table (the finger
    /// stays, as in CPython); returns the keys it held.
    pub fn clear(&mut self) -> Vec<i64> {
        let finger = self.finger;
        let old = std::mem::take(self);
        self.finger = finger;
        old.active().map(|entry| entry.key).collect()
    }

    /// `set_merge`: adds every key of `other` (with its stored hash); returns
    /// the keys that were added.
    pub fn merge(&mut self, other: &SetTable, eq: KeyEq) -> Vec<i64> {
        if other.used == 0 {
            return Vec::new();
        }
        self.presize(other.used);
        let added: Vec<i64> =
            if self.fill == 0 && self.mask == other.mask && other.fill == other.used {
                // Same size, no dummies: copy the slots as they are.
                self.slots.clone_from(&other.slots);
                self.fill = other.fill;
                self.used = other.used;
                other.active().map(|entry| entry.key).collect()
            } else if self.fill == 0 {
                self.fill = other.used;
                self.used = other.used;
                for entry in other.active() {
                    Self::insert_clean(&mut self.slots, self.mask, entry.hash, entry.key);
                }
                other.active().map(|entry| entry.key).collect()
            } else {
                other
                    .active()
                    .filter(|entry| self.add(entry.hash, entry.key, eq))
                    .map(|entry| entry.key)
                    .collect()
            };
        added
    }

    /// Before adding `incoming` keys at once: one big resize up front,
    /// expecting few of them to be present already (`set_merge`, `set_update_dict`).
    pub fn presize(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// After a mass removal: if more than a quarter of the slots are dummies,
    /// rebuild (`set_difference_update_internal`'s epilogue).
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `set_swap_bodies`: exchanges the contents (not the finger) of two tables.
    pub fn swap_contents(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        std::mem::swap(&mut self.mask, &mut other.mask);
        std::mem::swap(&mut self.slots, &mut other.slots);
    }
}

/// A lookup that found no empty slot: impossible, since `fill < size` always
/// (the table grows at 60%). Reported as "absent" rather than a panic.
fn unreachable_absent() -> Probe {
    debug_assert!(false, "set table has no empty slot");
    Probe::Absent
}

fn unreachable_absent_add() -> bool {
    debug_assert!(false, "set table has no empty slot");
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::hash_int;

    fn int_eq(a: i64, b: i64) -> bool {
        a == b
    }

    fn add(table: &mut SetTable, key: i64) {
        table.add(hash_int(key), key, &int_eq);
    }

    fn order(table: &SetTable) -> Vec<i64> {
        table.active().map(|entry| entry.key).collect()
    }

    /// CPython 3.11: `s = set(); [s.add(x) for x in xs]; list(s)`.
    #[test]
    fn insertion_orders_match_cpython() {
        let mut table = SetTable::default();
        for key in [5, 3, 1000, -1, 17] {
            add(&mut table, key);
        }
        assert_eq!(order(&table), [3, 5, 1000, 17, -1]);
        let mut table = SetTable::default();
        for key in [32, 64, 16, 0, 8, 1, 9] {
            add(&mut table, key);
        }
        assert_eq!(order(&table), [32, 64, 0, 1, 8, 9, 16]);
    }

    #[test]
    fn pop_follows_the_finger() {
        let mut table = SetTable::default();
        for key in [3, 1, 2] {
            add(&mut table, key);
        }
        // CPython 3.11: s = {3, 1, 2} built by adds; [s.pop() for _ in range(3)]
        assert_eq!(
            [table.pop(), table.pop(), table.pop(), table.pop()],
            [Some(1), Some(2), Some(3), None]
        );
    }

    #[test]
    fn discard_leaves_dummies_that_adds_reuse() {
        let mut table = SetTable::default();
        for key in [1, 9, 17] {
            add(&mut table, key);
        }
        assert_eq!(table.discard(hash_int(9), 9, &int_eq), Some(9));
        assert_eq!(table.discard(hash_int(9), 9, &int_eq), None);
        assert!(table.contains(hash_int(17), 17, &int_eq));
        add(&mut table, 25);
        assert_eq!(table.len(), 3);
        assert_eq!(table.fill, 3, "the dummy slot was reused");
    }
}
