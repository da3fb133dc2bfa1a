//! `collections.deque` objects (layout: `taipan_abi::deque_object`).
//!
//! The elements sit in one array, unboxed by the element kind as a list's
//! are (a `deque[bool]` holds bytes), with free room at both ends: `ITEMS`
//! points `FRONT` elements into the array. `append`/`pop` work at the end as
//! a list's do; `appendleft`/`popleft` move `ITEMS`. When an end runs out of
//! room the elements are moved back to the middle of the array, or to the
//! middle of a bigger one when it is less than twice their number plus 8, so
//! every operation at either end is amortised O(1); an array four times
//! larger than needed is given back as the deque shrinks.
//!
//! Because the prefix of the object is a list's, the runtime's read-only
//! list operations (`in`, `count`, `==`, ordering, the elements' repr,
//! copying into a list) take a deque as they are; nothing that grows or
//! shrinks a list may (it would `realloc` an interior pointer).

use std::alloc::{self, Layout};
use std::mem::offset_of;

use taipan_abi::{deque_object, list_item_size, ExcKind, ObjTag, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, I64Result, PtrResult};
use crate::instance_callbacks::{Pinned, PinnedSlot};
use crate::list_ops::List;
use crate::object::{alloc_object, decref_slot, free_object, header_kind_a, incref_slot, slot_kind_or_none, Value};
use crate::slot_ops::values_eq;

#[repr(C)]
struct DequeObject {
    header: [u64; 2],
    len: i64,
    cap: i64,
    items: *mut u8,
    front: i64,
    maxlen: i64,
    state: i64,
}

const _: () = {
    assert!(offset_of!(DequeObject, len) == deque_object::LEN as usize);
    assert!(offset_of!(DequeObject, cap) == deque_object::CAP as usize);
    assert!(offset_of!(DequeObject, items) == deque_object::ITEMS as usize);
    assert!(offset_of!(DequeObject, front) == deque_object::FRONT as usize);
    assert!(offset_of!(DequeObject, maxlen) == deque_object::MAXLEN as usize);
    assert!(offset_of!(DequeObject, state) == deque_object::STATE as usize);
    assert!(std::mem::size_of::<DequeObject>() == deque_object::SIZE);
};

/// A handle on a live deque: every method relies on the contract of
/// [`Deque::from_obj`] (the object is a live deque while the handle is used)
/// and reads and writes through the raw pointer.
#[derive(Clone, Copy)]
pub struct Deque {
    obj: *mut DequeObject,
    kind: SlotKind,
}

fn empty_error() -> Exc {
    Exc::new(ExcKind::IndexError, "pop from an empty deque")
}

fn index_error() -> Exc {
    Exc::new(ExcKind::IndexError, "deque index out of range")
}

fn array_layout(slots: usize, item_size: usize) -> Layout {
    Layout::from_size_align(slots.saturating_mul(item_size).max(8), 8).unwrap_or_else(|_| Layout::new::<u64>())
}

impl Deque {
    /// # Safety
    /// `obj` is a live deque, alive while the handle is used.
    pub unsafe fn from_obj(obj: *mut u8) -> Deque {
        // SAFETY: forwarded from the caller.
        let kind = unsafe { header_kind_a(obj) };
        Deque { obj: obj.cast(), kind }
    }

    /// A new empty deque (`maxlen` -1: unbounded).
    pub fn new(kind: SlotKind, maxlen: i64) -> Deque {
        let obj = alloc_object(deque_object::SIZE, ObjTag::Deque, kind, SlotKind::None).cast::<DequeObject>();
        // SAFETY: a fresh allocation of the object's size.
        unsafe {
            (*obj).len = 0;
            (*obj).cap = 0;
            (*obj).items = std::ptr::null_mut();
            (*obj).front = 0;
            (*obj).maxlen = maxlen;
            (*obj).state = 0;
        }
        Deque { obj, kind }
    }

    pub fn as_obj(self) -> *mut u8 {
        self.obj.cast()
    }

    /// The same object seen as a list, for the read-only list operations.
    fn as_list(self) -> List {
        // SAFETY: the layouts share the list prefix (see the module doc).
        unsafe { List::from_obj(self.as_obj()) }
    }

