//! The `math` module, with CPython 3.11's results and errors (Modules/mathmodule.c).
//!
//! The transcendental functions call the platform libm, as CPython does, so the
//! digits match CPython built against the same libm. Errors follow CPython's
//! wrappers: `math_1` for one-argument functions (a NaN from a non-NaN is a
//! domain error; an infinity from a finite is a range error when the function
//! `can_overflow`, otherwise a domain error), `math_2`, and the special-cased
//! `pow`, `fmod`, `log`, `hypot` and `isclose`.

use taipan_abi::ErrCode;

use crate::ffi_result::{F64Result, I64Result};
use crate::float_ops::float_to_int;

/// Whether an infinite result from a finite argument is an overflow
/// (`OverflowError`) or a singularity (`ValueError`), per function.
#[derive(Clone, Copy)]
enum Overflow {
    Range,
    Domain,
}

/// CPython's `math_1`: checks the result `r` of a one-argument function at `x`.
fn math_1(x: f64, r: f64, overflow: Overflow) -> Result<f64, ErrCode> {
    if r.is_nan() && !x.is_nan() {
        return Err(ErrCode::MathDomain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(match overflow {
            Overflow::Range => ErrCode::MathRange,
            Overflow::Domain => ErrCode::MathDomain,
        });
    }
    Ok(r)
}

pub fn sqrt(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.sqrt(), Overflow::Domain)
}

pub fn exp(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.exp(), Overflow::Range)
}

/// A logarithm with CPython's `m_log` conventions: `log(0) == -inf` and a
/// negative or `-inf` argument gives NaN, both reported by `math_1` as domain errors.
fn checked_log(x: f64, log: fn(f64) -> f64) -> Result<f64, ErrCode> {
    let r = if x.is_nan() || x == f64::INFINITY {
        x
    } else if x > 0.0 {
        log(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    };
    math_1(x, r, Overflow::Domain)
}

/// `math.expm1(x)`: `exp(x) - 1`, exact near 0.
pub fn expm1(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.exp_m1(), Overflow::Range)
}

/// `math.log1p(x)`: `log(1 + x)`, exact near 0; `log1p(-1)` is a domain error.
pub fn log1p(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.ln_1p(), Overflow::Domain)
}

pub fn log(x: f64) -> Result<f64, ErrCode> {
    checked_log(x, f64::ln)
}

/// `math.log(x, base)`: `log(x) / log(base)`, so base 1 divides by zero.
pub fn log_base(x: f64, base: f64) -> Result<f64, ErrCode> {
    let num = log(x)?;
    let den = log(base)?;
    if den == 0.0 {
        return Err(ErrCode::FloatDivByZero);
    }
    Ok(num / den)
}

pub fn log2(x: f64) -> Result<f64, ErrCode> {
    checked_log(x, f64::log2)
}

pub fn log10(x: f64) -> Result<f64, ErrCode> {
    checked_log(x, f64::log10)
}

pub fn sin(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.sin(), Overflow::Domain)
}

pub fn cos(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.cos(), Overflow::Domain)
}

pub fn tan(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.tan(), Overflow::Domain)
}

pub fn asin(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.asin(), Overflow::Domain)
}

pub fn acos(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.acos(), Overflow::Domain)
}

pub fn atan(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.atan(), Overflow::Domain)
}

pub fn sinh(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.sinh(), Overflow::Range)
}

pub fn cosh(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.cosh(), Overflow::Range)
}

pub fn tanh(x: f64) -> Result<f64, ErrCode> {
    math_1(x, x.tanh(), Overflow::Domain)
}

/// `math.atan2(y, x)` with CPython's `m_atan2` special cases (C99 Annex F);
/// it never raises: no finite or NaN-free input gives NaN or an infinity.
pub fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let angle = if x.is_sign_positive() { 0.25 * PI } else { 0.75 * PI };
            return angle.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0_f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

