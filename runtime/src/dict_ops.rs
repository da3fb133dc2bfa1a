//! `dict` objects: insertion-ordered, with keys and values unboxed by their
//! kinds (the header's `KIND_A` and `KIND_B`: `dict[int, int]` stores raw
//! i64s). The table is CPython's compact dict (`dict_ops/table.rs`); keys hash
//! with `hash::hash_value` and compare with `slot_ops::values_eq`.
//!
//! Compiled code iterates with `tp_dict_iter_next` (the next live entry
//! position) and reads entries with `tp_dict_key_at` / `tp_dict_value_at`,
//! raising CPython's `RuntimeError`s when the dict changes size (or keys)
//! during the loop. `keys()`, `values()` and `items()` build lists.
//!
//! Growth on insertion follows CPython exactly; the presizing of `update` and
//! `copy` is close to CPython's but not identical, which only shows in the
//! order of a dict that is mutated while it is iterated.

use std::mem::offset_of;

use taipan_abi::{dict_object, DictFlavor, ExcKind, ObjTag, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, I64Result, PtrResult};
use crate::hash::hash_slot_infallible;
use crate::instance_callbacks::{failed, may_call_back, may_call_back_any, Pinned};
use crate::list_ops::List;
use crate::object::{
    alloc_object, decref_slot, free_object, header_kind_a, header_kind_b, incref_slot,
    slot_kind_or_none, Value,
};
use crate::slot_ops::{repr_into, values_eq};
use crate::str_object::new_str;
use crate::tuple_ops::Tuple;

mod flavor;
mod ordered;
mod table;
#[cfg(test)]
mod tests;

pub use flavor::*;
pub use ordered::{tp_odict_move_to_end, tp_odict_popitem};
use table::{table_size_to_hold, DictTable, Entry};

/// The fields of a dict object: the header, the length where
/// `taipan_abi::dict_object` says, then the (opaque) table.
#[repr(C)]
struct DictObject {
    /// refcount, tag, key kind, value kind: see `taipan_abi::object`.
    header: [u64; 2],
    /// Mirror of `table.len()`, for compiled code's inline `len(d)`.
    len: i64,
    table: DictTable,
}

const _: () = assert!(offset_of!(DictObject, len) == dict_object::LEN as usize);

/// A handle on a live dict. Every method relies on the contract of
/// [`Dict::from_obj`]: the object is a live dict while the handle is used.
/// Methods never hold a reference into the table across a call that can run
/// other code (a decref can free an object, nothing more: no user code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dict {
    obj: *mut DictObject,
    key_kind: SlotKind,
    value_kind: SlotKind,
}

impl Dict {
    /// # Safety
    /// `obj` points to a live dict, which stays alive while the handle is used.
    pub unsafe fn from_obj(obj: *mut u8) -> Dict {
        // SAFETY: forwarded from the caller: `obj` is a live object.
        let (key_kind, value_kind) = unsafe { (header_kind_a(obj), header_kind_b(obj)) };
        Dict {
            obj: obj.cast(),
            key_kind,
            value_kind,
        }
    }

    pub fn new(key_kind: SlotKind, value_kind: SlotKind) -> Dict {
        let obj = alloc_object(
            std::mem::size_of::<DictObject>(),
            ObjTag::Dict,
            key_kind,
            value_kind,
        )
        .cast::<DictObject>();
        // SAFETY: a fresh allocation of `size_of::<DictObject>()` bytes; the
        // fields after the header are written before any read.
        unsafe {
            std::ptr::addr_of_mut!((*obj).len).write(0);
            std::ptr::addr_of_mut!((*obj).table).write(DictTable::default());
        }
        Dict {
            obj,
            key_kind,
            value_kind,
        }
    }

    pub fn as_obj(self) -> *mut u8 {
        self.obj.cast()
    }

    pub fn key_kind(self) -> SlotKind {
        self.key_kind
    }

    pub fn value_kind(self) -> SlotKind {
        self.value_kind
    }

