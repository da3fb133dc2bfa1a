//! `repr()` of a str, as CPython's `unicode_repr`: single quotes unless the text
//! contains a single quote and no double quote; backslash escapes for the quote,
//! the backslash, `\t \n \r`, other non-printable characters as `\xhh`, `\uhhhh`
//! or `\Uhhhhhhhh`; printable non-ASCII characters kept as they are.

use std::fmt::Write as _;

use crate::unicode::is_printable;

/// Appends `repr(text)` to `out`.
pub fn push_str_repr(out: &mut String, text: &str) {
    let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
    out.reserve(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            // Writing to a String cannot fail.
            _ => {
                let code = c as u32;
                let _ = match code {
                    0..=0xff => write!(out, "\\x{code:02x}"),
                    0x100..=0xffff => write!(out, "\\u{code:04x}"),
                    _ => write!(out, "\\U{code:08x}"),
                };
            }
        }
    }
    out.push(quote);
}

/// `repr(text)`.
pub fn str_repr(text: &str) -> String {
    let mut out = String::new();
    push_str_repr(&mut out, text);
    out
}

/// `ascii(text)`: the repr with every non-ASCII character escaped too.
pub fn str_ascii(text: &str) -> String {
    escape_non_ascii(&str_repr(text))
}

/// `text` with each non-ASCII character replaced by `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh`: what `ascii(x)` does to `repr(x)`.
pub fn escape_non_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let code = c as u32;
        // Writing to a String cannot fail.
        let _ = match code {
            0..=0x7f => {
                out.push(c);
                Ok(())
            }
            0x80..=0xff => write!(out, "\\x{code:02x}"),
            0x100..=0xffff => write!(out, "\\u{code:04x}"),
            _ => write!(out, "\\U{code:08x}"),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected strings are `repr(s)` / `ascii(s)` from CPython 3.11.
    #[test]
    fn matches_cpython_repr() {
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("tab\there\nnl\r", "'tab\\there\\nnl\\r'"),
            ("back\\slash", "'back\\\\slash'"),
            ("\x00\x07\x1b\x7f", "'\\x00\\x07\\x1b\\x7f'"),
            ("héllo wörld 中文 😀", "'héllo wörld 中文 😀'"),
            ("\u{a0}\u{ad}\u{2028}\u{200b}", "'\\xa0\\xad\\u2028\\u200b'"),
            ("\u{e000}\u{10ffff}", "'\\ue000\\U0010ffff'"),
            ("\u{85}", "'\\x85'"),
        ];
        for &(text, want) in cases {
            assert_eq!(str_repr(text), want, "repr of {text:?}");
        }
    }

    #[test]
    fn matches_cpython_ascii() {
        assert_eq!(str_ascii("héllo 😀\n'"), "\"h\\xe9llo \\U0001f600\\n'\"");
        assert_eq!(str_ascii("中"), "'\\u4e2d'");
    }
}
