//! Case conversion: `upper`, `lower`, `casefold`, `swapcase`, `title`,
//! `capitalize`, as CPython 3.11 does them (full mappings: `'ß'.upper()` is
//! `'SS'`; a capital sigma lowers to `ς` at the end of a word, per Unicode's
//! Final_Sigma rule as CPython's `handle_capital_sigma` implements it).

use crate::str_object::new_str;
use crate::str_ops::StrRef;
use crate::unicode::{
    is_case_ignorable, is_cased, is_lower, is_upper, push_casefold, push_lower, push_title, push_upper,
};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// A case conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseOp {
    Upper,
    Lower,
    Casefold,
    Swapcase,
    Title,
    Capitalize,
}

/// `s.upper()`, `s.lower()`, ... of `text`.
pub fn convert_case(text: &str, op: CaseOp) -> String {
    if text.is_ascii() {
        return convert_ascii(text, op);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut previous_is_cased = false;
    for (index, &c) in chars.iter().enumerate() {
        match op {
            CaseOp::Upper => push_upper(&mut out, c),
            CaseOp::Lower => push_lower_in_context(&mut out, &chars, index),
            CaseOp::Casefold => push_casefold(&mut out, c),
            CaseOp::Swapcase => {
                if is_upper(c) {
                    push_lower_in_context(&mut out, &chars, index);
                } else if is_lower(c) {
                    push_upper(&mut out, c);
                } else {
                    out.push(c);
                }
            }
            CaseOp::Title => {
                if previous_is_cased {
                    push_lower_in_context(&mut out, &chars, index);
                } else {
                    push_title(&mut out, c);
                }
                previous_is_cased = is_cased(c);
            }
            CaseOp::Capitalize => {
                if index == 0 {
                    push_title(&mut out, c);
                } else {
                    push_lower_in_context(&mut out, &chars, index);
                }
            }
        }
    }
    out
}

fn convert_ascii(text: &str, op: CaseOp) -> String {
    match op {
        CaseOp::Upper => text.to_ascii_uppercase(),
        CaseOp::Lower | CaseOp::Casefold => text.to_ascii_lowercase(),
        CaseOp::Swapcase => text
            .chars()
            .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect(),
        CaseOp::Title => {
            let mut previous_is_cased = false;
            text.chars()
                .map(|c| {
                    let mapped = if previous_is_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                    previous_is_cased = c.is_ascii_alphabetic();
                    mapped
                })
                .collect()
        }
        CaseOp::Capitalize => {
            let mut out = text.to_ascii_lowercase();
            if let Some(first) = out.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            out
        }
    }
}

/// Appends the lowercase of `chars[index]`, where a capital sigma becomes final
/// `ς` when preceded by a cased letter and not followed by one (skipping
/// case-ignorable characters both ways).
fn push_lower_in_context(out: &mut String, chars: &[char], index: usize) {
    let c = chars[index];
    if c != CAPITAL_SIGMA {
        push_lower(out, c);
        return;
    }
    let before = chars[..index].iter().rev().find(|&&c| !is_case_ignorable(c));
    let after = chars[index + 1..].iter().find(|&&c| !is_case_ignorable(c));
    let is_final = before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c));
    out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
}

/// The FFI body.
///
/// # Safety
/// `s` is a live str.
unsafe fn convert_obj(s: *const u8, op: CaseOp) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let source = unsafe { StrRef::new(s) };
    let converted = convert_case(source.text, op);
    if source.is_ascii() {
        return source.new_piece(&converted);
    }
    new_str(&converted)
}

macro_rules! case_fn {
    ($($(#[$doc:meta])* $symbol:ident => $op:ident;)*) => {$(
        $(#[$doc])*
        ///
        /// # Safety
        /// `s` is a live str.
        #[no_mangle]
        pub unsafe extern "C" fn $symbol(s: *const u8) -> *mut u8 {
            // SAFETY: forwarded from the caller.
            unsafe { convert_obj(s, CaseOp::$op) }
        }
    )*};
}

case_fn! {
    /// `tp_str_upper(s)`: `s.upper()`.
    tp_str_upper => Upper;
    /// `tp_str_lower(s)`: `s.lower()`.
    tp_str_lower => Lower;
    /// `tp_str_casefold(s)`: `s.casefold()`.
    tp_str_casefold => Casefold;
    /// `tp_str_swapcase(s)`: `s.swapcase()`.
    tp_str_swapcase => Swapcase;
    /// `tp_str_title(s)`: `s.title()`.
    tp_str_title => Title;
    /// `tp_str_capitalize(s)`: `s.capitalize()`.
    tp_str_capitalize => Capitalize;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected strings are CPython 3.11's.
    #[test]
    fn conversions_match_cpython() {
        use CaseOp::*;
        let cases: &[(&str, CaseOp, &str)] = &[
            ("Hello World", Upper, "HELLO WORLD"),
            ("straße", Upper, "STRASSE"),
            ("ﬁne", Upper, "FINE"),
            ("ΣΊΣΥΦΟΣ", Lower, "σίσυφος"),
            ("ΑΣ'Σ Σ", Lower, "ασ'ς σ"),
            ("İstanbul", Lower, "i̇stanbul"),
            ("Straße", Casefold, "strasse"),
            ("ΣΑΣ", Casefold, "σασ"),
            ("Hello wORLD ß", Swapcase, "hELLO World SS"),
            ("ΑΣ", Swapcase, "ας"),
            ("hello world's best-day 3rd", Title, "Hello World'S Best-Day 3Rd"),
            ("ǆemal ﬁne", Title, "ǅemal Fine"),
            ("ΣΑΣ ΣΑΣ", Title, "Σας Σας"),
            ("hELLO World", Capitalize, "Hello world"),
            ("ǆabc", Capitalize, "ǅabc"),
            ("ßa", Capitalize, "Ssa"),
            ("", Capitalize, ""),
            ("123 abc", Title, "123 Abc"),
        ];
        for &(text, op, want) in cases {
            assert_eq!(convert_case(text, op), want, "{text:?} {op:?}");
        }
    }
}
