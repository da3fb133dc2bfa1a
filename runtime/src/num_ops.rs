//! `num` operations: a place declared `float` that may hold an int
//! (`taipan_abi::num`). An op on two int nums follows Python's int rules (an
//! int result, int error messages, floor semantics), any other converts both
//! operands to float and follows the float functions of `float_ops` exactly,
//! as CPython's `int op float` does (every int a num holds is an exact float).
//!
//! An int result outside `[num::INT_MIN, num::INT_MAX]` raises
//! `NumIntOverflow`: CPython would keep the exact int, and a num cannot hold
//! it, so taipan says so rather than round.

use taipan_abi::{num, ErrCode};

use crate::exceptions::Exc;
use crate::ffi_result::{F64Result, PtrResult};
use crate::float_ops::{float_floordiv, float_mod, float_pow, float_round_ndigits};
use crate::float_repr::float_repr;
use crate::format::{format_float, format_int};
use crate::int_ops::{int_pow, int_round_ndigits};
use crate::output::write_bytes;
use crate::str_object::{new_str, str_text};

/// What a num holds, decoded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    /// Decodes a num's bits (the f64 the ABI passes).
    pub fn from_f64(x: f64) -> Num {
        let bits = x.to_bits();
        if num::is_int(bits) {
            Num::Int(num::int_value(bits))
        } else {
            Num::Float(x)
        }
    }

    /// The value as a float (`float(x)`), exact for an int.
    pub fn to_float(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(x) => x,
        }
    }

    /// The num's bits as the f64 the ABI passes.
    pub fn encode(self) -> Result<f64, ErrCode> {
        match self {
            Num::Int(i) => int_num(i),
            Num::Float(x) => Ok(x),
        }
    }
}

/// The num of an int; `NumIntOverflow` outside the num range.
pub fn int_num(i: i64) -> Result<f64, ErrCode> {
    num::from_int(i).map(f64::from_bits).ok_or(ErrCode::NumIntOverflow)
}

/// The num of an int computed in i128 (which cannot overflow for two num operands).
fn wide_int_num(i: i128) -> Result<f64, ErrCode> {
    i64::try_from(i).map_err(|_| ErrCode::NumIntOverflow).and_then(int_num)
}

/// Applies `int_op` when both are ints, else `float_op` on their float values.
fn binary(
    a: f64,
    b: f64,
    int_op: impl FnOnce(i64, i64) -> Result<f64, ErrCode>,
    float_op: impl FnOnce(f64, f64) -> Result<f64, ErrCode>,
) -> Result<f64, ErrCode> {
    match (Num::from_f64(a), Num::from_f64(b)) {
        (Num::Int(x), Num::Int(y)) => int_op(x, y),
        (x, y) => float_op(x.to_float(), y.to_float()),
    }
}

pub fn num_add(a: f64, b: f64) -> Result<f64, ErrCode> {
    binary(a, b, |x, y| wide_int_num(i128::from(x) + i128::from(y)), |x, y| Ok(x + y))
}

pub fn num_sub(a: f64, b: f64) -> Result<f64, ErrCode> {
    binary(a, b, |x, y| wide_int_num(i128::from(x) - i128::from(y)), |x, y| Ok(x - y))
}

pub fn num_mul(a: f64, b: f64) -> Result<f64, ErrCode> {
    binary(a, b, |x, y| wide_int_num(i128::from(x) * i128::from(y)), |x, y| Ok(x * y))
}

/// `a // b`: an int pair floors (`-7 // 2 == -4`).
pub fn num_floordiv(a: f64, b: f64) -> Result<f64, ErrCode> {
    binary(
        a,
        b,
        |x, y| {
            if y == 0 {
                return Err(ErrCode::IntFloorDivByZero);
            }
            // Within the num range `x / y` cannot overflow i64 (even `INT_MIN / -1`).
            let (q, r) = (x / y, x % y);
            let floored = if r != 0 && (r < 0) != (y < 0) { q - 1 } else { q };
            int_num(floored)
        },
        float_floordiv,
    )
}

/// `a % b`: an int pair's result has the sign of `b` (`-7 % 2 == 1`).
pub fn num_mod(a: f64, b: f64) -> Result<f64, ErrCode> {
    binary(
        a,
        b,
        |x, y| {
            if y == 0 {
                return Err(ErrCode::IntModByZero);
            }
            let r = x % y;
            int_num(if r != 0 && (r < 0) != (y < 0) { r + y } else { r })
        },
        float_mod,
    )
}

/// `a ** b`. Two ints with `b >= 0` give the exact int; with `b < 0` CPython's
/// `long_pow` hands both to `float_pow` (`2 ** -1 == 0.5`; `0 ** -1` raises
/// its `ZeroToNegativePower`, "0.0 cannot ...", for ints too).
pub fn num_pow(a: f64, b: f64) -> Result<f64, ErrCode> {
    binary(
        a,
        b,
        |x, y| {
            if y < 0 {
                return float_pow(x as f64, y as f64);
            }
            // Past i64 the result is past the num range too.
            let power = int_pow(x, y).map_err(|_| ErrCode::NumIntOverflow)?;
            int_num(power)
        },
        float_pow,
    )
}