    /// Runs `f` on the table, then refreshes the length mirror.
    fn with_table<R>(self, f: impl FnOnce(&mut DictTable) -> R) -> R {
        // SAFETY: the handle contract; the borrow ends before anything else can
        // reach the dict (callers do not decref or call out inside `f`).
        unsafe {
            let table = &mut (*self.obj).table;
            let res = f(table);
            (*self.obj).len = table.len() as i64;
            res
        }
    }

    fn table(self) -> &'static DictTable {
        // SAFETY: the handle contract; callers use the reference only until the
        // next mutation of this dict.
        unsafe { &(*self.obj).table }
    }

    pub fn len(self) -> usize {
        self.table().len()
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    fn hash_key(self, key: i64) -> i64 {
        // SAFETY: an object key is live (the caller holds it).
        unsafe { hash_slot_infallible(self.key_kind, key) }
    }

    /// `(slot, position)` of `key` (hash given), if present.
    fn find_hashed(self, hash: i64, key: i64) -> Option<(usize, usize)> {
        let kind = self.key_kind;
        if may_call_back(kind, key) {
            return self.find_calling_back(hash, key);
        }
        self.table().find(hash, |stored| {
            // Identity first, as CPython's lookup does; then `==`.
            // SAFETY: stored keys are live; `key` is held by the caller.
            stored == key
                || unsafe { values_eq(Value::from_slot(kind, stored), Value::from_slot(kind, key)) }
        })
    }

    /// [`Dict::find_hashed`] when `__eq__` may run user code, which may change
    /// this dict: the candidate keys are pinned and compared outside the
    /// table, and, as CPython's lookup does, the search starts again when
    /// the key found is no longer there.
    fn find_calling_back(self, hash: i64, key: i64) -> Option<(usize, usize)> {
        let kind = self.key_kind;
        loop {
            let mut candidates = Vec::new();
            self.table().find(hash, |stored| {
                candidates.push(stored);
                false
            });
            let pinned = Pinned::new(kind, candidates);
            // Identity first, as CPython's lookup does; then `==`.
            // SAFETY: pinned keys are live; `key` is held by the caller.
            let matched = pinned.slots.iter().copied().find(|&stored| {
                stored == key || unsafe { values_eq(Value::from_slot(kind, stored), Value::from_slot(kind, key)) }
            });
            if failed() {
                return None;
            }
            let stored = matched?;
            if let Some(found) = self.table().find(hash, |k| k == stored) {
                return Some(found);
            }
        }
    }

    /// The entry position of `key`, if present.
    pub fn find(self, key: i64) -> Option<usize> {
        self.find_hashed(self.hash_key(key), key)
            .map(|(_, position)| position)
    }

    /// The live entry at `position`.
    pub fn entry(self, position: usize) -> Option<Entry> {
        self.table().entry(position).copied()
    }

    /// `KeyError` with the repr of `key`.
    fn key_error(self, key: i64) -> Exc {
        // SAFETY: the key is live (the caller holds it until the error is raised).
        unsafe { Exc::missing_key(self.key_kind, key) }
    }

    /// `d[key]` as a new reference; `KeyError: 'x'`.
    pub fn get_item(self, key: i64) -> Result<i64, Exc> {
        let position = self.find(key).ok_or_else(|| self.key_error(key))?;
        Ok(self.value_ref(position))
    }

    /// A new reference to the value at a live `position`.
    fn value_ref(self, position: usize) -> i64 {
        let value = self.table().entries()[position].value;
        // SAFETY: a stored value is live.
        unsafe { incref_slot(self.value_kind, value) };
        value
    }

    /// `d[key] = value` (both borrowed). An existing key keeps its stored key
    /// object, as in CPython.
    pub fn set_item(self, key: i64, value: i64) {
        self.set_item_hashed(self.hash_key(key), key, value);
    }

    /// [`Dict::set_item`] with the key's hash given (a stored key's: CPython
    /// does not call `__hash__` again when it copies entries).
    fn set_item_hashed(self, hash: i64, key: i64, value: i64) {
        let found = self.find_hashed(hash, key);
        // A key whose `__hash__` or `__eq__` raised is not stored: CPython
        // stops at the error (`instance_callbacks`).
        if crate::instance_callbacks::failed() {
            return;
        }
        // SAFETY: the caller holds `value` (and `key`).
        unsafe { incref_slot(self.value_kind, value) };
        match found {
            Some((_, position)) => self.replace_value(position, value),
            None => {
                // SAFETY: the caller holds `key`; the dict now owns a reference.
                unsafe { incref_slot(self.key_kind, key) };
                self.with_table(|table| table.insert_new(hash, key, value));
            }
        }
    }

    /// Stores `value` (whose reference the dict takes) at a live `position`,
    /// releasing the old value.
    fn replace_value(self, position: usize, value: i64) {
        let old = self.with_table(|table| {
            table
                .entry_mut(position)
                .map(|entry| std::mem::replace(&mut entry.value, value))
        });
        match old {
            // SAFETY: the dict owned the old value.
            Some(old) => unsafe { decref_slot(self.value_kind, old) },
            // Not a live entry: drop the reference we took instead of leaking it.
            // SAFETY: we took this reference for the store.
            None => unsafe { decref_slot(self.value_kind, value) },
        }
    }

    /// `d.get(key, default)` as a new reference.
    pub fn get_or(self, key: i64, default: i64) -> i64 {
        match self.find(key) {
            Some(position) => self.value_ref(position),
            None => {
                // SAFETY: the caller holds `default`.
                unsafe { incref_slot(self.value_kind, default) };
                default
            }
        }
    }

    /// `d.setdefault(key, default)` as a new reference.
    pub fn set_default(self, key: i64, default: i64) -> i64 {
        if let Some(position) = self.find(key) {
            return self.value_ref(position);
        }
        self.set_item(key, default);
        // SAFETY: the caller holds `default`; it also gets a new reference.
        unsafe { incref_slot(self.value_kind, default) };
        default
    }

    /// Removes `key`, returning its entry with the dict's references.
    fn take(self, key: i64) -> Option<Entry> {
        let (slot, position) = self.find_hashed(self.hash_key(key), key)?;
        Some(self.with_table(|table| table.remove(slot, position)))
    }

    /// `d.pop(key)` (the value, with the dict's reference); `KeyError`.
    pub fn pop(self, key: i64) -> Result<i64, Exc> {
        let entry = self.take(key).ok_or_else(|| self.key_error(key))?;
        // SAFETY: the dict owned the stored key.
        unsafe { decref_slot(self.key_kind, entry.key) };
        Ok(entry.value)
    }

    /// `d.pop(key, default)` as a new reference.
    pub fn pop_or(self, key: i64, default: i64) -> i64 {
        match self.pop(key) {
            Ok(value) => value,
            Err(_) => {
                // SAFETY: the caller holds `default`.
                unsafe { incref_slot(self.value_kind, default) };
                default
            }
        }
    }

    /// `del d[key]`; `KeyError`.
    pub fn del_item(self, key: i64) -> Result<(), Exc> {
        let value = self.pop(key)?;
        // SAFETY: `pop` handed over the dict's reference to the value.
        unsafe { decref_slot(self.value_kind, value) };
        Ok(())
    }

    /// `d.popitem()` as a new `(key, value)` tuple;
    /// `KeyError: 'popitem(): dictionary is empty'`.
    pub fn pop_item(self) -> Result<Tuple, Exc> {
        let entry = self
            .with_table(DictTable::pop_last)
            .ok_or_else(|| Exc::new(ExcKind::KeyError, "'popitem(): dictionary is empty'"))?;
        let tuple =
            Tuple::from_fields(&[(self.key_kind, entry.key), (self.value_kind, entry.value)]);
        // SAFETY: the dict's references, now held by the tuple (or dropped).
        unsafe {
            decref_slot(self.key_kind, entry.key);
            decref_slot(self.value_kind, entry.value);
        }
        tuple
    }

    /// `d.update(other)` for a dict of the same kinds (also `d.update(d)`).
    pub fn update(self, other: Dict) {
        if self == other {
            return;
        }
        let entries: Vec<Entry> = other.table().live_entries().copied().collect();
        self.with_table(|table| table.reserve(entries.len()));
        // The entries are held when a special method called back may change `other`.
        let _pinned = other.may_call_back().then(|| {
            let keys = Pinned::new(other.key_kind, entries.iter().map(|e| e.key).collect());
            (keys, Pinned::new(other.value_kind, entries.iter().map(|e| e.value).collect()))
        });
        for entry in entries {
            self.set_item_hashed(entry.hash, entry.key, entry.value);
        }
    }

    /// `d.clear()`.
    pub fn clear(self) {
        // Empty the dict first, then release: a freed value cannot see it half-cleared.
        let entries = self.with_table(DictTable::take_all);
        for entry in entries {
            // SAFETY: the dict owned these references.
            unsafe {
                decref_slot(self.key_kind, entry.key);
                decref_slot(self.value_kind, entry.value);
            }
        }
    }

    /// `d.copy()`.
    pub fn copy(self) -> Dict {
        let copy = Dict::new(self.key_kind, self.value_kind);
        copy.with_table(|table| table.resize(table_size_to_hold(self.len())));
        copy.update(self);
        copy
    }

    /// Whether comparing or printing the keys or values may call back.
    fn may_call_back(self) -> bool {
        may_call_back_any(self.key_kind, self.table().live_entries().map(|e| e.key))
            || may_call_back_any(self.value_kind, self.table().live_entries().map(|e| e.value))
    }

    /// The live entries, each key and value pinned (see `Pinned`).
    fn pinned_entries(self) -> (Vec<Entry>, Pinned, Pinned) {
        let entries: Vec<Entry> = self.table().live_entries().copied().collect();
        let keys = Pinned::new(self.key_kind, entries.iter().map(|e| e.key).collect());
        let values = Pinned::new(self.value_kind, entries.iter().map(|e| e.value).collect());
        (entries, keys, values)
    }

    /// [`Dict::equals`] when `__eq__` may run user code, which may change
    /// either dict: over a pinned snapshot of `self`, each value of `other`
    /// pinned while compared.
    fn equals_calling_back(self, other: Dict) -> bool {
        let (entries, _keys, _values) = self.pinned_entries();
        entries.iter().all(|entry| {
            let Some((_, position)) = other.find_hashed(entry.hash, entry.key) else { return false };
            let Some(theirs) = other.entry(position).map(|e| e.value) else { return false };
            let theirs = Pinned::new(other.value_kind, vec![theirs]);
            // SAFETY: pinned values are live.
            entry.value == theirs.slots[0]
                || unsafe {
                    values_eq(
                        Value::from_slot(self.value_kind, entry.value),
                        Value::from_slot(other.value_kind, theirs.slots[0]),
                    )
                }
        })
    }

    /// `a == b`: the same keys, each mapping to `==` values.
    pub fn equals(self, other: Dict) -> bool {
        if self.len() != other.len() {
            return false;
        }
        if self.may_call_back() {
            return self.equals_calling_back(other);
        }
        self.table()
            .live_entries()
            .all(|entry| match other.find_hashed(entry.hash, entry.key) {
                Some((_, position)) => {
                    let theirs = other.table().entries()[position].value;
                    // SAFETY: stored values are live.
                    entry.value == theirs
                        || unsafe {
                            values_eq(
                                Value::from_slot(self.value_kind, entry.value),
                                Value::from_slot(other.value_kind, theirs),
                            )
                        }
                }
                None => false,
            })
    }

    /// The next live entry position at or after `position` for a loop that
    /// started when the dict had `start_len` entries and has `remaining` more
    /// to see; `None` at the end. CPython's `RuntimeError`s for a dict that
    /// changed size, or changed keys without changing size, during the loop.
    pub fn iter_next(
        self,
        position: i64,
        start_len: i64,
        remaining: i64,
    ) -> Result<Option<usize>, Exc> {
        if self.len() as i64 != start_len {
            return Err(Exc::new(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        let Some(found) = self
            .table()
            .next_live(usize::try_from(position).unwrap_or(0))
        else {
            return Ok(None);
        };
        if remaining <= 0 {
            return Err(Exc::new(
                ExcKind::RuntimeError,
                "dictionary keys changed during iteration",
            ));
        }
        Ok(Some(found))
    }

    /// `list(d)` / `list(d.keys())`.
    pub fn keys(self) -> List {
        let list = List::new(self.key_kind, self.len());
        for entry in self.table().live_entries().copied().collect::<Vec<_>>() {
            list.push_borrowed(entry.key);
        }
        list
    }

    /// `list(d.values())`.
    pub fn values(self) -> List {
        let list = List::new(self.value_kind, self.len());
        for entry in self.table().live_entries().copied().collect::<Vec<_>>() {
            list.push_borrowed(entry.value);
        }
        list
    }

    /// `list(d.items())`: a list of `(key, value)` tuples.
    pub fn items(self) -> Result<List, Exc> {
        let list = List::new(SlotKind::Obj, self.len());
        for entry in self.table().live_entries().copied().collect::<Vec<_>>() {
            let tuple =
                Tuple::from_fields(&[(self.key_kind, entry.key), (self.value_kind, entry.value)]);
            match tuple {
                Ok(tuple) => list.push_owned(tuple.as_obj() as i64),
                Err(exc) => {
                    // SAFETY: we own the only reference to `list`.
                    unsafe { decref_slot(SlotKind::Obj, list.as_obj() as i64) };
                    return Err(exc);
                }
            }
        }
        Ok(list)
    }

    /// Releases the entries and frees the dict.
    ///
    /// # Safety
    /// Nobody references the dict any more.
    pub unsafe fn dealloc(self) {
        self.clear();
        // SAFETY: the table's own allocations are freed by dropping it; then the
        // object, made by `Dict::new` with this size, is freed.
        unsafe {
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*self.obj).table));
            free_object(self.as_obj(), std::mem::size_of::<DictObject>());
        }
    }
}