/// `math.hypot(x, y)`: CPython 3.11's `vector_norm` for two coordinates, which
/// is nearly always correctly rounded (libm's `hypot` is not the same function).
/// It never raises; an overflowing result is `inf`.
pub fn hypot(x: f64, y: f64) -> f64 {
    let (x, y) = (x.abs(), y.abs());
    // An infinity wins over a NaN: hypot(inf, nan) == inf.
    if x.is_infinite() || y.is_infinite() {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    vector_norm(&mut [x, y], x.max(y))
}

/// 2^27 + 1: the Veltkamp–Dekker splitting constant for doubles.
const SPLIT_FACTOR: f64 = 134_217_729.0;

/// Splits `x` into `hi + lo` with each half exactly squarable.
fn split(x: f64) -> (f64, f64) {
    let t = x * SPLIT_FACTOR;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// Neumaier-compensated `*sum += term`, with the rounding error added to `*frac`.
/// Requires `|*sum| >= |term|`, which holds because the sum starts at 1.0.
fn compensated_add(sum: &mut f64, frac: &mut f64, term: f64) {
    let old = *sum;
    *sum += term;
    *frac += (old - *sum) + term;
}

/// sqrt(sum of squares) of finite, non-negative `values` whose maximum is `max`.
fn vector_norm(values: &mut [f64], max: f64) -> f64 {
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let max_exponent = frexp_exponent(max);
    if max_exponent < -1023 {
        // 2^-max_exponent would overflow: scale subnormals up to normals first.
        for v in values.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(values, max / f64::MIN_POSITIVE);
    }
    let scale = ldexp_one(-max_exponent);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0, 0.0, 0.0, 0.0);
    for &v in values.iter() {
        let (hi, lo) = split(v * scale); // the scaling is lossless
        compensated_add(&mut csum, &mut frac1, hi * hi);
        compensated_add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    // One differential correction step: subtract h*h exactly, then adjust h.
    let (hi, lo) = split(h);
    compensated_add(&mut csum, &mut frac1, -hi * hi);
    compensated_add(&mut csum, &mut frac2, -2.0 * hi * lo);
    compensated_add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The exponent `e` of C's `frexp(x)` (`x == m * 2^e`, `0.5 <= m < 1`) for a
/// finite nonzero `x`, subnormals included.
fn frexp_exponent(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: the exponent follows from the position of the top mantissa bit.
        let mantissa = x.to_bits() & ((1 << 52) - 1);
        return -1022 - (mantissa.leading_zeros() as i32 - 12);
    }
    biased - 1022
}

/// `2^e` for `-1074 <= e <= 1023`, exactly (subnormal below -1022: the scale
/// for values near `f64::MAX` is 2^-1024).
fn ldexp_one(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `math.pow(x, y)`: unlike `**`, `0 ** negative` and a negative base to a
/// fractional power are domain errors, and overflow is a range error.
pub fn pow(x: f64, y: f64) -> Result<f64, ErrCode> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0_f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(ErrCode::MathDomain); // (negative) ** (non-integer)
    }
    if r.is_infinite() {
        // (+-0) ** negative is a singularity; otherwise the result overflowed.
        return Err(if x == 0.0 { ErrCode::MathDomain } else { ErrCode::MathRange });
    }
    Ok(r)
}

/// `math.fmod(x, y)`: C's fmod, sign of `x`; `fmod(x, 0)` and `fmod(inf, y)` are
/// domain errors, `fmod(finite, inf) == x`.
pub fn fmod(x: f64, y: f64) -> Result<f64, ErrCode> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(ErrCode::MathDomain);
    }
    Ok(r)
}

/// `180 / pi` rounded to a double, as CPython computes it (not the correctly
/// rounded constant `f64::to_degrees` uses).
const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;

pub fn floor(x: f64) -> Result<i64, ErrCode> {
    float_to_int(x.floor())
}

pub fn ceil(x: f64) -> Result<i64, ErrCode> {
    float_to_int(x.ceil())
}

pub fn trunc(x: f64) -> Result<i64, ErrCode> {
    float_to_int(x)
}

/// `math.isqrt(n)`: the floor of the exact square root.
pub fn isqrt(n: i64) -> Result<i64, ErrCode> {
    let Ok(n) = u64::try_from(n) else {
        return Err(ErrCode::IsqrtNegative);
    };
    // The float estimate is within one or two of the answer; fix it exactly.
    let mut root = (n as f64).sqrt() as u128;
    let n = n as u128;
    while root * root > n {
        root -= 1;
    }
    while (root + 1) * (root + 1) <= n {
        root += 1;
    }
    // root <= 2^32, so this cannot fail.
    i64::try_from(root).map_err(|_| ErrCode::IntOverflow)
}

