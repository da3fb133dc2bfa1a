//! `set` objects: elements unboxed by kind (the header's `KIND_A`), stored in
//! a hash table that follows CPython 3.11's `setobject.c` exactly
//! (`set_ops/table.rs`), so a `set[int]` or `set[float]` (or of tuples of
//! those) iterates, prints and pops in CPython's order. A `set[str]` is
//! ordered by taipan's str hash; CPython randomises str hashing per process,
//! so programs can only rely on order-independent uses of string sets there.
//!
//! The set algebra (`| & - ^`, their in-place and named forms, subset tests)
//! is in `set_ops/algebra.rs`.

use std::mem::offset_of;

use taipan_abi::{dict_object, ExcKind, ObjTag, SlotKind};

use crate::dict_ops::Dict;
use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, I64Result};
use crate::hash::hash_slot_infallible;
use crate::instance_callbacks::{failed, may_call_back, may_call_back_any, Pinned};
use crate::list_ops::List;
use crate::object::{
    alloc_object, decref_slot, free_object, header_kind_a, incref_slot, slot_kind_or_none, Value,
};
use crate::slot_ops::{repr_into, values_eq};
use crate::str_object::new_str;

mod algebra;
mod table;
#[cfg(test)]
mod tests;

pub use algebra::*;
use table::SetTable;

/// The fields of a set object: the header, the length where
/// `taipan_abi::dict_object` says (sets share it), then the (opaque) table.
#[repr(C)]
struct SetObject {
    /// refcount, tag, element kind: see `taipan_abi::object`.
    header: [u64; 2],
    /// Mirror of `table.len()`, for compiled code's inline `len(s)`.
    len: i64,
    table: SetTable,
}

const _: () = assert!(offset_of!(SetObject, len) == dict_object::LEN as usize);

/// A handle on a live set. Every method relies on the contract of
/// [`Set::from_obj`]: the object is a live set while the handle is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Set {
    obj: *mut SetObject,
    kind: SlotKind,
}

impl Set {
    /// # Safety
    /// `obj` points to a live set, which stays alive while the handle is used.
    pub unsafe fn from_obj(obj: *mut u8) -> Set {
        // SAFETY: forwarded from the caller: `obj` is a live object.
        let kind = unsafe { header_kind_a(obj) };
        Set {
            obj: obj.cast(),
            kind,
        }
    }

    pub fn new(kind: SlotKind) -> Set {
        let obj = alloc_object(
            std::mem::size_of::<SetObject>(),
            ObjTag::Set,
            kind,
            SlotKind::None,
        )
        .cast::<SetObject>();
        // SAFETY: a fresh allocation of `size_of::<SetObject>()` bytes; the
        // fields after the header are written before any read.
        unsafe {
            std::ptr::addr_of_mut!((*obj).len).write(0);
            std::ptr::addr_of_mut!((*obj).table).write(SetTable::default());
        }
        Set { obj, kind }
    }

    pub fn as_obj(self) -> *mut u8 {
        self.obj.cast()
    }

    pub fn kind(self) -> SlotKind {
        self.kind
    }

    /// Runs `f` on the table (which must not call out), then refreshes the
    /// length mirror.
    fn with_table<R>(self, f: impl FnOnce(&mut SetTable) -> R) -> R {
        // SAFETY: the handle contract; `f` only touches this table, so the
        // mutable borrow is unique while it runs.
        unsafe {
            let table = &mut (*self.obj).table;
            let res = f(table);
            (*self.obj).len = table.len() as i64;
            res
        }
    }

    /// The table, for reading until the next mutation of this set.
    fn table<'a>(self) -> &'a SetTable {
        // SAFETY: the handle contract; callers drop the reference before
        // mutating this set.
        unsafe { &(*self.obj).table }
    }

