//! Parsing a format spec (the part after `:` in `f'{x:>10.2f}'`, the second
//! argument of `format()`), exactly as CPython's
//! `parse_internal_render_format_spec` (Python/formatter_unicode.c):
//!
//! `[[fill]align][sign]['z']['#']['0'][width][grouping]['.' precision][type]`

use taipan_abi::ExcKind;

use crate::exceptions::Exc;
use crate::unicode::decimal_value;

/// A parsed format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`.
    pub align: char,
    /// Whether the spec gave a fill character or an alignment explicitly.
    pub align_given: bool,
    /// `+`, `-`, ` `, or `None` when not given.
    pub sign: Option<char>,
    /// `z`: negative zero (after rounding) prints without its sign.
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type, or `None` when omitted (floats: repr-like).
    pub ty: Option<char>,
}

/// Thousands separators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,`: every 3 digits.
    Comma,
    /// `_`: every 3 digits, or every 4 for `b`, `o`, `x`, `X`.
    Underscore,
}

impl Grouping {
    /// The separator and group size for presentation type `ty`.
    pub fn separator(self, ty: Option<char>) -> Option<(char, usize)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore if matches!(ty, Some('b' | 'o' | 'x' | 'X')) => Some(('_', 4)),
            Grouping::Underscore => Some(('_', 3)),
        }
    }

    fn symbol(self) -> char {
        match self {
            Grouping::Comma => ',',
            _ => '_',
        }
    }
}

fn value_error(message: impl Into<String>) -> Exc {
    Exc::new(ExcKind::ValueError, message)
}

/// `ValueError: Unknown format code 'd' for object of type 'float'`.
pub fn unknown_format_code(ty: char, type_name: &str) -> Exc {
    let code = ty as u32;
    if code > 32 && code < 128 {
        value_error(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
    } else {
        value_error(format!("Unknown format code '\\x{code:x}' for object of type '{type_name}'"))
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of decimal digits (any script, as CPython) starting at
/// `chars[*at]`: `Ok(None)` when there are none.
fn read_integer(chars: &[char], at: &mut usize) -> Result<Option<usize>, Exc> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*at).and_then(|&c| decimal_value(c)) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize);
        value = Some(next.ok_or_else(|| value_error("Too many decimal digits in format string"))?);
        *at += 1;
    }
    Ok(value)
}

