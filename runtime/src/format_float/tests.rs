use super::*;

fn fmt(x: f64, code: char, precision: usize) -> String {
    let format = DoubleFormat { code, precision, uppercase: false, alternate: false, add_dot_0: false, no_neg_zero: false };
    double_to_string(x, format)
}

/// Expected strings are CPython 3.11's `'%.{p}{code}' % x`: ties in the
/// binary value round half to even; other values by their exact expansion.
#[test]
fn rounding_boundaries_match_cpython() {
    assert_eq!(fmt(0.5, 'f', 0), "0");
    assert_eq!(fmt(1.5, 'f', 0), "2");
    assert_eq!(fmt(2.5, 'f', 0), "2");
    assert_eq!(fmt(0.125, 'f', 2), "0.12");
    assert_eq!(fmt(0.375, 'f', 2), "0.38");
    assert_eq!(fmt(2.675, 'f', 2), "2.67");
    assert_eq!(fmt(1.005, 'f', 2), "1.00");
    assert_eq!(fmt(9.995, 'f', 2), "9.99");
    assert_eq!(fmt(999999.5, 'g', 6), "1e+06");
    assert_eq!(fmt(0.0001, 'g', 6), "0.0001");
    assert_eq!(fmt(0.00001, 'g', 6), "1e-05");
    assert_eq!(fmt(12.5, 'e', 1), "1.2e+01");
    assert_eq!(fmt(1e300, 'e', 0), "1e+300");
    assert_eq!(fmt(5e-324, 'e', 3), "4.941e-324");
    assert_eq!(fmt(0.1, 'f', 30), "0.100000000000000005551115123126");
}
