//! The `str.is...()` predicates, with CPython 3.11's definitions: the
//! per-character ones are false for '', and `isupper`/`islower`/`istitle` look
//! only at cased characters.

use crate::str_object::str_text;
use crate::unicode::{
    is_alnum, is_alpha, is_decimal, is_digit, is_lower, is_numeric, is_printable, is_space, is_titlecase, is_upper,
};

/// True when `text` is non-empty and every character satisfies `pred`.
fn all_chars(text: &str, pred: fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(pred)
}

pub fn isdigit(text: &str) -> bool {
    all_chars(text, is_digit)
}

pub fn isdecimal(text: &str) -> bool {
    all_chars(text, is_decimal)
}

pub fn isnumeric(text: &str) -> bool {
    all_chars(text, is_numeric)
}

pub fn isalpha(text: &str) -> bool {
    all_chars(text, is_alpha)
}

pub fn isalnum(text: &str) -> bool {
    all_chars(text, is_alnum)
}

pub fn isspace(text: &str) -> bool {
    all_chars(text, is_space)
}

/// `s.isprintable()`: true for ''.
pub fn isprintable(text: &str) -> bool {
    text.chars().all(is_printable)
}

pub fn isascii(text: &str) -> bool {
    text.is_ascii()
}

/// `s.isupper()`: some cased character, and none lowercase or titlecase.
pub fn isupper(text: &str) -> bool {
    let mut cased = false;
    for c in text.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `s.islower()`: some cased character, and none uppercase or titlecase.
pub fn islower(text: &str) -> bool {
    let mut cased = false;
    for c in text.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones,
/// lowercase ones only after cased ones, and at least one cased character.
pub fn istitle(text: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in text.chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

macro_rules! predicate_fn {
    ($($symbol:ident => $pred:ident;)*) => {$(
        #[doc = concat!("`", stringify!($symbol), "(s)`: `s.", stringify!($pred), "()` as 0/1.")]
        ///
        /// # Safety
        /// `s` is a live str.
        #[no_mangle]
        pub unsafe extern "C" fn $symbol(s: *const u8) -> u8 {
            // SAFETY: forwarded from the caller.
            $pred(unsafe { str_text(s) }).into()
        }
    )*};
}

predicate_fn! {
    tp_str_isdigit => isdigit;
    tp_str_isdecimal => isdecimal;
    tp_str_isnumeric => isnumeric;
    tp_str_isalpha => isalpha;
    tp_str_isalnum => isalnum;
    tp_str_isspace => isspace;
    tp_str_isprintable => isprintable;
    tp_str_isascii => isascii;
    tp_str_isupper => isupper;
    tp_str_islower => islower;
    tp_str_istitle => istitle;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows: text, then isdigit isdecimal isnumeric isalpha isalnum isspace
    /// isupper islower istitle, as CPython 3.11 answers.
    #[test]
    fn predicates_match_cpython() {
        let cases: &[(&str, [bool; 9])] = &[
            ("", [false, false, false, false, false, false, false, false, false]),
            ("123", [true, true, true, false, true, false, false, false, false]),
            ("²³", [true, false, true, false, true, false, false, false, false]),
            ("Ⅷ一", [false, false, true, false, true, false, true, false, true]),
            ("abc", [false, false, false, true, true, false, false, true, false]),
            ("ABC 1", [false, false, false, false, false, false, true, false, false]),
            ("Hello World", [false, false, false, false, false, false, false, false, true]),
            ("Hello world", [false, false, false, false, false, false, false, false, false]),
            ("ǅemal", [false, false, false, true, true, false, false, false, true]),
            (" \t\n\u{a0}\x1c", [false, false, false, false, false, true, false, false, false]),
            ("ß", [false, false, false, true, true, false, false, true, false]),
            ("٣٤", [true, true, true, false, true, false, false, false, false]),
            ("abc1", [false, false, false, false, true, false, false, true, false]),
            ("123abc", [false, false, false, false, true, false, false, true, false]),
        ];
        let preds: [fn(&str) -> bool; 9] = [isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isupper, islower, istitle];
        for &(text, want) in cases {
            let got = preds.map(|pred| pred(text));
            assert_eq!(got, want, "{text:?}");
        }
        assert!(isprintable("") && isprintable("é x") && !isprintable("a\n"));
    }
}
