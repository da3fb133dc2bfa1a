//! `str.strip`, `lstrip` and `rstrip`: without an argument they remove
//! whitespace (`str.isspace()`), with one they remove any of its characters.
//! Also `removeprefix` / `removesuffix`, which remove one exact affix.

use crate::str_object::str_text;
use crate::str_ops::StrRef;
use crate::unicode::is_space;

/// Which ends to strip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StripSides {
    Both,
    Left,
    Right,
}

/// `s.strip(chars)` / `lstrip` / `rstrip`; `chars: None` strips whitespace.
pub fn strip<'a>(text: &'a str, chars: Option<&str>, sides: StripSides) -> &'a str {
    let strip_char = |c: char| match chars {
        Some(chars) => chars.contains(c),
        None => is_space(c),
    };
    match sides {
        StripSides::Both => text.trim_matches(strip_char),
        StripSides::Left => text.trim_start_matches(strip_char),
        StripSides::Right => text.trim_end_matches(strip_char),
    }
}

/// The FFI body: the stripped part as a new str, or `s` itself when nothing
/// was stripped (as CPython returns it).
///
/// # Safety
/// `s` is a live str, `chars` null or a live str.
unsafe fn strip_obj(s: *const u8, chars: *const u8, sides: StripSides) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let (source, chars) = unsafe { (StrRef::new(s), (!chars.is_null()).then(|| str_text(chars))) };
    let stripped = strip(source.text, chars, sides);
    if stripped.len() == source.text.len() {
        // SAFETY: `s` is live; the caller gets a new reference.
        unsafe { crate::object::tp_incref(s.cast_mut()) };
        return s.cast_mut();
    }
    source.new_piece(stripped)
}

/// `tp_str_strip(s, chars)`: `s.strip(chars)` (null `chars`: whitespace).
///
/// # Safety
/// `s` is a live str, `chars` null or a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_strip(s: *const u8, chars: *const u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { strip_obj(s, chars, StripSides::Both) }
}

/// `tp_str_lstrip(s, chars)`.
///
/// # Safety
/// `s` is a live str, `chars` null or a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_lstrip(s: *const u8, chars: *const u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { strip_obj(s, chars, StripSides::Left) }
}

/// `tp_str_rstrip(s, chars)`.
///
/// # Safety
/// `s` is a live str, `chars` null or a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_rstrip(s: *const u8, chars: *const u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { strip_obj(s, chars, StripSides::Right) }
}
/// `s.removeprefix(prefix)` (`suffix: false`) / `s.removesuffix(suffix)`.
pub fn remove_affix<'a>(text: &'a str, affix: &str, suffix: bool) -> &'a str {
    let rest = if suffix { text.strip_suffix(affix) } else { text.strip_prefix(affix) };
    rest.unwrap_or(text)
}

/// The FFI body of `removeprefix` / `removesuffix`: `s` itself when nothing
/// was removed (as CPython returns it).
///
/// # Safety
/// `s` and `affix` are live strs.
unsafe fn remove_affix_obj(s: *const u8, affix: *const u8, suffix: bool) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let (source, affix) = unsafe { (StrRef::new(s), str_text(affix)) };
    let rest = remove_affix(source.text, affix, suffix);
    if rest.len() == source.text.len() {
        // SAFETY: `s` is live; the caller gets a new reference.
        unsafe { crate::object::tp_incref(s.cast_mut()) };
        return s.cast_mut();
    }
    source.new_piece(rest)
}

/// `tp_str_removeprefix(s, prefix)`.
///
/// # Safety
/// `s` and `prefix` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_removeprefix(s: *const u8, prefix: *const u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { remove_affix_obj(s, prefix, false) }
}

/// `tp_str_removesuffix(s, suffix)`.
///
/// # Safety
/// `s` and `suffix` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_removesuffix(s: *const u8, suffix: *const u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { remove_affix_obj(s, suffix, true) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected strings are CPython 3.11's.
    #[test]
    fn strips_like_cpython() {
        use StripSides::*;
        let cases: &[(&str, Option<&str>, StripSides, &str)] = &[
            ("  hi there \t\n", None, Both, "hi there"),
            ("  hi  ", None, Left, "hi  "),
            ("  hi  ", None, Right, "  hi"),
            ("\u{a0}\u{3000}x\x1c\x1f", None, Both, "x"),
            ("\u{200b}x", None, Both, "\u{200b}x"),
            ("xxhixyx", Some("xy"), Both, "hi"),
            ("www.example.com", Some("cmowz."), Both, "example"),
            ("ababa", Some("ab"), Both, ""),
            ("ééaé", Some("é"), Left, "aé"),
            ("abc", Some(""), Both, "abc"),
            ("", None, Both, ""),
        ];
        for &(text, chars, sides, want) in cases {
            assert_eq!(strip(text, chars, sides), want, "{text:?}.strip({chars:?}) {sides:?}");
        }
    }

    #[test]
    fn removes_affixes_like_cpython() {
        assert_eq!(remove_affix("test_main.py", "test_", false), "main.py");
        assert_eq!(remove_affix("test_main.py", ".py", true), "test_main");
        assert_eq!(remove_affix("abc", "", false), "abc");
        assert_eq!(remove_affix("abc", "abcd", true), "abc");
        assert_eq!(remove_affix("aa", "a", false), "a");
        assert_eq!(remove_affix("éé", "é", true), "é");
    }
}
