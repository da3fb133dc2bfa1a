//! Set algebra, each operation written as CPython 3.11's `setobject.c` does it
//! (which set is iterated, which is probed, when a copy is made, when dummies
//! are purged), since those choices decide the resulting table layout and so
//! the iteration order of the result.
//!
//! Named methods taking any iterable (`s.union(xs)`, `s.difference(xs)`, ...)
//! reach the runtime with the iterable made into a list, and use the `_list`
//! entry points, which add/discard/probe in the list's order as CPython's
//! iterable paths do. The rest composes from these (`s.union(xs)` is a copy
//! plus `tp_set_update_list`; `s.symmetric_difference(xs)` is
//! `tp_set_from_list(xs)` then `tp_set_ixor` with `s`).

use super::table::SetEntry;
use super::Set;
use crate::instance_callbacks::{may_call_back_any, Pinned};
use crate::list_ops::List;
use crate::object::decref_slot;
use crate::slot_ops::CompareOp;
use crate::tuple_ops::compare_op;

use taipan_abi::SlotKind;

/// A set's active entries, copied so the table may change while they are
/// used; their keys are held when a special method called back could
/// otherwise free one (`instance_callbacks::Pinned`).
struct Entries {
    entries: Vec<SetEntry>,
    _pinned: Pinned,
}

impl Entries {
    fn iter(&self) -> std::slice::Iter<'_, SetEntry> {
        self.entries.iter()
    }
}

impl IntoIterator for Entries {
    type Item = SetEntry;
    type IntoIter = EntriesIter;

    fn into_iter(self) -> EntriesIter {
        EntriesIter { entries: self.entries.into_iter(), _pinned: self._pinned }
    }
}

/// Iterates [`Entries`], holding their keys until it is dropped.
struct EntriesIter {
    entries: std::vec::IntoIter<SetEntry>,
    _pinned: Pinned,
}

impl Iterator for EntriesIter {
    type Item = SetEntry;

    fn next(&mut self) -> Option<SetEntry> {
        self.entries.next()
    }
}

impl Set {
    /// The active entries, copied so the table may change while they are used.
    fn entries(self) -> Entries {
        let entries: Vec<SetEntry> = self.table().active().collect();
        let keys = entries.iter().map(|e| e.key);
        // Without callbacks, pinned as ints: no reference counting.
        let kind = if may_call_back_any(self.kind, keys.clone()) { self.kind } else { SlotKind::Int };
        let _pinned = Pinned::new(kind, keys.collect());
        Entries { entries, _pinned }
    }

    /// `a | b` (`set_or`).
    pub fn union(self, other: Set) -> Set {
        let result = self.copy();
        if self != other {
            result.update(other);
        }
        result
    }

    /// `a & b` (`set_intersection`): iterates the smaller set, probing the larger.
    pub fn intersection(self, other: Set) -> Set {
        if self == other {
            return self.copy();
        }
        let result = Set::new(self.kind);
        let (probed, iterated) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        for entry in iterated.entries() {
            if probed.contains_hashed(entry.hash, entry.key) {
                result.add_hashed(entry.hash, entry.key);
            }
        }
        result
    }

    /// `s.intersection(xs)` for an iterable made into a list.
    pub fn intersection_with_list(self, list: List) -> Set {
        let result = Set::new(self.kind);
        for index in 0..list.len() {
            let key = list.get(index);
            let hash = self.hash(key);
            if self.contains_hashed(hash, key) {
                result.add_hashed(hash, key);
                if result.len() >= self.len() {
                    break;
                }
            }
        }
        result
    }

    /// `a - b` (`set_difference`).
    pub fn difference(self, other: Set) -> Set {
        if (self.len() >> 2) > other.len() {
            let result = self.copy();
            result.difference_update(other);
            return result;
        }
        let result = Set::new(self.kind);
        for entry in self.entries() {
            if !other.contains_hashed(entry.hash, entry.key) {
                result.add_hashed(entry.hash, entry.key);
            }
        }
        result
    }

