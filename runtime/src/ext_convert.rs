//! Conversions at the boundary of an extension module: Python arguments to
//! taipan values by the parameter's annotation, results back to Python objects,
//! and the `TypeError` of a call with the wrong number of arguments.
//!
//! Messages follow CPython's builtins (`_PyArg_BadArgument`, `PyArg_ParseTuple`):
//! `add() argument 'a' must be int, not str`, `add() takes exactly 2 arguments (1 given)`.
//! An error here is set as a *CPython* exception; the wrapper returns null.

use std::ffi::c_int;

use taipan_abi::num;

use crate::cpython_api::{self, Api, PyObject};
use crate::ffi_result::{F64Result, I64Result};
use crate::str_object;

const FAILED_I64: I64Result = I64Result { val: 0, err: 1 };
const FAILED_F64: F64Result = F64Result { val: 0.0, err: 1 };

/// CPython's message for an int argument beyond the C type it converts to.
pub const INT_TOO_LARGE: &str = "Python int too large to convert to C long";

/// The message of a call of `name` (taking `min..=max` arguments) with `given`.
pub fn arity_message(name: &str, min: i64, max: i64, given: i64) -> String {
    let arguments = |n: i64| if n == 1 { "argument" } else { "arguments" };
    if max == 0 {
        format!("{name}() takes no arguments ({given} given)")
    } else if min == max && max == 1 {
        format!("{name}() takes exactly one argument ({given} given)")
    } else if min == max {
        format!("{name}() takes exactly {max} {} ({given} given)", arguments(max))
    } else if given > max {
        format!("{name}() takes at most {max} {} ({given} given)", arguments(max))
    } else {
        format!("{name}() takes at least {min} {} ({given} given)", arguments(min))
    }
}

/// The message of an argument of the wrong type.
pub fn bad_argument_message(func: &str, param: &str, expected: &str, given_type: &str) -> String {
    format!("{func}() argument '{param}' must be {expected}, not {given_type}")
}

/// Sets the `TypeError` for `obj` passed where `expected` is required.
///
/// # Safety
/// `obj` must be a live CPython object; `func` and `param` live str objects.
unsafe fn bad_argument(api: &Api, obj: *mut PyObject, func: *const u8, param: *const u8, expected: &str) {
    // SAFETY: forwarded from the caller.
    let (func, param, given) = unsafe { (str_object::str_text(func), str_object::str_text(param), api.type_name(obj)) };
    api.set_error("TypeError", &bad_argument_message(func, param, expected, &given));
}

/// `tp_ext_arity_error(func, min, max, given)`.
///
/// # Safety
/// `func` must be a live str object; called with the GIL held.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_arity_error(func: *const u8, min: i64, max: i64, given: i64) {
    // SAFETY: forwarded from the caller.
    let name = unsafe { str_object::str_text(func) };
    cpython_api::api().set_error("TypeError", &arity_message(name, min, max, given));
}

/// `tp_ext_arg_int(obj, func, param)`: an `int` parameter accepts any `int`
/// (and so `bool`, its subclass) that fits in 64 bits.
///
/// # Safety
/// `obj` must be a live CPython object (a borrowed argument), `func` and
/// `param` live str objects; called with the GIL held.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_arg_int(obj: *mut PyObject, func: *const u8, param: *const u8) -> I64Result {
    let api = cpython_api::api();
    // SAFETY: forwarded from the caller.
    unsafe {
        if !api.is_int(obj) {
            bad_argument(api, obj, func, param, "int");
            return FAILED_I64;
        }
        let mut overflow: c_int = 0;
        let val = (api.PyLong_AsLongLongAndOverflow)(obj, &mut overflow);
        if overflow != 0 {
            api.set_error("OverflowError", INT_TOO_LARGE);
            return FAILED_I64;
        }
        if val == -1 && !(api.PyErr_Occurred)().is_null() {
            return FAILED_I64;
        }
        I64Result { val, err: 0 }
    }
}

/// `tp_ext_arg_float(obj, func, param)`: a `float` parameter accepts a `float`
/// or an `int` (converted as `float(x)`, `OverflowError` beyond the float range).
///
/// # Safety
/// As for `tp_ext_arg_int`.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_arg_float(obj: *mut PyObject, func: *const u8, param: *const u8) -> F64Result {
    let api = cpython_api::api();
    // SAFETY: forwarded from the caller.
    unsafe {
        let val = if api.is_exact_float(obj) {
            (api.PyFloat_AsDouble)(obj)
        } else if api.is_int(obj) {
            (api.PyLong_AsDouble)(obj)
        } else if is_float_subclass(api, obj) {
            (api.PyFloat_AsDouble)(obj)
        } else {
            bad_argument(api, obj, func, param, "float");
            return FAILED_F64;
        };
        if val == -1.0 && !(api.PyErr_Occurred)().is_null() {
            return FAILED_F64;
        }
        F64Result { val, err: 0 }
    }
}

