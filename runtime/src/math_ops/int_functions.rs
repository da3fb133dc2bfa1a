//! The integer functions of `math` (`factorial`, `comb`, `perm`, `lcm`) and
//! the `int`/`float` methods `bit_length`, `bit_count`, `is_integer`, with
//! CPython 3.11's results and errors. A result beyond 64 bits raises
//! `OverflowError` (taipan's `int` is 64 bits), never wraps.

use taipan_abi::ErrCode;

use crate::ffi_result::I64Result;

/// `math.factorial(n)`.
pub fn factorial(n: i64) -> Result<i64, ErrCode> {
    if n < 0 {
        return Err(ErrCode::FactorialNegative);
    }
    (2..=n).try_fold(1i64, |acc, k| acc.checked_mul(k)).ok_or(ErrCode::IntOverflow)
}

/// `math.comb(n, k)`: 0 when `k > n`.
pub fn comb(n: i64, k: i64) -> Result<i64, ErrCode> {
    check_n_k(n, k)?;
    if k > n {
        return Ok(0);
    }
    let k = k.min(n - k);
    // C(n, i) grows with i up to k <= n/2, so every partial result is at
    // most the answer: one beyond i64 means the answer is too. Each step is
    // exact: C(n, i+1) = C(n, i) * (n - i) / (i + 1).
    let mut acc: i128 = 1;
    for i in 0..k {
        acc = acc * i128::from(n - i) / i128::from(i + 1);
        if acc > i128::from(i64::MAX) {
            return Err(ErrCode::IntOverflow);
        }
    }
    Ok(acc as i64)
}

/// `math.perm(n, k)`: `n! / (n - k)!`, 0 when `k > n`.
pub fn perm(n: i64, k: i64) -> Result<i64, ErrCode> {
    check_n_k(n, k)?;
    if k > n {
        return Ok(0);
    }
    ((n - k + 1)..=n).try_fold(1i64, |acc, f| acc.checked_mul(f)).ok_or(ErrCode::IntOverflow)
}

fn check_n_k(n: i64, k: i64) -> Result<(), ErrCode> {
    if n < 0 {
        return Err(ErrCode::CombNNegative);
    }
    if k < 0 {
        return Err(ErrCode::CombKNegative);
    }
    Ok(())
}

/// `math.lcm(a, b)`: non-negative; 0 when either is 0.
pub fn lcm(a: i64, b: i64) -> Result<i64, ErrCode> {
    if a == 0 || b == 0 {
        return Ok(0);
    }
    let g = super::gcd(a, b)?;
    let l = (i128::from(a) / i128::from(g) * i128::from(b)).abs();
    i64::try_from(l).map_err(|_| ErrCode::IntOverflow)
}

/// `int.bit_length()`: bits of `abs(n)` without sign and leading zeros.
pub fn bit_length(n: i64) -> i64 {
    i64::from(64 - n.unsigned_abs().leading_zeros())
}

/// `int.bit_count()`: one bits of `abs(n)`.
pub fn bit_count(n: i64) -> i64 {
    i64::from(n.unsigned_abs().count_ones())
}

/// `float.is_integer()`: false for infinities and NaN.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

#[no_mangle]
pub extern "C" fn tp_math_factorial(n: i64) -> I64Result {
    factorial(n).into()
}

#[no_mangle]
pub extern "C" fn tp_math_comb(n: i64, k: i64) -> I64Result {
    comb(n, k).into()
}

#[no_mangle]
pub extern "C" fn tp_math_perm(n: i64, k: i64) -> I64Result {
    perm(n, k).into()
}

#[no_mangle]
pub extern "C" fn tp_math_lcm(a: i64, b: i64) -> I64Result {
    lcm(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_int_bit_length(n: i64) -> i64 {
    bit_length(n)
}

#[no_mangle]
pub extern "C" fn tp_int_bit_count(n: i64) -> i64 {
    bit_count(n)
}

#[no_mangle]
pub extern "C" fn tp_float_is_integer(x: f64) -> u8 {
    is_integer(x).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factorial_matches_cpython_and_overflows_past_20() {
        assert_eq!(factorial(0), Ok(1));
        assert_eq!(factorial(5), Ok(120));
        assert_eq!(factorial(20), Ok(2_432_902_008_176_640_000));
        assert_eq!(factorial(21), Err(ErrCode::IntOverflow));
        assert_eq!(factorial(-1), Err(ErrCode::FactorialNegative));
    }

    #[test]
    fn comb_and_perm_match_cpython() {
        assert_eq!(comb(5, 2), Ok(10));
        assert_eq!(comb(3, 5), Ok(0));
        assert_eq!(comb(0, 0), Ok(1));
        assert_eq!(comb(66, 33), Ok(7_219_428_434_016_265_740));
        assert_eq!(comb(68, 34), Err(ErrCode::IntOverflow));
        assert_eq!(comb(i64::MAX, 1), Ok(i64::MAX));
        assert_eq!(comb(-1, 2), Err(ErrCode::CombNNegative));
        assert_eq!(comb(3, -1), Err(ErrCode::CombKNegative));
        assert_eq!(perm(5, 2), Ok(20));
        assert_eq!(perm(3, 5), Ok(0));
        assert_eq!(perm(5, 0), Ok(1));
        assert_eq!(perm(-1, 1), Err(ErrCode::CombNNegative));
        assert_eq!(perm(30, 30), Err(ErrCode::IntOverflow));
    }

    #[test]
    fn lcm_is_non_negative() {
        assert_eq!(lcm(4, 6), Ok(12));
        assert_eq!(lcm(-4, 6), Ok(12));
        assert_eq!(lcm(0, 5), Ok(0));
        assert_eq!(lcm(i64::MAX, i64::MAX - 1), Err(ErrCode::IntOverflow));
    }

    #[test]
    fn bits_of_the_absolute_value() {
        assert_eq!(bit_length(0), 0);
        assert_eq!(bit_length(255), 8);
        assert_eq!(bit_length(-5), 3);
        assert_eq!(bit_length(i64::MIN), 64);
        assert_eq!(bit_count(-5), 2);
        assert_eq!(bit_count(i64::MIN), 1);
        assert!(is_integer(3.0) && is_integer(-0.0));
        assert!(!is_integer(3.5) && !is_integer(f64::INFINITY) && !is_integer(f64::NAN));
    }
}
