//! Reading a list as a whole: `==`, `<`, `<=`, `in`, `index`, `count`,
//! `remove`, `min`/`max`/`sum`, and `repr`.
//!
//! Elements compare with the generic slot operations (`slot_ops`), so a
//! `list[list[int]]` compares its inner lists lexicographically and a
//! `list[float]` with NaNs behaves as CPython's unboxed comparisons would (see
//! `slot_ops::values_eq` for the one known difference).
//!
//! When the elements may be instances whose special methods the runtime
//! calls back (`instance_callbacks::may_call_back`), user code may change the
//! list meanwhile: the operations then read it as CPython's do, element by
//! element up to its current length, holding the elements they compare.

use taipan_abi::{ErrCode, ExcKind};

use super::List;
use crate::exceptions::Exc;
use crate::instance_callbacks::{failed, may_call_back, may_call_back_any, PinnedSlot};
use crate::ffi_result::{ErrFlag, I64Result};
use crate::object::{decref_slot, incref_slot, Value};
use crate::slot_ops::{compare, compare_sequences, repr_into, values_eq, CompareOp};
use crate::str_object::new_str;

impl List {
    /// Whether comparing or printing the elements may run user code
    /// (`needle`: the value they are compared with, which decides).
    fn calls_back(self, needle: Option<Value>) -> bool {
        match needle {
            Some(Value::Obj(obj)) => may_call_back(self.kind, obj as i64),
            Some(_) => false,
            None => may_call_back_any(self.kind, (0..self.len()).map(|i| self.get(i))),
        }
    }

    /// Element `index`, held, if the list (which user code may have changed)
    /// still has it.
    fn pinned_item(self, index: usize) -> Option<PinnedSlot> {
        (index < self.len()).then(|| PinnedSlot::new(self.kind, self.get(index)))
    }

    /// The first position in `start..stop` (CPython's clamped `index()`
    /// bounds) holding a value equal to `needle`.
    pub fn find(self, needle: Value, start: usize, stop: usize) -> Option<usize> {
        if self.calls_back(Some(needle)) {
            let mut i = start;
            while i < stop {
                let item = self.pinned_item(i)?;
                // SAFETY: the item is held; `needle` is borrowed live.
                if unsafe { values_eq(item.value(), needle) } {
                    return Some(i);
                }
                if failed() {
                    return None;
                }
                i += 1;
            }
            return None;
        }
        (start..stop.min(self.len())).find(|&i| {
            // SAFETY: elements of a live list are live; `needle` is borrowed live.
            unsafe { values_eq(self.value(i), needle) }
        })
    }

    /// `x in xs`.
    pub fn contains(self, needle: Value) -> bool {
        self.find(needle, 0, self.len()).is_some()
    }

    /// `xs.count(x)`.
    pub fn count(self, needle: Value) -> usize {
        if self.calls_back(Some(needle)) {
            let (mut i, mut count) = (0, 0);
            while let Some(item) = self.pinned_item(i) {
                // SAFETY: the item is held; `needle` is borrowed live.
                count += usize::from(unsafe { values_eq(item.value(), needle) });
                i += 1;
            }
            return count;
        }
        // SAFETY: elements of a live list are live; `needle` is borrowed live.
        (0..self.len())
            .filter(|&i| unsafe { values_eq(self.value(i), needle) })
            .count()
    }

    /// `xs.index(x, start, stop)`: `ValueError: 5 is not in list`.
    pub fn index_of(self, needle: Value, start: i64, stop: i64) -> Result<usize, Exc> {
        let len = self.len();
        let (start, stop) = (
            clamp_search_bound(start, len),
            clamp_search_bound(stop, len),
        );
        self.find(needle, start, stop).ok_or_else(|| {
            let mut message = String::new();
            // SAFETY: `needle` is borrowed live.
            unsafe { repr_into(&mut message, needle) };
            message.push_str(" is not in list");
            Exc::value_error(message)
        })
    }

    /// `xs.remove(x)`: `ValueError: list.remove(x): x not in list`.
    pub fn remove_value(self, needle: Value) -> Result<(), Exc> {
        let index = self
            .find(needle, 0, self.len())
            .ok_or_else(|| Exc::value_error("list.remove(x): x not in list"))?;
        // As CPython: the position found, in the list as `__eq__` left it.
        if index >= self.len() {
            return Ok(());
        }
        let old = self.remove_at(index);
        // SAFETY: the list's reference to the removed element.
        unsafe { decref_slot(self.kind, old) };
        Ok(())
    }