/// `tp_ext_arg_num(obj, func, param)`: a `float` parameter whose value may be
/// an int (a num, `taipan_abi::num`). A Python `int` within the num range
/// stays an int num; so does a `bool` (`True` is the int num 1, where CPython
/// would keep `True`: a num has no bool case). An `int` past the num range
/// raises `OverflowError` (`ErrCode::NumIntOverflow`), as storing it in a
/// float place does in compiled code, rather than print later as a float.
/// A `float` stays a float.
///
/// # Safety
/// As for `tp_ext_arg_int`.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_arg_num(obj: *mut PyObject, func: *const u8, param: *const u8) -> F64Result {
    let api = cpython_api::api();
    // SAFETY: forwarded from the caller.
    unsafe {
        if !api.is_exact_float(obj) && api.is_int(obj) {
            let mut overflow: c_int = 0;
            let val = (api.PyLong_AsLongLongAndOverflow)(obj, &mut overflow);
            if val == -1 && !(api.PyErr_Occurred)().is_null() {
                return FAILED_F64;
            }
            if let Some(bits) = num::from_int(val).filter(|_| overflow == 0) {
                return F64Result { val: f64::from_bits(bits), err: 0 };
            }
            api.set_error("OverflowError", taipan_abi::ErrCode::NumIntOverflow.message());
            return FAILED_F64;
        }
        let res = tp_ext_arg_float(obj, func, param);
        F64Result { val: untagged_float(res.val), ..res }
    }
}

/// `x`, or a quiet NaN of its sign if its bits are an int num's. No float
/// operation makes such a NaN, but a Python float can hold any bits
/// (`struct.unpack('d', ...)`), and read as a num it would be an int.
pub fn untagged_float(x: f64) -> f64 {
    if num::is_int(x.to_bits()) {
        f64::NAN.copysign(x)
    } else {
        x
    }
}

/// Whether `obj` is an instance of a subclass of `float`.
///
/// # Safety
/// `obj` must be a live CPython object.
unsafe fn is_float_subclass(api: &Api, obj: *mut PyObject) -> bool {
    // `float` has no fast-subclass flag, unlike `int`.
    // SAFETY: forwarded from the caller; both are live type objects.
    unsafe { (api.PyType_IsSubtype)(api.type_of(obj), api.PyFloat_Type) != 0 }
}

/// `tp_ext_arg_bool(obj, func, param)`: a `bool` parameter accepts `True` and
/// `False` only (an `int` is not a `bool`).
///
/// # Safety
/// As for `tp_ext_arg_int`.
#[no_mangle]
pub unsafe extern "C" fn tp_ext_arg_bool(obj: *mut PyObject, func: *const u8, param: *const u8) -> I64Result {
    let api = cpython_api::api();
    if obj == api._Py_TrueStruct {
        return I64Result { val: 1, err: 0 };
    }
    if obj == api._Py_FalseStruct {
        return I64Result { val: 0, err: 0 };
    }
    // SAFETY: forwarded from the caller.
    unsafe { bad_argument(api, obj, func, param, "bool") };
    FAILED_I64
}

#[no_mangle]
pub extern "C" fn tp_ext_return_int(val: i64) -> *mut PyObject {
    // SAFETY: called with the GIL held, by a wrapper.
    unsafe { (cpython_api::api().PyLong_FromLongLong)(val) }
}

#[no_mangle]
pub extern "C" fn tp_ext_return_float(val: f64) -> *mut PyObject {
    // SAFETY: called with the GIL held, by a wrapper.
    unsafe { (cpython_api::api().PyFloat_FromDouble)(val) }
}

/// A Python `int` for an int num, else a `float`.
#[no_mangle]
pub extern "C" fn tp_ext_return_num(val: f64) -> *mut PyObject {
    let bits = val.to_bits();
    if num::is_int(bits) {
        return tp_ext_return_int(num::int_value(bits));
    }
    tp_ext_return_float(val)
}

#[no_mangle]
pub extern "C" fn tp_ext_return_bool(val: u8) -> *mut PyObject {
    // SAFETY: called with the GIL held, by a wrapper.
    unsafe { (cpython_api::api().PyBool_FromLong)(std::ffi::c_long::from(val != 0)) }
}

#[no_mangle]
pub extern "C" fn tp_ext_return_none() -> *mut PyObject {
    let api = cpython_api::api();
    // SAFETY: `None` is a live object; the caller receives the new reference.
    unsafe { (api.Py_IncRef)(api.none()) };
    api.none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts CPython 3.11 prints for builtins with these arities.
    #[test]
    fn arity_messages_follow_cpython() {
        assert_eq!(arity_message("add", 2, 2, 1), "add() takes exactly 2 arguments (1 given)");
        assert_eq!(arity_message("len", 1, 1, 0), "len() takes exactly one argument (0 given)");
        assert_eq!(arity_message("f", 0, 0, 3), "f() takes no arguments (3 given)");
        assert_eq!(arity_message("f", 1, 3, 4), "f() takes at most 3 arguments (4 given)");
        assert_eq!(arity_message("f", 1, 3, 0), "f() takes at least 1 argument (0 given)");
        assert_eq!(arity_message("f", 0, 1, 2), "f() takes at most 1 argument (2 given)");
    }

    #[test]
    fn bad_argument_message_names_function_parameter_and_types() {
        assert_eq!(bad_argument_message("add", "a", "int", "str"), "add() argument 'a' must be int, not str");
    }
}