    pub fn len(self) -> usize {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).len as usize }
    }

    fn cap(self) -> usize {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).cap as usize }
    }

    fn front(self) -> usize {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).front as usize }
    }

    pub fn maxlen(self) -> i64 {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).maxlen }
    }

    pub fn state(self) -> i64 {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).state }
    }

    /// Records a mutation that iterations must notice.
    fn bump_state(self) {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).state = (*self.obj).state.wrapping_add(1) };
    }

    fn item_size(self) -> usize {
        list_item_size(self.kind) as usize
    }

    fn items_ptr(self) -> *mut u8 {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).items }
    }

    /// Element `i` (below `len`) as slot bits, borrowed.
    pub fn get(self, i: usize) -> i64 {
        self.as_list().get(i)
    }

    /// Writes element `i` (inside the room after `ITEMS`) without touching counts.
    fn put(self, i: usize, bits: i64) {
        debug_assert!(i < self.cap());
        // SAFETY: `i < cap`: inside the array.
        unsafe {
            if self.kind == SlotKind::Bool {
                self.items_ptr().add(i).write(u8::from(bits != 0));
            } else {
                self.items_ptr().cast::<i64>().add(i).write(bits);
            }
        }
    }

    fn set_len(self, len: usize) {
        // SAFETY: the handle contract.
        unsafe { (*self.obj).len = len as i64 };
    }

    /// Moves the elements to the middle of an array of `total` slots (a new
    /// one unless `total` is the current size).
    fn recentre(self, total: usize) {
        let (len, size, front, cap) = (self.len(), self.item_size(), self.front(), self.cap());
        let old_total = front + cap;
        let new_front = (total - len) / 2;
        // SAFETY: the old array holds `old_total` slots from `items - front`
        // (or is null when empty); the new one is allocated with its layout;
        // `len` elements are copied (overlapping within one array: `copy`).
        unsafe {
            let old_base = if old_total == 0 { std::ptr::null_mut() } else { self.items_ptr().sub(front * size) };
            let new_base = if total == old_total {
                old_base
            } else {
                let layout = array_layout(total, size);
                let p = alloc::alloc(layout);
                if p.is_null() {
                    alloc::handle_alloc_error(layout);
                }
                p
            };
            if len > 0 {
                std::ptr::copy(self.items_ptr(), new_base.add(new_front * size), len * size);
            }
            if new_base != old_base && old_total != 0 {
                alloc::dealloc(old_base, array_layout(old_total, size));
            }
            (*self.obj).items = new_base.add(new_front * size);
            (*self.obj).front = new_front as i64;
            (*self.obj).cap = (total - new_front) as i64;
        }
    }

    /// Makes room for one more element at the front or the back.
    fn reserve(self, at_front: bool) {
        let (len, front, cap) = (self.len(), self.front(), self.cap());
        let has_room = if at_front { front > 0 } else { len < cap };
        if has_room {
            return;
        }
        let total = front + cap;
        let wanted = 2 * len + 8;
        self.recentre(if total >= wanted { total } else { wanted });
    }

    /// Gives memory back once the array is four times larger than needed.
    fn maybe_shrink(self) {
        let (len, total) = (self.len(), self.front() + self.cap());
        if total > 64 && len * 4 < total {
            self.recentre(2 * len + 8);
        }
    }

    fn push_back_owned(self, bits: i64) {
        self.reserve(false);
        let len = self.len();
        self.put(len, bits);
        self.set_len(len + 1);
    }

    fn push_front_owned(self, bits: i64) {
        self.reserve(true);
        let size = self.item_size();
        // SAFETY: `reserve` left `front > 0`: the slot before `ITEMS` is in the array.
        unsafe {
            (*self.obj).items = self.items_ptr().sub(size);
            (*self.obj).front -= 1;
            (*self.obj).cap += 1;
        }
        self.set_len(self.len() + 1);
        self.put(0, bits);
    }

    /// Removes the last element, returning it with the deque's reference.
    fn take_back(self) -> Option<i64> {
        let len = self.len();
        if len == 0 {
            return None;
        }
        let bits = self.get(len - 1);
        self.set_len(len - 1);
        self.maybe_shrink();
        Some(bits)
    }

    /// Removes the first element, returning it with the deque's reference.
    fn take_front(self) -> Option<i64> {
        let len = self.len();
        if len == 0 {
            return None;
        }
        let bits = self.get(0);
        let size = self.item_size();
        // SAFETY: `len > 0`, so the first element is in the array and `ITEMS`
        // may move past it.
        unsafe {
            (*self.obj).items = self.items_ptr().add(size);
            (*self.obj).front += 1;
            (*self.obj).cap -= 1;
        }
        self.set_len(len - 1);
        self.maybe_shrink();
        Some(bits)
    }

    fn release(self, bits: i64) {
        // SAFETY: the deque's reference to an element it no longer holds.
        unsafe { decref_slot(self.kind, bits) };
    }

    /// `d.append(x)`: at `maxlen`, the first element goes.
    pub fn append(self, bits: i64) {
        // SAFETY: the caller holds `bits`; the deque takes its own reference.
        unsafe { incref_slot(self.kind, bits) };
        self.push_back_owned(bits);
        self.bump_state();
        let maxlen = self.maxlen();
        if maxlen >= 0 && self.len() as i64 > maxlen {
            if let Some(old) = self.take_front() {
                self.release(old);
            }
        }
    }

    /// `d.appendleft(x)`: at `maxlen`, the last element goes.
    pub fn append_left(self, bits: i64) {
        // SAFETY: the caller holds `bits`; the deque takes its own reference.
        unsafe { incref_slot(self.kind, bits) };
        self.push_front_owned(bits);
        self.bump_state();
        let maxlen = self.maxlen();
        if maxlen >= 0 && self.len() as i64 > maxlen {
            if let Some(old) = self.take_back() {
                self.release(old);
            }
        }
    }

    /// `d.pop()`: the last element, as a new reference (the deque's).
    pub fn pop(self) -> Result<i64, Exc> {
        let bits = self.take_back().ok_or_else(empty_error)?;
        self.bump_state();
        Ok(bits)
    }

    /// `d.popleft()`.
    pub fn pop_left(self) -> Result<i64, Exc> {
        let bits = self.take_front().ok_or_else(empty_error)?;
        self.bump_state();
        Ok(bits)
    }

    /// `d.extend(xs)` for a list (or deque) `xs` of the same kind, which may
    /// be this deque: its elements are read first.
    pub fn extend(self, items: List, left: bool) {
        if self.maxlen() == 0 {
            return;
        }
        // Held: trimming to `maxlen` may drop an element still to be added.
        let pinned = Pinned::new(self.kind, items.to_vec());
        for &bits in &pinned.slots {
            if left {
                self.append_left(bits);
            } else {
                self.append(bits);
            }
        }
    }

    /// `d.clear()`.
    pub fn clear(self) {
        let items: Vec<i64> = (0..self.len()).map(|i| self.get(i)).collect();
        self.set_len(0);
        self.recentre_empty();
        self.bump_state();
        if self.kind == SlotKind::Obj {
            for bits in items {
                self.release(bits);
            }
        }
    }

    /// Frees the array of an emptied deque.
    fn recentre_empty(self) {
        let total = self.front() + self.cap();
        if total != 0 {
            // SAFETY: the array starts `front` slots before `ITEMS` and holds
            // `total` slots; nothing in it is live any more.
            unsafe {
                let base = self.items_ptr().sub(self.front() * self.item_size());
                alloc::dealloc(base, array_layout(total, self.item_size()));
                (*self.obj).items = std::ptr::null_mut();
                (*self.obj).front = 0;
                (*self.obj).cap = 0;
            }
        }
    }

    /// `d.rotate(n)`: `n` steps to the right (negative: to the left).
    pub fn rotate(self, n: i64) {
        let len = self.len();
        if len <= 1 {
            return;
        }
        self.bump_state();
        let k = n.rem_euclid(len as i64) as usize;
        let mut items: Vec<i64> = (0..len).map(|i| self.get(i)).collect();
        items.rotate_right(k);
        for (i, bits) in items.into_iter().enumerate() {
            self.put(i, bits);
        }
    }

    /// `d.reverse()` (not a mutation iterations notice, as in CPython).
    pub fn reverse(self) {
        let len = self.len();
        for i in 0..len / 2 {
            let (a, b) = (self.get(i), self.get(len - 1 - i));
            self.put(i, b);
            self.put(len - 1 - i, a);
        }
    }

    fn index(self, i: i64) -> Result<usize, Exc> {
        let len = self.len() as i64;
        let i = if i < 0 { i + len } else { i };
        if (0..len).contains(&i) {
            Ok(i as usize)
        } else {
            Err(index_error())
        }
    }

    /// `d[i]` as a new reference.
    pub fn get_item(self, i: i64) -> Result<i64, Exc> {
        let bits = self.get(self.index(i)?);
        // SAFETY: an element of a live deque is live.
        unsafe { incref_slot(self.kind, bits) };
        Ok(bits)
    }

    /// `d[i] = x`.
    pub fn set_item(self, i: i64, bits: i64) -> Result<(), Exc> {
        let i = self.index(i)?;
        let old = self.get(i);
        // SAFETY: the caller holds `bits`; the deque takes its own reference.
        unsafe { incref_slot(self.kind, bits) };
        self.put(i, bits);
        self.release(old);
        Ok(())
    }

    /// The first position holding a value equal to `x` (`==`, which may call
    /// a user `__eq__`: the element is held, and a change of the deque while
    /// it runs is CPython's `RuntimeError`).
    fn position_of(self, x: Value) -> Result<Option<usize>, Exc> {
        let (len, state) = (self.len(), self.state());
        for i in 0..len {
            let item = PinnedSlot::new(self.kind, self.get(i));
            // SAFETY: the element is held; `x` is borrowed live from the caller.
            let equal = unsafe { values_eq(item.value(), x) };
            if crate::instance_callbacks::failed() {
                // The `__eq__`'s own exception is pending.
                return Err(Exc::Pending);
            }
            if self.len() != len || self.state() != state {
                return Err(Exc::new(ExcKind::RuntimeError, "deque mutated during iteration"));
            }
            if equal {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Removes element `i` (below `len`), returning it with the deque's reference.
    fn remove_at(self, i: usize) -> i64 {
        let len = self.len();
        let bits = self.get(i);
        for j in i..len - 1 {
            self.put(j, self.get(j + 1));
        }
        self.set_len(len - 1);
        self.bump_state();
        bits
    }

    /// `d.remove(x)`: CPython 3.11 looks it up as `index` does (`ValueError:
    /// 'b' is not in deque`).
    pub fn remove(self, x: Value) -> Result<(), Exc> {
        let i = self.index_of(x)? as usize;
        let bits = self.remove_at(i);
        self.release(bits);
        Ok(())
    }

    /// `d.index(x)`: `ValueError: 5 is not in deque`.
    pub fn index_of(self, x: Value) -> Result<i64, Exc> {
        match self.position_of(x)? {
            Some(i) => Ok(i as i64),
            None => {
                let mut repr = String::new();
                // SAFETY: `x` is borrowed live from the caller.
                unsafe { crate::slot_ops::repr_into(&mut repr, x) };
                Err(Exc::value_error(format!("{repr} is not in deque")))
            }
        }
    }

    /// `d.insert(i, x)`, with `list.insert`'s clamping of `i`; `IndexError:
    /// deque already at its maximum size`.
    pub fn insert(self, i: i64, bits: i64) -> Result<(), Exc> {
        let len = self.len();
        if self.maxlen() >= 0 && len as i64 >= self.maxlen() {
            return Err(Exc::new(ExcKind::IndexError, "deque already at its maximum size"));
        }
        let at = if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) };
        // SAFETY: the caller holds `bits`; the deque takes its own reference.
        unsafe { incref_slot(self.kind, bits) };
        self.push_back_owned(bits);
        for j in (at..len).rev() {
            self.put(j + 1, self.get(j));
        }
        self.put(at, bits);
        self.bump_state();
        Ok(())
    }

    /// `d.copy()`: a new deque with the same elements and `maxlen`.
    pub fn copy(self) -> Deque {
        let copy = Deque::new(self.kind, self.maxlen());
        for i in 0..self.len() {
            copy.append(self.get(i));
        }
        copy
    }

    /// Frees the deque (its count reached zero).
    ///
    /// # Safety
    /// No one else refers to the object.
    pub unsafe fn dealloc(self) {
        if self.kind == SlotKind::Obj {
            for i in 0..self.len() {
                self.release(self.get(i));
            }
        }
        self.set_len(0);
        self.recentre_empty();
        // SAFETY: forwarded from the caller; made by `Deque::new`.
        unsafe { free_object(self.as_obj(), deque_object::SIZE) };
    }
}