    /// `a op b`, lexicographically (CPython's `list_richcompare`).
    pub fn compare(self, other: List, op: CompareOp) -> Result<bool, Exc> {
        if self.calls_back(None) {
            return self.compare_calling_back(other, op);
        }
        // SAFETY: elements of live lists are live.
        unsafe {
            compare_sequences(
                self.len(),
                other.len(),
                |i| self.value(i),
                |i| other.value(i),
                op,
            )
        }
    }

    /// The smallest (`op = Lt`) or largest (`op = Gt`) element, the first one
    /// on ties, as `min()`/`max()` pick it; as a new reference.
    pub(crate) fn extreme(self, op: CompareOp, func: &str) -> Result<i64, Exc> {
        if self.is_empty() {
            return Err(Exc::value_error(format!(
                "{func}() arg is an empty sequence"
            )));
        }
        if self.calls_back(None) {
            // As CPython's `min`/`max` iterate: the current length each step,
            // holding the best so far.
            let Some(mut best) = self.pinned_item(0) else { return Err(Exc::value_error(format!("{func}() arg is an empty sequence"))) };
            let mut i = 1;
            while let Some(item) = self.pinned_item(i) {
                // SAFETY: both are held.
                if unsafe { compare(item.value(), best.value(), op)? } {
                    best = item;
                }
                i += 1;
            }
            // The caller gets its own reference.
            let best = std::mem::ManuallyDrop::new(best);
            return Ok(best.bits);
        }
        let mut best = 0;
        for i in 1..self.len() {
            // SAFETY: elements of a live list are live.
            if unsafe { compare(self.value(i), self.value(best), op)? } {
                best = i;
            }
        }
        let bits = self.get(best);
        // SAFETY: an element of a live list is live; the caller gets its own reference.
        unsafe { incref_slot(self.kind, bits) };
        Ok(bits)
    }

    /// [`List::compare`] when `__eq__`/`__lt__` may run user code: as CPython's
    /// `list_richcompare`, reading both lists up to their current lengths.
    fn compare_calling_back(self, other: List, op: CompareOp) -> Result<bool, Exc> {
        let mut i = 0;
        loop {
            let (Some(a), Some(b)) = (self.pinned_item(i), other.pinned_item(i)) else { break };
            // SAFETY: both are held.
            if !unsafe { values_eq(a.value(), b.value()) } {
                if failed() {
                    return Err(Exc::Pending);
                }
                // SAFETY: both are held.
                return unsafe { compare(a.value(), b.value(), op) };
            }
            i += 1;
        }
        if failed() {
            return Err(Exc::Pending);
        }
        Ok(op.holds(Some(self.len().cmp(&other.len()))))
    }

    /// `sum(xs, start)` of an int or bool list; `IntOverflow` beyond 64 bits.
    pub fn sum_int(self, start: i64) -> Result<i64, Exc> {
        (0..self.len()).try_fold(start, |acc, i| {
            acc.checked_add(self.get(i))
                .ok_or(Exc::Code(ErrCode::IntOverflow))
        })
    }

    /// `sum(xs, start)` with a float accumulator: CPython 3.11 adds left to right
    /// (no compensated summation), converting int elements to float one by one.
    pub fn sum_float(self, start: f64) -> f64 {
        (0..self.len()).fold(start, |acc, i| {
            acc + match self.value(i) {
                Value::Float(x) => x,
                Value::Int(n) => n as f64,
                Value::Bool(b) => f64::from(u8::from(b)),
                Value::None | Value::Obj(_) => 0.0,
            }
        })
    }
}

/// `list.index`'s start/stop: negative counts from the end, clamped to 0..=len.
fn clamp_search_bound(bound: i64, len: usize) -> usize {
    if bound < 0 {
        bound.saturating_add(len as i64).max(0) as usize
    } else {
        (bound as u64).min(len as u64) as usize
    }
}

/// `a == b` for two lists (CPython: same length, then element-wise `==`).
///
/// # Safety
/// `a` and `b` are live lists.
pub unsafe fn list_eq(a: *mut u8, b: *mut u8) -> bool {
    // SAFETY: forwarded from the caller.
    let (a, b) = unsafe { (List::from_obj(a), List::from_obj(b)) };
    if a.len() != b.len() {
        return false;
    }
    if a.calls_back(None) {
        // As CPython: up to the current lengths, then the lengths decide.
        let mut i = 0;
        while let (Some(x), Some(y)) = (a.pinned_item(i), b.pinned_item(i)) {
            // SAFETY: both are held.
            if !unsafe { values_eq(x.value(), y.value()) } {
                return false;
            }
            i += 1;
        }
        return a.len() == b.len();
    }
    // SAFETY: elements of live lists are live.
    (0..a.len()).all(|i| unsafe { values_eq(a.value(i), b.value(i)) })
}