    pub fn len(self) -> usize {
        self.table().len()
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    fn hash(self, key: i64) -> i64 {
        // SAFETY: an object key is live (the caller holds it).
        unsafe { hash_slot_infallible(self.kind, key) }
    }

    /// Key equality for this set's kind (identity is checked by the table).
    fn key_eq(self) -> impl Fn(i64, i64) -> bool {
        let kind = self.kind;
        // SAFETY: stored keys are live and probe keys are held by the caller.
        move |stored, probe| unsafe {
            values_eq(
                Value::from_slot(kind, stored),
                Value::from_slot(kind, probe),
            )
        }
    }

    /// `x in s`.
    pub fn contains(self, key: i64) -> bool {
        self.contains_hashed(self.hash(key), key)
    }

    fn contains_hashed(self, hash: i64, key: i64) -> bool {
        if may_call_back(self.kind, key) {
            return self.find_calling_back(hash, key).is_some();
        }
        self.table().contains(hash, key, &self.key_eq())
    }

    /// The stored key equal to `key` (hash given) when `__eq__` may run user
    /// code, which may change this set: the candidates are pinned and
    /// compared outside the table, in `set_lookkey`'s order.
    fn find_calling_back(self, hash: i64, key: i64) -> Option<i64> {
        let pinned = Pinned::new(self.kind, self.table().keys_with_hash(hash));
        let eq = self.key_eq();
        let found = pinned.slots.iter().copied().find(|&stored| stored == key || eq(stored, key));
        if failed() {
            return None;
        }
        found
    }

    /// `s.add(x)` (borrowed); true when it was not there yet.
    pub fn insert(self, key: i64) -> bool {
        self.add_hashed(self.hash(key), key)
    }

    fn add_hashed(self, hash: i64, key: i64) -> bool {
        if may_call_back(self.kind, key) {
            // Compared first, outside the table; then added without calling back.
            if self.find_calling_back(hash, key).is_some() || failed() {
                return false;
            }
            let added = self.with_table(|table| table.add(hash, key, &|a, b| a == b));
            if added {
                // SAFETY: the caller holds `key`; the set now owns a reference.
                unsafe { incref_slot(self.kind, key) };
            }
            return added;
        }
        let eq = self.key_eq();
        let added = self.with_table(|table| table.add(hash, key, &eq));
        if added {
            // SAFETY: the caller holds `key`; the set now owns a reference.
            unsafe { incref_slot(self.kind, key) };
        }
        added
    }

    /// `s.discard(x)`; true when it was there.
    pub fn discard(self, key: i64) -> bool {
        self.discard_hashed(self.hash(key), key)
    }

    fn discard_hashed(self, hash: i64, key: i64) -> bool {
        if may_call_back(self.kind, key) {
            let Some(stored) = self.find_calling_back(hash, key) else { return false };
            return match self.with_table(|table| table.discard(hash, stored, &|a, b| a == b)) {
                Some(stored) => {
                    // SAFETY: the set owned the stored key.
                    unsafe { decref_slot(self.kind, stored) };
                    true
                }
                None => false,
            };
        }
        let eq = self.key_eq();
        match self.with_table(|table| table.discard(hash, key, &eq)) {
            Some(stored) => {
                // SAFETY: the set owned the stored key.
                unsafe { decref_slot(self.kind, stored) };
                true
            }
            None => false,
        }
    }

    /// `s.remove(x)`: `KeyError` with the repr of `x`.
    pub fn remove(self, key: i64) -> Result<(), Exc> {
        if self.discard(key) {
            return Ok(());
        }
        // SAFETY: the key is live (the caller holds it until the error is raised).
        Err(unsafe { Exc::missing_key(self.kind, key) })
    }

    /// `s.pop()` (with the set's reference); `KeyError: 'pop from an empty set'`.
    pub fn pop(self) -> Result<i64, Exc> {
        self.with_table(SetTable::pop)
            .ok_or_else(|| Exc::new(ExcKind::KeyError, "'pop from an empty set'"))
    }

    /// `s.clear()`.
    pub fn clear(self) {
        // Empty the set first, then release the keys.
        let keys = self.with_table(SetTable::clear);
        self.release(&keys);
    }

    fn release(self, keys: &[i64]) {
        for &key in keys {
            // SAFETY: the set owned a reference to each key.
            unsafe { decref_slot(self.kind, key) };
        }
    }

    /// `s.update(other)` / `s |= other` for a set of the same kind (`set_merge`).
    pub fn update(self, other: Set) {
        if self == other {
            return;
        }
        let eq = self.key_eq();
        let added = self.with_table(|table| table.merge(other.table(), &eq));
        for key in added {
            // SAFETY: keys of a live set are live; this set now holds them too.
            unsafe { incref_slot(self.kind, key) };
        }
    }

    /// `s.copy()` / `set(s)`.
    pub fn copy(self) -> Set {
        let copy = Set::new(self.kind);
        copy.update(self);
        copy
    }

    /// Adds the elements of a list of the same kind, in order (`s.update(xs)`,
    /// `set(xs)`).
    pub fn update_from_list(self, list: List) {
        for index in 0..list.len() {
            self.insert(list.get(index));
        }
    }

    /// `set(d)` for a dict whose keys are of this kind (`set_update_dict`:
    /// presize, then add the keys in dict order).
    pub fn update_from_dict_keys(self, dict: Dict) {
        let keys = dict.keys();
        self.with_table(|table| table.presize(keys.len()));
        self.update_from_list(keys);
        // SAFETY: `keys` is our own new list.
        unsafe { decref_slot(SlotKind::Obj, keys.as_obj() as i64) };
    }

    /// The elements as a new list, in iteration order.
    pub fn to_list(self) -> List {
        let keys: Vec<i64> = self.table().active().map(|entry| entry.key).collect();
        List::from_items(self.kind, &keys)
    }

    /// The next active slot at or after `position` for a loop that started
    /// when the set had `start_len` elements; `None` at the end.
    /// `RuntimeError: Set changed size during iteration`.
    pub fn iter_next(self, position: i64, start_len: i64) -> Result<Option<usize>, Exc> {
        if self.len() as i64 != start_len {
            return Err(Exc::new(
                ExcKind::RuntimeError,
                "Set changed size during iteration",
            ));
        }
        Ok(self
            .table()
            .next_active(usize::try_from(position).unwrap_or(0)))
    }

    /// Releases the keys and frees the set.
    ///
    /// # Safety
    /// Nobody references the set any more.
    pub unsafe fn dealloc(self) {
        self.clear();
        // SAFETY: dropping the table frees its slots; the object was made by
        // `Set::new` with this size.
        unsafe {
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*self.obj).table));
            free_object(self.as_obj(), std::mem::size_of::<SetObject>());
        }
    }
}