/// `a == b` for two dicts.
///
/// # Safety
/// Both are live dicts.
pub unsafe fn dict_eq(a: *mut u8, b: *mut u8) -> bool {
    // SAFETY: forwarded from the caller.
    let (a, b) = unsafe { (Dict::from_obj(a), Dict::from_obj(b)) };
    match (a.flavor(), b.flavor()) {
        (DictFlavor::Counter, DictFlavor::Counter) => a.counter_equals(b),
        (DictFlavor::Ordered, DictFlavor::Ordered) => a.ordered_equals(b),
        _ => a.equals(b),
    }
}

/// Appends `repr(d)` to `out`: `{'k': (1, 2)}`, `{}`.
///
/// # Safety
/// `dict` is a live dict.
pub unsafe fn dict_repr_into(out: &mut String, dict: *mut u8) {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    // A `__repr__` called back may change the dict: print a pinned snapshot.
    let pinned = dict.may_call_back().then(|| dict.pinned_entries());
    let entries: Vec<Entry> = match &pinned {
        Some((entries, _, _)) => entries.clone(),
        None => dict.table().live_entries().copied().collect(),
    };
    let entries_repr = |out: &mut String, entries: &[Entry]| {
        out.push('{');
        for (index, entry) in entries.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            // SAFETY: stored keys and values are live (pinned if need be).
            unsafe {
                repr_into(out, Value::from_slot(dict.key_kind, entry.key));
                out.push_str(": ");
                repr_into(out, Value::from_slot(dict.value_kind, entry.value));
            }
        }
        out.push('}');
    };
    if dict.flavor() != DictFlavor::Plain {
        return flavored_repr_into(out, dict, entries, entries_repr);
    }
    entries_repr(out, &entries);
}