/// Appends `repr(d)` to `out`: `deque([1, 2])`, `deque([], maxlen=3)`.
///
/// # Safety
/// `obj` is a live deque.
pub unsafe fn deque_repr_into(out: &mut String, obj: *mut u8) {
    // SAFETY: forwarded from the caller.
    let d = unsafe { Deque::from_obj(obj) };
    out.push_str("deque(");
    // SAFETY: a deque is read as a list (see the module doc).
    unsafe { crate::list_ops::list_repr_into(out, obj) };
    if d.maxlen() >= 0 {
        out.push_str(&format!(", maxlen={}", d.maxlen()));
    }
    out.push(')');
}

/// `tp_deque_new(kind, maxlen)`: an empty deque; `maxlen` `i64::MIN` is
/// None; `ValueError: maxlen must be non-negative`.
#[no_mangle]
pub extern "C" fn tp_deque_new(kind: i64, maxlen: i64) -> PtrResult {
    if maxlen < 0 && maxlen != i64::MIN {
        return PtrResult::from(Err::<*mut u8, Exc>(Exc::value_error("maxlen must be non-negative")));
    }
    let maxlen = if maxlen == i64::MIN { -1 } else { maxlen };
    PtrResult::from(Ok::<*mut u8, Exc>(Deque::new(slot_kind_or_none(kind), maxlen).as_obj()))
}