/// Appends `repr(s)` to `out`: `set()`, `{1, 2}`.
///
/// # Safety
/// `set` is a live set.
pub unsafe fn set_repr_into(out: &mut String, set: *mut u8) {
    // SAFETY: forwarded from the caller.
    let set = unsafe { Set::from_obj(set) };
    if set.is_empty() {
        out.push_str("set()");
        return;
    }
    // A `__repr__` called back may change the set: print a pinned snapshot.
    let keys: Vec<i64> = set.table().active().map(|entry| entry.key).collect();
    let kind = if may_call_back_any(set.kind, keys.iter().copied()) { set.kind } else { SlotKind::Int };
    // (Pinned as ints when nothing calls back: no reference counting.)
    let keys = Pinned::new(kind, keys);
    out.push('{');
    for (index, &key) in keys.slots.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        // SAFETY: pinned keys are live.
        unsafe { repr_into(out, Value::from_slot(set.kind, key)) };
    }
    out.push('}');
}

// ---- FFI ----

/// `tp_set_new(kind)`: a new empty set of element `kind`.
#[no_mangle]
pub extern "C" fn tp_set_new(kind: i64) -> *mut u8 {
    Set::new(slot_kind_or_none(kind)).as_obj()
}

/// `tp_set_add(set, x)`: `set.add(x)`.
///
/// # Safety
/// `set` is a live set; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_set_add(set: *mut u8, key: i64) {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set) }.insert(key);
}

/// `tp_set_discard(set, x)`: `set.discard(x)`.
///
/// # Safety
/// `set` is a live set; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_set_discard(set: *mut u8, key: i64) {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set) }.discard(key);
}

/// `tp_set_remove(set, x)`: `set.remove(x)`; `KeyError`.
///
/// # Safety
/// `set` is a live set; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_set_remove(set: *mut u8, key: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { Set::from_obj(set) }.remove(key))
}

