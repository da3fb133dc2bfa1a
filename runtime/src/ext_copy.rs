//! Copies of `str`s and containers across an extension module's boundary,
//! driven by a type descriptor (`taipan_abi::extension::ValueType`) that
//! codegen emits per parameter and result: `tp_ext_arg_obj` builds a new taipan
//! object from a Python argument, checking every element; `tp_ext_return_obj`
//! builds a new Python object from a taipan result.
//!
//! Copies, not views: a compiled function that mutates a `list` argument
//! mutates its own copy (documented in `docs/language.md`). One conversion
//! walks any nesting (`list[list[float]]`, `list[tuple[int, str]]`); `dict`
//! and `set` slot in as two more arms of `from_python` / `to_python`.

use std::ffi::c_int;

use taipan_abi::extension::ValueType;
use taipan_abi::SlotKind;

use crate::cpython_api::{
    self, Api, PyObject, TPFLAGS_LIST_SUBCLASS, TPFLAGS_TUPLE_SUBCLASS, TPFLAGS_UNICODE_SUBCLASS,
};
use crate::ext_convert::INT_TOO_LARGE;
use crate::ffi_result::PtrResult;
use crate::list_ops::List;
use crate::object::{decref_slot, tp_decref};
use crate::str_object;
use crate::tuple_ops::Tuple;

const FAILED_PTR: PtrResult = PtrResult { val: std::ptr::null_mut(), err: 1 };

/// Why a Python value did not convert.
enum Failure {
    /// CPython's error indicator is set already (`OverflowError`, a str with
    /// lone surrogates, `MemoryError`).
    Set,
    /// A value of the wrong type (or a tuple of the wrong length) at `path`:
    /// the item indices from the innermost out.
    Mismatch { path: Vec<usize>, found: String },
}

impl Failure {
    fn mismatch(found: String) -> Failure {
        Failure::Mismatch { path: Vec::new(), found }
    }

    /// The failure as seen from the container holding it at `index`.
    fn within(self, index: usize) -> Failure {
        match self {
            Failure::Set => Failure::Set,
            Failure::Mismatch { mut path, found } => {
                path.push(index);
                Failure::Mismatch { path, found }
            }
        }
    }
}

/// The message of an argument that is not a `expected`: CPython's
/// `f() argument 'x' must be list[int], not str` at the top level, and the
/// offending element's position inside a container
/// (`f() argument 'x' must be list[int], but item [1][0] is str`).
pub fn mismatch_message(func: &str, param: &str, expected: &str, path_outward: &[usize], found: &str) -> String {
    if path_outward.is_empty() {
        return format!("{func}() argument '{param}' must be {expected}, not {found}");
    }
    let path: String = path_outward.iter().rev().map(|i| format!("[{i}]")).collect();
    format!("{func}() argument '{param}' must be {expected}, but item {path} is {found}")
}

/// How a list or tuple holds an element of type `ty`.
fn slot_kind(ty: &ValueType) -> SlotKind {
    match ty {
        ValueType::Int => SlotKind::Int,
        ValueType::Float => SlotKind::Float,
        ValueType::Bool => SlotKind::Bool,
        ValueType::None => SlotKind::None,
        _ => SlotKind::Obj,
    }
}

/// The type of field `i` of a tuple of type `ty` (`None` past a fixed tuple's
/// fields, or for a type that is no tuple; callers check the length first).
fn tuple_field_type(ty: &ValueType, i: usize) -> Option<&ValueType> {
    match ty {
        ValueType::Tuple(fields) => fields.get(i),
        ValueType::TupleOf(elem) => Some(&**elem),
        _ => None,
    }
}

/// What a tuple of the wrong length is called in a message.
fn tuple_of_len(n: isize) -> String {
    format!("a tuple of {n} item{}", if n == 1 { "" } else { "s" })
}

/// Converts `obj` to a value of `ty` as slot bits (an object is a new
/// reference the caller owns).
///
/// # Safety
/// `obj` must be a live CPython object; the GIL is held.
unsafe fn from_python(api: &Api, obj: *mut PyObject, ty: &ValueType) -> Result<i64, Failure> {
    // SAFETY: `obj` is live (the caller's contract) and so is every item read
    // from a live list or tuple (borrowed, and no Python code runs meanwhile).
    unsafe {
        let mismatch = || Failure::mismatch(api.type_name(obj));
        match ty {
            ValueType::Int => {
                if !api.is_int(obj) {
                    return Err(mismatch());
                }
                let mut overflow: c_int = 0;
                let val = (api.PyLong_AsLongLongAndOverflow)(obj, &mut overflow);
                if overflow != 0 {
                    api.set_error("OverflowError", INT_TOO_LARGE);
                    return Err(Failure::Set);
                }
                if val == -1 && !(api.PyErr_Occurred)().is_null() {
                    return Err(Failure::Set);
                }
                Ok(val)
            }
            ValueType::Float => {
                let val = if api.is_int(obj) {
                    (api.PyLong_AsDouble)(obj)
                } else if api.is_exact_float(obj) || (api.PyType_IsSubtype)(api.type_of(obj), api.PyFloat_Type) != 0 {
                    (api.PyFloat_AsDouble)(obj)
                } else {
                    return Err(mismatch());
                };
                if val == -1.0 && !(api.PyErr_Occurred)().is_null() {
                    return Err(Failure::Set);
                }
                Ok(val.to_bits() as i64)
            }
            ValueType::Bool if obj == api._Py_TrueStruct => Ok(1),
            ValueType::Bool if obj == api._Py_FalseStruct => Ok(0),
            ValueType::None if obj == api.none() => Ok(0),
            ValueType::Bool | ValueType::None => Err(mismatch()),
            ValueType::Str => {
                if !api.has_type_flag(obj, TPFLAGS_UNICODE_SUBCLASS) {
                    return Err(mismatch());
                }
                let mut len: isize = 0;
                let text = (api.PyUnicode_AsUTF8AndSize)(obj, &mut len);
                if text.is_null() {
                    return Err(Failure::Set);
                }
                let bytes = std::slice::from_raw_parts(text.cast::<u8>(), len.max(0) as usize);
                // CPython's UTF-8 form of a str is valid UTF-8 (a str with lone
                // surrogates has none: the call above fails).
                let text = std::str::from_utf8_unchecked(bytes);
                Ok(str_object::new_str(text) as usize as i64)
            }
            ValueType::List(elem) => {
                if !api.has_type_flag(obj, TPFLAGS_LIST_SUBCLASS) {
                    return Err(mismatch());
                }
                let kind = slot_kind(elem);
                let list = List::new(kind, (api.PyList_Size)(obj).max(0) as usize);
                // No Python code runs while the list is read, so its length is
                // stable; it is re-read all the same rather than trusted.
                let mut i = 0;
                while i < (api.PyList_Size)(obj) {
                    let converted = from_python(api, (api.PyList_GetItem)(obj, i), elem);
                    match converted {
                        Ok(bits) => list.push_owned(bits),
                        Err(failure) => {
                            tp_decref(list.as_obj());
                            return Err(failure.within(i as usize));
                        }
                    }
                    i += 1;
                }
                Ok(list.as_obj() as usize as i64)
            }
            ValueType::Tuple(_) | ValueType::TupleOf(_) => {
                if !api.has_type_flag(obj, TPFLAGS_TUPLE_SUBCLASS) {
                    return Err(mismatch());
                }
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
                            return Err(failure.within(i));
                        }
                    }
                }
                Ok(tuple.as_obj() as usize as i64)
            }
        }
    }
}

