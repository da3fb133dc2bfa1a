//! Expected values come from CPython 3.11 (`OVERFLOW` where CPython's result
//! does not fit in 64 bits, which taipan reports as `IntOverflow`).

use taipan_abi::ErrCode;

use super::*;

const OVERFLOW: Result<i64, ErrCode> = Err(ErrCode::IntOverflow);

#[test]
fn pow_matches_cpython_and_reports_overflow() {
    let cases: &[(i64, i64, Result<i64, ErrCode>)] = &[
        (2, 62, Ok(4611686018427387904)),
        (2, 63, OVERFLOW),
        (-2, 63, Ok(i64::MIN)),
        (-2, 64, OVERFLOW),
        (3, 39, Ok(4052555153018976267)),
        (3, 40, OVERFLOW),
        (10, 18, Ok(1000000000000000000)),
        (10, 19, OVERFLOW),
        (-1, 1 << 62, Ok(1)),
        (-1, (1 << 62) + 1, Ok(-1)),
        (0, 0, Ok(1)),
        (0, 5, Ok(0)),
        (7, 0, Ok(1)),
        (1, i64::MAX, Ok(1)),
        (-3, 3, Ok(-27)),
        (i64::MIN, 1, Ok(i64::MIN)),
        (i64::MIN, 2, OVERFLOW),
        (2, -1, Err(ErrCode::NegativeIntPower)),
        (0, -1, Err(ErrCode::NegativeIntPower)),
    ];
    for &(base, exponent, expected) in cases {
        assert_eq!(int_pow(base, exponent), expected, "{base} ** {exponent}");
    }
}

