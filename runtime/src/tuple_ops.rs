//! `tuple` objects (layout: `taipan_abi::tuple_object`): `len` 8-byte slots,
//! then one `SlotKind` byte per slot, so `tuple[int, str]` stores its int
//! unboxed and knows which slots hold references. Tuples are immutable once
//! built: compiled code makes one with `tp_tuple_new` and fills every field
//! with `tp_tuple_set_item` (or inline stores) before anyone else sees it.
//!
//! Hashing is `hash::hash_value` (CPython's `tuplehash`); `==`, `<` and repr
//! are here.

use taipan_abi::{tuple_object, ExcKind, ObjTag, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::{I64Result, PtrResult};
use crate::list_ops::{check_array_size, memory_error, normalize_index, List};
use crate::object::{
    alloc_object, canonical_slot_bits, decref_slot, free_object, incref_slot, slot_kind_or_none,
    tuple_item, tuple_len, Value,
};
use crate::slice::resolve_slice;
use crate::slot_ops::{compare_sequences, repr_into, values_eq, CompareOp};
use crate::str_object::new_str;

/// A handle on a live tuple. Every method relies on the contract of
/// [`Tuple::from_obj`]: the object is a live tuple while the handle is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tuple {
    obj: *mut u8,
}

/// Allocation size of a tuple of `len` fields.
fn tuple_size(len: usize) -> usize {
    tuple_object::ITEMS as usize + len * 9
}

impl Tuple {
    /// # Safety
    /// `obj` points to a live tuple, which stays alive while the handle is used.
    pub unsafe fn from_obj(obj: *mut u8) -> Tuple {
        Tuple { obj }
    }

    /// A new tuple of `len` fields, each `None` until set with [`Tuple::init`].
    /// `MemoryError` for an impossible length.
    pub fn new(len: usize) -> Result<Tuple, Exc> {
        check_array_size(len, 9)?;
        let obj = alloc_object(
            tuple_size(len),
            ObjTag::Tuple,
            SlotKind::None,
            SlotKind::None,
        );
        // SAFETY: a fresh allocation of `tuple_size(len)` bytes: the length field,
        // `len` slots and `len` kind bytes.
        unsafe {
            obj.add(tuple_object::LEN as usize)
                .cast::<i64>()
                .write(len as i64);
            let slots = obj.add(tuple_object::ITEMS as usize);
            slots.write_bytes(0, len * 8);
            slots.add(len * 8).write_bytes(SlotKind::None as u8, len);
        }
        Ok(Tuple { obj })
    }

    /// A new tuple of the given `(kind, bits)` fields (borrowed: objects are increfed).
    pub fn from_fields(fields: &[(SlotKind, i64)]) -> Result<Tuple, Exc> {
        let tuple = Tuple::new(fields.len())?;
        for (index, &(kind, bits)) in fields.iter().enumerate() {
            tuple.init(index, kind, bits);
        }
        Ok(tuple)
    }

    pub fn as_obj(self) -> *mut u8 {
        self.obj
    }

