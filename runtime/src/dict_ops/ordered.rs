//! `collections.OrderedDict`, the dict flavor `DictFlavor::Ordered`. The
//! compact table already keeps insertion order, so an OrderedDict is a dict
//! that also moves entries (`move_to_end`, `popitem(last=False)`), compares
//! order-sensitively with another OrderedDict, prints as
//! `OrderedDict([(k, v), ...])` (3.11's form), and is iterated with
//! CPython's OrderedDict checks: any insertion, deletion or move during a
//! loop raises `RuntimeError: OrderedDict mutated during iteration` at the
//! loop's next step, and a loop that has yielded the last key ends even if
//! keys were added after it.
//!
//! The loop state lives in the `found` value compiled code passes back
//! (`tp_dict_iter_next` gives it, the loop's next call gets `found + 1`):
//! for an OrderedDict it carries, besides the entry position, whether that
//! entry was the last one and the table's version when it was yielded.

use taipan_abi::{DictFlavor, ExcKind};

use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, PtrResult};
use crate::object::{decref_slot, Value};
use crate::slot_ops::{repr_into, values_eq};
use crate::tuple_ops::Tuple;

use super::{Dict, Entry};

/// The entry position in a loop's `found` value (positions fit in 31 bits:
/// the table indexes entries with `i32`).
const POSITION_BITS: i64 = 0x7FFF_FFFF;
/// Set in `found` when the entry was the dict's last when yielded.
const LAST_BIT: i64 = 1 << 31;
/// The table version is kept in bits 32..63, 31 bits of it so that `found`
/// stays non-negative.
const VERSION_SHIFT: u32 = 32;

/// The entry position a `found` value (from `tp_dict_iter_next` or
/// `tp_dict_find`) names; `None` for a negative one.
pub(super) fn entry_position(found: i64) -> Option<usize> {
    (found >= 0).then_some((found & POSITION_BITS) as usize)
}

impl Dict {
    fn is_ordered(self) -> bool {
        self.flavor() == DictFlavor::Ordered
    }

    fn ordered_version(self) -> i64 {
        i64::from(self.table().version() & 0x7FFF_FFFF)
    }

    /// The next step of a loop over an OrderedDict (see the module doc):
    /// `position` 0 starts the loop, else it is the previous `found` + 1.
    pub(super) fn ordered_iter_next(self, position: i64, start_len: i64) -> Result<i64, Exc> {
        if position > 0 {
            let previous = position - 1;
            if previous & LAST_BIT != 0 {
                return Ok(-1);
            }
            if previous >> VERSION_SHIFT != self.ordered_version() {
                return Err(Exc::new(ExcKind::RuntimeError, "OrderedDict mutated during iteration"));
            }
            if self.len() as i64 != start_len {
                return Err(Exc::new(ExcKind::RuntimeError, "OrderedDict changed size during iteration"));
            }
        }
        let table = self.table();
        let Some(found) = table.next_live((position & POSITION_BITS) as usize) else { return Ok(-1) };
        let last = if table.next_live(found + 1).is_none() { LAST_BIT } else { 0 };
        Ok(found as i64 | last | (self.ordered_version() << VERSION_SHIFT))
    }

    /// `a == b` of two OrderedDicts: equal as dicts, with the keys in the
    /// same order (`OrderedDict.__eq__`).
    pub(super) fn ordered_equals(self, other: Dict) -> bool {
        if !self.equals(other) {
            return false;
        }
        // An `__eq__` called back may change either dict: compare snapshots.
        let (mine, _keys, _values) = self.pinned_entries();
        let (theirs, _their_keys, _their_values) = other.pinned_entries();
        mine.len() == theirs.len()
            && mine.iter().zip(&theirs).all(|(a, b)| {
                // SAFETY: pinned keys are live.
                a.key == b.key
                    || unsafe { values_eq(Value::from_slot(self.key_kind, a.key), Value::from_slot(other.key_kind, b.key)) }
            })
    }

    /// `od.popitem(last)` as a new `(key, value)` tuple; CPython's
    /// `KeyError: 'dictionary is empty'`.
    pub(super) fn ordered_pop_item(self, last: bool) -> Result<Tuple, Exc> {
        let entry = self
            .with_table(|table| if last { table.pop_last() } else { table.pop_first() })
            .ok_or_else(|| Exc::new(ExcKind::KeyError, "'dictionary is empty'"))?;
        let tuple = Tuple::from_fields(&[(self.key_kind, entry.key), (self.value_kind, entry.value)]);
        // SAFETY: the dict's references, now held by the tuple (or dropped).
        unsafe {
            decref_slot(self.key_kind, entry.key);
            decref_slot(self.value_kind, entry.value);
        }
        tuple
    }
}

/// `repr()` of an OrderedDict: `OrderedDict()`, `OrderedDict([('a', 1)])`.
pub(super) fn ordered_repr_into(out: &mut String, dict: Dict, entries: &[Entry]) {
    if entries.is_empty() {
        out.push_str("OrderedDict()");
        return;
    }
    out.push_str("OrderedDict([");
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        out.push('(');
        // SAFETY: the caller's entries are live (pinned if need be).
        unsafe {
            repr_into(out, Value::from_slot(dict.key_kind, entry.key));
            out.push_str(", ");
            repr_into(out, Value::from_slot(dict.value_kind, entry.value));
        }
        out.push(')');
    }
    out.push_str("])");
}

