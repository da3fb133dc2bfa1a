//! Operations on a value of an abstract collection type (`Iterable[T]`,
//! `Collection[T]`, `Sequence[T]`): a pointer to whichever concrete object
//! the program passed, so each operation dispatches on the object's tag, as
//! CPython's `iter()`, `len()`, `in` and subscripts dispatch on its type.
//!
//! `iter(x)` gives a generator object (layout `taipan_abi::generator_frame`)
//! that `tp_gen_advance` runs like any other: a generator object gives
//! itself; a container or range a fresh iterator of the list iterator frame
//! class of its element kind (fields `resume, state, value, source, a, b,
//! c`) whose resume function walks it as a `for` loop over it would, with
//! the same `RuntimeError`s when a dict, set or deque changes during the walk.

use taipan_abi::generator_frame::{FIRST_LOCAL, RESUME, STATE, VALUE};
use taipan_abi::{dict_object, instance_object, list_object, str_object, tuple_object, ExcKind, ObjTag, SlotKind};

use crate::deque_ops::Deque;
use crate::exceptions::Exc;
use crate::ffi_result::{I64Result, PtrResult};
use crate::instance_callbacks::{clear_failure, failed};
use crate::list_ops::List;
use crate::object::{decref_slot, header_kind_a, header_tag, incref_slot, slot_kind_or_none, Value};
use crate::slot_ops::values_eq;
use crate::str_ops::StrRef;
use crate::tuple_ops::Tuple;

/// The iterated object (owned by the iterator).
const SOURCE: u32 = FIRST_LOCAL;
/// The next index (lists, tuples, deques), byte offset (strs) or table
/// position (sets, dicts).
const POS: u32 = FIRST_LOCAL + 1;
/// The length when the walk began (sets, dicts) or the deque's mutation
/// counter.
const START: u32 = FIRST_LOCAL + 2;
/// Entries not yet given (dicts).
const REMAINING: u32 = FIRST_LOCAL + 3;

/// The address of field `index` of an instance.
///
/// # Safety
/// `frame` points to a live instance with more than `index` fields.
unsafe fn field(frame: *mut u8, index: u32) -> *mut i64 {
    // SAFETY: forwarded from the caller; fields are 8-aligned slots.
    unsafe { frame.add(instance_object::field_offset(index) as usize).cast::<i64>() }
}

/// `len(x)` of a list, tuple, str (in characters), set, dict or deque.
///
/// # Safety
/// `x` is one of those, live.
unsafe fn len_of(x: *mut u8) -> i64 {
    // SAFETY: forwarded from the caller; each layout keeps its length as an
    // i64 at the offset named.
    unsafe {
        let offset = match header_tag(x) {
            Some(ObjTag::Str) => str_object::NCHARS,
            Some(ObjTag::Tuple) => tuple_object::LEN,
            Some(ObjTag::Set | ObjTag::Dict) => dict_object::LEN,
            _ => list_object::LEN,
        };
        x.add(offset as usize).cast::<i64>().read()
    }
}

type Resume = unsafe extern "C" fn(*const u8, i64) -> I64Result;

/// `tp_iterable_iter(class, x)`: `iter(x)` of an abstract collection `x`
/// (borrowed), a new reference: `x` itself when it is a generator object (an
/// instance), else a new iterator over it of frame class `class` (the list
/// iterator class of the element kind).
///
/// # Safety
/// `x` is a live list, tuple, str, set, dict, deque, range or generator object;
/// `class` is a list iterator frame class of `x`'s element kind.
#[no_mangle]
pub unsafe extern "C" fn tp_iterable_iter(class: i64, x: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let tag = unsafe { header_tag(x) };
    let resume: Resume = match tag {
        Some(ObjTag::List) => list_resume,
        Some(ObjTag::Deque) => deque_resume,
        Some(ObjTag::Tuple) => tuple_resume,
        Some(ObjTag::Str) => str_resume,
        Some(ObjTag::Set) => set_resume,
        Some(ObjTag::Dict) => dict_resume,
        Some(ObjTag::Range) => range_resume,
        // A generator object (or list iterator) is its own iterator.
        _ => {
            // SAFETY: the caller holds `x`; the result is a new reference.
            unsafe { crate::object::tp_incref(x) };
            return x;
        }
    };
    let it = crate::instance::tp_instance_new(class);
    // SAFETY: the class has the list iterator's seven fields; the iterator
    // takes a reference to its source.
    unsafe {
        field(it, RESUME).write(resume as *const () as usize as i64);
        crate::object::tp_incref(x);
        field(it, SOURCE).write(x as i64);
        let len = len_of(x);
        match tag {
            Some(ObjTag::Deque) => field(it, START).write(Deque::from_obj(x).state()),
            Some(ObjTag::Set | ObjTag::Dict) => {
                field(it, START).write(len);
                field(it, REMAINING).write(len);
            }
            _ => {}
        }
    }
    it
}

