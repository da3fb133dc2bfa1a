//! float operations with CPython's exact results and errors: `//`, `%`, `**`,
//! `int(x)`, `round(x)` and `round(x, ndigits)` (Objects/floatobject.c).

use taipan_abi::ErrCode;

use crate::ffi_result::{F64Result, I64Result};

/// CPython's `_float_div_mod`: `(floor(a / b), a mod b)` for `b != 0`, with the
/// modulus taking the sign of `b` and the quotient snapped to an integer.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    // fmod is exact, so `a - modulus` is an exact multiple of `b` mathematically.
    let mut modulus = a % b;
    let mut div = (a - modulus) / b;
    if modulus != 0.0 {
        if (b < 0.0) != (modulus < 0.0) {
            modulus += b;
            div -= 1.0;
        }
    } else {
        modulus = 0.0_f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        // A zero quotient gets the sign of the true quotient.
        0.0_f64.copysign(a / b)
    };
    (floordiv, modulus)
}

/// `a // b`.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, ErrCode> {
    if b == 0.0 {
        return Err(ErrCode::FloatFloorDivByZero);
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` (CPython's `float_rem`): the result has the sign of `b`.
pub fn float_mod(a: f64, b: f64) -> Result<f64, ErrCode> {
    if b == 0.0 {
        return Err(ErrCode::FloatModByZero);
    }
    let modulus = a % b;
    Ok(if modulus != 0.0 {
        if (b < 0.0) != (modulus < 0.0) {
            modulus + b
        } else {
            modulus
        }
    } else {
        0.0_f64.copysign(b)
    })
}

/// Whether `x` is an odd integer (`DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(x: f64) -> bool {
    x % 2.0 == 1.0 || x % 2.0 == -1.0
}

/// `a ** b` with CPython's `float_pow` special cases. Where CPython returns a
/// complex number (negative base, fractional exponent) taipan raises instead.
pub fn float_pow(a: f64, b: f64) -> Result<f64, ErrCode> {
    if b == 0.0 {
        return Ok(1.0); // even 0 ** 0 and nan ** 0
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let abs_a = a.abs();
        return Ok(if abs_a == 1.0 {
            1.0
        } else if (b > 0.0) == (abs_a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0_f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(ErrCode::ZeroToNegativePower);
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return Err(ErrCode::ComplexPowerResult);
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        // Also (-1) ** huge_even_or_odd, which some libms get wrong.
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // Finite, positive base other than 1 and a finite nonzero exponent: libm's pow.
    let result = base.powf(b);
    if result.is_infinite() {
        return Err(ErrCode::FloatPowRange);
    }
    Ok(if negate { -result } else { result })
}

/// `int(x)` for a float whose value is already integral or is to be truncated.
pub fn float_to_int(x: f64) -> Result<i64, ErrCode> {
    if x.is_nan() {
        return Err(ErrCode::FloatNanToInt);
    }
    if x.is_infinite() {
        return Err(ErrCode::FloatInfinityToInt);
    }
    let truncated = x.trunc();
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    if (-TWO_POW_63..TWO_POW_63).contains(&truncated) {
        Ok(truncated as i64)
    } else {
        Err(ErrCode::IntOverflow)
    }
}

/// `round(x)`: nearest integer, ties to even.
pub fn float_round(x: f64) -> Result<i64, ErrCode> {
    float_to_int(x.round_ties_even())
}

/// Above this many digits every double rounds to itself (CPython's `NDIGITS_MAX`).
const NDIGITS_MAX: i64 = 323;
/// Below this many digits every double rounds to zero (CPython's `NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`, correctly rounded half to even on the exact binary value,
/// as CPython's dtoa-based `double_round`: round in decimal, then parse back.
pub fn float_round_ndigits(x: f64, ndigits: i64) -> Result<f64, ErrCode> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x); // zero with the sign of x
    }
    let decimal = if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact and rounds ties to even.
        format!("{:.*}", ndigits as usize, x)
    } else {
        round_to_tens(x, ndigits.unsigned_abs() as usize)
    };
    // Parsing is correctly rounded, like `_Py_dg_strtod`; both strings are valid.
    let rounded: f64 = decimal.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(ErrCode::RoundedValueTooLarge);
    }
    Ok(rounded)
}

/// `x` rounded to a multiple of `10^places` (`places >= 1`), ties to even, as a
/// decimal string such as `-12e3`.
fn round_to_tens(x: f64, places: usize) -> String {
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let magnitude = x.abs();
    let int_part = magnitude.trunc();
    let has_fraction = magnitude != int_part;
    // An integral double prints exactly with no precision.
    let int_digits = format!("{int_part:.0}");
    let int_digits = if int_digits == "0" { String::new() } else { int_digits };
    let (kept, dropped) = int_digits.split_at(int_digits.len().saturating_sub(places));
    // `dropped` is short when the whole value is below 10^places: pad it.
    let dropped = format!("{dropped:0>places$}");
    let first_dropped = dropped.as_bytes()[0];
    let rest_is_zero = dropped[1..].bytes().all(|d| d == b'0') && !has_fraction;
    let kept_is_odd = kept.bytes().last().is_some_and(|d| (d - b'0') % 2 == 1);
    let round_up = first_dropped > b'5' || (first_dropped == b'5' && (!rest_is_zero || kept_is_odd));
    let kept = if round_up { increment_decimal(kept) } else { kept.to_string() };
    let kept = if kept.is_empty() { "0".to_string() } else { kept };
    format!("{sign}{kept}e{places}")
}

/// Adds one to a string of decimal digits ("" counts as 0).
fn increment_decimal(digits: &str) -> String {
    let mut bytes = digits.as_bytes().to_vec();
    for d in bytes.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return String::from_utf8_lossy(&bytes).into_owned();
        }
    }
    format!("1{}", String::from_utf8_lossy(&bytes))
}

#[no_mangle]
pub extern "C" fn tp_float_floordiv(a: f64, b: f64) -> F64Result {
    float_floordiv(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_float_mod(a: f64, b: f64) -> F64Result {
    float_mod(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_float_pow(a: f64, b: f64) -> F64Result {
    float_pow(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_float_to_int(x: f64) -> I64Result {
    float_to_int(x).into()
}

#[no_mangle]
pub extern "C" fn tp_float_round(x: f64) -> I64Result {
    float_round(x).into()
}

#[no_mangle]
pub extern "C" fn tp_float_round_ndigits(x: f64, ndigits: i64) -> F64Result {
    float_round_ndigits(x, ndigits).into()
}

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;
