//! `list` objects (layout: `taipan_abi::list_object`): allocation, growth,
//! element access with reference counting, and the basic mutations
//! (`append`, `insert`, `pop`, `del xs[i]`, `xs[i] = v`, `extend`, `clear`,
//! `reverse`, `copy`, `+`, `*`).
//!
//! Elements are unboxed by the list's element kind (the header's `KIND_A`):
//! `list[int]` holds raw i64s, `list[float]` f64 bits, `list[bool]` one byte per
//! element, object lists own one reference per element. The element array is a
//! separate allocation (`ITEMS`), grown with CPython's over-allocation rule so
//! `append` is amortised O(1).
//!
//! Searching and comparing live in `list_ops/search.rs`, slices in
//! `list_ops/slices.rs`, sorting in `list_ops/sort.rs`.

use std::alloc::{self, Layout};
use std::mem::offset_of;

use taipan_abi::{list_item_size, list_object, ExcKind, ObjTag, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, I64Result, PtrResult};
use crate::object::{
    alloc_object, decref_slot, free_object, header_kind_a, incref_slot, slot_kind_or_none, Value,
};

mod bisect;
mod heap;
mod search;
mod slices;
mod sort;
mod sort_tuple_keys;
#[cfg(test)]
mod tests;

pub use bisect::*;
pub use heap::*;
pub use search::*;
pub use slices::*;
pub use sort::*;

/// The fields of a list object, laid out as `taipan_abi::list_object` says.
#[repr(C)]
struct ListObject {
    /// refcount, tag, element kind: see `taipan_abi::object`.
    header: [u64; 2],
    len: i64,
    cap: i64,
    items: *mut u8,
}

const _: () = {
    assert!(offset_of!(ListObject, len) == list_object::LEN as usize);
    assert!(offset_of!(ListObject, cap) == list_object::CAP as usize);
    assert!(offset_of!(ListObject, items) == list_object::ITEMS as usize);
};

/// A handle on a live list object: the pointer plus its element kind.
///
/// Every method relies on the contract of [`List::from_obj`]: the object is a
/// live list for as long as the handle is used. Methods read and write through
/// the raw pointer (never holding a Rust reference across calls), so two handles
/// on the same list (`xs.extend(xs)`) are fine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct List {
    obj: *mut ListObject,
    kind: SlotKind,
}

/// `MemoryError` (no message), for sizes that cannot be allocated.
pub(crate) fn memory_error() -> Exc {
    Exc::new(ExcKind::MemoryError, "")
}

impl List {
    /// # Safety
    /// `obj` points to a live list object, which stays alive while the handle
    /// (or any copy of it) is used.
    pub unsafe fn from_obj(obj: *mut u8) -> List {
        // SAFETY: forwarded from the caller: `obj` is a live object.
        let kind = unsafe { header_kind_a(obj) };
        List {
            obj: obj.cast(),
            kind,
        }
    }

    /// A new empty list with room for `capacity` elements.
    pub fn new(kind: SlotKind, capacity: usize) -> List {
        let size = std::mem::size_of::<ListObject>();
        let obj = alloc_object(size, ObjTag::List, kind, SlotKind::None).cast::<ListObject>();
        let list = List { obj, kind };
        // SAFETY: a fresh allocation of `size_of::<ListObject>()` bytes.
        unsafe {
            (*obj).len = 0;
            (*obj).cap = 0;
            (*obj).items = std::ptr::null_mut();
        }
        list.set_capacity(capacity);
        list
    }

    /// A new list of `kind` holding `items` (borrowed: object items are increfed).
    pub fn from_items(kind: SlotKind, items: &[i64]) -> List {
        let list = List::new(kind, items.len());
        for &bits in items {
            list.push_borrowed(bits);
        }
        list
    }

    pub fn as_obj(self) -> *mut u8 {
        self.obj.cast()
    }

    pub fn kind(self) -> SlotKind {
        self.kind
    }