// ---- FFI ----

/// `tp_dict_new(key_kind, value_kind)`: a new empty dict.
#[no_mangle]
pub extern "C" fn tp_dict_new(key_kind: i64, value_kind: i64) -> *mut u8 {
    Dict::new(slot_kind_or_none(key_kind), slot_kind_or_none(value_kind)).as_obj()
}

/// `tp_dict_getitem(dict, key)`: `dict[key]` as a new reference; `KeyError`.
///
/// # Safety
/// `dict` is a live dict; an object `key` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_getitem(dict: *mut u8, key: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    if dict.flavor() != DictFlavor::Plain {
        // A defaultdict's or Counter's `__missing__` (`dict_ops/flavor.rs`).
        return I64Result::from(dict.get_item_flavored(key));
    }
    I64Result::from(dict.get_item(key))
}

/// `tp_dict_setitem(dict, key, value)`: `dict[key] = value`.
///
/// # Safety
/// `dict` is a live dict; object `key`/`value` are live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_setitem(dict: *mut u8, key: i64, value: i64) {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.set_item(key, value);
}

/// `tp_dict_delitem(dict, key)`: `del dict[key]`; `KeyError`.
///
/// # Safety
/// `dict` is a live dict; an object `key` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_delitem(dict: *mut u8, key: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    if dict.flavor() == DictFlavor::Counter && dict.find(key).is_none() {
        // `Counter.__delitem__` ignores a missing key.
        return ErrFlag(0);
    }
    ErrFlag::from(dict.del_item(key))
}

