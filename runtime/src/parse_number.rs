//! `int(s)`, `int(s, base)` and `float(s)` of a str, as CPython 3.11 parses
//! them (`PyLong_FromUnicodeObject`, `float_from_string_inner`): surrounding
//! whitespace, a sign, Unicode decimal digits of any script, single
//! underscores between digits, `0x`/`0o`/`0b` prefixes, `inf`/`nan`; and
//! CPython's `ValueError` messages quoting the argument's repr.
//!
//! taipan ints are 64-bit: a valid literal beyond that raises `IntOverflow`.

use taipan_abi::ErrCode;

use crate::exceptions::Exc;
use crate::ffi_result::{F64Result, I64Result};
use crate::str_object::str_text;
use crate::str_repr::str_repr;
use crate::unicode::{decimal_value, is_space};

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: whitespace becomes
/// ' ', decimal digits of any script their ASCII digit, other non-ASCII '?'
/// (which no parser accepts).
fn to_ascii_digits_and_spaces(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if is_space(c) {
                ' '
            } else if let Some(digit) = decimal_value(c) {
                char::from_digit(digit, 10).unwrap_or('?')
            } else {
                '?'
            }
        })
        .collect()
}

/// The value of an ASCII digit or letter (`a`/`A` = 10, ... `z`/`Z` = 35).
fn digit_value(byte: u8) -> Option<u32> {
    (byte as char).to_digit(36)
}

fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn invalid_int_literal(text: &str, base: i64) -> Exc {
    // CPython's `%.200R`: the repr, cut to 200 characters.
    let repr: String = str_repr(text).chars().take(200).collect();
    Exc::value_error(format!("invalid literal for int() with base {base}: {repr}"))
}

/// `int(text, base)`: base 2..=36, or 0 to read the base from a prefix.
pub fn parse_int(text: &str, base: i64) -> Result<i64, Exc> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(Exc::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let ascii = to_ascii_digits_and_spaces(text);
    let (negative, magnitude) = parse_int_ascii(ascii.as_bytes(), base as u32).ok_or_else(|| invalid_int_literal(text, base))?;
    let value = if negative { -(magnitude as i128) } else { magnitude as i128 };
    i64::try_from(value).map_err(|_| Exc::Code(ErrCode::IntOverflow))
}

/// `PyLong_FromString` over ASCII: `(negative, magnitude)` (saturated at
/// `u64::MAX`, which is out of range anyway), or `None` for invalid syntax.
fn parse_int_ascii(bytes: &[u8], base: u32) -> Option<(bool, u64)> {
    let mut at = 0;
    while bytes.get(at).is_some_and(|&b| is_ascii_space(b)) {
        at += 1;
    }
    let mut negative = false;
    match bytes.get(at) {
        Some(b'+') => at += 1,
        Some(b'-') => {
            negative = true;
            at += 1;
        }
        _ => {}
    }
    let prefix_letter = |at: usize| bytes.get(at + 1).map(u8::to_ascii_lowercase);
    let starts_with_zero = bytes.get(at) == Some(&b'0');
    let mut base = base;
    // Base 0 with a leading 0 and no prefix: only zero is allowed ("0_0", "00").
    let mut only_zero = false;
    if base == 0 {
        base = match (starts_with_zero, prefix_letter(at)) {
            (false, _) => 10,
            (true, Some(b'x')) => 16,
            (true, Some(b'o')) => 8,
            (true, Some(b'b')) => 2,
            (true, _) => {
                only_zero = true;
                10
            }
        };
    }
    let has_prefix = starts_with_zero
        && matches!((base, prefix_letter(at)), (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b')));
    if has_prefix {
        at += 2;
        // One underscore may follow the prefix.
        if bytes.get(at) == Some(&b'_') {
            at += 1;
        }
    }
    if bytes.get(at) == Some(&b'_') {
        return None;
    }
    let mut magnitude: u64 = 0;
    let mut digits = 0;
    let mut previous_underscore = false;
    while let Some(&byte) = bytes.get(at) {
        if byte == b'_' {
            if previous_underscore {
                return None;
            }
            previous_underscore = true;
        } else {
            let digit = digit_value(byte).filter(|&d| d < base);
            let Some(digit) = digit else { break };
            magnitude = magnitude.saturating_mul(u64::from(base)).saturating_add(u64::from(digit));
            digits += 1;
            previous_underscore = false;
        }
        at += 1;
    }
    if previous_underscore || digits == 0 || (only_zero && magnitude != 0) {
        return None;
    }
    while bytes.get(at).is_some_and(|&b| is_ascii_space(b)) {
        at += 1;
    }
    (at == bytes.len()).then_some((negative, magnitude))
}

/// `float(text)`.
pub fn parse_float(text: &str) -> Result<f64, Exc> {
    let invalid = || Exc::value_error(format!("could not convert string to float: {}", str_repr(text)));
    let ascii = to_ascii_digits_and_spaces(text);
    let trimmed = ascii.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    let cleaned = remove_underscores(trimmed).ok_or_else(invalid)?;
    if !is_float_syntax(&cleaned) {
        return Err(invalid());
    }
    cleaned.parse::<f64>().map_err(|_| invalid())
}

/// `_Py_string_to_number_with_underscores`: underscores only between digits.
fn remove_underscores(text: &str) -> Option<String> {
    if !text.contains('_') {
        return Some(text.to_string());
    }
    let mut out = String::with_capacity(text.len());
    let mut previous = '\0';
    for c in text.chars() {
        if c == '_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        previous = c;
    }
    (previous != '_').then_some(out)
}

/// CPython's float grammar after underscores are gone: an optional sign, then
/// `inf`/`infinity`/`nan` (any case) or `digits[.digits][e[sign]digits]` with
/// at least one mantissa digit. (Rust's parser accepts the same language, but
/// checking first keeps that an explicit, local fact.)
fn is_float_syntax(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let lower = unsigned.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return true;
    }
    let (mantissa, exponent) = match lower.split_once('e') {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (lower.as_str(), None),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = all_digits(int_part) && all_digits(frac_part) && !(int_part.is_empty() && frac_part.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        !digits.is_empty() && all_digits(digits)
    });
    mantissa_ok && exponent_ok
}

/// `tp_str_to_int(s, base)`: `int(s, base)` (base 10 for `int(s)`).
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_to_int(s: *const u8, base: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(parse_int(unsafe { str_text(s) }, base))
}

/// `tp_str_to_float(s)`: `float(s)`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_to_float(s: *const u8) -> F64Result {
    // SAFETY: forwarded from the caller.
    F64Result::from(parse_float(unsafe { str_text(s) }))
}

/// The exception kind and message of an error, for tests.
#[cfg(test)]
fn described(exc: Exc) -> (taipan_abi::ExcKind, String) {
    (exc.kind(), exc.message().to_string())
}

#[cfg(test)]
#[path = "parse_number/tests.rs"]
mod tests;