/// `tp_deque_extend(d, xs, left)`: `d.extend(xs)` / `d.extendleft(xs)` for a
/// list or deque `xs` of the same kind.
///
/// # Safety
/// `d` is a live deque; `xs` a live list or deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_extend(d: *mut u8, xs: *mut u8, left: u8) {
    // SAFETY: forwarded from the caller (a deque reads as a list).
    unsafe { Deque::from_obj(d).extend(List::from_obj(xs), left != 0) };
}

/// `tp_deque_append(d, x, left)`: `d.append(x)` / `d.appendleft(x)`.
///
/// # Safety
/// `d` is a live deque; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_append(d: *mut u8, bits: i64, left: u8) {
    // SAFETY: forwarded from the caller.
    let d = unsafe { Deque::from_obj(d) };
    if left != 0 {
        d.append_left(bits);
    } else {
        d.append(bits);
    }
}

/// `tp_deque_pop(d, left)`: `d.pop()` / `d.popleft()` as a new reference.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_pop(d: *mut u8, left: u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let d = unsafe { Deque::from_obj(d) };
    I64Result::from(if left != 0 { d.pop_left() } else { d.pop() })
}

/// `tp_deque_clear(d)`.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_clear(d: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { Deque::from_obj(d) }.clear();
}

/// `tp_deque_rotate(d, n)`.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_rotate(d: *mut u8, n: i64) {
    // SAFETY: forwarded from the caller.
    unsafe { Deque::from_obj(d) }.rotate(n);
}