/// `tp_dict_contains(dict, key)`: `key in dict`, as 0/1.
///
/// # Safety
/// `dict` is a live dict; an object `key` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_contains(dict: *mut u8, key: i64) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.find(key).is_some().into()
}

/// `tp_dict_find(dict, key)`: the entry position of `key` (for
/// `tp_dict_value_at` / `tp_dict_set_value_at`), or -1.
///
/// # Safety
/// `dict` is a live dict; an object `key` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_find(dict: *mut u8, key: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }
        .find(key)
        .map_or(-1, |position| position as i64)
}

/// `tp_dict_get(dict, key, default)`: `dict.get(key, default)` as a new reference.
///
/// # Safety
/// `dict` is a live dict; object `key`/`default` are live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_get(dict: *mut u8, key: i64, default: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.get_or(key, default)
}

/// `tp_dict_setdefault(dict, key, default)`: `dict.setdefault(key, default)`
/// as a new reference.
///
/// # Safety
/// `dict` is a live dict; object `key`/`default` are live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_setdefault(dict: *mut u8, key: i64, default: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.set_default(key, default)
}

/// `tp_dict_pop(dict, key)`: `dict.pop(key)` as a new reference; `KeyError`.
///
/// # Safety
/// `dict` is a live dict; an object `key` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_pop(dict: *mut u8, key: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { Dict::from_obj(dict) }.pop(key))
}