/// `-x` (`-num::INT_MIN` is outside the range).
pub fn num_neg(x: f64) -> Result<f64, ErrCode> {
    match Num::from_f64(x) {
        Num::Int(i) => int_num(-i),
        Num::Float(f) => Ok(-f),
    }
}

/// `abs(x)`.
pub fn num_abs(x: f64) -> Result<f64, ErrCode> {
    match Num::from_f64(x) {
        Num::Int(i) => int_num(i.abs()),
        Num::Float(f) => Ok(f.abs()),
    }
}

/// `round(x, ndigits)`: an int stays an int (`round(1250, -2) == 1200`), a
/// float rounds as `float_round_ndigits`.
pub fn num_round_ndigits(x: f64, ndigits: i64) -> Result<f64, ErrCode> {
    match Num::from_f64(x) {
        // A num int's rounding fits in i64 (|x| <= 2**50 < 10**19 / 2).
        Num::Int(i) => int_round_ndigits(i, ndigits).map_err(|_| ErrCode::NumIntOverflow).and_then(int_num),
        Num::Float(f) => float_round_ndigits(f, ndigits),
    }
}

/// `str(x)` / `repr(x)`: the int's digits or the float's repr.
pub fn num_text(x: f64) -> String {
    match Num::from_f64(x) {
        Num::Int(i) => i.to_string(),
        Num::Float(f) => float_repr(f),
    }
}

/// `format(x, spec)`: as `format_int` for an int, `format_float` for a float.
pub fn num_format(x: f64, spec: &str) -> Result<String, Exc> {
    match Num::from_f64(x) {
        Num::Int(i) => format_int(i, spec, "int"),
        Num::Float(f) => format_float(f, spec),
    }
}

// ---- exports ----

#[no_mangle]
pub extern "C" fn tp_num_from_int(i: i64) -> F64Result {
    int_num(i).into()
}

#[no_mangle]
pub extern "C" fn tp_num_to_float(x: f64) -> f64 {
    num::to_f64(x.to_bits())
}

/// `tp_num_list_sum(list, start)`: `sum(list, start)` left to right with
/// `num_add`, the elements read as nums (an int past the num range as the
/// float it rounds to).
///
/// # Safety
/// `list` is a live list of floats (possibly holding nums), ints or bools.
#[no_mangle]
pub unsafe extern "C" fn tp_num_list_sum(list: *mut u8, start: f64) -> F64Result {
    // SAFETY: forwarded from the caller.
    let list = unsafe { crate::list_ops::List::from_obj(list) };
    let mut total = start;
    for i in 0..list.len() {
        let value = match list.value(i) {
            crate::object::Value::Int(n) => num::from_int(n).map_or(n as f64, f64::from_bits),
            crate::object::Value::Bool(b) => f64::from_bits(num::from_int(i64::from(b)).unwrap_or(0)),
            crate::object::Value::Float(x) => x,
            crate::object::Value::None | crate::object::Value::Obj(_) => 0.0,
        };
        match num_add(total, value) {
            Ok(sum) => total = sum,
            Err(code) => return Err::<f64, ErrCode>(code).into(),
        }
    }
    F64Result { val: total, err: 0 }
}

#[no_mangle]
pub extern "C" fn tp_num_add(a: f64, b: f64) -> F64Result {
    num_add(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_num_sub(a: f64, b: f64) -> F64Result {
    num_sub(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_num_mul(a: f64, b: f64) -> F64Result {
    num_mul(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_num_floordiv(a: f64, b: f64) -> F64Result {
    num_floordiv(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_num_mod(a: f64, b: f64) -> F64Result {
    num_mod(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_num_pow(a: f64, b: f64) -> F64Result {
    num_pow(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_num_neg(x: f64) -> F64Result {
    num_neg(x).into()
}

#[no_mangle]
pub extern "C" fn tp_num_abs(x: f64) -> F64Result {
    num_abs(x).into()
}

#[no_mangle]
pub extern "C" fn tp_num_round_ndigits(x: f64, ndigits: i64) -> F64Result {
    num_round_ndigits(x, ndigits).into()
}

/// `tp_num_to_str(x)`: a new str.
#[no_mangle]
pub extern "C" fn tp_num_to_str(x: f64) -> *mut u8 {
    new_str(&num_text(x))
}

/// `tp_num_format(x, spec)`: `format(x, spec)` as a new str.
///
/// # Safety
/// `spec` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_num_format(x: f64, spec: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(num_format(x, unsafe { str_text(spec) }).map(|text| new_str(&text)))
}

/// `print(x)`'s text of a num.
#[no_mangle]
pub extern "C" fn tp_write_num(x: f64) {
    write_bytes(num_text(x).as_bytes());
}

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;
