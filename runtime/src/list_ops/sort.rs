//! `xs.sort(key=..., reverse=...)` and `min`/`max` with `key=`.
//!
//! As in CPython's `list_sort_impl`:
//! - the key function is called once per element, in order, before sorting;
//!   if it raises, the keys made so far are released, the list keeps its
//!   original order and the exception propagates;
//! - during the sort the list is empty, and if the key function changed it
//!   the sort ends with `ValueError: list modified during sort` (the list then
//!   holds the sorted elements, whatever was put in it is released);
//! - the sort is stable, and `reverse=True` reverses, sorts, and reverses back,
//!   so equal elements keep their original order.
//!
//! Keys that are ints, bools, NaN-free floats or strs have a total order and
//! are sorted with Rust's stable sort. Anything else (NaNs, tuples, lists, ...)
//! goes through a stable merge sort driven only by the slot `<`, which can
//! raise `TypeError` (the list then keeps its original order). With NaNs the
//! result can differ from CPython's (whose timsort sees a different sequence
//! of comparisons), as any sort of an inconsistent order can.

use std::cmp::Ordering;

use taipan_abi::{ExcKind, ObjTag, SlotKind};

use super::sort_tuple_keys::sort_by_tuple_keys;
use super::List;
use crate::exceptions::{raise_exc, Exc};
use crate::ffi_result::{ErrFlag, I64Result};
use crate::object::{decref_slot, has_tag, incref_slot, slot_kind_or_none, Value};
use crate::slot_ops::{compare, CompareOp};
use crate::str_object::str_bytes;

/// A key function compiled code passes to `sort`, `min`, `max`, ...:
/// `key(env, x)` with `x` a borrowed slot of the element kind, returning a new
/// reference to a slot of the key kind, or `err = 1` with an exception pending.
/// The signature is `taipan_abi::KEY_FN_SIG`; `env` is the closure's captured
/// state (null when it captures nothing).
pub type KeyFn = unsafe extern "C" fn(env: *const u8, arg: i64) -> I64Result;

/// A key function and its environment, as passed to a runtime function.
#[derive(Clone, Copy)]
pub struct KeyFunc {
    pub func: KeyFn,
    pub env: *const u8,
    /// The kind of the slots the function returns.
    pub kind: SlotKind,
}

/// Why a sort or keyed search stopped.
#[derive(Debug)]
pub enum SortError {
    /// The key function raised: its exception is already pending.
    Raised,
    /// The runtime raises this one.
    New(Exc),
}

impl From<Exc> for SortError {
    fn from(exc: Exc) -> SortError {
        SortError::New(exc)
    }
}

impl SortError {
    /// Makes the exception pending (if it is not already) and returns the error flag.
    fn raise(self) -> u8 {
        if let SortError::New(exc) = self {
            raise_exc(exc);
        }
        1
    }
}

impl KeyFunc {
    /// The keys of `items`, in order; on an error the keys made so far are released.
    fn keys_of(self, items: &[i64]) -> Result<Vec<i64>, SortError> {
        let mut keys = Vec::with_capacity(items.len());
        for &item in items {
            // SAFETY: compiled code passes a function with `KEY_FN_SIG`; `item` is
            // a live element, borrowed for the call.
            let res = unsafe { (self.func)(self.env, item) };
            if res.err != 0 {
                release(self.kind, &keys);
                return Err(SortError::Raised);
            }
            keys.push(res.val);
        }
        Ok(keys)
    }
}

/// Drops one reference to each slot of `kind`.
fn release(kind: SlotKind, slots: &[i64]) {
    for &bits in slots {
        // SAFETY: the caller owns a reference to each slot.
        unsafe { decref_slot(kind, bits) };
    }
}

/// A non-null element pointer that no allocation ever returns, marking a list
/// detached for sorting: if the key function grows the list, the pointer changes.
fn detached_marker() -> *mut u8 {
    std::ptr::NonNull::<u64>::dangling().as_ptr().cast()
}