/// Stores `bits` (a new reference of `kind`) as the iterator's element,
/// releasing the previous one, and advances the position to `next`.
///
/// # Safety
/// `frame` is a live iterator made by [`tp_iterable_iter`] of element kind `kind`.
unsafe fn give(frame: *mut u8, kind: SlotKind, bits: i64, next: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe {
        let old = field(frame, VALUE).read();
        field(frame, VALUE).write(bits);
        decref_slot(kind, old);
        field(frame, POS).write(next);
        field(frame, STATE).write(1);
    }
    I64Result { val: 1, err: 0 }
}

const END: I64Result = I64Result { val: 0, err: 0 };

unsafe extern "C" fn list_resume(frame: *const u8, _state: i64) -> I64Result {
    let frame = frame.cast_mut();
    // SAFETY: an iterator over a list (see `tp_iterable_iter`), which it holds.
    unsafe {
        let list = List::from_obj(field(frame, SOURCE).read() as usize as *mut u8);
        let index = field(frame, POS).read();
        if index < 0 || index as usize >= list.len() {
            return END;
        }
        let bits = list.get(index as usize);
        incref_slot(list.kind(), bits);
        give(frame, list.kind(), bits, index + 1)
    }
}

unsafe extern "C" fn deque_resume(frame: *const u8, _state: i64) -> I64Result {
    let frame = frame.cast_mut();
    // SAFETY: an iterator over a deque, which it holds.
    unsafe {
        let d = Deque::from_obj(field(frame, SOURCE).read() as usize as *mut u8);
        // CPython checks for a change before it checks for the end.
        if d.state() != field(frame, START).read() {
            crate::exceptions::raise_exc(Exc::new(ExcKind::RuntimeError, "deque mutated during iteration"));
            return I64Result { val: 0, err: 1 };
        }
        let index = field(frame, POS).read();
        if index < 0 || index as usize >= d.len() {
            return END;
        }
        let kind = header_kind_a(d.as_obj());
        let bits = d.get(index as usize);
        incref_slot(kind, bits);
        give(frame, kind, bits, index + 1)
    }
}

unsafe extern "C" fn tuple_resume(frame: *const u8, _state: i64) -> I64Result {
    let frame = frame.cast_mut();
    // SAFETY: an iterator over a tuple, which it holds.
    unsafe {
        let tuple = Tuple::from_obj(field(frame, SOURCE).read() as usize as *mut u8);
        let index = field(frame, POS).read();
        if index < 0 || index as usize >= tuple.len() {
            return END;
        }
        match tuple.get_item(index) {
            Ok((kind, bits)) => give(frame, kind, bits, index + 1),
            Err(_) => END,
        }
    }
}

unsafe extern "C" fn str_resume(frame: *const u8, _state: i64) -> I64Result {
    let frame = frame.cast_mut();
    // SAFETY: an iterator over a str, which it holds.
    unsafe {
        let s = StrRef::new(field(frame, SOURCE).read() as usize as *const u8);
        let offset = field(frame, POS).read() as usize;
        if offset >= s.text.len() {
            return END;
        }
        let c = crate::str_ops::char_at_byte(s, offset);
        let width = crate::str_ops::tp_str_byte_len(c) as usize;
        give(frame, SlotKind::Obj, c as i64, (offset + width.max(1)) as i64)
    }
}

unsafe extern "C" fn range_resume(frame: *const u8, _state: i64) -> I64Result {
    let frame = frame.cast_mut();
    // SAFETY: an iterator over a range, which it holds.
    unsafe {
        let bounds = crate::range_ops::bounds_of(field(frame, SOURCE).read() as usize as *mut u8);
        // Positions count up to the length, which may be up to 2**64 - 1.
        let index = field(frame, POS).read() as u64;
        if index >= crate::int_ops::range_len(bounds.start, bounds.stop, bounds.step) {
            return END;
        }
        let value = bounds.start.wrapping_add((index as i64).wrapping_mul(bounds.step));
        give(frame, SlotKind::Int, value, index.wrapping_add(1) as i64)
    }
}

