//! `dict[K, V]` and `set[T]` across the boundary, by copy.
//!
//! A dict argument (a `dict` or a subclass without `__missing__`: a
//! `defaultdict` or `Counter` would lose its default in a plain copy) is
//! read in its insertion order, each key then its value converted, so the
//! copy iterates as the original does. A set argument (a `set` or a
//! subclass; not a `frozenset`, which mypy does not take for a `set`) is
//! read in its iteration order, as `set(s)` would copy it. Results come
//! back as a new `dict` in the taipan dict's order and a new `set` filled in
//! the taipan set's order.
//!
//! A dict result made as a `defaultdict` or `Counter` (statically a `dict`)
//! raises `TypeError` rather than arrive as a plain dict.
//!
//! Distinct Python keys can be equal once converted (two ints beyond 2**53
//! for a `float` key, two NaN objects): the copy would silently hold fewer
//! entries, so the conversion fails with a `ValueError` instead.

use taipan_abi::extension::ValueType;
use taipan_abi::DictFlavor;

use super::failure::{Failure, Step};
use super::{from_python, slot_kind, to_python, Held};
use crate::cpython_api::{Api, PyObject, TPFLAGS_DICT_SUBCLASS};
use crate::dict_ops::Dict;
use crate::object::{decref_slot, tp_decref, Value};
use crate::set_ops::Set;
use crate::slot_ops::repr_into;

/// `repr` of a converted key (taipan's repr, which runs no Python code).
///
/// # Safety
/// `bits` is a live value of slot kind `ty`'s.
unsafe fn key_repr(ty: &ValueType, bits: i64) -> String {
    let mut out = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { repr_into(&mut out, Value::from_slot(slot_kind(ty), bits)) };
    out
}

/// A new taipan `dict[key_ty, value_ty]` copied from `obj`.
///
/// # Safety
/// `obj` must be a live CPython object; the GIL is held.
pub(super) unsafe fn dict_from_python(
    api: &Api,
    obj: *mut PyObject,
    key_ty: &ValueType,
    value_ty: &ValueType,
) -> Result<i64, Failure> {
    // SAFETY: `obj` is live and held while it is read; each key and value is
    // held while it is converted (which can run Python code that changes the
    // dict); `PyDict_Next` stays in bounds whatever happens to the dict.
    unsafe {
        if !api.has_type_flag(obj, TPFLAGS_DICT_SUBCLASS) {
            return Err(Failure::mismatch(api.type_name(obj)));
        }
        let _held = Held::new(api, obj);
        let ty = api.type_of(obj);
        if ty != api.PyDict_Type && (api.PyObject_HasAttrString)(ty, c"__missing__".as_ptr()) != 0 {
            return Err(Failure::mismatch(format!("{} (a dict with __missing__ cannot be copied)", api.type_name(obj))));
        }
        let (key_kind, value_kind) = (slot_kind(key_ty), slot_kind(value_ty));
        let dict = Dict::new(key_kind, value_kind);
        let fail = |failure: Failure| {
            tp_decref(dict.as_obj());
            Err(failure)
        };
        let mut position: isize = 0;
        let (mut key, mut value) = (std::ptr::null_mut(), std::ptr::null_mut());
        while (api.PyDict_Next)(obj, &mut position, &mut key, &mut value) != 0 {
            let (_key_held, _value_held) = (Held::new(api, key), Held::new(api, value));
            let k = match from_python(api, key, key_ty) {
                Ok(bits) => bits,
                Err(failure) => return fail(failure.within(Step::Key)),
            };
            let v = match from_python(api, value, value_ty) {
                Ok(bits) => bits,
                Err(failure) => {
                    let at = Step::Value(key_repr(key_ty, k));
                    decref_slot(key_kind, k);
                    return fail(failure.within(at));
                }
            };
            let before = dict.len();
            // `set_item` takes its own references: hand ours back.
            dict.set_item(k, v);
            decref_slot(value_kind, v);
            if dict.len() == before {
                let repr = key_repr(key_ty, k);
                decref_slot(key_kind, k);
                return fail(Failure::duplicate(Step::Key, repr));
            }
            decref_slot(key_kind, k);
        }
        Ok(dict.as_obj() as usize as i64)
    }
}