    pub fn len(self) -> usize {
        // SAFETY: the handle contract.
        unsafe { tuple_len(self.obj) }
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    fn slot_ptr(self, index: usize) -> *mut i64 {
        // SAFETY: the handle contract; callers keep `index < len`.
        unsafe {
            self.obj
                .add(tuple_object::ITEMS as usize)
                .cast::<i64>()
                .add(index)
        }
    }

    fn kind_ptr(self, index: usize) -> *mut u8 {
        // SAFETY: the handle contract; the kind bytes follow the `len` slots.
        unsafe {
            self.obj
                .add(tuple_object::ITEMS as usize + self.len() * 8 + index)
        }
    }

    /// Field `index` (`index < len`) as `(kind, bits)`, borrowed: the stored
    /// kind and bits (not re-encoded from a `Value`, which would turn a num
    /// into a plain int or float).
    pub fn field(self, index: usize) -> (SlotKind, i64) {
        debug_assert!(index < self.len());
        // SAFETY: the handle contract and `index < len`.
        unsafe { (slot_kind_or_none(self.kind_ptr(index).read().into()), self.slot_ptr(index).read()) }
    }

    /// Field `index` (`index < len`) decoded by its kind.
    pub fn value(self, index: usize) -> Value {
        debug_assert!(index < self.len());
        // SAFETY: the handle contract and `index < len`.
        unsafe { tuple_item(self.obj, index) }
    }

    /// Sets field `index` while the tuple is being built, taking a new
    /// reference to an object and releasing whatever the field held.
    pub fn init(self, index: usize, kind: SlotKind, bits: i64) {
        if index >= self.len() {
            return;
        }
        let (old_kind, old_bits) = self.field(index);
        // SAFETY: `index < len`; the new value is live (the caller holds it) and
        // the old one was owned by the tuple.
        unsafe {
            incref_slot(kind, bits);
            self.slot_ptr(index)
                .write(canonical_slot_bits(kind, bits));
            self.kind_ptr(index).write(kind as u8);
            decref_slot(old_kind, old_bits);
        }
    }

    /// `t[index]` as `(kind, bits)` with a new reference; `IndexError: tuple index out of range`.
    pub fn get_item(self, index: i64) -> Result<(SlotKind, i64), Exc> {
        let index = normalize_index(index, self.len())
            .ok_or_else(|| Exc::new(ExcKind::IndexError, "tuple index out of range"))?;
        let (kind, bits) = self.field(index);
        // SAFETY: a field of a live tuple is live.
        unsafe { incref_slot(kind, bits) };
        Ok((kind, bits))
    }

    /// `t[start:stop:step]` as a new tuple.
    pub fn get_slice(self, start: i64, stop: i64, step: i64) -> Result<Tuple, Exc> {
        let range = resolve_slice(self.len(), start, stop, step)?;
        let fields: Vec<_> = range.indices().map(|i| self.field(i)).collect();
        Tuple::from_fields(&fields)
    }

    /// `a + b`.
    pub fn concat(self, other: Tuple) -> Result<Tuple, Exc> {
        let fields: Vec<_> = (0..self.len())
            .map(|i| self.field(i))
            .chain((0..other.len()).map(|i| other.field(i)))
            .collect();
        Tuple::from_fields(&fields)
    }

    /// `t * n` (`n <= 0`: empty).
    pub fn repeat(self, times: i64) -> Result<Tuple, Exc> {
        let times = usize::try_from(times).unwrap_or(0);
        let len = self.len().checked_mul(times).ok_or_else(memory_error)?;
        check_array_size(len, 9)?;
        let fields: Vec<_> = (0..self.len()).map(|i| self.field(i)).collect();
        let tuple = Tuple::new(len)?;
        for (index, &(kind, bits)) in fields.iter().cycle().take(len).enumerate() {
            tuple.init(index, kind, bits);
        }
        Ok(tuple)
    }

    /// `x in t`.
    pub fn contains(self, needle: Value) -> bool {
        // SAFETY: fields of a live tuple are live; `needle` is borrowed live.
        (0..self.len()).any(|i| unsafe { values_eq(self.value(i), needle) })
    }

    /// `a op b`, lexicographically.
    pub fn compare(self, other: Tuple, op: CompareOp) -> Result<bool, Exc> {
        // SAFETY: fields of live tuples are live.
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

    /// `list(t)` for a tuple whose fields are all of `kind` (`tuple[T, ...]`).
    pub fn to_list(self, kind: SlotKind) -> List {
        let list = List::new(kind, self.len());
        for index in 0..self.len() {
            list.push_borrowed(self.field(index).1);
        }
        list
    }

    /// Releases the fields, then frees the tuple.
    ///
    /// # Safety
    /// Nobody references the tuple any more.
    pub unsafe fn dealloc(self) {
        let len = self.len();
        for index in 0..len {
            let (kind, bits) = self.field(index);
            // SAFETY: the tuple owned a reference to each object field.
            unsafe { decref_slot(kind, bits) };
        }
        // SAFETY: forwarded from the caller; the tuple was made by `Tuple::new`.
        unsafe { free_object(self.obj, tuple_size(len)) };
    }
}

/// `a == b` for two tuples.
///
/// # Safety
/// `a` and `b` are live tuples.
pub unsafe fn tuple_eq(a: *mut u8, b: *mut u8) -> bool {
    // SAFETY: forwarded from the caller.
    let (a, b) = unsafe { (Tuple::from_obj(a), Tuple::from_obj(b)) };
    // SAFETY: fields of live tuples are live.
    a.len() == b.len() && (0..a.len()).all(|i| unsafe { values_eq(a.value(i), b.value(i)) })
}

/// Appends `repr(t)` to `out`: `()`, `(1,)`, `(1, 'a')`.
///
/// # Safety
/// `tuple` is a live tuple.
pub unsafe fn tuple_repr_into(out: &mut String, tuple: *mut u8) {
    // SAFETY: forwarded from the caller.
    let tuple = unsafe { Tuple::from_obj(tuple) };
    out.push('(');
    for index in 0..tuple.len() {
        if index > 0 {
            out.push_str(", ");
        }
        // SAFETY: fields of a live tuple are live.
        unsafe { repr_into(out, tuple.value(index)) };
    }
    if tuple.len() == 1 {
        out.push(',');
    }
    out.push(')');
}

/// The `CompareOp` an FFI caller passed, or a `RuntimeError` for a bad one.
pub(crate) fn compare_op(op: i64) -> Result<CompareOp, Exc> {
    CompareOp::from_i64(op).ok_or_else(|| {
        Exc::new(
            ExcKind::RuntimeError,
            format!("taipan: unknown comparison operator {op}"),
        )
    })
}

// ---- FFI ----

/// `tp_tuple_new(len)`: a new tuple of `len` fields, all `None`, for compiled
/// code to fill (`tp_tuple_set_item`) before using it. Tuple shapes are static,
/// so `len` is a small constant: a negative one reads as 0, and one too large
/// to allocate aborts like any other out-of-memory.
#[no_mangle]
pub extern "C" fn tp_tuple_new(len: i64) -> *mut u8 {
    let len = usize::try_from(len).unwrap_or(0);
    match Tuple::new(len) {
        Ok(tuple) => tuple.as_obj(),
        Err(_) => std::alloc::handle_alloc_error(std::alloc::Layout::new::<u64>()),
    }
}

/// `tp_tuple_set_item(tuple, index, kind, v)`: sets a field of a tuple being
/// built (taking a new reference to an object `v`). Out-of-range indices are ignored.
///
/// # Safety
/// `tuple` is a live tuple not yet visible to anyone else; an object `v` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_set_item(tuple: *mut u8, index: i64, kind: i64, bits: i64) {
    let Ok(index) = usize::try_from(index) else {
        return;
    };
    // SAFETY: forwarded from the caller.
    unsafe { Tuple::from_obj(tuple) }.init(index, slot_kind_or_none(kind), bits);
}

/// `tp_tuple_getitem(tuple, index)`: `tuple[index]` as a new reference (the
/// compiler knows the field's kind: a constant index, or `tuple[T, ...]`).
///
/// # Safety
/// `tuple` is a live tuple.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_getitem(tuple: *mut u8, index: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    let res = unsafe { Tuple::from_obj(tuple) }.get_item(index);
    I64Result::from(res.map(|(_, bits)| bits))
}

