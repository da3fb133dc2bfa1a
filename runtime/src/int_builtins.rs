//! Builtins on ints that are not operators: `hex`, `oct`, `bin` and
//! three-argument `pow` (with CPython 3.8+'s modular inverse for a negative
//! exponent). `divmod(a, b)` needs no runtime function: it is `(a // b, a % b)`
//! for ints (raising `IntFloorDivByZero`, CPython's divmod message) and for
//! floats after a zero check raising `FloatDivmodByZero`.

use crate::exceptions::Exc;
use crate::ffi_result::I64Result;
use crate::str_object::new_str;

/// `hex(n)`, `oct(n)`, `bin(n)`: prefix after the sign (`-0xff`).
pub fn int_to_base(value: i64, base: u32) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let magnitude = value.unsigned_abs();
    match base {
        2 => format!("{sign}0b{magnitude:b}"),
        8 => format!("{sign}0o{magnitude:o}"),
        _ => format!("{sign}0x{magnitude:x}"),
    }
}

/// `a * b mod m` without overflow (`m > 0`, operands in `0..m`).
fn mul_mod(a: u64, b: u64, m: u64) -> u64 {
    ((u128::from(a) * u128::from(b)) % u128::from(m)) as u64
}

/// The inverse of `a` modulo `m` (`m > 1`, `0 <= a < m`), if `gcd(a, m) == 1`.
fn mod_inverse(a: u64, m: u64) -> Option<u64> {
    // Extended Euclid on i128 so the Bézout coefficients cannot overflow.
    let (mut old_r, mut r) = (i128::from(a), i128::from(m));
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let quotient = old_r / r;
        (old_r, r) = (r, old_r - quotient * r);
        (old_s, s) = (s, old_s - quotient * s);
    }
    (old_r == 1).then(|| old_s.rem_euclid(i128::from(m)) as u64)
}

/// `pow(base, exponent, modulus)` as CPython's `long_pow`: the result has the
/// sign of the modulus; a negative exponent uses the base's inverse.
pub fn pow_mod(base: i64, exponent: i64, modulus: i64) -> Result<i64, Exc> {
    if modulus == 0 {
        return Err(Exc::value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.unsigned_abs();
    if m == 1 {
        return Ok(0);
    }
    let mut base = (i128::from(base).rem_euclid(i128::from(m))) as u64;
    if exponent < 0 {
        base = mod_inverse(base, m).ok_or_else(|| Exc::value_error("base is not invertible for the given modulus"))?;
    }
    let mut exponent = exponent.unsigned_abs();
    let mut result: u64 = 1;
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = mul_mod(result, base, m);
        }
        base = mul_mod(base, base, m);
        exponent >>= 1;
    }
    // A negative modulus gives a result in (modulus, 0].
    Ok(if modulus < 0 && result != 0 { (i128::from(result) - i128::from(m)) as i64 } else { result as i64 })
}

/// `tp_int_hex(n)`: `hex(n)`.
#[no_mangle]
pub extern "C" fn tp_int_hex(value: i64) -> *mut u8 {
    new_str(&int_to_base(value, 16))
}

/// `tp_int_oct(n)`: `oct(n)`.
#[no_mangle]
pub extern "C" fn tp_int_oct(value: i64) -> *mut u8 {
    new_str(&int_to_base(value, 8))
}

/// `tp_int_bin(n)`: `bin(n)`.
#[no_mangle]
pub extern "C" fn tp_int_bin(value: i64) -> *mut u8 {
    new_str(&int_to_base(value, 2))
}

/// `tp_int_pow_mod(a, b, m)`: `pow(a, b, m)`.
#[no_mangle]
pub extern "C" fn tp_int_pow_mod(base: i64, exponent: i64, modulus: i64) -> I64Result {
    I64Result::from(pow_mod(base, exponent, modulus))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected strings are CPython 3.11's.
    #[test]
    fn bases_match_cpython() {
        assert_eq!(int_to_base(0, 16), "0x0");
        assert_eq!(int_to_base(255, 8), "0o377");
        assert_eq!(int_to_base(-255, 16), "-0xff");
        assert_eq!(int_to_base(-255, 2), "-0b11111111");
        assert_eq!(int_to_base(i64::MIN, 16), "-0x8000000000000000");
        assert_eq!(int_to_base(i64::MIN, 8), "-0o1000000000000000000000");
        assert_eq!(int_to_base(i64::MAX, 2), format!("0b{}", "1".repeat(63)));
    }

    /// `((a, b, m), pow(a, b, m) or the ValueError message)`.
    type PowCase = ((i64, i64, i64), Result<i64, &'static str>);

    /// Expected values are CPython 3.11's `pow(a, b, m)`.
    #[test]
    fn modular_pow_matches_cpython() {
        let cases: &[PowCase] = &[
            ((2, 10, 1000), Ok(24)),
            ((2, 10, 0), Err("pow() 3rd argument cannot be 0")),
            ((2, -1, 4), Err("base is not invertible for the given modulus")),
            ((0, -1, 5), Err("base is not invertible for the given modulus")),
            ((3, -1, 7), Ok(5)),
            ((3, -2, -7), Ok(-3)),
            ((-3, 5, 7), Ok(2)),
            ((3, 5, -7), Ok(-2)),
            ((2, 0, 1), Ok(0)),
            ((2, 0, -1), Ok(0)),
            ((5, 0, 3), Ok(1)),
            ((i64::MAX, i64::MAX, i64::MAX - 1), Ok(1)),
            ((123456789, 987654321, 1_000_000_007), Ok(652541198)),
            ((-7, 3, -5), Ok(-3)),
            ((i64::MIN, 3, i64::MAX), Ok(9_223_372_036_854_775_806)),
        ];
        for &((a, b, m), want) in cases {
            let got = pow_mod(a, b, m).map_err(|exc| exc.message().to_string());
            assert_eq!(got, want.map_err(str::to_string), "pow({a}, {b}, {m})");
        }
    }
}
