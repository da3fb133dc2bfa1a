//! CPython 3.11 is the oracle: the tables in `cases.rs` are generated from it.

use taipan_abi::ErrCode;

use super::*;
use super::cases;
use crate::cpython_oracle::check;

#[test]
fn floordiv_matches_cpython() {
    check("floordiv", cases::FLOORDIV, |a| float_floordiv(a[0], a[1]));
}

#[test]
fn mod_matches_cpython() {
    check("mod", cases::MOD, |a| float_mod(a[0], a[1]));
}

#[test]
fn pow_matches_cpython() {
    check("pow", cases::POW, |a| float_pow(a[0], a[1]));
}

#[test]
fn to_int_matches_cpython() {
    check("int", cases::TO_INT, |a| float_to_int(a[0]));
}

#[test]
fn round_matches_cpython() {
    check("round", cases::ROUND, |a| float_round(a[0]));
}

#[test]
fn round_ndigits_matches_cpython() {
    check("round", cases::ROUND_NDIGITS, |a| float_round_ndigits(a[0], a[1] as i64));
}

/// The signed zeros and halfway cases the brief calls out, spelled out.
#[test]
fn signed_zeros_and_ties() {
    assert_eq!(float_mod(-0.0, 1.0).map(f64::to_bits), Ok(0.0f64.to_bits()));
    assert_eq!(float_mod(0.0, -1.0).map(f64::to_bits), Ok((-0.0f64).to_bits()));
    assert_eq!(float_floordiv(-7.5, 2.0), Ok(-4.0));
    assert_eq!(float_round_ndigits(2.675, 2), Ok(2.67));
    assert_eq!(float_round_ndigits(-0.4, 0).map(f64::to_bits), Ok((-0.0f64).to_bits()));
    assert_eq!(float_round_ndigits(1.7976931348623157e308, -308), Err(ErrCode::RoundedValueTooLarge));
    assert_eq!(float_round_ndigits(1.5, i64::MAX), Ok(1.5));
    assert_eq!(float_round_ndigits(-1.5, i64::MIN).map(f64::to_bits), Ok((-0.0f64).to_bits()));
    assert_eq!(float_round(2.5), Ok(2));
    assert_eq!(float_round(-0.5), Ok(0));
    assert_eq!(float_to_int(-9223372036854775808.0), Ok(i64::MIN));
    assert_eq!(float_to_int(9223372036854775808.0), Err(ErrCode::IntOverflow));
}

#[test]
fn extern_wrapper_raises() {
    let res = tp_float_floordiv(1.0, 0.0);
    assert_eq!(res.err, 1);
    let exc = crate::exceptions::take_pending().expect("pending");
    assert_eq!(exc.message, "float floor division by zero");
}
