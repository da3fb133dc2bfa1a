//! `heapq` on lists: `heappush`, `heappop`, `heapify`, `heappushpop`,
//! `heapreplace`. The algorithms are CPython's `_heapq` module's (the C
//! versions of `heapq.py`'s `_siftdown`/`_siftup`), comparison for
//! comparison, so equal keys end up where CPython puts them, and with its
//! errors: `IndexError: index out of range` on an empty heap, `RuntimeError:
//! list changed size during iteration` when a user `__lt__` resizes the list.
//!
//! Sifting swaps elements inside the list, which never changes a reference
//! count. When comparing may call user code (instances with `__lt__`), both
//! operands are held while it runs and the list is re-read afterwards.

use taipan_abi::ExcKind;

use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, I64Result};
use crate::instance_callbacks::{may_call_back_any, PinnedSlot};
use crate::object::{decref_slot, incref_slot, Value};
use crate::slot_ops::{compare, CompareOp};

use super::List;

fn index_out_of_range() -> Exc {
    Exc::new(ExcKind::IndexError, "index out of range")
}

fn changed_size() -> Exc {
    Exc::new(ExcKind::RuntimeError, "list changed size during iteration")
}

impl List {
    /// `self[a] < self[b]`; the elements are held while user code may run.
    fn item_less(self, a: usize, b: usize, calls_back: bool) -> Result<bool, Exc> {
        if calls_back {
            let (x, y) = (PinnedSlot::new(self.kind, self.get(a)), PinnedSlot::new(self.kind, self.get(b)));
            // SAFETY: both values are held.
            return unsafe { compare(x.value(), y.value(), CompareOp::Lt) };
        }
        // SAFETY: elements of a live list are live.
        unsafe { compare(self.value(a), self.value(b), CompareOp::Lt) }
    }

    /// Whether comparing the elements may call user code back.
    fn heap_calls_back(self) -> bool {
        may_call_back_any(self.kind, (0..self.len()).map(|i| self.get(i)))
    }

    /// CPython's `siftdown(heap, startpos, pos)`: moves the element at `pos`
    /// up towards `start` while it is smaller than its parent.
    fn sift_down(self, start: usize, mut pos: usize, calls_back: bool) -> Result<(), Exc> {
        let size = self.len();
        if pos >= size {
            return Err(index_out_of_range());
        }
        while pos > start {
            let parent = (pos - 1) >> 1;
            let less = self.item_less(pos, parent, calls_back)?;
            if size != self.len() {
                return Err(changed_size());
            }
            if !less {
                break;
            }
            self.swap(parent, pos);
            pos = parent;
        }
        Ok(())
    }

    /// CPython's `siftup(heap, pos)`: moves the smaller child up until a leaf
    /// is reached, then sifts the element that was at `pos` back down.
    fn sift_up(self, mut pos: usize, calls_back: bool) -> Result<(), Exc> {
        let end = self.len();
        let start = pos;
        if pos >= end {
            return Err(index_out_of_range());
        }
        let limit = end >> 1;
        while pos < limit {
            let mut child = 2 * pos + 1;
            if child + 1 < end {
                let less = self.item_less(child, child + 1, calls_back)?;
                if !less {
                    child += 1;
                }
                if end != self.len() {
                    return Err(changed_size());
                }
            }
            self.swap(child, pos);
            pos = child;
        }
        self.sift_down(start, pos, calls_back)
    }

    /// `heapq.heappush(heap, item)`.
    pub fn heap_push(self, bits: i64) -> Result<(), Exc> {
        self.push_borrowed(bits);
        let calls_back = self.heap_calls_back();
        self.sift_down(0, self.len() - 1, calls_back)
    }

    /// `heapq.heappop(heap)`: the smallest element, as a new reference.
    pub fn heap_pop(self) -> Result<i64, Exc> {
        if self.is_empty() {
            return Err(index_out_of_range());
        }
        let last = self.remove_at(self.len() - 1);
        if self.is_empty() {
            return Ok(last);
        }
        let top = self.get(0);
        self.put(0, last);
        let calls_back = self.heap_calls_back();
        if let Err(exc) = self.sift_up(0, calls_back) {
            // SAFETY: the reference the list held to its former first element.
            unsafe { decref_slot(self.kind, top) };
            return Err(exc);
        }
        Ok(top)
    }

    /// `heapq.heapreplace(heap, item)`: pops the smallest, then pushes `item`.
    pub fn heap_replace(self, bits: i64) -> Result<i64, Exc> {
        if self.is_empty() {
            return Err(index_out_of_range());
        }
        let top = self.get(0);
        // SAFETY: the caller holds `bits`; the list takes its own reference.
        unsafe { incref_slot(self.kind, bits) };
        self.put(0, bits);
        let calls_back = self.heap_calls_back();
        if let Err(exc) = self.sift_up(0, calls_back) {
            // SAFETY: the list's former reference to its first element.
            unsafe { decref_slot(self.kind, top) };
            return Err(exc);
        }
        Ok(top)
    }

    /// `heapq.heappushpop(heap, item)`: pushes `item`, then pops the smallest.
    pub fn heap_push_pop(self, bits: i64) -> Result<i64, Exc> {
        let top_less = !self.is_empty() && {
            let top = PinnedSlot::new(self.kind, self.get(0));
            // SAFETY: both values are held (the caller holds `bits`).
            unsafe { compare(top.value(), Value::from_slot(self.kind, bits), CompareOp::Lt)? }
        };
        if !top_less {
            // SAFETY: the caller holds `bits`; the result is a new reference.
            unsafe { incref_slot(self.kind, bits) };
            return Ok(bits);
        }
        // Empty again if `__lt__` emptied it: `heap_replace` raises as CPython.
        self.heap_replace(bits)
    }

    /// `heapq.heapify(x)`.
    pub fn heapify(self) -> Result<(), Exc> {
        let calls_back = self.heap_calls_back();
        for i in (0..self.len() / 2).rev() {
            self.sift_up(i, calls_back)?;
        }
        Ok(())
    }
}

/// `tp_list_heappush(heap, item)`.
///
/// # Safety
/// `heap` is a live list; an object `item` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_heappush(heap: *mut u8, bits: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { List::from_obj(heap) }.heap_push(bits))
}

/// `tp_list_heappop(heap)`: the smallest element as a new reference.
///
/// # Safety
/// `heap` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_heappop(heap: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { List::from_obj(heap) }.heap_pop())
}

/// `tp_list_heapreplace(heap, item)`.
///
/// # Safety
/// `heap` is a live list; an object `item` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_heapreplace(heap: *mut u8, bits: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { List::from_obj(heap) }.heap_replace(bits))
}

/// `tp_list_heappushpop(heap, item)`.
///
/// # Safety
/// `heap` is a live list; an object `item` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_heappushpop(heap: *mut u8, bits: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { List::from_obj(heap) }.heap_push_pop(bits))
}

/// `tp_list_heapify(x)`.
///
/// # Safety
/// `x` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_heapify(list: *mut u8) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { List::from_obj(list) }.heapify())
}

/// `tp_list_truncate(list, n)`: keeps the first `max(n, 0)` elements
/// (`heapq.nsmallest` is `sorted(xs)[:n]`).
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_truncate(list: *mut u8, n: i64) {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    let keep = usize::try_from(n).unwrap_or(0);
    while list.len() > keep {
        let bits = list.remove_at(list.len() - 1);
        // SAFETY: the list's reference to the removed element.
        unsafe { decref_slot(list.kind, bits) };
    }
}
