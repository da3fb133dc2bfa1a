//! Expected results are CPython 3.11's, from the generated `cases.rs`.

#[path = "cases.rs"]
mod cases;

use super::*;
use cases::{FLOAT_CASES, INT_CASES};

#[test]
fn int_parsing_matches_cpython() {
    let failures: Vec<String> = INT_CASES
        .iter()
        .filter_map(|&(text, base, want)| {
            let got = parse_int(text, base).map_err(described);
            let want = want.map_err(|(kind, message)| (kind, message.to_string()));
            (got != want).then(|| format!("int({text:?}, {base}): got {got:?}, CPython {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn float_parsing_matches_cpython() {
    let failures: Vec<String> = FLOAT_CASES
        .iter()
        .filter_map(|&(text, want)| {
            let got = parse_float(text).map(f64::to_bits).map_err(described);
            let want = want.map_err(|(kind, message)| (kind, message.to_string()));
            let same = match (&got, &want) {
                (Ok(a), Ok(b)) => a == b || (f64::from_bits(*a).is_nan() && f64::from_bits(*b).is_nan()),
                _ => got == want,
            };
            (!same).then(|| format!("float({text:?}): got {got:?}, CPython {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}