    pub fn len(self) -> usize {
        // SAFETY: the handle contract; `len` is never negative.
        unsafe { (*self.obj).len as usize }
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    fn capacity(self) -> usize {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).cap as usize }
    }

    fn item_size(self) -> usize {
        list_item_size(self.kind) as usize
    }

    fn items_ptr(self) -> *mut u8 {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).items }
    }

    /// Element `index` as slot bits (a borrowed reference for objects).
    pub fn get(self, index: usize) -> i64 {
        debug_assert!(index < self.len());
        // SAFETY: `index < len <= cap`, so the element is inside the array, and
        // initialised (every element below `len` is).
        unsafe {
            if self.kind == SlotKind::Bool {
                i64::from(self.items_ptr().add(index).read())
            } else {
                self.items_ptr().cast::<i64>().add(index).read()
            }
        }
    }

    /// Element `index` decoded by the list's kind.
    pub fn value(self, index: usize) -> Value {
        Value::from_slot(self.kind, self.get(index))
    }

    /// Writes element `index` without touching reference counts.
    fn put(self, index: usize, bits: i64) {
        debug_assert!(index < self.capacity());
        // SAFETY: `index < cap`: inside the element array.
        unsafe {
            if self.kind == SlotKind::Bool {
                self.items_ptr().add(index).write(u8::from(bits != 0));
            } else {
                self.items_ptr().cast::<i64>().add(index).write(bits);
            }
        }
    }

    /// A snapshot of the elements' bits (borrowed references).
    pub fn to_vec(self) -> Vec<i64> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }

    fn set_len(self, len: usize) {
        debug_assert!(len <= self.capacity());
        // SAFETY: the handle contract.
        unsafe { (*self.obj).len = len as i64 };
    }

    /// Reallocates the element array to exactly `capacity` elements (which must
    /// be at least `len`). Out of memory aborts, as in Rust's collections.
    fn set_capacity(self, capacity: usize) {
        let old_cap = self.capacity();
        if capacity == old_cap {
            return;
        }
        debug_assert!(capacity >= self.len());
        let old_layout = array_layout(old_cap, self.item_size());
        let new_layout = array_layout(capacity, self.item_size());
        let old_items = self.items_ptr();
        // SAFETY: `old_items` was allocated with `old_layout` (or is null when
        // `old_cap == 0`); both layouts have nonzero size where alloc/realloc
        // are called, and the same alignment.
        let new_items = unsafe {
            match (old_cap, capacity) {
                (_, 0) => {
                    alloc::dealloc(old_items, old_layout);
                    std::ptr::null_mut()
                }
                (0, _) => alloc::alloc(new_layout),
                _ => alloc::realloc(old_items, old_layout, new_layout.size()),
            }
        };
        if capacity != 0 && new_items.is_null() {
            alloc::handle_alloc_error(new_layout);
        }
        // SAFETY: the handle contract.
        unsafe {
            (*self.obj).items = new_items;
            (*self.obj).cap = capacity as i64;
        }
    }

    /// CPython's `list_resize`: makes room for `new_len` elements, over-allocating
    /// on growth and giving memory back when the list shrinks below half its
    /// capacity, then sets the length. Elements between the old and new length
    /// are uninitialised until the caller writes them; elements dropped by a
    /// shrink must have been released already.
    fn resize(self, new_len: usize) {
        let cap = self.capacity();
        if cap >= new_len && new_len >= cap >> 1 {
            self.set_len(new_len);
            return;
        }
        let mut new_cap = new_len.saturating_add((new_len >> 3) + 6) & !3;
        if new_len - self.len().min(new_len) > new_cap - new_len {
            new_cap = new_len.saturating_add(3) & !3;
        }
        if new_len == 0 {
            new_cap = 0;
        }
        // Shrinking: first drop the length so `set_capacity` sees a valid list.
        if new_len < self.len() {
            self.set_len(new_len);
        }
        self.set_capacity(new_cap);
        self.set_len(new_len);
    }

    /// Appends `bits`, taking over the caller's reference.
    pub fn push_owned(self, bits: i64) {
        let len = self.len();
        if len < self.capacity() {
            self.put(len, bits);
            self.set_len(len + 1);
        } else {
            self.resize(len + 1);
            self.put(len, bits);
        }
    }

    /// Appends `bits`, taking a new reference to an object.
    pub fn push_borrowed(self, bits: i64) {
        // SAFETY: an object element is a live object the caller holds.
        unsafe { incref_slot(self.kind, bits) };
        self.push_owned(bits);
    }

    /// `xs.insert(index, v)`, with CPython's clamping of the index.
    pub fn insert(self, index: i64, bits: i64) {
        let len = self.len();
        let at = clamp_insert_index(index, len);
        // SAFETY: an object element is a live object the caller holds.
        unsafe { incref_slot(self.kind, bits) };
        self.resize(len + 1);
        let size = self.item_size();
        // SAFETY: after the resize the array has room for len + 1 elements; the
        // elements at..len move up by one (an overlapping copy).
        unsafe {
            let base = self.items_ptr();
            std::ptr::copy(
                base.add(at * size),
                base.add((at + 1) * size),
                (len - at) * size,
            );
        }
        self.put(at, bits);
    }

    /// Removes element `index` (in range) and returns it with the list's reference.
    fn remove_at(self, index: usize) -> i64 {
        let len = self.len();
        let bits = self.get(index);
        let size = self.item_size();
        // SAFETY: index < len; the elements after it move down by one.
        unsafe {
            let base = self.items_ptr();
            std::ptr::copy(
                base.add((index + 1) * size),
                base.add(index * size),
                (len - index - 1) * size,
            );
        }
        self.resize(len - 1);
        bits
    }

    /// `xs.pop(index)`: `IndexError: pop from empty list` / `pop index out of range`.
    /// Returns the element with the list's reference.
    pub fn pop(self, index: i64) -> Result<i64, Exc> {
        let len = self.len();
        if len == 0 {
            return Err(Exc::new(ExcKind::IndexError, "pop from empty list"));
        }
        let index = normalize_index(index, len)
            .ok_or_else(|| Exc::new(ExcKind::IndexError, "pop index out of range"))?;
        Ok(self.remove_at(index))
    }

    /// `xs[index]` as a new reference; `IndexError: list index out of range`.
    pub fn get_item(self, index: i64) -> Result<i64, Exc> {
        let index = normalize_index(index, self.len())
            .ok_or_else(|| Exc::new(ExcKind::IndexError, "list index out of range"))?;
        let bits = self.get(index);
        // SAFETY: the element is a live object owned by the list.
        unsafe { incref_slot(self.kind, bits) };
        Ok(bits)
    }

    /// `xs[index] = v`; `IndexError: list assignment index out of range`.
    pub fn set_item(self, index: i64, bits: i64) -> Result<(), Exc> {
        let index = normalize_index(index, self.len())
            .ok_or_else(|| Exc::new(ExcKind::IndexError, "list assignment index out of range"))?;
        let old = self.get(index);
        // SAFETY: the new element is live (the caller holds it); the old one was
        // owned by the list and is released after the list is consistent again.
        unsafe {
            incref_slot(self.kind, bits);
            self.put(index, bits);
            decref_slot(self.kind, old);
        }
        Ok(())
    }

    /// `del xs[index]`; `IndexError: list assignment index out of range`.
    pub fn del_item(self, index: i64) -> Result<(), Exc> {
        let index = normalize_index(index, self.len())
            .ok_or_else(|| Exc::new(ExcKind::IndexError, "list assignment index out of range"))?;
        let old = self.remove_at(index);
        // SAFETY: the list's reference to the removed element.
        unsafe { decref_slot(self.kind, old) };
        Ok(())
    }

    /// `xs.extend(other)` for a list of the same kind (also `xs.extend(xs)`).
    pub fn extend(self, other: List) {
        let (len, other_len) = (self.len(), other.len());
        if other_len == 0 {
            return;
        }
        // Read the other list's elements before resizing: it may be this list.
        let items = other.to_vec();
        self.resize(len + other_len);
        for (offset, &bits) in items.iter().enumerate() {
            // SAFETY: elements of a live list are live.
            unsafe { incref_slot(self.kind, bits) };
            self.put(len + offset, bits);
        }
    }

    /// `xs.clear()`.
    pub fn clear(self) {
        if self.kind != SlotKind::Obj {
            // Unboxed elements own nothing.
            self.set_len(0);
            self.set_capacity(0);
            return;
        }
        let items = self.to_vec();
        // Empty the list before releasing the elements, as CPython does.
        self.set_len(0);
        self.set_capacity(0);
        for bits in items {
            // SAFETY: the list's references to its former elements.
            unsafe { decref_slot(self.kind, bits) };
        }
    }

    /// Exchanges elements `i` and `j` (both below `len`); references move with them.
    pub fn swap(self, i: usize, j: usize) {
        let (a, b) = (self.get(i), self.get(j));
        self.put(i, b);
        self.put(j, a);
    }

    /// `xs.reverse()`.
    pub fn reverse(self) {
        let len = self.len();
        for i in 0..len / 2 {
            let (a, b) = (self.get(i), self.get(len - 1 - i));
            self.put(i, b);
            self.put(len - 1 - i, a);
        }
    }

    /// `xs.copy()` / `xs[:]`.
    pub fn copy(self) -> List {
        List::from_items(self.kind, &self.to_vec())
    }

    /// `a + b` for two lists of the same kind; `MemoryError` if too long.
    pub fn concat(self, other: List) -> Result<List, Exc> {
        let len = self
            .len()
            .checked_add(other.len())
            .ok_or_else(memory_error)?;
        check_array_size(len, self.item_size())?;
        let result = List::new(self.kind, len);
        for list in [self, other] {
            for i in 0..list.len() {
                result.push_borrowed(list.get(i));
            }
        }
        Ok(result)
    }

    /// `xs * n` (`n <= 0`: empty); `MemoryError` if too long.
    pub fn repeat(self, times: i64) -> Result<List, Exc> {
        let times = usize::try_from(times).unwrap_or(0);
        let len = self.len().checked_mul(times).ok_or_else(memory_error)?;
        check_array_size(len, self.item_size())?;
        let result = List::new(self.kind, len);
        if len == 0 {
            return Ok(result);
        }
        // The element bytes are copied in doubling blocks (`[0.0] * n` is a
        // memset-speed fill, not n pushes); only object elements need counting.
        let size = self.item_size();
        let block = self.len() * size;
        let total = len * size;
        // SAFETY: the source array holds `block` initialised bytes; the result's
        // array has room for `total` bytes, and every copy reads from its already
        // filled prefix into the part after it, so no two ranges overlap.
        unsafe {
            let dst = result.items_ptr();
            std::ptr::copy_nonoverlapping(self.items_ptr(), dst, block);
            let mut filled = block;
            while filled < total {
                let chunk = filled.min(total - filled);
                std::ptr::copy_nonoverlapping(dst, dst.add(filled), chunk);
                filled += chunk;
            }
        }
        result.set_len(len);
        if self.kind == SlotKind::Obj {
            for i in 0..len {
                // SAFETY: each element is a live object of this list, now also
                // held by the result.
                unsafe { incref_slot(self.kind, result.get(i)) };
            }
        }
        Ok(result)
    }

    /// `xs *= n`, in place (`n <= 0` clears the list).
    pub fn repeat_in_place(self, times: i64) -> Result<(), Exc> {
        let times = usize::try_from(times).unwrap_or(0);
        if times == 0 {
            self.clear();
            return Ok(());
        }
        let len = self.len();
        if len == 0 || times == 1 {
            return Ok(());
        }
        let new_len = len.checked_mul(times).ok_or_else(memory_error)?;
        check_array_size(new_len, self.item_size())?;
        let items = self.to_vec();
        self.resize(new_len);
        for copy in 1..times {
            for (offset, &bits) in items.iter().enumerate() {
                // SAFETY: elements of a live list are live.
                unsafe { incref_slot(self.kind, bits) };
                self.put(copy * len + offset, bits);
            }
        }
        Ok(())
    }

    /// Replaces the whole element array with `items`, whose references the list
    /// takes over. The caller has taken care of the old elements' references.
    fn replace_items(self, items: &[i64]) {
        self.set_len(0);
        self.set_capacity(items.len());
        for (index, &bits) in items.iter().enumerate() {
            self.put(index, bits);
        }
        self.set_len(items.len());
    }

    /// Releases the elements and the element array, then the object itself.
    ///
    /// # Safety
    /// Nobody references the list any more.
    pub unsafe fn dealloc(self) {
        self.clear();
        // SAFETY: forwarded from the caller; the list was made by `List::new`.
        unsafe { free_object(self.as_obj(), std::mem::size_of::<ListObject>()) };
    }
}

