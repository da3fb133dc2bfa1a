//! CPython's `repr(float)` (also `str(float)` since Python 3.2).
//!
//! The digits are the shortest that round-trip (`ryu`, same as CPython's
//! `_Py_dg_dtoa` mode 0); the layout follows `format_float_short` for 'r':
//! scientific when the decimal exponent is < -4 or >= 16, otherwise fixed point
//! with at least one digit after the point.

/// `repr(x)` exactly as CPython 3.11 prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0.0");
    }
    let (digits, exponent) = shortest_digits(x.abs());
    let body = if !(-4..16).contains(&exponent) {
        scientific(&digits, exponent)
    } else {
        fixed(&digits, exponent)
    };
    format!("{sign}{body}")
}

/// The shortest round-trip decimal digits of a positive finite `x`, without
/// leading or trailing zeros, and the decimal exponent of the first digit:
/// `x == 0.d1d2d3... * 10^(exponent + 1)`.
pub(crate) fn shortest_digits(x: f64) -> (String, i32) {
    let mut buffer = ryu::Buffer::new();
    // ryu prints either `ddd.ddd` or `d.ddde[-]XX`; normalise both.
    let text = buffer.format_finite(x);
    let (mantissa, exp_suffix) = match text.split_once('e') {
        Some((mantissa, exp)) => (mantissa, exp.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = format!("{int_part}{frac_part}");
    let leading_zeros = all_digits.len() - all_digits.trim_start_matches('0').len();
    let digits = all_digits.trim_start_matches('0').trim_end_matches('0');
    // The first digit of `all_digits` has exponent `int_part.len() - 1`.
    let exponent = int_part.len() as i32 - 1 - leading_zeros as i32 + exp_suffix;
    (digits.to_string(), exponent)
}

/// `d.ddde+XX`: no `.0` for a single digit, at least two exponent digits.
fn scientific(digits: &str, exponent: i32) -> String {
    let (first, rest) = digits.split_at(1);
    let point_and_rest = if rest.is_empty() { String::new() } else { format!(".{rest}") };
    let exp_sign = if exponent < 0 { '-' } else { '+' };
    format!("{first}{point_and_rest}e{exp_sign}{:02}", exponent.unsigned_abs())
}

/// Fixed point for `-4 <= exponent < 16`, always with a fractional part.
fn fixed(digits: &str, exponent: i32) -> String {
    if exponent < 0 {
        let zeros = "0".repeat((-exponent - 1) as usize);
        return format!("0.{zeros}{digits}");
    }
    let int_len = exponent as usize + 1;
    if digits.len() <= int_len {
        let zeros = "0".repeat(int_len - digits.len());
        format!("{digits}{zeros}.0")
    } else {
        let (int_part, frac_part) = digits.split_at(int_len);
        format!("{int_part}.{frac_part}")
    }
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    /// Expected strings are `repr(x)` from CPython 3.11.
    #[test]
    fn matches_cpython_repr() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-7, "1.5e-07"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (0.00012345, "0.00012345"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (100.0, "100.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0 * 1e22, "6.666666666666666e+21"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (1e15, "1000000000000000.0"),
            (1.5, "1.5"),
            (-2.5, "-2.5"),
            (1e22, "1e+22"),
            (1e23, "1e+23"),
            (1.1e-10, "1.1e-10"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1e100, "1e+100"),
            (-1.5e-300, "-1.5e-300"),
            (0.1 + 0.2, "0.30000000000000004"),
            (std::f64::consts::PI, "3.141592653589793"),
            (1e-3, "0.001"),
            (123.456, "123.456"),
            (4.35, "4.35"),
            (9.5367431640625e-07, "9.5367431640625e-07"),
            (2.0f64.powi(60), "1.152921504606847e+18"),
            (1e-100, "1e-100"),
        ];
        for &(x, expected) in cases {
            assert_eq!(float_repr(x), expected, "repr of {x:e}");
        }
    }

    /// `(bits, repr)` of random doubles, from CPython 3.11 (seeded `random`):
    /// bit patterns across the whole range, then values near the fixed/scientific switch.
    const RANDOM_CASES: &[(u64, &str)] = &[
        (0xdda1494c73cf256d, "-1.0539756485530688e+143"),
        (0xdb5b5fab8f4d3e27, "-1.2143721666352482e+132"),
        (0xc7fde805ec99108d, "-6.360375184993316e+38"),
        (0x73ab48767734d7c1, "1.526087629730313e+249"),
        (0xdae445508201e2bd, "-7.02551513787579e+129"),
        (0x309d6b79965eda32, "1.6260771785726701e-74"),
        (0xcdcc69292f45e678, "-5.984009685093657e+66"),
        (0x79cb9e86830c71c2, "4.8959585264576934e+278"),
        (0x9d2c67eda13ffe79, "-3.7634144828029947e-168"),
        (0x2fa91425cb008853, "4.2301541954837196e-79"),
        (0x7253edc618187993, "5.315422088462547e+242"),
        (0x244caf9c4dabb481, "7.893354548061464e-134"),
        (0x89e7d15f17362f25, "-6.0511296129096725e-261"),
        (0xe3eff9c0cf44dd3f, "-2.471417988383651e+173"),
        (0xa26b7f62b1852f27, "-7.046717376279707e-143"),
        (0x986e86cb0ab8ab67, "-5.352667702512672e-191"),
        (0x656abd72fb710734, "3.467443581611296e+180"),
        (0x73f778aaf6fa5db8, "4.201212419249933e+250"),
        (0xbd299753a7677796, "-4.545896140860994e-14"),
        (0xa66b0d389d95847e, "-1.278808376866442e-123"),
        (0x9f8558a628518867, "-7.773821756658801e-157"),
        (0xd4ea65d003d71684, "-1.1547680013076696e+101"),
        (0x102b938b8743feb6, "8.88116792998917e-231"),
        (0x09208a650f3ebdd3, "1.0259476444142278e-264"),
        (0xe12b2b8f30b17d0b, "-1.1937126864956989e+160"),
        (0x998092253deffa38, "-7.616900394922395e-186"),
        (0xc7321cc007b37e14, "-9.404446511312006e+34"),
        (0x5387f61376c468ae, "2.4990667113411633e+94"),
        (0x97491e2370c6a5b8, "-1.6800925191972358e-196"),
        (0x320094ead7a94ded, "7.688121853400444e-68"),
        (0x3bd0334684e55160, "1.3722183439346506e-20"),
        (0x4b4d8474a3ea284d, "5.654411402250841e+54"),
        (0x012d0ea67ff12229, "5.2964948879303666e-303"),
        (0x15c1d2dfa9964aef, "7.106101800028059e-204"),
        (0xa7a1149075139237, "-8.466578551422606e-118"),
        (0x6822a6b24735af1c, "4.254739997646274e+193"),
        (0x8d1fe1daff666589, "-1.82394811931708e-245"),
        (0xee82ec3ffee5a5b2, "-2.1888367315112703e+224"),
        (0x154cd2aad7185dda, "4.48880712297644e-206"),
        (0x4105cca7b53302fc, "178580.96347620327"),
        (0xbfa2ea659cb29e43, "-0.03694455659689002"),
        (0x3df1b56151fe7e20, "2.5769282714127596e-10"),
        (0xc33e8996c8d4b0ca, "-8595530008801482.0"),
        (0xbee071da49c23852, "-7.84146168822053e-06"),
        (0x40bb13ac24df41d8, "6931.6724376235725"),
        (0xbe429acafcf7abb3, "-8.66346985726917e-09"),
        (0x3e3dd56c35004c5e, "6.946195466056089e-09"),
        (0xbe6ec334b59ddb95, "-5.729966430408149e-08"),
        (0xc295d64e33994adf, "-6002544797266.718"),
        (0xbe8b88f13f9f9a6b, "-2.0515122384143768e-07"),
        (0x3f55b4c2a924791f, "0.0013248349174044894"),
        (0x3fe1d31f356636c6, "0.5570217173533016"),
        (0xc00a18de9241d25c, "-3.2621432710969156"),
        (0xc0e0595bff3da866, "-33482.87490733042"),
        (0x3ed5a560be8e5dda, "5.1608103398751774e-06"),
        (0xc2d09ddb6238faf7, "-73080706229227.86"),
        (0xbe756b2d82dd37d8, "-7.979073820865898e-08"),
        (0xc1256626282dec75, "-701203.0784753697"),
        (0xc1c3363dcfcd37e0, "-644643743.6032677"),
        (0xc18db7c6d3dd5751, "-62322906.4830767"),
        (0xc301952258cd401f, "-618631169419267.9"),
        (0x40ea520cc87745aa, "53904.39947093588"),
        (0x3ec81c847efee613, "2.8743024742233427e-06"),
        (0xbf613a2b538afd24, "-0.0021029325692719803"),
        (0xc3e154b5a7bda844, "-9.990581829876457e+18"),
        (0x4374e9d7f0e10a4c, "9.41858112437383e+16"),
        (0x43f01682dda815c3, "1.854812548182181e+19"),
        (0xbf4f7b4264ac8237, "-0.0009607385812593965"),
        (0xc3bd583d2605639a, "-2.114507258558913e+18"),
        (0x41de6764bc14260e, "2040369904.3148227"),
        (0xbf14f43e34f8d7c4, "-7.993344956322342e-05"),
        (0xbfe25a387c77b900, "-0.5735132628449549"),
        (0xc236d65198d3eadb, "-98084952275.9174"),
        (0xc00b5dfc5b64eafd, "-3.420891489045401"),
        (0xbe8e8e57512d6ee7, "-2.2766008863749287e-07"),
        (0xc1fe89e4fdcc2ead, "-8197656540.761395"),
        (0x3e27772d78b8a57e, "2.7317481105048836e-09"),
        (0x4069522a7e4566d0, "202.5676871638775"),
        (0x3ef99dd64467c6e3, "2.4429846485269225e-05"),
        (0x416183bcae645245, "9182693.44974626"),
    ];

    #[test]
    fn matches_cpython_on_random_doubles() {
        for &(bits, expected) in RANDOM_CASES {
            assert_eq!(float_repr(f64::from_bits(bits)), expected, "bits {bits:#x}");
        }
    }
}