/// A new Python object for the slot `bits` of type `ty` (borrowed); null with
/// a CPython error set on failure.
///
/// # Safety
/// `bits` must be a value of `ty` (a live object for object types); the GIL is held.
pub(crate) unsafe fn to_python(api: &Api, bits: i64, ty: &ValueType) -> *mut PyObject {
    // SAFETY: forwarded from the caller; each new reference made here is either
    // returned or released (`PyList_SetItem`/`PyTuple_SetItem` steal theirs).
    unsafe {
        match ty {
            ValueType::Int => (api.PyLong_FromLongLong)(bits),
            ValueType::Float => (api.PyFloat_FromDouble)(f64::from_bits(bits as u64)),
            ValueType::Bool => (api.PyBool_FromLong)(std::ffi::c_long::from(bits != 0)),
            ValueType::None => {
                (api.Py_IncRef)(api.none());
                api.none()
            }
            ValueType::Str => api.new_str(str_object::str_text(bits as usize as *const u8)),
            ValueType::List(elem) => {
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
            ValueType::Tuple(_) | ValueType::TupleOf(_) => {
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
    }
}

/// The type a descriptor str names; a malformed one (a compiler bug) sets
/// `SystemError`.
///
/// # Safety
/// `desc` must be a live str object.
unsafe fn descriptor(api: &Api, desc: *const u8) -> Option<ValueType> {
    // SAFETY: forwarded from the caller.
    let ty = ValueType::parse(unsafe { str_object::str_bytes(desc) });
    if ty.is_none() {
        api.set_error("SystemError", "malformed type descriptor in a taipan extension module");
    }
    ty
}

/// `tp_ext_arg_obj(obj, desc, func, param)`: a new taipan object copied from
/// the argument `obj` of parameter `param` of `func`, typed by `desc`.
///
/// # Safety
/// `obj` must be a live CPython object (a borrowed argument); `desc`, `func`
/// and `param` live str objects; called with the GIL held.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_arg_obj(
    obj: *mut PyObject,
    desc: *const u8,
    func: *const u8,
    param: *const u8,
) -> PtrResult {
    let api = cpython_api::api();
    // SAFETY: forwarded from the caller.
    unsafe {
        let Some(ty) = descriptor(api, desc) else { return FAILED_PTR };
        match from_python(api, obj, &ty) {
            Ok(bits) => PtrResult { val: bits as usize as *mut u8, err: 0 },
            Err(Failure::Set) => FAILED_PTR,
            Err(Failure::Mismatch { path, found }) => {
                let (func, param) = (str_object::str_text(func), str_object::str_text(param));
                api.set_error("TypeError", &mismatch_message(func, param, &ty.to_string(), &path, &found));
                FAILED_PTR
            }
        }
    }
}

/// `tp_ext_return_obj(value, desc)`: a new Python object copied from the
/// (borrowed) taipan object `value` of type `desc`; null with a CPython error.
///
/// # Safety
/// `value` must be a live taipan object of the type `desc` (a live str
/// object) names; called with the GIL held.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_return_obj(value: *mut u8, desc: *const u8) -> *mut PyObject {
    let api = cpython_api::api();
    // SAFETY: forwarded from the caller.
    unsafe {
        let Some(ty) = descriptor(api, desc) else { return std::ptr::null_mut() };
        to_python(api, value as usize as i64, &ty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mismatch_messages_name_the_parameter_and_the_element() {
        assert_eq!(mismatch_message("f", "s", "str", &[], "int"), "f() argument 's' must be str, not int");
        assert_eq!(
            mismatch_message("f", "m", "list[list[float]]", &[0, 2], "str"),
            "f() argument 'm' must be list[list[float]], but item [2][0] is str"
        );
        assert_eq!(
            mismatch_message("f", "p", "tuple[int, str]", &[], &tuple_of_len(3)),
            "f() argument 'p' must be tuple[int, str], not a tuple of 3 items"
        );
    }
}