/// `math.gcd(a, b)`: never negative; `gcd(0, 0) == 0`. Only a result of 2^63
/// (from `i64::MIN` and 0 or itself) does not fit.
pub fn gcd(a: i64, b: i64) -> Result<i64, ErrCode> {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        (x, y) = (y, x % y);
    }
    i64::try_from(x).map_err(|_| ErrCode::IntOverflow)
}

/// `math.isclose(a, b, rel_tol=, abs_tol=)`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> Result<bool, ErrCode> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(ErrCode::IsCloseNegativeTolerance);
    }
    if a == b {
        return Ok(true); // also equal infinities
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

macro_rules! export_f64_fns {
    ($($symbol:ident => $func:path;)*) => {
        $(
            #[no_mangle]
            pub extern "C" fn $symbol(x: f64) -> F64Result {
                $func(x).into()
            }
        )*
    };
}

export_f64_fns! {
    tp_math_sqrt => sqrt;
    tp_math_exp => exp;
    tp_math_log => log;
    tp_math_log2 => log2;
    tp_math_log10 => log10;
    tp_math_sin => sin;
    tp_math_cos => cos;
    tp_math_tan => tan;
    tp_math_asin => asin;
    tp_math_acos => acos;
    tp_math_atan => atan;
    tp_math_sinh => sinh;
    tp_math_cosh => cosh;
    tp_math_tanh => tanh;
    tp_math_expm1 => expm1;
    tp_math_log1p => log1p;
}

#[no_mangle]
pub extern "C" fn tp_math_log_base(x: f64, base: f64) -> F64Result {
    log_base(x, base).into()
}

#[no_mangle]
pub extern "C" fn tp_math_atan2(y: f64, x: f64) -> F64Result {
    F64Result { val: atan2(y, x), err: 0 }
}

#[no_mangle]
pub extern "C" fn tp_math_hypot(x: f64, y: f64) -> F64Result {
    F64Result { val: hypot(x, y), err: 0 }
}

#[no_mangle]
pub extern "C" fn tp_math_pow(x: f64, y: f64) -> F64Result {
    pow(x, y).into()
}

#[no_mangle]
pub extern "C" fn tp_math_fmod(x: f64, y: f64) -> F64Result {
    fmod(x, y).into()
}

#[no_mangle]
pub extern "C" fn tp_math_copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

#[no_mangle]
pub extern "C" fn tp_math_degrees(x: f64) -> f64 {
    x * RAD_TO_DEG
}

#[no_mangle]
pub extern "C" fn tp_math_radians(x: f64) -> f64 {
    x * DEG_TO_RAD
}

#[no_mangle]
pub extern "C" fn tp_math_floor(x: f64) -> I64Result {
    floor(x).into()
}

#[no_mangle]
pub extern "C" fn tp_math_ceil(x: f64) -> I64Result {
    ceil(x).into()
}

#[no_mangle]
pub extern "C" fn tp_math_trunc(x: f64) -> I64Result {
    trunc(x).into()
}

#[no_mangle]
pub extern "C" fn tp_math_isqrt(n: i64) -> I64Result {
    isqrt(n).into()
}

#[no_mangle]
pub extern "C" fn tp_math_gcd(a: i64, b: i64) -> I64Result {
    gcd(a, b).into()
}

#[no_mangle]
pub extern "C" fn tp_math_isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> I64Result {
    isclose(a, b, rel_tol, abs_tol).map(i64::from).into()
}

#[no_mangle]
pub extern "C" fn tp_math_isnan(x: f64) -> u8 {
    x.is_nan().into()
}

#[no_mangle]
pub extern "C" fn tp_math_isinf(x: f64) -> u8 {
    x.is_infinite().into()
}

#[no_mangle]
pub extern "C" fn tp_math_isfinite(x: f64) -> u8 {
    x.is_finite().into()
}

mod int_functions;
pub use int_functions::*;
mod sequences;
pub use sequences::*;

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;