/// `tp_odict_move_to_end(d, key, last)`: `d.move_to_end(key, last=bool(last))`;
/// `KeyError` with the key's repr; `AttributeError` on other dicts.
///
/// # Safety
/// `dict` is a live dict; an object `key` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_odict_move_to_end(dict: *mut u8, key: i64, last: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    if !dict.is_ordered() {
        let msg = format!("'{}' object has no attribute 'move_to_end'", dict.type_name());
        return ErrFlag::from(Err(Exc::new(ExcKind::AttributeError, msg)));
    }
    let Some((slot, position)) = dict.find_hashed(dict.hash_key(key), key) else {
        return ErrFlag::from(Err(dict.key_error(key)));
    };
    dict.with_table(|table| if last != 0 { table.move_to_back(slot, position) } else { table.move_to_front(position) });
    ErrFlag(0)
}

/// `tp_odict_popitem(d, last, positional)`: `d.popitem(last=bool(last))`
/// (`positional` 1 when `last` was passed by position). Other dicts take
/// no argument: CPython's `TypeError`.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_odict_popitem(dict: *mut u8, last: i64, positional: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    if !dict.is_ordered() {
        let msg = if positional != 0 {
            "dict.popitem() takes no arguments (1 given)"
        } else {
            "dict.popitem() takes no keyword arguments"
        };
        return PtrResult::from(Err::<*mut u8, Exc>(Exc::new(ExcKind::TypeError, msg)));
    }
    PtrResult::from(dict.ordered_pop_item(last != 0).map(Tuple::as_obj))
}

#[cfg(test)]
mod tests {
    use taipan_abi::{DictFlavor, SlotKind};

    use super::super::{tp_dict_new_flavored, Dict};
    use super::*;

    fn ordered(keys: &[i64]) -> Dict {
        let obj = tp_dict_new_flavored(SlotKind::Int as i64, SlotKind::Int as i64, DictFlavor::Ordered as i64, 0, 0);
        // SAFETY: a fresh dict.
        let dict = unsafe { Dict::from_obj(obj) };
        for &k in keys {
            dict.set_item(k, k * 10);
        }
        dict
    }

    fn keys(dict: Dict) -> Vec<i64> {
        dict.table().live_entries().map(|e| e.key).collect()
    }

    #[test]
    fn moves_to_either_end() {
        let d = ordered(&[1, 2, 3, 4]);
        // SAFETY: a live dict of ints.
        unsafe {
            assert_eq!(tp_odict_move_to_end(d.as_obj(), 2, 1).0, 0);
            assert_eq!(keys(d), [1, 3, 4, 2]);
            assert_eq!(tp_odict_move_to_end(d.as_obj(), 4, 0).0, 0);
            assert_eq!(keys(d), [4, 1, 3, 2]);
            assert_ne!(tp_odict_move_to_end(d.as_obj(), 9, 1).0, 0);
        }
        assert_eq!(d.find(3).map(|p| d.entry(p).map(|e| e.value)), Some(Some(30)));
        assert_eq!(d.with_table(|t| t.pop_first()).map(|e| e.key), Some(4));
        assert_eq!(keys(d), [1, 3, 2]);
        // SAFETY: the test owns the only reference.
        unsafe { d.dealloc() };
    }

    #[test]
    fn moved_and_popped_str_entries_are_all_freed() {
        use crate::test_support::*;
        let live = LiveObjects::check();
        let obj = tp_dict_new_flavored(SlotKind::Obj as i64, SlotKind::Obj as i64, DictFlavor::Ordered as i64, 0, 0);
        // SAFETY: a fresh dict.
        let d = unsafe { Dict::from_obj(obj) };
        for i in 0..5_000 {
            let key = str_bits(&format!("key{}", i % 300));
            let value = str_list(&["v", "value text"]);
            d.set_item(key, value.as_obj() as i64);
            // SAFETY: a live dict and key.
            unsafe { tp_odict_move_to_end(d.as_obj(), key, i % 2) };
            release(SlotKind::Obj, key);
            decref(value.as_obj());
            if d.len() > 100 {
                // SAFETY: a live dict.
                let pair = unsafe { tp_odict_popitem(d.as_obj(), i % 3, 0) };
                decref(pair.val);
            }
        }
        assert_eq!(d.len(), 100);
        decref(d.as_obj());
        live.assert_all_freed();
    }

    #[test]
    fn loop_state_sees_moves_and_ends_after_the_last_key() {
        let d = ordered(&[1, 2, 3]);
        let first = d.ordered_iter_next(0, 3).ok().unwrap_or(-1);
        assert_eq!(entry_position(first), Some(0));
        // A move of a key not yet seen: the next step raises.
        d.with_table(|t| {
            let position = t.next_live(1).unwrap_or(0);
            t.move_to_front(position);
        });
        assert!(d.ordered_iter_next(first + 1, 3).is_err());
        // Past the last key, added keys are not seen.
        let e = ordered(&[5]);
        let only = e.ordered_iter_next(0, 1).ok().unwrap_or(-1);
        e.set_item(6, 60);
        assert_eq!(e.ordered_iter_next(only + 1, 1).ok(), Some(-1));
        // SAFETY: the test owns the only references.
        unsafe {
            d.dealloc();
            e.dealloc();
        }
    }
}