unsafe extern "C" fn set_resume(frame: *const u8, _state: i64) -> I64Result {
    let frame = frame.cast_mut();
    // SAFETY: an iterator over a set, which it holds.
    unsafe {
        let set = field(frame, SOURCE).read() as usize as *mut u8;
        let found = crate::set_ops::tp_set_iter_next(set, field(frame, POS).read(), field(frame, START).read());
        if found.err != 0 || found.val < 0 {
            return I64Result { val: 0, err: found.err };
        }
        let bits = crate::set_ops::tp_set_key_at(set, found.val);
        give(frame, header_kind_a(set), bits, found.val + 1)
    }
}

unsafe extern "C" fn dict_resume(frame: *const u8, _state: i64) -> I64Result {
    let frame = frame.cast_mut();
    // SAFETY: an iterator over a dict, which it holds.
    unsafe {
        let dict = field(frame, SOURCE).read() as usize as *mut u8;
        let remaining = field(frame, REMAINING).read();
        let found =
            crate::dict_ops::tp_dict_iter_next(dict, field(frame, POS).read(), field(frame, START).read(), remaining);
        if found.err != 0 || found.val < 0 {
            return I64Result { val: 0, err: found.err };
        }
        let bits = crate::dict_ops::tp_dict_key_at(dict, found.val);
        field(frame, REMAINING).write(remaining - 1);
        give(frame, header_kind_a(dict), bits, found.val + 1)
    }
}

/// `tp_abstract_len(x)`: `len(x)` of a collection (borrowed); a range of
/// more than `sys.maxsize` values raises CPython's `OverflowError`.
///
/// # Safety
/// `x` is a live list, tuple, str, set, dict, deque or range.
#[no_mangle]
pub unsafe extern "C" fn tp_abstract_len(x: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe {
        match header_tag(x) {
            Some(ObjTag::Range) => crate::range_ops::tp_range_length(x),
            _ => I64Result { val: len_of(x), err: 0 },
        }
    }
}

/// `tp_abstract_truth(x)`: `bool(x)` of an abstract collection (borrowed):
/// whether it is non-empty; a generator object is always true.
///
/// # Safety
/// `x` is a live list, tuple, str, set, dict, deque, range or generator object.
#[no_mangle]
pub unsafe extern "C" fn tp_abstract_truth(x: *mut u8) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe {
        match header_tag(x) {
            Some(ObjTag::Range) => {
                let b = crate::range_ops::bounds_of(x);
                i64::from(crate::int_ops::range_len(b.start, b.stop, b.step) != 0)
            }
            Some(ObjTag::List | ObjTag::Deque | ObjTag::Tuple | ObjTag::Str | ObjTag::Set | ObjTag::Dict) => {
                i64::from(len_of(x) != 0)
            }
            _ => 1,
        }
    }
}

/// `tp_abstract_contains(x, kind, item)`: `item in x` (both borrowed; `kind`
/// is the item's `SlotKind`) as 0/1; raises what an `__eq__` or `__hash__`
/// the test called raised, or `TypeError` for an unhashable item of a set
/// or dict.
///
/// # Safety
/// `x` is a live list, tuple, str, set, dict, deque or range; an object `item` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_abstract_contains(x: *mut u8, kind: i64, item: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    let found = unsafe {
        match header_tag(x) {
            Some(ObjTag::List | ObjTag::Deque) => crate::list_ops::tp_list_contains(x, item),
            Some(ObjTag::Tuple) => crate::tuple_ops::tp_tuple_contains(x, kind, item),
            Some(ObjTag::Str) => crate::str_ops::tp_str_contains(x, item as usize as *const u8),
            Some(ObjTag::Set) => crate::set_ops::tp_set_contains(x, item),
            Some(ObjTag::Dict) => crate::dict_ops::tp_dict_contains(x, item),
            Some(ObjTag::Range) => crate::range_ops::tp_range_contains(x, item),
            _ => 0,
        }
    };
    if failed() {
        clear_failure();
        return I64Result { val: 0, err: 1 };
    }
    I64Result { val: i64::from(found), err: 0 }
}

/// `tp_sequence_getitem(x, i)`: `x[i]` of a sequence (borrowed) as a new
/// reference; negative `i` counts from the end; the `IndexError` of `x`'s type.
///
/// # Safety
/// `x` is a live list, tuple, str, deque or range.
#[no_mangle]
pub unsafe extern "C" fn tp_sequence_getitem(x: *mut u8, index: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe {
        match header_tag(x) {
            Some(ObjTag::List) => crate::list_ops::tp_list_getitem(x, index),
            Some(ObjTag::Deque) => crate::deque_ops::tp_deque_getitem(x, index),
            Some(ObjTag::Range) => crate::range_ops::tp_range_getitem(x, index),
            Some(ObjTag::Str) => {
                let res = crate::str_ops::tp_str_getitem(x, index);
                I64Result { val: res.val as i64, err: res.err }
            }
            _ => crate::tuple_ops::tp_tuple_getitem(x, index),
        }
    }
}

