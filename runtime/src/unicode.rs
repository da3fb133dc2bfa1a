//! Per-character Unicode properties and case mappings exactly as CPython 3.11's
//! `str` methods see them, looked up in the generated `unicode_tables`.
//! (Rust's `char` methods follow a newer Unicode version and define some
//! properties differently — e.g. `is_alphabetic` includes letter numbers,
//! which `str.isalpha()` does not — so they are not used for these.)

use crate::unicode_tables::{self as tables, Mapping, Ranges};

fn in_ranges(ranges: Ranges, c: char) -> bool {
    let code = c as u32;
    ranges
        .binary_search_by(|&(start, end)| {
            if end < code {
                std::cmp::Ordering::Less
            } else if start > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup(mapping: Mapping, c: char) -> Option<&'static str> {
    let index = mapping.binary_search_by_key(&(c as u32), |&(code, _)| code).ok()?;
    mapping.get(index).map(|&(_, mapped)| mapped)
}

/// `c.isprintable()`: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except ' ').
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(tables::PRINTABLE, c)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, c)
}

/// `c.isdecimal()`: category Nd.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DECIMAL, c)
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::NUMERIC, c)
}

/// `c.isspace()`: what `split()` and `strip()` without arguments split on.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f');
    }
    in_ranges(tables::SPACE, c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(tables::LOWER, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(tables::UPPER, c)
}

/// Category Lt.
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(tables::TITLE, c)
}

pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::CASED, c)
}

pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    in_ranges(tables::CASE_IGNORABLE, c)
}

/// Appends `c.upper()` (a full mapping: `'ß'` gives `"SS"`).
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, tables::UPPER_MAP, c);
    }
}

/// Appends `c.lower()`, without the contextual final sigma (see `str_case`).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, tables::LOWER_MAP, c);
    }
}

/// Appends the titlecase mapping of `c` (what `str.title()` uses for a
/// character that starts a word).
pub fn push_title(out: &mut String, c: char) {
    match lookup(tables::TITLE_MAP, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_upper(out, c),
    }
}

/// Appends `c.casefold()`.
pub fn push_casefold(out: &mut String, c: char) {
    match lookup(tables::FOLD_MAP, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_lower(out, c),
    }
}

fn push_mapped(out: &mut String, mapping: Mapping, c: char) {
    match lookup(mapping, c) {
        Some(mapped) => out.push_str(mapped),
        None => out.push(c),
    }
}

/// The value of a decimal digit (category Nd, any script), as `int()` reads it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() {
        return None;
    }
    let code = c as u32;
    let index = tables::DECIMAL_ZEROS.partition_point(|&zero| zero <= code);
    let zero = *tables::DECIMAL_ZEROS.get(index.checked_sub(1)?)?;
    (code - zero < 10).then_some(code - zero)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upper(c: char) -> String {
        let mut out = String::new();
        push_upper(&mut out, c);
        out
    }

    /// Expected answers are CPython 3.11's.
    #[test]
    fn properties_match_cpython() {
        assert!(is_alpha('é') && is_alpha('中') && !is_alpha('Ⅷ') && !is_alpha('1'));
        assert!(is_numeric('Ⅷ') && is_numeric('一') && !is_digit('一') && is_digit('²'));
        assert!(!is_decimal('²') && is_decimal('٣'));
        assert!(is_space('\u{a0}') && is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(is_printable('é') && !is_printable('\u{a0}') && !is_printable('\u{7f}') && !is_printable('\u{ad}'));
        assert!(is_titlecase('ǅ') && !is_titlecase('A'));
        assert!(is_lower('ß') && !is_upper('ß') && is_upper('Σ'));
        assert!(is_case_ignorable('\'') && is_case_ignorable('\u{301}') && !is_case_ignorable('a'));
    }

    #[test]
    fn case_mappings_match_cpython() {
        assert_eq!(upper('ß'), "SS");
        assert_eq!(upper('ﬁ'), "FI");
        assert_eq!(upper('é'), "É");
        let mut title = String::new();
        push_title(&mut title, 'ﬁ');
        push_title(&mut title, 'ǆ');
        assert_eq!(title, "Fiǅ");
        let mut lower = String::new();
        push_lower(&mut lower, 'İ');
        assert_eq!(lower, "i\u{307}");
        let mut folded = String::new();
        push_casefold(&mut folded, 'ß');
        push_casefold(&mut folded, 'Σ');
        assert_eq!(folded, "ssσ");
    }

    #[test]
    fn decimal_values_of_any_script() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('９'), Some(9));
        assert_eq!(decimal_value('²'), None);
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{660}'), Some(0));
    }
}
