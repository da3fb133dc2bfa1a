//! `list[T]`, `tuple[A, B, ...]` and `tuple[T, ...]` across the boundary:
//! a new taipan list or tuple from a Python one (a subclass too), item by
//! item, and back.

use taipan_abi::extension::ValueType;

use super::failure::{tuple_of_len, Failure, Step};
use super::{from_python, slot_kind, to_python, Held};
use crate::cpython_api::{Api, PyObject, TPFLAGS_LIST_SUBCLASS, TPFLAGS_TUPLE_SUBCLASS};
use crate::list_ops::List;
use crate::object::{decref_slot, tp_decref};
use crate::tuple_ops::Tuple;

/// The type of field `i` of a tuple of type `ty` (`None` past a fixed tuple's
/// fields, or for a type that is no tuple; callers check the length first).
fn tuple_field_type(ty: &ValueType, i: usize) -> Option<&ValueType> {
    match ty {
        ValueType::Tuple(fields) => fields.get(i),
        ValueType::TupleOf(elem) => Some(&**elem),
        _ => None,
    }
}

/// A new taipan `list[elem]` copied from `obj`.
///
/// # Safety
/// `obj` must be a live CPython object; the GIL is held.
pub(super) unsafe fn list_from_python(api: &Api, obj: *mut PyObject, elem: &ValueType) -> Result<i64, Failure> {
    // SAFETY: `obj` is live and held while it is read; an item is borrowed
    // from it and used before anything else can run.
    unsafe {
        if !api.has_type_flag(obj, TPFLAGS_LIST_SUBCLASS) {
            return Err(Failure::mismatch(api.type_name(obj)));
        }
        let _held = Held::new(api, obj);
        let list = List::new(slot_kind(elem), (api.PyList_Size)(obj).max(0) as usize);
        // Converting an item can run Python code (a set subclass's
        // `__iter__`), which can change this list: its length is re-read.
        let mut i = 0;
        while i < (api.PyList_Size)(obj) {
            let item = (api.PyList_GetItem)(obj, i);
            let converted = if item.is_null() { Err(Failure::Set) } else { from_python(api, item, elem) };
            match converted {
                Ok(bits) => list.push_owned(bits),
                Err(failure) => {
                    tp_decref(list.as_obj());
                    return Err(failure.within(Step::Index(i as usize)));
                }
            }
            i += 1;
        }
        Ok(list.as_obj() as usize as i64)
    }
}

/// A new taipan tuple of type `ty` copied from `obj`.
///
/// # Safety
/// `obj` must be a live CPython object; the GIL is held.
pub(super) unsafe fn tuple_from_python(api: &Api, obj: *mut PyObject, ty: &ValueType) -> Result<i64, Failure> {
    // SAFETY: `obj` is live and held while it is read; a tuple does not
    // change, so its items stay alive with it.
    unsafe {
        if !api.has_type_flag(obj, TPFLAGS_TUPLE_SUBCLASS) {
            return Err(Failure::mismatch(api.type_name(obj)));
        }
        let _held = Held::new(api, obj);
        let n = (api.PyTuple_Size)(obj);
        if let ValueType::Tuple(fields) = ty {
            if n != fields.len() as isize {
                return Err(Failure::mismatch(tuple_of_len(n)));
            }
        }
        let Ok(tuple) = Tuple::new(n.max(0) as usize) else {
            api.set_error("MemoryError", "");
            return Err(Failure::Set);
        };
        for i in 0..n.max(0) as usize {
            let Some(field_ty) = tuple_field_type(ty, i) else { break };
            match from_python(api, (api.PyTuple_GetItem)(obj, i as isize), field_ty) {
                Ok(bits) => {
                    // `init` takes its own reference: hand ours back.
                    let kind = slot_kind(field_ty);
                    tuple.init(i, kind, bits);
                    decref_slot(kind, bits);
                }
                Err(failure) => {
                    tp_decref(tuple.as_obj());
                    return Err(failure.within(Step::Index(i)));
                }
            }
        }
        Ok(tuple.as_obj() as usize as i64)
    }
}

/// A new Python list copied from the taipan `list[elem]` `bits`.
///
/// # Safety
/// `bits` must be a live list of `elem`s; the GIL is held.
pub(super) unsafe fn list_to_python(api: &Api, bits: i64, elem: &ValueType) -> *mut PyObject {
    // SAFETY: forwarded from the caller; `PyList_SetItem` steals the item.
    unsafe {
        let list = List::from_obj(bits as usize as *mut u8);
        let out = (api.PyList_New)(list.len() as isize);
        if out.is_null() {
            return out;
        }
        for i in 0..list.len() {
            let item = to_python(api, list.get(i), elem);
            if item.is_null() {
                (api.Py_DecRef)(out);
                return item;
            }
            (api.PyList_SetItem)(out, i as isize, item);
        }
        out
    }
}

/// A new Python tuple copied from the taipan tuple `bits` of type `ty`.
///
/// # Safety
/// `bits` must be a live tuple of type `ty`; the GIL is held.
pub(super) unsafe fn tuple_to_python(api: &Api, bits: i64, ty: &ValueType) -> *mut PyObject {
    // SAFETY: forwarded from the caller; `PyTuple_SetItem` steals the item.
    unsafe {
        let tuple = Tuple::from_obj(bits as usize as *mut u8);
        if let ValueType::Tuple(fields) = ty {
            if fields.len() != tuple.len() {
                api.set_error("SystemError", "a compiled tuple does not match its type");
                return std::ptr::null_mut();
            }
        }
        let out = (api.PyTuple_New)(tuple.len() as isize);
        if out.is_null() {
            return out;
        }
        for i in 0..tuple.len() {
            let Some(field_ty) = tuple_field_type(ty, i) else { break };
            let item = to_python(api, tuple.field(i).1, field_ty);
            if item.is_null() {
                (api.Py_DecRef)(out);
                return item;
            }
            (api.PyTuple_SetItem)(out, i as isize, item);
        }
        out
    }
}