/// `tp_sequence_slice(x, start, stop, step)`: `x[start:stop:step]` of a
/// sequence (borrowed; bounds as for `tp_list_getslice`) as a new object of
/// `x`'s type; a deque raises CPython's `TypeError`.
///
/// # Safety
/// `x` is a live list, tuple, str, deque or range.
#[no_mangle]
pub unsafe extern "C" fn tp_sequence_slice(x: *mut u8, start: i64, stop: i64, step: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    unsafe {
        match header_tag(x) {
            Some(ObjTag::List) => crate::list_ops::tp_list_getslice(x, start, stop, step),
            Some(ObjTag::Str) => crate::str_ops::tp_str_slice(x, start, stop, step),
            Some(ObjTag::Tuple) => crate::tuple_ops::tp_tuple_getslice(x, start, stop, step),
            Some(ObjTag::Range) => crate::range_ops::tp_range_slice(x, start, stop, step),
            _ => PtrResult::from(Err(Exc::type_error("sequence index must be integer, not 'slice'"))),
        }
    }
}

/// The result of an operation that compared elements with `==`, which may
/// have called an `__eq__` that raised: then the error.
fn checked(res: I64Result) -> I64Result {
    if failed() {
        clear_failure();
        return I64Result { val: 0, err: 1 };
    }
    res
}

/// The positions of a tuple's fields equal to `item`, in order.
///
/// # Safety
/// `t` is a live tuple; an object `item` is live.
unsafe fn tuple_matches(t: *mut u8, item: Value) -> impl Iterator<Item = usize> {
    // SAFETY: forwarded from the caller; `i` stays below the length.
    let len = unsafe { crate::object::tuple_len(t) };
    (0..len).filter(move |&i| {
        // SAFETY: as above; comparing stops at the first failed callback.
        !failed() && unsafe { values_eq(crate::object::tuple_item(t, i), item) }
    })
}

/// `tp_sequence_index(x, kind, item)`: `x.index(item)` of a sequence
/// (borrowed; `kind` is the item's `SlotKind`), with the `ValueError` of
/// `x`'s type (`substring not found` for a str, whose `index` finds
/// substrings); raises what an `__eq__` raised.
///
/// # Safety
/// `x` is a live list, tuple, str, deque or range; an object `item` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_sequence_index(x: *mut u8, kind: i64, item: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    let res = unsafe {
        match header_tag(x) {
            Some(ObjTag::List) => crate::list_ops::tp_list_index(x, item, 0, i64::MAX),
            Some(ObjTag::Deque) => crate::deque_ops::tp_deque_index(x, item),
            Some(ObjTag::Str) => crate::str_search::tp_str_index(x, item as usize as *const u8, i64::MIN, i64::MIN),
            Some(ObjTag::Range) => crate::range_ops::tp_range_index(x, item),
            _ => {
                let value = Value::from_slot(slot_kind_or_none(kind), item);
                match tuple_matches(x, value).next() {
                    Some(i) => I64Result { val: i as i64, err: 0 },
                    None if failed() => I64Result { val: 0, err: 1 },
                    None => I64Result::from(Err::<i64, Exc>(Exc::value_error("tuple.index(x): x not in tuple"))),
                }
            }
        }
    };
    checked(res)
}

/// `tp_sequence_count(x, kind, item)`: `x.count(item)` of a sequence
/// (borrowed; `kind` is the item's `SlotKind`; a str counts substrings);
/// raises what an `__eq__` raised.
///
/// # Safety
/// `x` is a live list, tuple, str, deque or range; an object `item` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_sequence_count(x: *mut u8, kind: i64, item: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    let n = unsafe {
        match header_tag(x) {
            // A deque reads as a list (`deque_object`).
            Some(ObjTag::List | ObjTag::Deque) => crate::list_ops::tp_list_count(x, item),
            Some(ObjTag::Str) => crate::str_search::tp_str_count(x, item as usize as *const u8, i64::MIN, i64::MIN),
            Some(ObjTag::Range) => crate::range_ops::tp_range_count(x, item),
            _ => tuple_matches(x, Value::from_slot(slot_kind_or_none(kind), item)).count() as i64,
        }
    };
    checked(I64Result { val: n, err: 0 })
}