/// The layout of an element array of `cap` elements of `item_size` bytes.
fn array_layout(cap: usize, item_size: usize) -> Layout {
    // Capacities are bounded by `check_array_size` (user-driven sizes) or by
    // memory itself (growth by appending), so the size cannot overflow.
    Layout::from_size_align(cap.saturating_mul(item_size), 8)
        .unwrap_or_else(|_| Layout::new::<u64>())
}

/// `MemoryError` when an array of `len` elements could never be allocated.
pub(crate) fn check_array_size(len: usize, item_size: usize) -> Result<(), Exc> {
    match len.checked_mul(item_size) {
        Some(bytes) if bytes <= isize::MAX as usize / 2 => Ok(()),
        _ => Err(memory_error()),
    }
}

/// A Python index (negative counts from the end) as a position below `len`.
pub(crate) fn normalize_index(index: i64, len: usize) -> Option<usize> {
    let index = if index < 0 {
        index.checked_add(len as i64)?
    } else {
        index
    };
    usize::try_from(index).ok().filter(|&i| i < len)
}

/// `list.insert`'s position: negative counts from the end, then clamp to 0..=len.
fn clamp_insert_index(index: i64, len: usize) -> usize {
    if index < 0 {
        (index.saturating_add(len as i64)).max(0) as usize
    } else {
        (index as u64).min(len as u64) as usize
    }
}

