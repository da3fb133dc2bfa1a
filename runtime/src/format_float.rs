//! `format()` of a float (CPython's `format_float_internal`), built on
//! `PyOS_double_to_string`/`format_float_short` (Python/pystrtod.c), which
//! this reproduces: correctly rounded digits, then CPython's placement of the
//! decimal point, padding zeros and exponent.
//!
//! Digit generation: CPython's `_Py_dg_dtoa` modes 0 (shortest, from `ryu`
//! via `float_repr`), 2 (n significant digits) and 3 (n digits after the
//! point); Rust's `{:.N$e}` and `{:.N$}` formatting is exact and correctly
//! rounded (half to even on exact ties), which is what modes 2 and 3 compute.

use crate::exceptions::Exc;
use crate::float_repr::shortest_digits;
use crate::format_number::{layout_number, NumberText};
use crate::format_spec::FormatSpec;

/// More significant digits than any double's exact decimal expansion has
/// (at most 767), so digits past this are zeros; bounds digit generation for
/// huge precisions.
const MAX_SIGNIFICANT: usize = 800;
/// More fraction digits than any double has (at most 1074).
const MAX_FRACTION: usize = 1100;

/// How to turn a double into text (`PyOS_double_to_string`'s arguments).
#[derive(Clone, Copy, Debug)]
pub struct DoubleFormat {
    /// `e`, `f`, `g` or `r` (repr), lower case.
    pub code: char,
    pub precision: usize,
    pub uppercase: bool,
    /// `#`: keep the decimal point (and trailing zeros for `g`).
    pub alternate: bool,
    /// Add `.0` to an integral result without exponent (the no-type format).
    pub add_dot_0: bool,
    /// `z`: a result that rounded to zero prints without a minus sign.
    pub no_neg_zero: bool,
}

/// Decimal digits (no leading or trailing zeros; "0" for zero) and the
/// position of the decimal point: `x == 0.DIGITS * 10**decpt`.
struct Digits {
    digits: String,
    decpt: i64,
}

impl Digits {
    /// Strips zeros from a digit string whose point is after `decpt` digits.
    fn normalized(all: &str, decpt: i64) -> Digits {
        let trimmed_start = all.trim_start_matches('0');
        let decpt = decpt - (all.len() - trimmed_start.len()) as i64;
        let digits = trimmed_start.trim_end_matches('0');
        if digits.is_empty() {
            return Digits { digits: "0".to_string(), decpt: 1 };
        }
        Digits { digits: digits.to_string(), decpt }
    }

    /// Mode 2: `count` (>= 1) significant digits of a finite `x >= 0`.
    fn significant(x: f64, count: usize) -> Digits {
        let count = count.clamp(1, MAX_SIGNIFICANT);
        let text = format!("{:.*e}", count - 1, x);
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        let exponent: i64 = exponent.parse().unwrap_or(0);
        let all: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        Digits::normalized(&all, exponent + 1)
    }

    /// Mode 3: digits up to `places` after the point of a finite `x >= 0`.
    fn fixed(x: f64, places: usize) -> Digits {
        let text = format!("{:.*}", places.min(MAX_FRACTION), x);
        let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
        Digits::normalized(&format!("{int_part}{frac_part}"), int_part.len() as i64)
    }

    /// Mode 0: the shortest digits that round-trip.
    fn shortest(x: f64) -> Digits {
        if x == 0.0 {
            return Digits { digits: "0".to_string(), decpt: 1 };
        }
        let (digits, exponent) = shortest_digits(x);
        Digits { digits, decpt: i64::from(exponent) + 1 }
    }
}

/// `PyOS_double_to_string(x, code, precision, flags)`.
pub fn double_to_string(x: f64, format: DoubleFormat) -> String {
    let (inf, nan, e) = if format.uppercase { ("INF", "NAN", 'E') } else { ("inf", "nan", 'e') };
    if x.is_nan() {
        return nan.to_string();
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        return if negative { format!("-{inf}") } else { inf.to_string() };
    }
    let magnitude = x.abs();
    let mut precision = format.precision as i64;
    let Digits { digits, mut decpt } = match format.code {
        'e' => {
            precision += 1;
            Digits::significant(magnitude, precision as usize)
        }
        'f' => Digits::fixed(magnitude, format.precision),
        'g' => {
            precision = precision.max(1);
            Digits::significant(magnitude, precision as usize)
        }
        _ => Digits::shortest(magnitude),
    };
    if format.no_neg_zero && digits == "0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match format.code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if format.add_dot_0 { precision - 1 } else { precision };
            use_exp = decpt <= -4 || decpt > limit;
            if format.alternate {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exponent = 0;
    if use_exp {
        exponent = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && format.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vdigits_start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        let (int_digits, frac_digits) = digits.split_at(decpt as usize);
        out.push_str(int_digits);
        out.push('.');
        out.push_str(frac_digits);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        out.push_str(&zeros(decpt - digits_len));
        out.push('.');
        out.push_str(&zeros(vdigits_end - decpt));
    } else {
        out.push_str(&zeros(vdigits_end - digits_len));
    }
    if out.ends_with('.') && !format.alternate {
        out.pop();
    }
    if use_exp {
        let sign = if exponent < 0 { '-' } else { '+' };
        out.push(e);
        out.push(sign);
        out.push_str(&format!("{:02}", exponent.unsigned_abs()));
    }
    out
}

/// `format(x, spec)` for a float, or an int with a float presentation type
/// (`e E f F g G n %` or none).
pub fn format_float_spec(x: f64, spec: &FormatSpec) -> Result<String, Exc> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Exc::value_error("precision too big"));
    }
    let (mut code, mut default_precision, mut add_dot_0) = (spec.ty.unwrap_or('r'), 6, false);
    if spec.ty.is_none() {
        default_precision = 0;
        add_dot_0 = true;
    }
    let uppercase = matches!(code, 'E' | 'F' | 'G');
    code = code.to_ascii_lowercase();
    if code == 'n' {
        code = 'g';
    }
    let mut value = x;
    let add_percent = code == '%';
    if add_percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        Some(precision) => {
            if code == 'r' {
                code = 'g';
            }
            precision
        }
        None => default_precision,
    };
    let mut text = double_to_string(
        value,
        DoubleFormat { code, precision, uppercase, alternate: spec.alternate, add_dot_0, no_neg_zero: spec.no_neg_zero },
    );
    if add_percent {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_len = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = unsigned.split_at(int_len);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(remainder) => (true, remainder),
        None => (false, rest),
    };
    let number = NumberText { negative, prefix: "", digits, has_decimal, remainder, uppercase: false };
    layout_number(&number, spec)
}

#[cfg(test)]
#[path = "format_float/tests.rs"]
mod tests;