    /// `a -= b` (`set_difference_update_internal`).
    pub fn difference_update(self, other: Set) {
        if self == other {
            self.clear();
            return;
        }
        // When the other set is much larger, only its common part matters.
        let common = ((other.len() >> 3) > self.len()).then(|| self.intersection(other));
        for entry in common.unwrap_or(other).entries() {
            self.discard_hashed(entry.hash, entry.key);
        }
        if let Some(common) = common {
            // SAFETY: `common` is our own new set.
            unsafe { decref_slot(SlotKind::Obj, common.as_obj() as i64) };
        }
        self.with_table(|table| table.shrink_dummies());
    }

    /// `s.difference_update(xs)` for an iterable made into a list.
    pub fn difference_update_with_list(self, list: List) {
        for index in 0..list.len() {
            self.discard(list.get(index));
        }
        self.with_table(|table| table.shrink_dummies());
    }

    /// `a ^= b` (`set_symmetric_difference_update`).
    pub fn symmetric_difference_update(self, other: Set) {
        if self == other {
            self.clear();
            return;
        }
        for entry in other.entries() {
            if !self.discard_hashed(entry.hash, entry.key) {
                self.add_hashed(entry.hash, entry.key);
            }
        }
    }

    /// `a ^ b` (`set_symmetric_difference`): a copy of `b` updated with `a`.
    pub fn symmetric_difference(self, other: Set) -> Set {
        let result = other.copy();
        result.symmetric_difference_update(self);
        result
    }

    /// `a &= b` (`set_intersection_update`): the intersection's table replaces `a`'s.
    pub fn intersection_update(self, other: Set) {
        let result = self.intersection(other);
        // SAFETY: `result` is a new set, distinct from `self`, so the two
        // tables are borrowed disjointly.
        unsafe {
            std::mem::swap(&mut (*result.obj).len, &mut (*self.obj).len);
            (*self.obj).table.swap_contents(&mut (*result.obj).table);
            // SAFETY: `result` now holds our old contents, and only we reference it.
            decref_slot(SlotKind::Obj, result.as_obj() as i64);
        }
    }

    /// `a <= b` / `a.issubset(b)`.
    pub fn is_subset(self, other: Set) -> bool {
        self.len() <= other.len()
            && self
                .entries()
                .iter()
                .all(|entry| other.contains_hashed(entry.hash, entry.key))
    }

    /// `a.isdisjoint(b)`: iterates the smaller set.
    pub fn is_disjoint(self, other: Set) -> bool {
        if self == other {
            return self.is_empty();
        }
        let (probed, iterated) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        !iterated
            .entries()
            .iter()
            .any(|entry| probed.contains_hashed(entry.hash, entry.key))
    }

    /// `a op b`: `<=` subset, `<` proper subset, and the reverse for `>=`, `>`.
    pub fn compare(self, other: Set, op: CompareOp) -> bool {
        match op {
            CompareOp::Le => self.is_subset(other),
            CompareOp::Lt => self.len() < other.len() && self.is_subset(other),
            CompareOp::Ge => other.is_subset(self),
            CompareOp::Gt => self.len() > other.len() && other.is_subset(self),
        }
    }
}

/// `a == b` for two sets.
///
/// # Safety
/// Both are live sets.
pub unsafe fn set_eq(a: *mut u8, b: *mut u8) -> bool {
    // SAFETY: forwarded from the caller.
    let (a, b) = unsafe { (Set::from_obj(a), Set::from_obj(b)) };
    a.len() == b.len() && a.is_subset(b)
}

/// `a op b` for two sets (inclusion).
///
/// # Safety
/// Both are live sets.
pub unsafe fn set_compare(a: *mut u8, b: *mut u8, op: CompareOp) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(a).compare(Set::from_obj(b), op) }
}

// ---- FFI ----

