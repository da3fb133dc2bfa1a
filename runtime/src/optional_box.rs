//! Boxed scalars (`taipan_abi::boxed_scalar`): how an `int | None`,
//! `float | None` or `bool | None` holds a value that is not None (None is the
//! null pointer). A box is immutable; compiled code makes one when a number
//! flows into an optional and reads its value with a load once the optional is
//! narrowed. The generic value operations (`repr`, `str`, `==`, orderings,
//! `hash`) see through a box with [`unboxed`], so `[1, None]` prints, compares
//! and hashes as in CPython.

use taipan_abi::{boxed_scalar, ObjTag, SlotKind};

use crate::dict_ops::Dict;
use crate::object::{alloc_object, free_object, header_kind_a, header_kind_b, header_tag, Value};

fn new_box(kind: SlotKind, bits: i64) -> *mut u8 {
    let obj = alloc_object(boxed_scalar::SIZE, ObjTag::Box, kind, SlotKind::None);
    // SAFETY: a fresh object of `SIZE` bytes; `VALUE` is an 8-aligned offset
    // inside it.
    unsafe { obj.add(boxed_scalar::VALUE as usize).cast::<i64>().write(bits) };
    obj
}

/// `tp_box_int(n)`: a new box holding the int `n`.
#[no_mangle]
pub extern "C" fn tp_box_int(n: i64) -> *mut u8 {
    new_box(SlotKind::Int, n)
}

/// `tp_box_float(x)`: a new box holding the float `x`.
#[no_mangle]
pub extern "C" fn tp_box_float(x: f64) -> *mut u8 {
    new_box(SlotKind::Float, x.to_bits() as i64)
}

/// `tp_num_box(x)`: a new box holding the num `x` (`taipan_abi::num`) in a
/// float slot, whose reads see an int num as the int it holds.
#[no_mangle]
pub extern "C" fn tp_num_box(x: f64) -> *mut u8 {
    new_box(SlotKind::Float, x.to_bits() as i64)
}

/// `tp_box_bool(b)`: a new box holding the bool `b` (0 or 1).
#[no_mangle]
pub extern "C" fn tp_box_bool(b: u8) -> *mut u8 {
    new_box(SlotKind::Bool, i64::from(b != 0))
}

/// `tp_dict_get_boxed(dict, key)`: `dict.get(key)` for a dict whose values
/// are numbers, as the `int | None` (`float | None`, `bool | None`) it is: a
/// new box holding the value, or null when the key is missing.
///
/// # Safety
/// `dict` is a live dict; an object `key` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_dict_get_boxed(dict: *mut u8, key: i64) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let (table, kind) = unsafe { (Dict::from_obj(dict), header_kind_b(dict)) };
    match table.find(key).and_then(|position| table.entry(position)) {
        Some(entry) => new_box(kind, entry.value),
        None => std::ptr::null_mut(),
    }
}

/// The value a box holds, for a box; `value` itself otherwise.
///
/// # Safety
/// An object value is null or points to a live object.
pub unsafe fn unboxed(value: Value) -> Value {
    match value {
        // SAFETY: forwarded from the caller; a box has its value at `VALUE`.
        Value::Obj(obj) if !obj.is_null() && unsafe { header_tag(obj) } == Some(ObjTag::Box) => unsafe {
            Value::from_slot(header_kind_a(obj), obj.add(boxed_scalar::VALUE as usize).cast::<i64>().read())
        },
        other => other,
    }
}

/// Frees a box (it holds no references).
///
/// # Safety
/// `obj` is a box nobody references any more.
pub unsafe fn dealloc_box(obj: *mut u8) {
    // SAFETY: boxes are allocated with `SIZE` bytes by `new_box`.
    unsafe { free_object(obj, boxed_scalar::SIZE) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{live_objects, tp_decref};

    #[test]
    fn boxes_hold_their_value_and_are_freed() {
        let before = live_objects();
        let (i, f, b) = (tp_box_int(-7), tp_box_float(2.5), tp_box_bool(1));
        // SAFETY: live boxes, each released once.
        unsafe {
            assert_eq!(unboxed(Value::Obj(i)), Value::Int(-7));
            assert_eq!(unboxed(Value::Obj(f)), Value::Float(2.5));
            assert_eq!(unboxed(Value::Obj(b)), Value::Bool(true));
            assert_eq!(unboxed(Value::Obj(std::ptr::null_mut())), Value::Obj(std::ptr::null_mut()));
            for obj in [i, f, b] {
                tp_decref(obj);
            }
        }
        assert_eq!(live_objects(), before);
    }
}