/// Parses `spec` for an object of `type_name` whose type letter defaults to
/// `default_type` and alignment to `default_align`.
pub fn parse_format_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> Result<FormatSpec, Exc> {
    let chars: Vec<char> = spec.chars().collect();
    let mut at = 0;
    let mut format = FormatSpec {
        fill: ' ',
        align: default_align,
        align_given: false,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut fill_given = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        format.fill = chars[0];
        format.align = chars[1];
        fill_given = true;
        format.align_given = true;
        at = 2;
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        format.align = chars[0];
        format.align_given = true;
        at = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(at) {
        format.sign = Some(c);
        at += 1;
    }
    if chars.get(at) == Some(&'z') {
        format.no_neg_zero = true;
        at += 1;
    }
    if chars.get(at) == Some(&'#') {
        format.alternate = true;
        at += 1;
    }
    // `0` before the width: zero fill, and sign-aware padding unless an
    // alignment was given (CPython 3.10+).
    if !fill_given && chars.get(at) == Some(&'0') {
        format.fill = '0';
        if !format.align_given && default_align == '>' {
            format.align = '=';
        }
        at += 1;
    }
    format.width = read_integer(&chars, &mut at)?;
    if chars.get(at) == Some(&',') {
        format.grouping = Grouping::Comma;
        at += 1;
    }
    if chars.get(at) == Some(&'_') {
        if format.grouping != Grouping::None {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        format.grouping = Grouping::Underscore;
        at += 1;
    }
    if chars.get(at) == Some(&',') && format.grouping == Grouping::Underscore {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if chars.get(at) == Some(&'.') {
        at += 1;
        format.precision = read_integer(&chars, &mut at)?;
        if format.precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    match chars.len() - at.min(chars.len()) {
        0 => {}
        1 => format.ty = Some(chars[at]),
        _ => {
            return Err(value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    if format.grouping != Grouping::None {
        check_grouping_type(format.grouping, format.ty)?;
    }
    Ok(format)
}

/// Which presentation types allow thousands separators (PEP 378, PEP 515).
fn check_grouping_type(grouping: Grouping, ty: Option<char>) -> Result<(), Exc> {
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => Ok(()),
        Some(ty) => {
            let code = ty as u32;
            let symbol = grouping.symbol();
            Err(value_error(if code > 32 && code < 128 {
                format!("Cannot specify '{symbol}' with '{ty}'.")
            } else {
                format!("Cannot specify '{symbol}' with '\\x{code:x}'.")
            }))
        }
    }
}

/// CPython's `calc_padding`: `(left, right)` fill around `nchars` characters.
pub fn calc_padding(nchars: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.map_or(nchars, |width| width.max(nchars));
    let free = total - nchars;
    let left = match align {
        '>' => free,
        '^' => free / 2,
        _ => 0,
    };
    (left, free - left)
}

/// Appends `count` copies of `fill`; `MemoryError` when that cannot be allocated.
pub fn push_fill(out: &mut String, fill: char, count: usize) -> Result<(), Exc> {
    let bytes = count.checked_mul(fill.len_utf8()).ok_or_else(crate::str_ops::memory_error)?;
    out.try_reserve(bytes).map_err(|_| crate::str_ops::memory_error())?;
    out.extend(std::iter::repeat_n(fill, count));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(spec: &str) -> Result<FormatSpec, String> {
        parse_format_spec(spec, "int", Some('d'), '>').map_err(|exc| exc.message().to_string())
    }

    #[test]
    fn parses_every_field() {
        let spec = parse("*^+z#012_.3f").expect("valid");
        assert_eq!(
            spec,
            FormatSpec {
                fill: '*',
                align: '^',
                align_given: true,
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                width: Some(12),
                grouping: Grouping::Underscore,
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let zero = parse("010").expect("valid");
        assert_eq!((zero.fill, zero.align, zero.width), ('0', '=', Some(10)));
        let zero_left = parse("<05").expect("valid");
        assert_eq!((zero_left.fill, zero_left.align, zero_left.width), ('0', '<', Some(5)));
        assert_eq!(parse("٥").expect("valid").width, Some(5));
        assert_eq!(parse("€^10").expect("valid").fill, '€');
    }

    /// Messages are CPython 3.11's.
    #[test]
    fn rejects_like_cpython() {
        assert_eq!(parse("d.").unwrap_err(), "Invalid format specifier 'd.' for object of type 'int'");
        assert_eq!(parse("x y").unwrap_err(), "Invalid format specifier 'x y' for object of type 'int'");
        assert_eq!(parse(",b").unwrap_err(), "Cannot specify ',' with 'b'.");
        assert_eq!(parse(",_").unwrap_err(), "Cannot specify both ',' and '_'.");
        assert_eq!(parse("_,").unwrap_err(), "Cannot specify both ',' and '_'.");
        assert_eq!(parse(",c").unwrap_err(), "Cannot specify ',' with 'c'.");
        assert_eq!(parse(",n").unwrap_err(), "Cannot specify ',' with 'n'.");
        assert_eq!(parse("10.").unwrap_err(), "Format specifier missing precision");
        assert_eq!(parse("99999999999999999999d").unwrap_err(), "Too many decimal digits in format string");
        assert!(parse("_x").is_ok());
    }

    #[test]
    fn padding_like_calc_padding() {
        assert_eq!(calc_padding(3, Some(8), '^'), (2, 3));
        assert_eq!(calc_padding(3, Some(8), '>'), (5, 0));
        assert_eq!(calc_padding(3, Some(8), '<'), (0, 5));
        assert_eq!(calc_padding(3, Some(2), '<'), (0, 0));
        assert_eq!(calc_padding(3, None, '^'), (0, 0));
    }
}
