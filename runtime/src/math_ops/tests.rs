//! CPython 3.11 is the oracle: the tables in `cases.rs` are generated from it.

use taipan_abi::ErrCode;

use super::*;
use super::cases;
use crate::cpython_oracle::check;

#[test]
fn one_argument_functions_match_cpython() {
    type MathFn = fn(f64) -> Result<f64, ErrCode>;
    let functions: &[(&str, &[crate::cpython_oracle::Case], MathFn)] = &[
        ("sqrt", cases::SQRT, sqrt),
        ("exp", cases::EXP, exp),
        ("log", cases::LOG, log),
        ("log2", cases::LOG2, log2),
        ("log10", cases::LOG10, log10),
        ("sin", cases::SIN, sin),
        ("cos", cases::COS, cos),
        ("tan", cases::TAN, tan),
        ("asin", cases::ASIN, asin),
        ("acos", cases::ACOS, acos),
        ("atan", cases::ATAN, atan),
        ("sinh", cases::SINH, sinh),
        ("cosh", cases::COSH, cosh),
        ("tanh", cases::TANH, tanh),
    ];
    for &(name, table, func) in functions {
        check(name, table, |a| func(a[0]));
    }
}

#[test]
fn conversions_to_int_match_cpython() {
    check("floor", cases::FLOOR, |a| floor(a[0]));
    check("ceil", cases::CEIL, |a| ceil(a[0]));
    check("trunc", cases::TRUNC, |a| trunc(a[0]));
}

#[test]
fn non_raising_functions_match_cpython() {
    check("degrees", cases::DEGREES, |a| tp_math_degrees(a[0]));
    check("radians", cases::RADIANS, |a| tp_math_radians(a[0]));
    check("copysign", cases::COPYSIGN, |a| tp_math_copysign(a[0], a[1]));
    check("atan2", cases::ATAN2, |a| atan2(a[0], a[1]));
    check("isnan", cases::ISNAN, |a| tp_math_isnan(a[0]) != 0);
    check("isinf", cases::ISINF, |a| tp_math_isinf(a[0]) != 0);
    check("isfinite", cases::ISFINITE, |a| tp_math_isfinite(a[0]) != 0);
}

#[test]
fn hypot_matches_cpython_vector_norm() {
    check("hypot", cases::HYPOT, |a| hypot(a[0], a[1]));
}

#[test]
fn two_argument_functions_match_cpython() {
    check("log", cases::LOG_BASE, |a| log_base(a[0], a[1]));
    check("pow", cases::POW, |a| pow(a[0], a[1]));
    check("fmod", cases::FMOD, |a| fmod(a[0], a[1]));
    check("isclose", cases::ISCLOSE, |a| isclose(a[0], a[1], a[2], a[3]));
}

#[test]
fn isqrt_is_exact_over_i64() {
    assert_eq!(isqrt(0), Ok(0));
    assert_eq!(isqrt(15), Ok(3));
    assert_eq!(isqrt(16), Ok(4));
    // isqrt(2**63 - 1) == 3037000499, and 3037000499**2 == 9223372030926249001.
    assert_eq!(isqrt(i64::MAX), Ok(3037000499));
    assert_eq!(isqrt(9223372030926249001), Ok(3037000499));
    assert_eq!(isqrt(9223372030926249000), Ok(3037000498));
    // Above 2^52 the float estimate can be off by one: 2**52 + 2**26 is not a square.
    assert_eq!(isqrt(4503599694479360), Ok(67108864));
    assert_eq!(isqrt(9223372032559808512), Ok(3037000499)); // (2**32 - 1)**2 // 2
    assert_eq!(isqrt(-1), Err(ErrCode::IsqrtNegative));
    assert_eq!(isqrt(i64::MIN), Err(ErrCode::IsqrtNegative));
}

#[test]
fn gcd_is_non_negative_and_reports_overflow() {
    assert_eq!(gcd(12, 18), Ok(6));
    assert_eq!(gcd(-12, 18), Ok(6));
    assert_eq!(gcd(-12, -18), Ok(6));
    assert_eq!(gcd(0, 0), Ok(0));
    assert_eq!(gcd(0, -5), Ok(5));
    assert_eq!(gcd(i64::MIN, 6), Ok(2));
    assert_eq!(gcd(i64::MIN, i64::MAX), Ok(1));
    assert_eq!(gcd(i64::MIN, 0), Err(ErrCode::IntOverflow));
    assert_eq!(gcd(i64::MIN, i64::MIN), Err(ErrCode::IntOverflow));
}

#[test]
fn extern_wrappers_raise_cpython_errors() {
    let res = tp_math_exp(1000.0);
    assert_eq!(res.err, 1);
    let exc = crate::exceptions::take_pending().expect("pending");
    assert_eq!((exc.exc_type.name(), exc.message.as_str()), ("OverflowError", "math range error"));

    let res = tp_math_log_base(2.0, 1.0);
    assert_eq!(res.err, 1);
    let exc = crate::exceptions::take_pending().expect("pending");
    assert_eq!((exc.exc_type.name(), exc.message.as_str()), ("ZeroDivisionError", "float division by zero"));

    let res = tp_math_isclose(1.0, 1.0, 1e-9, 0.0);
    assert_eq!((res.val, res.err), (1, 0));
}