macro_rules! binary_set_fns {
    ($($(#[$doc:meta])* $name:ident => $method:ident;)*) => {$(
        $(#[$doc])*
        ///
        /// # Safety
        /// Both are live sets of the same kind.
        #[no_mangle]
        pub unsafe extern "C" fn $name(a: *mut u8, b: *mut u8) -> *mut u8 {
            // SAFETY: forwarded from the caller.
            unsafe { Set::from_obj(a).$method(Set::from_obj(b)) }.as_obj()
        }
    )*};
}

macro_rules! in_place_set_fns {
    ($($(#[$doc:meta])* $name:ident => $method:ident;)*) => {$(
        $(#[$doc])*
        ///
        /// # Safety
        /// Both are live sets of the same kind.
        #[no_mangle]
        pub unsafe extern "C" fn $name(a: *mut u8, b: *mut u8) {
            // SAFETY: forwarded from the caller.
            unsafe { Set::from_obj(a).$method(Set::from_obj(b)) };
        }
    )*};
}

binary_set_fns! {
    /// `tp_set_or(a, b)`: `a | b` / `a.union(b)` as a new set.
    tp_set_or => union;
    /// `tp_set_and(a, b)`: `a & b` / `a.intersection(b)` as a new set.
    tp_set_and => intersection;
    /// `tp_set_sub(a, b)`: `a - b` / `a.difference(b)` as a new set.
    tp_set_sub => difference;
    /// `tp_set_xor(a, b)`: `a ^ b` / `a.symmetric_difference(b)` as a new set.
    tp_set_xor => symmetric_difference;
}

in_place_set_fns! {
    /// `tp_set_ior(a, b)`: `a |= b` / `a.update(b)`.
    tp_set_ior => update;
    /// `tp_set_iand(a, b)`: `a &= b` / `a.intersection_update(b)`.
    tp_set_iand => intersection_update;
    /// `tp_set_isub(a, b)`: `a -= b` / `a.difference_update(b)`.
    tp_set_isub => difference_update;
    /// `tp_set_ixor(a, b)`: `a ^= b` / `a.symmetric_difference_update(b)`.
    tp_set_ixor => symmetric_difference_update;
}

/// `tp_set_intersection_list(set, list)`: `set.intersection(xs)` for an
/// iterable made into a list, as a new set.
///
/// # Safety
/// `set` is a live set; `list` a live list of the same kind.
#[no_mangle]
pub unsafe extern "C" fn tp_set_intersection_list(set: *mut u8, list: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set).intersection_with_list(List::from_obj(list)) }.as_obj()
}

/// `tp_set_difference_update_list(set, list)`: `set.difference_update(xs)`
/// for an iterable made into a list (`set.difference(xs)` is a copy plus this).
///
/// # Safety
/// `set` is a live set; `list` a live list of the same kind.
#[no_mangle]
pub unsafe extern "C" fn tp_set_difference_update_list(set: *mut u8, list: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set).difference_update_with_list(List::from_obj(list)) };
}

/// `tp_set_issubset(a, b)`: `a <= b`, as 0/1 (`a >= b` is `tp_set_issubset(b, a)`).
///
/// # Safety
/// Both are live sets of the same kind.
#[no_mangle]
pub unsafe extern "C" fn tp_set_issubset(a: *mut u8, b: *mut u8) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(a).is_subset(Set::from_obj(b)) }.into()
}

/// `tp_set_isdisjoint(a, b)`: `a.isdisjoint(b)`, as 0/1.
///
/// # Safety
/// Both are live sets of the same kind.
#[no_mangle]
pub unsafe extern "C" fn tp_set_isdisjoint(a: *mut u8, b: *mut u8) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(a).is_disjoint(Set::from_obj(b)) }.into()
}

/// `tp_set_eq(a, b)`: `a == b`, as 0/1.
///
/// # Safety
/// Both are live sets of the same kind.
#[no_mangle]
pub unsafe extern "C" fn tp_set_eq(a: *mut u8, b: *mut u8) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { set_eq(a, b) }.into()
}

/// `tp_set_compare(a, b, op)`: `a op b` (`op`: a `CompareOp`) by inclusion, as
/// 0/1 (an unknown `op` gives 0).
///
/// # Safety
/// Both are live sets of the same kind.
#[no_mangle]
pub unsafe extern "C" fn tp_set_compare(a: *mut u8, b: *mut u8, op: i64) -> u8 {
    match compare_op(op) {
        // SAFETY: forwarded from the caller.
        Ok(op) => unsafe { set_compare(a, b, op) }.into(),
        Err(_) => 0,
    }
}