// ---- FFI ----

/// `tp_list_new(kind, capacity)`: a new empty list of element `kind`.
#[no_mangle]
pub extern "C" fn tp_list_new(kind: i64, capacity: i64) -> *mut u8 {
    // The capacity is only a hint: a bad one is clamped rather than trusted.
    let capacity = usize::try_from(capacity).unwrap_or(0).min(1 << 20);
    List::new(slot_kind_or_none(kind), capacity).as_obj()
}

/// `tp_list_append(list, v)`.
///
/// # Safety
/// `list` is a live list; an object `v` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_append(list: *mut u8, bits: i64) {
    // SAFETY: forwarded from the caller.
    unsafe { List::from_obj(list) }.push_borrowed(bits);
}

/// `tp_list_extend(list, other)`: `list.extend(other)` for lists of one kind.
///
/// # Safety
/// Both are live lists of the same element kind.
#[no_mangle]
pub unsafe extern "C" fn tp_list_extend(list: *mut u8, other: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { List::from_obj(list).extend(List::from_obj(other)) };
}

/// `tp_list_insert(list, index, v)`.
///
/// # Safety
/// `list` is a live list; an object `v` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_insert(list: *mut u8, index: i64, bits: i64) {
    // SAFETY: forwarded from the caller.
    unsafe { List::from_obj(list) }.insert(index, bits);
}