impl List {
    /// `xs.sort(key=key, reverse=reverse)`.
    pub fn sort(self, key: Option<KeyFunc>, reverse: bool) -> Result<(), SortError> {
        let items = self.to_vec();
        // Detach the elements: the key function sees an empty list.
        let saved_cap = self.capacity();
        let saved_items = self.items_ptr();
        // SAFETY: the handle contract; the element array is kept in `saved_items`.
        unsafe {
            (*self.obj).len = 0;
            (*self.obj).cap = 0;
            (*self.obj).items = detached_marker();
        }
        let sorted = sort_items(&items, self.kind, key, reverse);
        // Take back whatever the key function put in the list, then reattach.
        let modified = self.items_ptr() != detached_marker() || !self.is_empty();
        let junk = self.to_vec();
        if self.items_ptr() != detached_marker() {
            self.set_len(0);
            self.set_capacity(0);
        }
        // SAFETY: restores the fields saved above: the same array, unchanged.
        unsafe {
            (*self.obj).items = saved_items;
            (*self.obj).cap = saved_cap as i64;
            (*self.obj).len = items.len() as i64;
        }
        let result = sorted.map(|sorted| {
            for (index, &bits) in sorted.iter().enumerate() {
                self.put(index, bits);
            }
        });
        release(self.kind, &junk);
        result?;
        if modified {
            return Err(SortError::New(Exc::value_error(
                "list modified during sort",
            )));
        }
        Ok(())
    }

    /// `min(xs, key=key)` (`op = Lt`) or `max(xs, key=key)` (`op = Gt`): the
    /// first element whose key is smallest/largest, as a borrowed reference.
    pub(crate) fn extreme_by_key(
        self,
        key: KeyFunc,
        op: CompareOp,
        func: &str,
    ) -> Result<i64, SortError> {
        if self.is_empty() {
            return Err(Exc::value_error(format!("{func}() arg is an empty sequence")).into());
        }
        // Snapshot the elements: the key function may change the list.
        let items = self.to_vec();
        for &bits in &items {
            // SAFETY: elements of a live list are live.
            unsafe { incref_slot(self.kind, bits) };
        }
        let result = (|| {
            let keys = key.keys_of(&items)?;
            let mut best = 0;
            let mut outcome = Ok(());
            for i in 1..keys.len() {
                let (candidate, current) = (
                    Value::from_slot(key.kind, keys[i]),
                    Value::from_slot(key.kind, keys[best]),
                );
                // SAFETY: the keys are live (we own references to them).
                match unsafe { compare(candidate, current, op) } {
                    Ok(true) => best = i,
                    Ok(false) => {}
                    Err(exc) => {
                        outcome = Err(SortError::New(exc));
                        break;
                    }
                }
            }
            release(key.kind, &keys);
            outcome.map(|()| items[best])
        })();
        if let Ok(bits) = result {
            // The caller gets a new reference to the winner.
            // SAFETY: we hold a reference to every snapshot element.
            unsafe { incref_slot(self.kind, bits) };
        }
        release(self.kind, &items);
        result
    }
}

