#[path = "cases.rs"]
mod cases;

use super::*;
use cases::{Expected, BOOL_CASES, FLOAT_CASES, INT_CASES, STR_CASES};

fn outcome(res: Result<String, Exc>) -> Result<String, (String, String)> {
    res.map_err(|exc| (exc.kind().name().to_string(), exc.message().to_string()))
}

fn expected(want: Expected) -> Result<String, (String, String)> {
    want.map(str::to_string).map_err(|(kind, message)| (kind.to_string(), message.to_string()))
}

/// Runs every case and reports all mismatches at once.
fn check<T: Copy + std::fmt::Debug>(cases: &[(T, &str, Expected)], format: impl Fn(T, &str) -> Result<String, Exc>) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(value, spec, want)| {
            let got = outcome(format(value, spec));
            let want = expected(want);
            (got != want).then(|| format!("format({value:?}, {spec:?}): got {got:?}, CPython {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn ints_format_like_cpython() {
    check(INT_CASES, |value, spec| format_int(value, spec, "int"));
}

#[test]
fn floats_format_like_cpython() {
    check(FLOAT_CASES, |bits, spec| format_float(f64::from_bits(bits), spec));
}

#[test]
fn strs_format_like_cpython() {
    check(STR_CASES, format_str);
}

#[test]
fn bools_format_like_cpython() {
    check(BOOL_CASES, format_bool);
}

#[test]
fn other_objects_take_only_the_empty_spec() {
    // SAFETY: None holds no object.
    unsafe {
        assert_eq!(format_value(Value::None, "").ok().as_deref(), Some("None"));
        let err = format_value(Value::None, ">5").expect_err("spec on None");
        assert_eq!(err.message(), "unsupported format string passed to NoneType.__format__");
    }
}