/// `tp_set_pop(set)`: `set.pop()` as a new reference; `KeyError`.
///
/// # Safety
/// `set` is a live set.
#[no_mangle]
pub unsafe extern "C" fn tp_set_pop(set: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { Set::from_obj(set) }.pop())
}

/// `tp_set_contains(set, x)`: `x in set`, as 0/1.
///
/// # Safety
/// `set` is a live set; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_set_contains(set: *mut u8, key: i64) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set) }.contains(key).into()
}

/// `tp_set_clear(set)`.
///
/// # Safety
/// `set` is a live set.
#[no_mangle]
pub unsafe extern "C" fn tp_set_clear(set: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set) }.clear();
}

/// `tp_set_copy(set)`: `set.copy()` / `set(set)`. Also how compiled code builds
/// a set display of more than two constants: CPython folds those into a
/// frozenset constant (built by adding the elements in order) and copies it.
///
/// # Safety
/// `set` is a live set.
#[no_mangle]
pub unsafe extern "C" fn tp_set_copy(set: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set) }.copy().as_obj()
}

/// `tp_set_from_list(list)`: `set(list)` (elements added in list order).
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_set_from_list(list: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    let set = Set::new(list.kind());
    set.update_from_list(list);
    set.as_obj()
}

/// `tp_set_from_dict(dict)`: `set(dict)` (the keys; CPython presizes for them).
///
/// # Safety
/// `dict` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn tp_set_from_dict(dict: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let dict = unsafe { Dict::from_obj(dict) };
    let set = Set::new(dict.key_kind());
    set.update_from_dict_keys(dict);
    set.as_obj()
}

/// `tp_set_update_list(set, list)`: `set.update(list)` for another iterable
/// (compiled code makes a list of it; elements are added in order).
///
/// # Safety
/// `set` is a live set; `list` a live list of the same kind.
#[no_mangle]
pub unsafe extern "C" fn tp_set_update_list(set: *mut u8, list: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set).update_from_list(List::from_obj(list)) };
}

/// `tp_set_to_list(set)`: `list(set)`, in iteration order.
///
/// # Safety
/// `set` is a live set.
#[no_mangle]
pub unsafe extern "C" fn tp_set_to_list(set: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Set::from_obj(set) }.to_list().as_obj()
}

/// `tp_set_iter_next(set, position, start_len)`: the first element slot
/// `>= position`, or -1 at the end. A loop starts with position 0 and
/// `start_len = len(set)`, and continues from the returned slot + 1.
/// `RuntimeError: Set changed size during iteration`.
///
/// # Safety
/// `set` is a live set.
#[no_mangle]
pub unsafe extern "C" fn tp_set_iter_next(
    set: *mut u8,
    position: i64,
    start_len: i64,
) -> I64Result {
    // SAFETY: forwarded from the caller.
    let res = unsafe { Set::from_obj(set) }.iter_next(position, start_len);
    I64Result::from(res.map(|found| found.map_or(-1, |slot| slot as i64)))
}

/// `tp_set_key_at(set, slot)`: the element in `slot` (from `tp_set_iter_next`)
/// as a new reference; 0 for a slot that holds none.
///
/// # Safety
/// `set` is a live set.
#[no_mangle]
pub unsafe extern "C" fn tp_set_key_at(set: *mut u8, slot: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    let set = unsafe { Set::from_obj(set) };
    let entry = usize::try_from(slot)
        .ok()
        .and_then(|slot| set.table().slots().get(slot).copied());
    match entry.filter(|entry| entry.is_active()) {
        Some(entry) => {
            // SAFETY: a stored key is live.
            unsafe { incref_slot(set.kind, entry.key) };
            entry.key
        }
        None => 0,
    }
}

/// `tp_set_repr(set)`: `repr(set)` as a new str.
///
/// # Safety
/// `set` is a live set.
#[no_mangle]
pub unsafe extern "C" fn tp_set_repr(set: *mut u8) -> *mut u8 {
    let mut out = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { set_repr_into(&mut out, set) };
    new_str(&out)
}