/// `items` in sorted order (their references unchanged), sorting by `key` of
/// each item or by the items themselves.
fn sort_items(
    items: &[i64],
    kind: SlotKind,
    key: Option<KeyFunc>,
    reverse: bool,
) -> Result<Vec<i64>, SortError> {
    let (keys, key_kind) = match key {
        Some(key) => (key.keys_of(items)?, key.kind),
        None => (items.to_vec(), kind),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let sorted = sort_order(&mut order, &keys, key_kind);
    if key.is_some() {
        release(key_kind, &keys);
    }
    sorted?;
    if reverse {
        order.reverse();
    }
    Ok(order.iter().map(|&i| items[i]).collect())
}

/// Stably sorts the positions in `order` by `keys[position]`.
fn sort_order(order: &mut [usize], keys: &[i64], kind: SlotKind) -> Result<(), Exc> {
    match kind {
        SlotKind::Int | SlotKind::Bool => order.sort_by_key(|&i| keys[i]),
        SlotKind::None => {}
        // A num's float value orders it exactly (its ints are exact floats),
        // and equal values keep their order, so `[1, 1.0]` stays as it is.
        SlotKind::Float | SlotKind::Num => {
            let floats: Vec<f64> = keys
                .iter()
                .map(|&bits| taipan_abi::num::to_f64(bits as u64))
                .collect();
            if floats.iter().any(|x| x.is_nan()) {
                return merge_sort(order, keys, kind);
            }
            // Without NaNs `partial_cmp` is total (and -0.0 == 0.0, as in Python).
            order.sort_by(|&a, &b| floats[a].partial_cmp(&floats[b]).unwrap_or(Ordering::Equal));
        }
        SlotKind::Obj => {
            let all_strs = keys.iter().all(|&bits| {
                let obj = bits as usize as *mut u8;
                // SAFETY: object keys are live.
                !obj.is_null() && unsafe { has_tag(obj, ObjTag::Str) }
            });
            // SAFETY: object keys are live for the whole sort.
            if !all_strs && unsafe { sort_by_tuple_keys(order, keys) } {
                return Ok(());
            }
            if !all_strs {
                return merge_sort(order, keys, kind);
            }
            // SAFETY: every key is a live str; UTF-8 byte order is code point order.
            order.sort_by(|&a, &b| unsafe {
                str_bytes(keys[a] as usize as *const u8)
                    .cmp(str_bytes(keys[b] as usize as *const u8))
            });
        }
    }
    Ok(())
}

/// A stable merge sort using only the slot `<` (which may raise): binary
/// insertion sort of short runs, then pairwise merges taking from the right
/// run only when its head is strictly smaller.
pub(super) fn merge_sort(order: &mut [usize], keys: &[i64], kind: SlotKind) -> Result<(), Exc> {
    const RUN: usize = 32;
    let less = |a: usize, b: usize| -> Result<bool, Exc> {
        // SAFETY: the keys are live slots of `kind`.
        unsafe {
            compare(
                Value::from_slot(kind, keys[a]),
                Value::from_slot(kind, keys[b]),
                CompareOp::Lt,
            )
        }
    };
    for run in order.chunks_mut(RUN) {
        for end in 1..run.len() {
            let pivot = run[end];
            // The first position whose element is greater than the pivot.
            let (mut low, mut high) = (0, end);
            while low < high {
                let mid = (low + high) / 2;
                if less(pivot, run[mid])? {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            run[low..=end].rotate_right(1);
        }
    }
    let mut width = RUN;
    let mut buffer = Vec::with_capacity(order.len());
    while width < order.len() {
        let mut start = 0;
        while start + width < order.len() {
            let mid = start + width;
            let end = (mid + width).min(order.len());
            buffer.clear();
            let (mut left, mut right) = (start, mid);
            while left < mid && right < end {
                if less(order[right], order[left])? {
                    buffer.push(order[right]);
                    right += 1;
                } else {
                    buffer.push(order[left]);
                    left += 1;
                }
            }
            buffer.extend_from_slice(&order[left..mid]);
            buffer.extend_from_slice(&order[right..end]);
            order[start..end].copy_from_slice(&buffer);
            start = end;
        }
        width *= 2;
    }
    Ok(())
}

/// Decodes the key-function arguments of an FFI call (null function: no key).
fn key_func(func: Option<KeyFn>, env: *const u8, kind: i64) -> Option<KeyFunc> {
    func.map(|func| KeyFunc {
        func,
        env,
        kind: slot_kind_or_none(kind),
    })
}

// ---- FFI ----

/// `tp_list_sort(list, reverse, key, env, key_kind)`: `list.sort(key=..., reverse=...)`.
/// `key` null means no key function (`env` and `key_kind` are then ignored).
///
/// # Safety
/// `list` is a live list; `key` is null or a function with `KEY_FN_SIG` that
/// accepts `env`.
#[no_mangle]
pub unsafe extern "C" fn tp_list_sort(
    list: *mut u8,
    reverse: u8,
    key: Option<KeyFn>,
    env: *const u8,
    key_kind: i64,
) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    match list.sort(key_func(key, env, key_kind), reverse != 0) {
        Ok(()) => ErrFlag(0),
        Err(err) => ErrFlag(err.raise()),
    }
}

/// `tp_list_min_key(list, key, env, key_kind)`: `min(list, key=key)` as a new reference.
///
/// # Safety
/// As for [`tp_list_sort`], with a non-null `key`.
#[no_mangle]
pub unsafe extern "C" fn tp_list_min_key(
    list: *mut u8,
    key: Option<KeyFn>,
    env: *const u8,
    key_kind: i64,
) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe { keyed_extreme(list, key, env, key_kind, CompareOp::Lt, "min") }
}

/// `tp_list_max_key(list, key, env, key_kind)`: `max(list, key=key)` as a new reference.
///
/// # Safety
/// As for [`tp_list_sort`], with a non-null `key`.
#[no_mangle]
pub unsafe extern "C" fn tp_list_max_key(
    list: *mut u8,
    key: Option<KeyFn>,
    env: *const u8,
    key_kind: i64,
) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe { keyed_extreme(list, key, env, key_kind, CompareOp::Gt, "max") }
}

/// # Safety
/// As for [`tp_list_sort`].
unsafe fn keyed_extreme(
    list: *mut u8,
    key: Option<KeyFn>,
    env: *const u8,
    key_kind: i64,
    op: CompareOp,
    func: &str,
) -> I64Result {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    let Some(key) = key_func(key, env, key_kind) else {
        return I64Result::from(Err(Exc::new(
            ExcKind::TypeError,
            format!("{func}(): key function is null"),
        )));
    };
    match list.extreme_by_key(key, op, func) {
        Ok(bits) => I64Result { val: bits, err: 0 },
        Err(err) => I64Result {
            val: 0,
            err: err.raise(),
        },
    }
}