/// Appends `repr(list)` to `out`: `[1, 'a', 2.5]`.
///
/// # Safety
/// `list` is a live list.
pub unsafe fn list_repr_into(out: &mut String, list: *mut u8) {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    if list.calls_back(None) {
        // As CPython's `list_repr`: up to the current length.
        out.push('[');
        let mut i = 0;
        while let Some(item) = list.pinned_item(i) {
            if i > 0 {
                out.push_str(", ");
            }
            // SAFETY: the item is held.
            unsafe { repr_into(out, item.value()) };
            i += 1;
        }
        out.push(']');
        return;
    }
    out.push('[');
    for i in 0..list.len() {
        if i > 0 {
            out.push_str(", ");
        }
        // SAFETY: elements of a live list are live.
        unsafe { repr_into(out, list.value(i)) };
    }
    out.push(']');
}

// ---- FFI ----

/// `tp_list_contains(list, x)`: `x in list`, as 0/1.
///
/// # Safety
/// `list` is a live list; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_contains(list: *mut u8, bits: i64) -> u8 {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    list.contains(Value::from_slot(list.kind(), bits)).into()
}

/// `tp_list_count(list, x)`: `list.count(x)`.
///
/// # Safety
/// `list` is a live list; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_count(list: *mut u8, bits: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    list.count(Value::from_slot(list.kind(), bits)) as i64
}

/// `tp_list_index(list, x, start, stop)`: `list.index(x, start, stop)`
/// (compiled code passes `0, i64::MAX` for the defaults).
///
/// # Safety
/// `list` is a live list; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_index(
    list: *mut u8,
    bits: i64,
    start: i64,
    stop: i64,
) -> I64Result {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    let res = list.index_of(Value::from_slot(list.kind(), bits), start, stop);
    I64Result::from(res.map(|i| i as i64))
}

/// `tp_list_remove(list, x)`: `list.remove(x)`.
///
/// # Safety
/// `list` is a live list; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_remove(list: *mut u8, bits: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    ErrFlag::from(list.remove_value(Value::from_slot(list.kind(), bits)))
}

/// `tp_list_eq(a, b)`: `a == b` for two lists of one kind, as 0/1.
///
/// # Safety
/// Both are live lists.
#[no_mangle]
pub unsafe extern "C" fn tp_list_eq(a: *mut u8, b: *mut u8) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { list_eq(a, b) }.into()
}

/// `tp_list_compare(a, b, op)`: `a op b` (`op`: a `CompareOp`: 0 `<`, 1 `<=`,
/// 2 `>`, 3 `>=`) as 0/1; `TypeError` when deciding elements have no order.
///
/// # Safety
/// Both are live lists of one kind.
#[no_mangle]
pub unsafe extern "C" fn tp_list_compare(a: *mut u8, b: *mut u8, op: i64) -> I64Result {
    let Some(op) = CompareOp::from_i64(op) else {
        return I64Result::from(Err(Exc::new(
            ExcKind::RuntimeError,
            format!("taipan: unknown comparison operator {op}"),
        )));
    };
    // SAFETY: forwarded from the caller.
    let res = unsafe { List::from_obj(a).compare(List::from_obj(b), op) };
    I64Result::from(res.map(i64::from))
}

/// `tp_list_min(list)`: `min(list)` as a new reference;
/// `ValueError: min() arg is an empty sequence`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_min(list: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    I64Result::from(list.extreme(CompareOp::Lt, "min"))
}

/// `tp_list_max(list)`: `max(list)` as a new reference;
/// `ValueError: max() arg is an empty sequence`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_max(list: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    I64Result::from(list.extreme(CompareOp::Gt, "max"))
}

/// `tp_list_sum_int(list, start)`: `sum(list, start)` of an int or bool list.
///
/// # Safety
/// `list` is a live list of ints or bools.
#[no_mangle]
pub unsafe extern "C" fn tp_list_sum_int(list: *mut u8, start: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { List::from_obj(list) }.sum_int(start))
}

/// `tp_list_sum_float(list, start)`: `sum(list, start)` with a float result, for
/// a float list (start 0.0 for `sum(xs)`) or an int list with a float start.
///
/// # Safety
/// `list` is a live list of floats, ints or bools.
#[no_mangle]
pub unsafe extern "C" fn tp_list_sum_float(list: *mut u8, start: f64) -> f64 {
    // SAFETY: forwarded from the caller.
    unsafe { List::from_obj(list) }.sum_float(start)
}

/// `tp_list_repr(list)`: `repr(list)` as a new str.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_repr(list: *mut u8) -> *mut u8 {
    let mut out = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { list_repr_into(&mut out, list) };
    new_str(&out)
}