/// `tp_dict_pop_default(dict, key, default)`: `dict.pop(key, default)` as a new reference.
///
/// # Safety
/// `dict` is a live dict; object `key`/`default` are live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_pop_default(dict: *mut u8, key: i64, default: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.pop_or(key, default)
}

/// `tp_dict_popitem(dict)`: `dict.popitem()` as a new `(key, value)` tuple.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_popitem(dict: *mut u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    if dict.flavor() == DictFlavor::Ordered {
        // `OrderedDict.popitem()`, with its own message for an empty dict.
        return PtrResult::from(dict.ordered_pop_item(true).map(Tuple::as_obj));
    }
    PtrResult::from(dict.pop_item().map(Tuple::as_obj))
}

/// `tp_dict_update(dict, other)`: `dict.update(other)` for dicts of the same kinds.
///
/// # Safety
/// Both are live dicts of the same key and value kinds.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_update(dict: *mut u8, other: *mut u8) {
    // SAFETY: forwarded from the caller.
    let (dict, other) = unsafe { (Dict::from_obj(dict), Dict::from_obj(other)) };
    if dict.flavor() == DictFlavor::Counter {
        // `Counter.update(mapping)` adds the counts.
        return dict.add_counts(other);
    }
    dict.update(other);
}

/// `tp_dict_clear(dict)`.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_clear(dict: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.clear();
}

