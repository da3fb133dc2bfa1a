//! Copies of `str`s and containers across an extension module's boundary,
//! driven by a type descriptor (`taipan_abi::extension::ValueType`) that
//! codegen emits per parameter and result: `tp_ext_arg_obj` builds a new taipan
//! object from a Python argument, checking every element; `tp_ext_return_obj`
//! builds a new Python object from a taipan result.
//!
//! Copies, not views: a compiled function that mutates a `list` argument
//! mutates its own copy (documented in `docs/language.md`). One conversion
//! walks any nesting (`list[list[float]]`, `dict[str, list[int]]`,
//! `list[tuple[int, str] | None]`): this file has the scalars, `str` and
//! optionals, `ext_copy/sequences.rs` lists and tuples,
//! `ext_copy/dict_set.rs` dicts and sets, `ext_copy/failure.rs` the messages.
//!
//! Python code can run in the middle of a conversion (a `set` subclass's
//! `__iter__`) and change any container: each container is held (a reference
//! taken) while it is read, and lengths are re-read rather than trusted.

use std::ffi::c_int;

use taipan_abi::extension::ValueType;
use taipan_abi::{boxed_scalar, SlotKind};

use crate::cpython_api::{self, Api, PyObject, TPFLAGS_UNICODE_SUBCLASS};
use crate::ext_convert::INT_TOO_LARGE;
use crate::ffi_result::PtrResult;
use crate::str_object;

mod dict_set;
mod failure;
mod sequences;

use failure::{duplicate_message, mismatch_message};
use failure::Failure;

const FAILED_PTR: PtrResult = PtrResult { val: std::ptr::null_mut(), err: 1 };

/// How a container holds an element of type `ty`.
fn slot_kind(ty: &ValueType) -> SlotKind {
    match ty {
        ValueType::Int => SlotKind::Int,
        ValueType::Float => SlotKind::Float,
        ValueType::Bool => SlotKind::Bool,
        ValueType::None => SlotKind::None,
        _ => SlotKind::Obj,
    }
}

/// A reference to a Python object, taken for as long as the guard lives.
struct Held<'a> {
    api: &'a Api,
    obj: *mut PyObject,
}

impl<'a> Held<'a> {
    /// # Safety
    /// `obj` must be a live CPython object; the GIL is held while the guard lives.
    unsafe fn new(api: &'a Api, obj: *mut PyObject) -> Held<'a> {
        // SAFETY: forwarded from the caller.
        unsafe { (api.Py_IncRef)(obj) };
        Held { api, obj }
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        // SAFETY: the reference taken in `new`, with the GIL still held.
        unsafe { (self.api.Py_DecRef)(self.obj) };
    }
}

/// Converts `obj` to a value of `ty` as slot bits (an object is a new
/// reference the caller owns; the null pointer for `None` of an optional).
///
/// # Safety
/// `obj` must be a live CPython object; the GIL is held.
unsafe fn from_python(api: &Api, obj: *mut PyObject, ty: &ValueType) -> Result<i64, Failure> {
    // SAFETY: `obj` is live (the caller's contract); the container
    // conversions have the same contract.
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
            ValueType::Optional(_) if obj == api.none() => Ok(0),
            ValueType::Optional(inner) => {
                // Not None: a `T` (a message names the whole `T | None`).
                let bits = from_python(api, obj, inner)?;
                Ok(match **inner {
                    ValueType::Int => crate::optional_box::tp_box_int(bits) as usize as i64,
                    ValueType::Float => crate::optional_box::tp_box_float(f64::from_bits(bits as u64)) as usize as i64,
                    ValueType::Bool => crate::optional_box::tp_box_bool(u8::from(bits != 0)) as usize as i64,
                    _ => bits,
                })
            }
            ValueType::List(elem) => sequences::list_from_python(api, obj, elem),
            ValueType::Tuple(_) | ValueType::TupleOf(_) => sequences::tuple_from_python(api, obj, ty),
            ValueType::Dict(key, value) => dict_set::dict_from_python(api, obj, key, value),
            ValueType::Set(elem) => dict_set::set_from_python(api, obj, elem),
        }
    }
}

/// A new Python object for the slot `bits` of type `ty` (borrowed); null with
/// a CPython error set on failure.
///
/// # Safety
/// `bits` must be a value of `ty` (a live object for object types, or null
/// for `None` of an optional); the GIL is held.
pub(crate) unsafe fn to_python(api: &Api, bits: i64, ty: &ValueType) -> *mut PyObject {
    // SAFETY: forwarded from the caller; the container conversions release
    // every new reference they make that they do not return.
    unsafe {
        match ty {
            ValueType::Int => (api.PyLong_FromLongLong)(bits),
            // A num global (`taipan_abi::num`) holding an int shows as an int.
            ValueType::Float if taipan_abi::num::is_int(bits as u64) => {
                (api.PyLong_FromLongLong)(taipan_abi::num::int_value(bits as u64))
            }
            ValueType::Float => (api.PyFloat_FromDouble)(f64::from_bits(bits as u64)),
            ValueType::Bool => (api.PyBool_FromLong)(std::ffi::c_long::from(bits != 0)),
            ValueType::None => {
                (api.Py_IncRef)(api.none());
                api.none()
            }
            ValueType::Str => api.new_str(str_object::str_text(bits as usize as *const u8)),
            ValueType::Optional(_) if bits == 0 => {
                (api.Py_IncRef)(api.none());
                api.none()
            }
            ValueType::Optional(inner) => match **inner {
                // A number is a box: its value is a slot of the number's kind.
                ValueType::Int | ValueType::Float | ValueType::Bool => {
                    let value = (bits as usize as *const u8).add(boxed_scalar::VALUE as usize).cast::<i64>().read();
                    to_python(api, value, inner)
                }
                _ => to_python(api, bits, inner),
            },
            ValueType::List(elem) => sequences::list_to_python(api, bits, elem),
            ValueType::Tuple(_) | ValueType::TupleOf(_) => sequences::tuple_to_python(api, bits, ty),
            ValueType::Dict(key, value) => dict_set::dict_to_python(api, bits, key, value),
            ValueType::Set(elem) => dict_set::set_to_python(api, bits, elem),
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
/// the argument `obj` of parameter `param` of `func`, typed by `desc` (null
/// for `None` of an optional).
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
        let failure = match from_python(api, obj, &ty) {
            Ok(bits) => return PtrResult { val: bits as usize as *mut u8, err: 0 },
            Err(failure) => failure,
        };
        let (func, param) = (str_object::str_text(func), str_object::str_text(param));
        match failure {
            Failure::Set => {}
            Failure::Mismatch { path, found } => {
                api.set_error("TypeError", &mismatch_message(func, param, &ty.to_string(), &path, &found));
            }
            Failure::Duplicate { path, repr } => {
                api.set_error("ValueError", &duplicate_message(func, param, &ty.to_string(), &path, &repr));
            }
        }
        FAILED_PTR
    }
}

/// `tp_ext_return_obj(value, desc)`: a new Python object copied from the
/// (borrowed) taipan object `value` of type `desc`; null with a CPython error.
///
/// # Safety
/// `value` must be a live taipan object of the type `desc` (a live str
/// object) names (null for `None` of an optional); called with the GIL held.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_return_obj(value: *mut u8, desc: *const u8) -> *mut PyObject {
    let api = cpython_api::api();
    // SAFETY: forwarded from the caller.
    unsafe {
        let Some(ty) = descriptor(api, desc) else { return std::ptr::null_mut() };
        to_python(api, value as usize as i64, &ty)
    }
}