/// `tp_deque_reverse(d)`.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_reverse(d: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { Deque::from_obj(d) }.reverse();
}

/// `tp_deque_getitem(d, i)` as a new reference; `IndexError: deque index out of range`.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_getitem(d: *mut u8, i: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { Deque::from_obj(d) }.get_item(i))
}

/// `tp_deque_setitem(d, i, x)`.
///
/// # Safety
/// `d` is a live deque; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_setitem(d: *mut u8, i: i64, bits: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { Deque::from_obj(d) }.set_item(i, bits))
}

/// `tp_deque_state(d)`: the mutation counter an iteration starts from.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_state(d: *mut u8) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { Deque::from_obj(d) }.state()
}

/// `tp_deque_iter_check(d, state)`: before each step of an iteration,
/// `RuntimeError: deque mutated during iteration` if `d` changed since.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_iter_check(d: *mut u8, state: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let changed = unsafe { Deque::from_obj(d) }.state() != state;
    ErrFlag::from(if changed { Err(Exc::new(ExcKind::RuntimeError, "deque mutated during iteration")) } else { Ok(()) })
}

/// `tp_deque_remove(d, x)`.
///
/// # Safety
/// `d` is a live deque; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_remove(d: *mut u8, x: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let d = unsafe { Deque::from_obj(d) };
    ErrFlag::from(d.remove(Value::from_slot(d.kind, x)))
}