/// `(a, b, bits of a / b)`; the comment is CPython's repr.
const TRUEDIV_CASES: &[(i64, i64, u64)] = &[
    (9223372036854775807, 3, 0x43c5555555555555), // 3.0744573456182584e+18
    (-9223372036854775808, 7, 0xc3b2492492492492), // -1.3176245766935393e+18
    (9007199254740993, 1, 0x4340000000000000), // 9007199254740992.0
    (9007199254740993, 2, 0x4330000000000000), // 4503599627370496.0
    (18014398509481987, 4, 0x4330000000000001), // 4503599627370497.0
    (1, 9223372036854775807, 0x3c00000000000000), // 1.0842021724855044e-19
    (-1, -9223372036854775808, 0x3c00000000000000), // 1.0842021724855044e-19
    (9223372036854775807, 9223372036854775807, 0x3ff0000000000000), // 1.0
    (0, -9223372036854775808, 0x8000000000000000), // -0.0
    (0, 1152921504606846976, 0x0000000000000000), // 0.0
    (9007199254740995, 1, 0x4340000000000002), // 9007199254740996.0
    (-9007199254740993, 1, 0xc340000000000000), // -9007199254740992.0
    (123456789123456789, 1000, 0x42dc122183e46032), // 123456789123456.78
    (1000000000000000000, 3, 0x439280f39a348555), // 3.333333333333333e+17
    (9223372036854775807, 4611686018427387904, 0x4000000000000000), // 2.0
    (1, 3, 0x3fd5555555555555), // 0.3333333333333333
    (-7, 2, 0xc00c000000000000), // -3.5
    (0, -5, 0x8000000000000000), // -0.0
    (9223372036854775807, -1, 0xc3e0000000000000), // -9.223372036854776e+18
    (-9223372036854775808, -1, 0x43e0000000000000), // 9.223372036854776e+18
    (9007199254740993, 9007199254740993, 0x3ff0000000000000), // 1.0
    (3458764513820540929, 3, 0x43b0000000000000), // 1.152921504606847e+18
    (11152, 57775850507635842, 0x3d4b2a581617c145), // 1.9302182316686304e-13
    (1363974157860798087, -39866736747113, 0xc0e0b4aad4b67c5f), // -34213.33846592227
    (-7246, -14363588, 0x3f4087cd309552ac), // 0.0005044700530257482
    (-3975007288028834, 26205866691229, 0xc062f5e244443784), // -151.68387044261556
    (495508220, 24, 0x4173b091fd555555), // 20646175.833333332
    (-442467884860, -2077532102358, 0x3fcb42d9effce918), // 0.21297764032517175
    (239434302353887636, -5415554535, 0xc18515036ac43d51), // -44212333.34582008
    (-91164091567003, 57542, 0xc1d79ba51398d9c0), // -1584305230.3882904
    (3180964780047812569, 632743218457, 0x41532d6f0ae2de35), // 5027260.170096924
    (-24735, -19889, 0x3ff3e5ffec3abec8), // 1.2436522700990498
    (-162326729, 79437161564269144, 0xbe218d9e2f77ef78), // -2.0434608412923782e-09
    (-267113708631757352, -6, 0x4363c53803c8b5b6), // 4.451895143862622e+16
    (1588364695163, -1650119026543762, 0xbf4f8aabdc0bd5da), // -0.0009625758321749015
    (8948234782493601, -30296152, 0xc1b19ad1458ab1b6), // -295358789.54177415
    (1953541639731764767, 11211428482, 0x41a4c58d70fa8536), // 174245560.48929757
    (-180415415941023853, 2653468409923, 0xc0f09984c6466a41), // -67992.29840699678
    (-76793, 7546367, 0xbf84d73c661f5641), // -0.010176154963043806
    (83013100174181133, -2357897852511252, 0xc0419a6b6342b213), // -35.2064022136366
    (24258491614146, 482482, 0x4187f98471df3cb6), // 50278542.234002516
    (-25656126612128, -4, 0x429755885022a000), // 6414031653032.0
    (-1587, 3312838325041779, 0xbd60dadb839ebe9b), // -4.790454119067178e-13
    (-34952348, -2273, 0x40ce08980bb6914a), // 15377.187857457106
    (288251, 10749, 0x403ad108d5f6e6f8), // 26.81654107358824
    (344, 20091340, 0x3ef1f41976033c57), // 1.7121804717853562e-05
    (-262218137, -1045673, 0x406f587a774bece0), // 250.7649494631687
    (-152, -20185888627176, 0x3da08f0536754f32), // 7.530012812780725e-12
    (1443389037504, 175, 0x41feb9d894d2a6c4), // 8247937357.165714
    (414157355963, -2797320, 0xc10212b868f5d35a), // -148055.0512501251
    (-8509605223088451, -20923, 0x4257ac75b179708a), // 406710568421.7584
    (8642587042655860, 56465751633803425, 0x3fc3976f4af21fee), // 0.1530589214273727
];

#[test]
fn truediv_is_correctly_rounded_like_cpython() {
    for &(a, b, expected_bits) in TRUEDIV_CASES {
        let got = int_truediv(a, b).expect("nonzero divisor");
        assert_eq!(got.to_bits(), expected_bits, "{a} / {b} gave {got:e}");
    }
    assert_eq!(int_truediv(1, 0), Err(ErrCode::DivisionByZero));
    assert_eq!(int_truediv(0, 0), Err(ErrCode::DivisionByZero));
}

#[test]
fn shifts() {
    assert_eq!(int_lshift(1, 62), Ok(1 << 62));
    assert_eq!(int_lshift(1, 63), OVERFLOW);
    assert_eq!(int_lshift(-1, 63), Ok(i64::MIN));
    assert_eq!(int_lshift(-1, 64), OVERFLOW);
    assert_eq!(int_lshift(3, 62), OVERFLOW);
    assert_eq!(int_lshift(0, i64::MAX), Ok(0));
    assert_eq!(int_lshift(5, 1000), OVERFLOW);
    assert_eq!(int_lshift(5, -1), Err(ErrCode::NegativeShiftCount));
    assert_eq!(int_lshift(0, -1), Err(ErrCode::NegativeShiftCount));

    assert_eq!(int_rshift(-5, 1), Ok(-3));
    assert_eq!(int_rshift(-1, 100), Ok(-1));
    assert_eq!(int_rshift(5, 100), Ok(0));
    assert_eq!(int_rshift(i64::MIN, 63), Ok(-1));
    assert_eq!(int_rshift(i64::MAX, 62), Ok(1));
    assert_eq!(int_rshift(5, i64::MAX), Ok(0));
    assert_eq!(int_rshift(5, -3), Err(ErrCode::NegativeShiftCount));
}