/// `tp_list_pop(list, index)`: `list.pop(index)` (compiled code passes -1 for
/// `list.pop()`), returning the element as a new reference.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_pop(list: *mut u8, index: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { List::from_obj(list) }.pop(index))
}

/// `tp_list_getitem(list, index)`: `list[index]` as a new reference.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_getitem(list: *mut u8, index: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { List::from_obj(list) }.get_item(index))
}

/// `tp_list_setitem(list, index, v)`: `list[index] = v`.
///
/// # Safety
/// `list` is a live list; an object `v` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_setitem(list: *mut u8, index: i64, bits: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { List::from_obj(list) }.set_item(index, bits))
}

/// `tp_list_delitem(list, index)`: `del list[index]`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_delitem(list: *mut u8, index: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { List::from_obj(list) }.del_item(index))
}

/// `tp_list_clear(list)`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_clear(list: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { List::from_obj(list) }.clear();
}

/// `tp_list_reverse(list)`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_reverse(list: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { List::from_obj(list) }.reverse();
}

/// `tp_list_copy(list)`: a new list with the same elements.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_copy(list: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { List::from_obj(list) }.copy().as_obj()
}

/// `tp_list_concat(a, b)`: `a + b` for lists of one kind.
///
/// # Safety
/// Both are live lists of the same element kind.
#[no_mangle]
pub unsafe extern "C" fn tp_list_concat(a: *mut u8, b: *mut u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let res = unsafe { List::from_obj(a).concat(List::from_obj(b)) };
    PtrResult::from(res.map(List::as_obj))
}

/// `tp_list_repeat(list, n)`: `list * n`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_repeat(list: *mut u8, times: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(
        unsafe { List::from_obj(list) }
            .repeat(times)
            .map(List::as_obj),
    )
}

/// `tp_list_repeat_in_place(list, n)`: `list *= n`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_repeat_in_place(list: *mut u8, times: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { List::from_obj(list) }.repeat_in_place(times))
}
