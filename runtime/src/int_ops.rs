//! int operations too big for inline code: `**`, `/`, shifts, exact int/float
//! comparison and `round(int, ndigits)`. taipan's ints are 64-bit; a result that
//! does not fit raises `IntOverflow` where CPython would grow the int.

use std::cmp::Ordering;

use taipan_abi::ErrCode;

use crate::ffi_result::{F64Result, I64Result};

/// `base ** exponent` for `exponent >= 0`, by square-and-multiply; `0 ** 0 == 1`.
pub fn int_pow(base: i64, exponent: i64) -> Result<i64, ErrCode> {
    if exponent < 0 {
        return Err(ErrCode::NegativeIntPower);
    }
    let mut result: i64 = 1;
    let mut square = base;
    let mut remaining = exponent;
    while remaining > 0 {
        if remaining & 1 == 1 {
            result = result.checked_mul(square).ok_or(ErrCode::IntOverflow)?;
        }
        remaining >>= 1;
        if remaining > 0 {
            // A square that overflows while bits remain means the result would too:
            // it gets multiplied by at least this square, and `|result| >= 1`.
            square = square.checked_mul(square).ok_or(ErrCode::IntOverflow)?;
        }
    }
    Ok(result)
}

/// Largest magnitude every integer up to which converts to f64 exactly.
const EXACT_F64_INT: u64 = 1 << 53;

/// `a / b`, correctly rounded (half to even) like CPython's `long_true_divide`.
pub fn int_truediv(a: i64, b: i64) -> Result<f64, ErrCode> {
    if b == 0 {
        return Err(ErrCode::DivisionByZero);
    }
    let (abs_a, abs_b) = (a.unsigned_abs(), b.unsigned_abs());
    if abs_a <= EXACT_F64_INT && abs_b <= EXACT_F64_INT {
        // Both convert exactly, and IEEE division is correctly rounded.
        return Ok(a as f64 / b as f64);
    }
    let magnitude = if abs_a == 0 { 0.0 } else { divide_rounded(abs_a, abs_b) };
    let negative = (a < 0) != (b < 0);
    Ok(if negative { -magnitude } else { magnitude })
}

/// `n / d` for nonzero `n` and `d`, rounded half to even to a double.
///
/// Scales so the integer quotient has 55 or 56 bits, then rounds those to 53
/// with the remainder as a sticky bit. Quotients of 64-bit ints lie within
/// [2^-63, 2^64], far from overflow and subnormals, so no other case arises.
fn divide_rounded(n: u64, d: u64) -> f64 {
    let bits = |x: u64| 64 - x.leading_zeros() as i32;
    // Shift so that bits(scaled n) - bits(scaled d) == 55; at most 119 bits are used.
    let shift = 55 + bits(d) - bits(n);
    let (num, den) = if shift >= 0 {
        ((n as u128) << shift, d as u128)
    } else {
        (n as u128, (d as u128) << -shift)
    };
    let mut quotient = num / den;
    let sticky = num % den != 0;
    let quotient_bits = 128 - quotient.leading_zeros() as i32;
    let extra = quotient_bits - 53;
    let dropped = quotient & ((1u128 << extra) - 1);
    let half = 1u128 << (extra - 1);
    quotient >>= extra;
    if dropped > half || (dropped == half && (sticky || quotient & 1 == 1)) {
        quotient += 1; // may carry to 2^53, still exact
    }
    // quotient * 2^(extra - shift), exact: quotient has at most 54 bits.
    quotient as f64 * power_of_two(extra - shift)
}

/// `2^e` for a normal-range exponent.
fn power_of_two(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `a << count`.
pub fn int_lshift(a: i64, count: i64) -> Result<i64, ErrCode> {
    if count < 0 {
        return Err(ErrCode::NegativeShiftCount);
    }
    if a == 0 {
        return Ok(0);
    }
    if count >= 64 {
        return Err(ErrCode::IntOverflow);
    }
    let shifted = a << count;
    if shifted >> count != a {
        return Err(ErrCode::IntOverflow);
    }
    Ok(shifted)
}

/// `a >> count`, rounding toward negative infinity.
pub fn int_rshift(a: i64, count: i64) -> Result<i64, ErrCode> {
    if count < 0 {
        return Err(ErrCode::NegativeShiftCount);
    }
    // Shifting by 63 or more leaves only the sign: 0 or -1.
    Ok(a >> count.min(63))
}

/// Exact comparison of `a` with `x`: -1, 0, 1, or 2 when `x` is NaN.
pub fn int_float_cmp(a: i64, x: f64) -> i64 {
    if x.is_nan() {
        return 2;
    }
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    let ordering = if x >= TWO_POW_63 {
        Ordering::Less
    } else if x < -TWO_POW_63 {
        Ordering::Greater
    } else {
        // In range, so the integer part converts exactly; then the fraction decides ties.
        let int_part = x.trunc();
        a.cmp(&(int_part as i64)).then_with(|| {
            let fraction = x - int_part;
            0.0_f64.partial_cmp(&fraction).unwrap_or(Ordering::Equal)
        })
    };
    ordering as i64
}

/// `round(a, ndigits)`: for `ndigits < 0`, to the nearest multiple of
/// `10^-ndigits`, ties to even, as CPython's `divmod_near`.
pub fn int_round_ndigits(a: i64, ndigits: i64) -> Result<i64, ErrCode> {
    if ndigits >= 0 {
        return Ok(a);
    }
    // 10^20 > 2 * |i64::MIN|, so every i64 rounds to 0 at that scale or beyond.
    if ndigits < -19 {
        return Ok(0);
    }
    let pow = 10i128.pow(ndigits.unsigned_abs() as u32);
    let value = a as i128;
    let quotient = value.div_euclid(pow);
    let mut remainder = value.rem_euclid(pow);
    let twice = 2 * remainder;
    if twice > pow || (twice == pow && quotient & 1 == 1) {
        remainder -= pow;
    }
    i64::try_from(value - remainder).map_err(|_| ErrCode::IntOverflow)
}

/// The number of values of `range(start, stop, step)` (`step != 0`), as an
/// unsigned count: compiled `for` loops count it down instead of comparing the
/// counter with `stop` in the direction of a step known only at run time.
#[no_mangle]
pub extern "C" fn tp_range_len(start: i64, stop: i64, step: i64) -> i64 {
    range_len(start, stop, step) as i64
}

pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    // The differences of two i64s and |step| all fit in u64 (wrapping casts).
    if step > 0 && start < stop {
        (stop.wrapping_sub(start) as u64 - 1) / step as u64 + 1
    } else if step < 0 && start > stop {
        (start.wrapping_sub(stop) as u64 - 1) / step.unsigned_abs() + 1
    } else {
        0
    }
}

#[no_mangle]
pub extern "C" fn tp_int_pow(base: i64, exponent: i64) -> I64Result {
    int_pow(base, exponent).into()
}

#[no_mangle]
pub extern "C" fn tp_int_truediv(a: i64, b: i64) -> F64Result {
    int_truediv(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_int_lshift(a: i64, count: i64) -> I64Result {
    int_lshift(a, count).into()
}

#[no_mangle]
pub extern "C" fn tp_int_rshift(a: i64, count: i64) -> I64Result {
    int_rshift(a, count).into()
}

#[no_mangle]
pub extern "C" fn tp_int_float_cmp(a: i64, x: f64) -> i64 {
    int_float_cmp(a, x)
}

#[no_mangle]
pub extern "C" fn tp_int_round_ndigits(a: i64, ndigits: i64) -> I64Result {
    int_round_ndigits(a, ndigits).into()
}

#[cfg(test)]
mod tests;