/// `tp_deque_index(d, x)`.
///
/// # Safety
/// `d` is a live deque; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_index(d: *mut u8, x: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    let d = unsafe { Deque::from_obj(d) };
    I64Result::from(d.index_of(Value::from_slot(d.kind, x)))
}

/// `tp_deque_insert(d, i, x)`.
///
/// # Safety
/// `d` is a live deque; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_insert(d: *mut u8, i: i64, x: i64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    ErrFlag::from(unsafe { Deque::from_obj(d) }.insert(i, x))
}

/// `tp_deque_copy(d)`.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_copy(d: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Deque::from_obj(d) }.copy().as_obj()
}

/// `tp_deque_maxlen(d)`: `d.maxlen` as an `int | None` (a box, or null).
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn tp_deque_maxlen(d: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let maxlen = unsafe { Deque::from_obj(d) }.maxlen();
    if maxlen < 0 {
        std::ptr::null_mut()
    } else {
        crate::optional_box::tp_box_int(maxlen)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use taipan_abi::SlotKind;

    use super::Deque;

    /// Mixed operations at both ends, against `VecDeque`, for every storage
    /// width (bools are bytes): growth, recentring and shrinking keep order.
    #[test]
    fn both_ends_match_a_model() {
        for kind in [SlotKind::Int, SlotKind::Bool] {
            let d = Deque::new(kind, -1);
            let mut model: VecDeque<i64> = VecDeque::new();
            let mut seed: u64 = 7;
            for step in 0..20_000 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let v = if kind == SlotKind::Bool { (seed >> 40) as i64 & 1 } else { step };
                // Phases: mostly growing, then mostly shrinking.
                let grow = (step / 2500) % 2 == 0;
                match (seed >> 33) % 4 {
                    0 if grow || model.is_empty() => {
                        d.append(v);
                        model.push_back(v);
                    }
                    1 if grow || model.is_empty() => {
                        d.append_left(v);
                        model.push_front(v);
                    }
                    0 | 2 => assert_eq!(d.pop().ok(), model.pop_back()),
                    _ => assert_eq!(d.pop_left().ok(), model.pop_front()),
                }
                assert_eq!(d.len(), model.len());
                if step % 97 == 0 {
                    let got: Vec<i64> = (0..d.len()).map(|i| d.get(i)).collect();
                    assert_eq!(got, model.iter().copied().collect::<Vec<_>>());
                }
            }
            d.rotate(3);
            model.rotate_right(3 % model.len().max(1));
            let got: Vec<i64> = (0..d.len()).map(|i| d.get(i)).collect();
            assert_eq!(got, model.iter().copied().collect::<Vec<_>>());
            // SAFETY: the test owns the only reference.
            unsafe { d.dealloc() };
        }
    }

    #[test]
    fn maxlen_drops_from_the_other_end() {
        let d = Deque::new(SlotKind::Int, 3);
        for v in 0..5 {
            d.append(v);
        }
        assert_eq!((0..d.len()).map(|i| d.get(i)).collect::<Vec<_>>(), vec![2, 3, 4]);
        d.append_left(9);
        assert_eq!((0..d.len()).map(|i| d.get(i)).collect::<Vec<_>>(), vec![9, 2, 3]);
        assert!(d.pop_left().is_ok() && d.pop().is_ok() && d.pop().is_ok());
        assert!(d.pop().is_err());
        // SAFETY: the test owns the only reference.
        unsafe { d.dealloc() };
    }
}
