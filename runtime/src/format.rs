//! `format(x, spec)` for every supported type — the primitive behind
//! f-string fields (`f'{x:>10.2f}'`), `format()` and `str.format` — dispatching
//! like the types' `__format__` methods in CPython: an empty spec is `str(x)`;
//! ints take integer and float presentation types, floats float ones, strs
//! `s`; other objects only the empty spec.

use taipan_abi::ObjTag;

use crate::exceptions::Exc;
use crate::ffi_result::PtrResult;
use crate::float_repr::float_repr;
use crate::format_float::format_float_spec;
use crate::format_number::format_int_spec;
use crate::format_spec::{calc_padding, parse_format_spec, push_fill, unknown_format_code};
use crate::object::{header_tag, slot_kind_or_none, Value};
use crate::slot_ops::{str_into, type_name};
use crate::str_object::{new_str, str_text};

/// `format(value, spec)` of an int; `type_name` is `int` (or `bool`).
pub fn format_int(value: i64, spec: &str, type_name: &str) -> Result<String, Exc> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let parsed = parse_format_spec(spec, type_name, Some('d'), '>')?;
    match parsed.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') | None => format_int_spec(value, &parsed, type_name),
        // `int.__format__` converts to float for the float types.
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_spec(value as f64, &parsed),
        Some(ty) => Err(unknown_format_code(ty, type_name)),
    }
}

/// `format(value, spec)` of a bool: `str()` for an empty spec, else as an int.
pub fn format_bool(value: bool, spec: &str) -> Result<String, Exc> {
    if spec.is_empty() {
        return Ok(if value { "True" } else { "False" }.to_string());
    }
    format_int(value.into(), spec, "bool")
}

/// `format(value, spec)` of a float.
pub fn format_float(value: f64, spec: &str) -> Result<String, Exc> {
    if spec.is_empty() {
        return Ok(float_repr(value));
    }
    let parsed = parse_format_spec(spec, "float", None, '>')?;
    match parsed.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(value, &parsed),
        Some(ty) => Err(unknown_format_code(ty, "float")),
    }
}

/// `format(text, spec)` of a str: alignment, fill and truncation (precision).
pub fn format_str(text: &str, spec: &str) -> Result<String, Exc> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let parsed = parse_format_spec(spec, "str", Some('s'), '<')?;
    match parsed.ty {
        Some('s') | None => {}
        Some(ty) => return Err(unknown_format_code(ty, "str")),
    }
    if parsed.sign.is_some() {
        return Err(Exc::value_error("Sign not allowed in string format specifier"));
    }
    if parsed.no_neg_zero {
        return Err(Exc::value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if parsed.alternate {
        return Err(Exc::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if parsed.align == '=' {
        return Err(Exc::value_error("'=' alignment not allowed in string format specifier"));
    }
    let shown = match parsed.precision {
        Some(precision) => text.char_indices().nth(precision).map_or(text, |(end, _)| &text[..end]),
        None => text,
    };
    let (left, right) = calc_padding(shown.chars().count(), parsed.width, parsed.align);
    let mut out = String::new();
    push_fill(&mut out, parsed.fill, left)?;
    out.push_str(shown);
    push_fill(&mut out, parsed.fill, right)?;
    Ok(out)
}

/// `format(value, spec)` of a value of any kind.
///
/// # Safety
/// An object value points to a live object.
pub unsafe fn format_value(value: Value, spec: &str) -> Result<String, Exc> {
    // A boxed number (an `int | None`) formats as the number.
    // SAFETY: forwarded from the caller.
    let value = unsafe { crate::optional_box::unboxed(value) };
    match value {
        Value::Int(n) => format_int(n, spec, "int"),
        Value::Float(x) => format_float(x, spec),
        Value::Bool(b) => format_bool(b, spec),
        // SAFETY: forwarded from the caller.
        Value::Obj(obj) if !obj.is_null() && unsafe { header_tag(obj) } == Some(ObjTag::Str) => {
            format_str(unsafe { str_text(obj) }, spec)
        }
        _ if spec.is_empty() => {
            let mut out = String::new();
            // SAFETY: forwarded from the caller.
            unsafe { str_into(&mut out, value) };
            Ok(out)
        }
        // SAFETY: forwarded from the caller.
        _ => Err(Exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            unsafe { type_name(value) }
        ))),
    }
}

// ---- FFI: `spec` is a live str ----

/// `tp_format_int(n, spec)`: `format(n, spec)` as a new str.
///
/// # Safety
/// `spec` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_format_int(value: i64, spec: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(format_int(value, unsafe { str_text(spec) }, "int").map(|text| new_str(&text)))
}

/// `tp_format_float(x, spec)`: `format(x, spec)`.
///
/// # Safety
/// `spec` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_format_float(value: f64, spec: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(format_float(value, unsafe { str_text(spec) }).map(|text| new_str(&text)))
}

/// `tp_format_bool(b, spec)`: `format(b, spec)`.
///
/// # Safety
/// `spec` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_format_bool(value: u8, spec: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(format_bool(value != 0, unsafe { str_text(spec) }).map(|text| new_str(&text)))
}

/// `tp_format_str(s, spec)`: `format(s, spec)`.
///
/// # Safety
/// `s` and `spec` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_format_str(s: *const u8, spec: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let (text, spec) = unsafe { (str_text(s), str_text(spec)) };
    if spec.is_empty() {
        // SAFETY: `s` is live; the caller gets a new reference.
        unsafe { crate::object::tp_incref(s.cast_mut()) };
        return PtrResult::from(Ok(s.cast_mut()));
    }
    PtrResult::from(format_str(text, spec).map(|text| new_str(&text)))
}

/// `tp_format_slot(kind, bits, spec)`: `format(x, spec)` of a slot of any kind.
///
/// # Safety
/// An object slot holds a live object; `spec` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_format_slot(kind: i64, bits: i64, spec: *const u8) -> PtrResult {
    let value = Value::from_slot(slot_kind_or_none(kind), bits);
    // SAFETY: forwarded from the caller.
    PtrResult::from(unsafe { format_value(value, str_text(spec)) }.map(|text| new_str(&text)))
}

#[cfg(test)]
#[path = "format/tests.rs"]
mod tests;