/// A new taipan `set[elem_ty]` copied from `obj`.
///
/// # Safety
/// `obj` must be a live CPython object; the GIL is held.
pub(super) unsafe fn set_from_python(api: &Api, obj: *mut PyObject, elem_ty: &ValueType) -> Result<i64, Failure> {
    // SAFETY: `obj` is live and held while it is iterated; each element is a
    // new reference, released once converted.
    unsafe {
        let ty = api.type_of(obj);
        if ty != api.PySet_Type && (api.PyType_IsSubtype)(ty, api.PySet_Type) == 0 {
            return Err(Failure::mismatch(api.type_name(obj)));
        }
        let _held = Held::new(api, obj);
        let kind = slot_kind(elem_ty);
        let set = Set::new(kind);
        let fail = |failure: Failure| {
            tp_decref(set.as_obj());
            Err(failure)
        };
        let iter = (api.PyObject_GetIter)(obj);
        if iter.is_null() {
            return fail(Failure::Set);
        }
        let _iter_owned = Owned { api, obj: iter };
        loop {
            let item = (api.PyIter_Next)(iter);
            if item.is_null() {
                if !(api.PyErr_Occurred)().is_null() {
                    return fail(Failure::Set);
                }
                break;
            }
            let converted = from_python(api, item, elem_ty);
            (api.Py_DecRef)(item);
            let bits = match converted {
                Ok(bits) => bits,
                Err(failure) => return fail(failure.within(Step::Element)),
            };
            // `insert` takes its own reference: hand ours back.
            let added = set.insert(bits);
            if !added {
                let repr = key_repr(elem_ty, bits);
                decref_slot(kind, bits);
                return fail(Failure::duplicate(Step::Element, repr));
            }
            decref_slot(kind, bits);
        }
        Ok(set.as_obj() as usize as i64)
    }
}

/// A new reference released when the guard drops.
struct Owned<'a> {
    api: &'a Api,
    obj: *mut PyObject,
}

impl Drop for Owned<'_> {
    fn drop(&mut self) {
        // SAFETY: the guard owns a reference to a live object; the GIL is held.
        unsafe { (self.api.Py_DecRef)(self.obj) };
    }
}

/// A new Python dict copied from the taipan `dict[key_ty, value_ty]` `bits`,
/// in its order.
///
/// # Safety
/// `bits` must be a live dict of that type; the GIL is held.
pub(super) unsafe fn dict_to_python(api: &Api, bits: i64, key_ty: &ValueType, value_ty: &ValueType) -> *mut PyObject {
    // SAFETY: forwarded from the caller; `PyDict_SetItem` takes its own
    // references, so ours are released after it; hashing the converted keys
    // (int, float, bool, str, tuples of those) runs no Python code, so the
    // taipan dict does not change while it is read.
    unsafe {
        let dict = Dict::from_obj(bits as usize as *mut u8);
        // A defaultdict, Counter or OrderedDict made in compiled code
        // (statically a dict) would arrive as a plain dict, unlike the
        // pure-Python module's.
        if dict.flavor() != DictFlavor::Plain {
            let (flavor, lost) = match dict.flavor() {
                DictFlavor::Counter => ("Counter", "its default"),
                DictFlavor::Ordered => ("OrderedDict", "its order-sensitive equality"),
                _ => ("defaultdict", "its default"),
            };
            let ty = ValueType::Dict(Box::new(key_ty.clone()), Box::new(value_ty.clone()));
            let message = format!("a {flavor} cannot be returned to Python as {ty}: {lost} would be lost");
            api.set_error("TypeError", &message);
            return std::ptr::null_mut();
        }
        let out = (api.PyDict_New)();
        if out.is_null() {
            return out;
        }
        let len = dict.len() as i64;
        let mut position = 0i64;
        while let Ok(Some(found)) = dict.iter_next(position, len, 1) {
            position = found as i64 + 1;
            let Some(entry) = dict.entry(found) else { break };
            let key = to_python(api, entry.key, key_ty);
            if key.is_null() {
                (api.Py_DecRef)(out);
                return key;
            }
            let value = to_python(api, entry.value, value_ty);
            let stored = !value.is_null() && (api.PyDict_SetItem)(out, key, value) == 0;
            (api.Py_DecRef)(key);
            if !value.is_null() {
                (api.Py_DecRef)(value);
            }
            if !stored {
                (api.Py_DecRef)(out);
                return std::ptr::null_mut();
            }
        }
        out
    }
}

/// A new Python set filled from the taipan `set[elem_ty]` `bits`, in its
/// iteration order.
///
/// # Safety
/// `bits` must be a live set of that type; the GIL is held.
pub(super) unsafe fn set_to_python(api: &Api, bits: i64, elem_ty: &ValueType) -> *mut PyObject {
    // SAFETY: forwarded from the caller; `PySet_Add` takes its own reference.
    unsafe {
        let set = Set::from_obj(bits as usize as *mut u8);
        let elements = set.to_list();
        let out = (api.PySet_New)(std::ptr::null_mut());
        let mut failed = out.is_null();
        for i in 0..elements.len() {
            if failed {
                break;
            }
            let item = to_python(api, elements.get(i), elem_ty);
            failed = item.is_null() || (api.PySet_Add)(out, item) != 0;
            if !item.is_null() {
                (api.Py_DecRef)(item);
            }
        }
        tp_decref(elements.as_obj());
        if failed && !out.is_null() {
            (api.Py_DecRef)(out);
            return std::ptr::null_mut();
        }
        out
    }
}