/// `tp_tuple_getslice(tuple, start, stop, step)`: `tuple[start:stop:step]`
/// (`i64::MIN` for an omitted bound).
///
/// # Safety
/// `tuple` is a live tuple.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_getslice(
    tuple: *mut u8,
    start: i64,
    stop: i64,
    step: i64,
) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let res = unsafe { Tuple::from_obj(tuple) }.get_slice(start, stop, step);
    PtrResult::from(res.map(Tuple::as_obj))
}

/// `tp_tuple_concat(a, b)`: `a + b`.
///
/// # Safety
/// Both are live tuples.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_concat(a: *mut u8, b: *mut u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let res = unsafe { Tuple::from_obj(a).concat(Tuple::from_obj(b)) };
    PtrResult::from(res.map(Tuple::as_obj))
}

/// `tp_tuple_repeat(tuple, n)`: `tuple * n`.
///
/// # Safety
/// `tuple` is a live tuple.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_repeat(tuple: *mut u8, times: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(
        unsafe { Tuple::from_obj(tuple) }
            .repeat(times)
            .map(Tuple::as_obj),
    )
}

/// `tp_tuple_contains(tuple, kind, x)`: `x in tuple` for an `x` of `kind`, as 0/1.
///
/// # Safety
/// `tuple` is a live tuple; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_contains(tuple: *mut u8, kind: i64, bits: i64) -> u8 {
    // SAFETY: forwarded from the caller.
    let tuple = unsafe { Tuple::from_obj(tuple) };
    tuple
        .contains(Value::from_slot(slot_kind_or_none(kind), bits))
        .into()
}

/// `tp_tuple_eq(a, b)`: `a == b`, as 0/1.
///
/// # Safety
/// Both are live tuples.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_eq(a: *mut u8, b: *mut u8) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { tuple_eq(a, b) }.into()
}

/// `tp_tuple_compare(a, b, op)`: `a op b` (`op`: a `CompareOp`) as 0/1;
/// `TypeError` when the deciding fields have no order.
///
/// # Safety
/// Both are live tuples.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_compare(a: *mut u8, b: *mut u8, op: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    let res =
        compare_op(op).and_then(|op| unsafe { Tuple::from_obj(a).compare(Tuple::from_obj(b), op) });
    I64Result::from(res.map(i64::from))
}

/// `tp_tuple_repr(tuple)`: `repr(tuple)` as a new str.
///
/// # Safety
/// `tuple` is a live tuple.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_repr(tuple: *mut u8) -> *mut u8 {
    let mut out = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { tuple_repr_into(&mut out, tuple) };
    new_str(&out)
}

/// `tp_tuple_to_list(tuple, kind)`: `list(tuple)` for a `tuple[T, ...]` whose
/// fields are all of `kind`.
///
/// # Safety
/// `tuple` is a live tuple.
#[no_mangle]
pub unsafe extern "C" fn tp_tuple_to_list(tuple: *mut u8, kind: i64) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { Tuple::from_obj(tuple) }
        .to_list(slot_kind_or_none(kind))
        .as_obj()
}

/// `tp_list_to_tuple(list)`: `tuple(list)`.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_list_to_tuple(list: *mut u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    let fields: Vec<_> = (0..list.len())
        .map(|i| (list.kind(), list.get(i)))
        .collect();
    PtrResult::from(Tuple::from_fields(&fields).map(Tuple::as_obj))
}

#[cfg(test)]
mod tests;
