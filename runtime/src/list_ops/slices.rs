//! `xs[a:b:c]`, `xs[a:b:c] = ys` and `del xs[a:b:c]`, as CPython's
//! `list_subscript` / `list_ass_subscript` define them. Bounds arrive as
//! i64s with `slice::SLICE_NONE` for an omitted one.

use super::List;
use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, PtrResult};
use crate::object::{decref_slot, incref_slot};
use crate::slice::{resolve_slice, SliceRange};

impl List {
    /// `xs[start:stop:step]` as a new list.
    pub fn get_slice(self, start: i64, stop: i64, step: i64) -> Result<List, Exc> {
        let range = resolve_slice(self.len(), start, stop, step)?;
        let result = List::new(self.kind, range.len);
        for index in range.indices() {
            result.push_borrowed(self.get(index));
        }
        Ok(result)
    }

    /// `xs[start:stop:step] = other` for a list `other` of the same kind (which
    /// may be `xs` itself: its elements are read first, as CPython copies them).
    pub fn set_slice(self, start: i64, stop: i64, step: i64, other: List) -> Result<(), Exc> {
        let range = resolve_slice(self.len(), start, stop, step)?;
        let new_items = other.to_vec();
        if range.is_contiguous() {
            self.splice(range, &new_items);
            return Ok(());
        }
        if new_items.len() != range.len {
            return Err(Exc::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                range.len
            )));
        }
        let mut replaced = Vec::with_capacity(range.len);
        for (k, index) in range.indices().enumerate() {
            replaced.push(self.get(index));
            // SAFETY: the new element is live (an element of a live list).
            unsafe { incref_slot(self.kind, new_items[k]) };
            self.put(index, new_items[k]);
        }
        self.release(replaced);
        Ok(())
    }

    /// `del xs[start:stop:step]`.
    pub fn del_slice(self, start: i64, stop: i64, step: i64) -> Result<(), Exc> {
        let range = resolve_slice(self.len(), start, stop, step)?;
        if range.is_contiguous() {
            self.splice(range, &[]);
            return Ok(());
        }
        let mut doomed = vec![false; self.len()];
        for index in range.indices() {
            doomed[index] = true;
        }
        let (mut kept, mut removed) = (
            Vec::with_capacity(self.len() - range.len),
            Vec::with_capacity(range.len),
        );
        for (index, &bits) in self.to_vec().iter().enumerate() {
            if doomed[index] {
                removed.push(bits);
            } else {
                kept.push(bits);
            }
        }
        self.replace_items(&kept);
        self.release(removed);
        Ok(())
    }

    /// Replaces the contiguous `range` (step 1) with `new_items` (borrowed), as
    /// CPython's `list_ass_slice`; an empty range inserts at its start.
    fn splice(self, range: SliceRange, new_items: &[i64]) {
        let old = self.to_vec();
        let low = range.start as usize;
        let high = low + range.len;
        let mut items = Vec::with_capacity(old.len() - range.len + new_items.len());
        items.extend_from_slice(&old[..low]);
        for &bits in new_items {
            // SAFETY: the new elements are live (elements of a live list).
            unsafe { incref_slot(self.kind, bits) };
            items.push(bits);
        }
        items.extend_from_slice(&old[high..]);
        self.replace_items(&items);
        self.release(old[low..high].to_vec());
    }

    /// Drops the list's references to elements it no longer holds (after the
    /// list is consistent again, so a freed element cannot observe it half-done).
    fn release(self, removed: Vec<i64>) {
        for bits in removed {
            // SAFETY: the list owned a reference to each removed element.
            unsafe { decref_slot(self.kind, bits) };
        }
    }
}

// ---- FFI ----

/// `tp_list_getslice(list, start, stop, step)`: `list[start:stop:step]` as a
/// new list (`i64::MIN` for an omitted bound); `ValueError` for step 0.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_getslice(
    list: *mut u8,
    start: i64,
    stop: i64,
    step: i64,
) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let res = unsafe { List::from_obj(list) }.get_slice(start, stop, step);
    PtrResult::from(res.map(List::as_obj))
}

/// `tp_list_setslice(list, start, stop, step, other)`: `list[start:stop:step] = other`
/// for a list `other` of the same kind (compiled code turns other iterables into one).
///
/// # Safety
/// `list` and `other` are live lists of one kind.
#[no_mangle]
pub unsafe extern "C" fn tp_list_setslice(
    list: *mut u8,
    start: i64,
    stop: i64,
    step: i64,
    other: *mut u8,
) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let res = unsafe { List::from_obj(list).set_slice(start, stop, step, List::from_obj(other)) };
    ErrFlag::from(res)
}

/// `tp_list_delslice(list, start, stop, step)`: `del list[start:stop:step]`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_delslice(
    list: *mut u8,
    start: i64,
    stop: i64,
    step: i64,
) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { List::from_obj(list) }.del_slice(start, stop, step))
}
