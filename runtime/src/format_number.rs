//! Laying out a formatted number (CPython's `calc_number_widths` +
//! `fill_number` + `_PyUnicode_InsertThousandsGrouping`), and `format()` of
//! an int (`format_long_internal`).
//!
//! A number is `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`:
//! only the integer digits are grouped; with `0` fill and `=` alignment the
//! zero padding is made of grouped digits too (`format(1234, '010,')` is
//! `'00,001,234'`).

use taipan_abi::ExcKind;

use crate::exceptions::Exc;
use crate::format_spec::{push_fill, unknown_format_code, FormatSpec};

/// A number rendered to text, before padding and grouping.
#[derive(Clone, Copy, Debug)]
pub struct NumberText<'a> {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (alternate form), or empty.
    pub prefix: &'a str,
    /// The integer digits, to be grouped (empty for `c` and for inf/nan).
    pub digits: &'a str,
    pub has_decimal: bool,
    /// What follows the decimal point: fraction, exponent, `%`; or inf/nan.
    pub remainder: &'a str,
    /// `X`: prefix and digits in upper case.
    pub uppercase: bool,
}

/// `digits` with thousands separators every `group` digits (from the right),
/// zero-padded to at least `min_width` characters, as
/// `_PyUnicode_InsertThousandsGrouping` does it.
fn group_digits(digits: &str, min_width: isize, grouping: Option<(char, usize)>) -> String {
    let digit_bytes = digits.as_bytes();
    let mut reversed: Vec<u8> = Vec::with_capacity(digits.len() * 2);
    let mut end = digits.len();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width.max(0);
    let mut use_separator = false;
    let mut emit = |n_chars: isize, n_zeros: isize, use_separator: bool, end: &mut usize| {
        if use_separator {
            if let Some((separator, _)) = grouping {
                reversed.push(separator as u8);
            }
        }
        let n_chars = n_chars.max(0) as usize;
        reversed.extend(digit_bytes[*end - n_chars..*end].iter().rev());
        *end -= n_chars;
        reversed.extend(std::iter::repeat_n(b'0', n_zeros.max(0) as usize));
    };
    let mut loop_broken = false;
    if let Some((_, size)) = grouping {
        let size = size as isize;
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            emit(n_chars, n_zeros, use_separator, &mut end);
            use_separator = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1; // the separator's width
        }
    }
    if !loop_broken {
        let l = remaining.max(min_width).max(1);
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        emit(n_chars, n_zeros, use_separator, &mut end);
    }
    reversed.reverse();
    // Only ASCII digits, '0' and an ASCII separator went in.
    String::from_utf8(reversed).unwrap_or_default()
}

/// Pads, signs and groups `number` per `spec` (CPython's `fill_number`).
pub fn layout_number(number: &NumberText, spec: &FormatSpec) -> Result<String, Exc> {
    let sign = match (spec.sign, number.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_remainder = number.remainder.chars().count();
    let n_non_digit = usize::from(sign.is_some()) + number.prefix.len() + usize::from(number.has_decimal) + n_remainder;
    let width = spec.width.map_or(-1, |w| w as isize);
    let min_width = if spec.fill == '0' && spec.align == '=' { width - n_non_digit as isize } else { 0 };
    let grouped = if number.digits.is_empty() {
        String::new()
    } else {
        group_digits(number.digits, min_width, spec.grouping.separator(spec.ty))
    };
    let padding = width - (n_non_digit + grouped.len()) as isize;
    let (mut left, mut sign_pad, mut right) = (0, 0, 0);
    if padding > 0 {
        let padding = padding as usize;
        match spec.align {
            '<' => right = padding,
            '^' => {
                left = padding / 2;
                right = padding - left;
            }
            '=' => sign_pad = padding,
            _ => left = padding,
        }
    }
    let mut out = String::new();
    push_fill(&mut out, spec.fill, left)?;
    out.extend(sign);
    if number.uppercase {
        out.push_str(&number.prefix.to_ascii_uppercase());
    } else {
        out.push_str(number.prefix);
    }
    push_fill(&mut out, spec.fill, sign_pad)?;
    if number.uppercase {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if number.has_decimal {
        out.push('.');
    }
    out.push_str(number.remainder);
    push_fill(&mut out, spec.fill, right)?;
    Ok(out)
}

/// The digits of `magnitude` in `base` (2, 8, 10 or 16), lower case.
fn digits_in_base(magnitude: u64, base: u32) -> String {
    match base {
        2 => format!("{magnitude:b}"),
        8 => format!("{magnitude:o}"),
        16 => format!("{magnitude:x}"),
        _ => magnitude.to_string(),
    }
}

/// `format(value, spec)` of an int with an integer presentation type
/// (`b c d n o x X`); `type_name` is `int` or `bool` for error messages.
pub fn format_int_spec(value: i64, spec: &FormatSpec, type_name: &str) -> Result<String, Exc> {
    if spec.precision.is_some() {
        return Err(Exc::value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(Exc::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        return format_int_as_char(value, spec);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        'd' | 'n' => (10, ""),
        _ => return Err(unknown_format_code(ty, type_name)),
    };
    let digits = digits_in_base(value.unsigned_abs(), base);
    let number = NumberText {
        negative: value < 0,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
        uppercase: ty == 'X',
    };
    layout_number(&number, spec)
}

/// `format(value, 'c')`: the character with that code point.
fn format_int_as_char(value: i64, spec: &FormatSpec) -> Result<String, Exc> {
    if spec.sign.is_some() {
        return Err(Exc::value_error("Sign not allowed with integer format specifier 'c'"));
    }
    if spec.alternate {
        return Err(Exc::value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    let Some(code) = u32::try_from(value).ok().filter(|&code| code <= 0x10ffff) else {
        return Err(Exc::new(ExcKind::OverflowError, "%c arg not in range(0x110000)"));
    };
    let Some(c) = char::from_u32(code) else {
        return Err(Exc::value_error(format!(
            "taipan: {code:#x} is a surrogate code point, which taipan strs (UTF-8) cannot hold"
        )));
    };
    let text = c.to_string();
    let number = NumberText {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal: false,
        remainder: &text,
        uppercase: false,
    };
    layout_number(&number, spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_with_grouped_zeros() {
        assert_eq!(group_digits("1234", 10, Some((',', 3))), "00,001,234");
        assert_eq!(group_digits("1234", 0, Some((',', 3))), "1,234");
        assert_eq!(group_digits("12345678", 0, Some(('_', 4))), "1234_5678");
        assert_eq!(group_digits("1", 5, None), "00001");
        assert_eq!(group_digits("123", 0, Some((',', 3))), "123");
        assert_eq!(group_digits("1234567", 0, Some((',', 3))), "1,234,567");
    }
}