#[test]
fn int_float_comparison_is_exact() {
    let two_pow_53 = 9007199254740992.0;
    let two_pow_63 = 9223372036854775808.0;
    // The int converts to exactly this float, yet the values differ.
    assert_eq!(int_float_cmp((1 << 53) + 1, two_pow_53), 1);
    assert_eq!(int_float_cmp(i64::MIN, -two_pow_63), 0);
    assert_eq!(int_float_cmp(i64::MAX, two_pow_63), -1);
    assert_eq!(int_float_cmp(0, -0.0), 0);
    assert_eq!(int_float_cmp(5, 5.5), -1);
    assert_eq!(int_float_cmp(-5, -5.5), 1);
    assert_eq!(int_float_cmp(3, 2.9999999999999996), 1);
    assert_eq!(int_float_cmp(3, 3.0), 0);
    assert_eq!(int_float_cmp(i64::MAX, f64::INFINITY), -1);
    assert_eq!(int_float_cmp(i64::MIN, f64::NEG_INFINITY), 1);
    assert_eq!(int_float_cmp(i64::MIN, -1e300), 1);
    assert_eq!(int_float_cmp(0, f64::NAN), 2);
}

#[test]
fn round_ndigits_is_half_to_even_like_cpython() {
    let cases: &[(i64, i64, Result<i64, ErrCode>)] = &[
        (1234, -2, Ok(1200)),
        (250, -2, Ok(200)),
        (-250, -2, Ok(-200)),
        (350, -2, Ok(400)),
        (-350, -2, Ok(-400)),
        (15, -1, Ok(20)),
        (25, -1, Ok(20)),
        (-25, -1, Ok(-20)),
        (5, -1, Ok(0)),
        (i64::MAX, -18, Ok(9000000000000000000)),
        (i64::MAX, -19, OVERFLOW),
        (i64::MIN, -19, OVERFLOW),
        (4999999999999999999, -19, Ok(0)),
        (5000000000000000000, -19, Ok(0)),
        (i64::MAX, -20, Ok(0)),
        (i64::MIN, i64::MIN, Ok(0)),
        (123, 5, Ok(123)),
        (-7, 0, Ok(-7)),
        (i64::MIN, -1, OVERFLOW),
    ];
    for &(a, ndigits, expected) in cases {
        assert_eq!(int_round_ndigits(a, ndigits), expected, "round({a}, {ndigits})");
    }
}

#[test]
fn extern_wrappers_set_the_pending_exception() {
    let res = tp_int_pow(2, 64);
    assert_eq!(res.err, 1);
    let exc = crate::exceptions::take_pending().expect("pending");
    assert_eq!(exc.message, ErrCode::IntOverflow.message());

    let res = tp_int_truediv(1, 4);
    assert_eq!((res.val, res.err), (0.25, 0));
    assert!(crate::exceptions::take_pending().is_none());
}

#[test]
fn range_len_matches_python() {
    // Values from CPython: len(range(a, b, c)).
    assert_eq!(range_len(0, 10, 1), 10);
    assert_eq!(range_len(0, 10, 3), 4);
    assert_eq!(range_len(10, 0, -3), 4);
    assert_eq!(range_len(0, 10, -1), 0);
    assert_eq!(range_len(5, 5, 1), 0);
    assert_eq!(range_len(-5, 5, 2), 5);
    assert_eq!(range_len(i64::MIN, i64::MAX, 1), u64::MAX);
    assert_eq!(range_len(i64::MAX, i64::MIN, i64::MIN), 2);
    assert_eq!(range_len(i64::MIN, i64::MAX, i64::MAX), 3);
    assert_eq!(range_len(0, 1, i64::MAX), 1);
}