/// `tp_dict_copy(dict)`: a new dict with the same entries in the same order.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_copy(dict: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.copy().as_obj()
}

/// `tp_dict_eq(a, b)`: `a == b`, as 0/1.
///
/// # Safety
/// Both are live dicts of the same kinds.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_eq(a: *mut u8, b: *mut u8) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { dict_eq(a, b) }.into()
}

/// `tp_dict_iter_next(dict, position, start_len, remaining)`: the first live
/// entry position `>= position`, or -1 at the end. A loop starts with position
/// 0, `start_len = len(dict)` and `remaining = start_len`; after each entry it
/// continues from the returned position + 1 with `remaining - 1`. Raises
/// `RuntimeError: dictionary changed size during iteration` (or `... keys
/// changed ...`) as CPython's dict iterators do.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_iter_next(
    dict: *mut u8,
    position: i64,
    start_len: i64,
    remaining: i64,
) -> I64Result {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    if dict.flavor() == DictFlavor::Ordered {
        // CPython's OrderedDict iterator checks (`dict_ops/ordered.rs`).
        return I64Result::from(dict.ordered_iter_next(position, start_len));
    }
    let res = dict.iter_next(position, start_len, remaining);
    I64Result::from(res.map(|found| found.map_or(-1, |position| position as i64)))
}

/// `tp_dict_key_at(dict, position)`: the key of the live entry at `position`
/// (from `tp_dict_iter_next` or `tp_dict_find`) as a new reference; 0 for a
/// position that holds no entry.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_key_at(dict: *mut u8, position: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    match ordered::entry_position(position).and_then(|position| dict.entry(position)) {
        Some(entry) => {
            // SAFETY: a stored key is live.
            unsafe { incref_slot(dict.key_kind, entry.key) };
            entry.key
        }
        None => 0,
    }
}

/// `tp_dict_value_at(dict, position)`: the value of the live entry at
/// `position` as a new reference; 0 for a position that holds no entry.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_value_at(dict: *mut u8, position: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    match ordered::entry_position(position).filter(|&position| dict.entry(position).is_some()) {
        Some(position) => dict.value_ref(position),
        None => 0,
    }
}

/// `tp_dict_set_value_at(dict, position, value)`: replaces the value of the
/// live entry at `position` (from `tp_dict_find`), e.g. for `d[k] += 1`.
/// A position that holds no entry is ignored.
///
/// # Safety
/// `dict` is a live dict; an object `value` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_set_value_at(dict: *mut u8, position: i64, value: i64) {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    if let Some(position) = ordered::entry_position(position).filter(|&position| dict.entry(position).is_some()) {
        // SAFETY: the caller holds `value`; the dict takes its own reference.
        unsafe { incref_slot(dict.value_kind, value) };
        dict.replace_value(position, value);
    }
}

/// `tp_dict_keys(dict)`: the keys as a new list.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_keys(dict: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.keys().as_obj()
}

/// `tp_dict_values(dict)`: the values as a new list.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_values(dict: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Dict::from_obj(dict) }.values().as_obj()
}

/// `tp_dict_items(dict)`: the `(key, value)` pairs as a new list of tuples.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_items(dict: *mut u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(unsafe { Dict::from_obj(dict) }.items().map(List::as_obj))
}

/// `tp_dict_repr(dict)`: `repr(dict)` as a new str.
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_repr(dict: *mut u8) -> *mut u8 {
    let mut out = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { dict_repr_into(&mut out, dict) };
    new_str(&out)
}
