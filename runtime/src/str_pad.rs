//! `str.zfill`, `center`, `ljust` and `rjust`: padding to a width in code points.

use taipan_abi::ExcKind;

use crate::exceptions::Exc;
use crate::ffi_result::PtrResult;
use crate::object::tp_incref;
use crate::str_object::{str_nchars, str_text, try_alloc_str};
use crate::str_ops::{memory_error, StrRef};

/// Where the text goes within the padded width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Justify {
    Left,
    Right,
    Center,
}

/// `left + text + right` fill characters as a new str; `MemoryError` when too large.
pub fn padded(text: &str, nchars: usize, fill: char, left: usize, right: usize) -> Result<*mut u8, Exc> {
    let fill_len = fill.len_utf8();
    let pad_bytes = left.checked_add(right).and_then(|n| n.checked_mul(fill_len)).ok_or_else(memory_error)?;
    let len = text.len().checked_add(pad_bytes).ok_or_else(memory_error)?;
    let (obj, data) = try_alloc_str(len, nchars + left + right).ok_or_else(memory_error)?;
    let mut encoded = [0u8; 4];
    let fill = fill.encode_utf8(&mut encoded).as_bytes();
    let (head, rest) = data.split_at_mut(left * fill_len);
    let (middle, tail) = rest.split_at_mut(text.len());
    for chunk in head.chunks_exact_mut(fill_len).chain(tail.chunks_exact_mut(fill_len)) {
        chunk.copy_from_slice(fill);
    }
    middle.copy_from_slice(text.as_bytes());
    Ok(obj)
}

/// The fill margins `(left, right)` of `s.ljust/rjust/center(width)`, or `None`
/// when the str is already at least `width` long.
pub fn margins(nchars: usize, width: i64, justify: Justify) -> Option<(usize, usize)> {
    let width = usize::try_from(width).ok()?;
    let margin = width.checked_sub(nchars).filter(|&m| m > 0)?;
    Some(match justify {
        Justify::Left => (0, margin),
        Justify::Right => (margin, 0),
        // CPython's `pad`: the odd extra column goes left only when both the
        // margin and the width are odd.
        Justify::Center => {
            let left = margin / 2 + (margin & width & 1);
            (left, margin - left)
        }
    })
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: StrRef, width: i64) -> Result<Option<String>, Exc> {
    let Some((fill, _)) = margins(s.nchars, width, Justify::Right) else { return Ok(None) };
    let mut out = String::new();
    out.try_reserve(s.text.len() + fill).map_err(|_| memory_error())?;
    let (sign, digits) = match s.text.as_bytes().first() {
        Some(b'+' | b'-') => s.text.split_at(1),
        _ => ("", s.text),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(digits);
    Ok(Some(out))
}

/// The one character of a `fillchar` argument.
/// `TypeError: The fill character must be exactly one character long`.
pub fn fill_char(text: &str) -> Result<char, Exc> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Exc::new(ExcKind::TypeError, "The fill character must be exactly one character long")),
    }
}

/// # Safety
/// `s` and `fill` are live strs.
unsafe fn justify_obj(s: *const u8, width: i64, fill: *const u8, justify: Justify) -> Result<*mut u8, Exc> {
    // SAFETY: forwarded from the caller.
    let (text, nchars, fill) = unsafe { (str_text(s), str_nchars(s), str_text(fill)) };
    let fill = fill_char(fill)?;
    match margins(nchars, width, justify) {
        Some((left, right)) => padded(text, nchars, fill, left, right),
        None => {
            // Wide enough already: CPython returns the str itself.
            // SAFETY: `s` is live; the caller gets a new reference.
            unsafe { tp_incref(s.cast_mut()) };
            Ok(s.cast_mut())
        }
    }
}

/// `tp_str_ljust(s, width, fillchar)`.
///
/// # Safety
/// `s` and `fillchar` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_ljust(s: *const u8, width: i64, fillchar: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(unsafe { justify_obj(s, width, fillchar, Justify::Left) })
}

/// `tp_str_rjust(s, width, fillchar)`.
///
/// # Safety
/// `s` and `fillchar` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_rjust(s: *const u8, width: i64, fillchar: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(unsafe { justify_obj(s, width, fillchar, Justify::Right) })
}

/// `tp_str_center(s, width, fillchar)`.
///
/// # Safety
/// `s` and `fillchar` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_center(s: *const u8, width: i64, fillchar: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(unsafe { justify_obj(s, width, fillchar, Justify::Center) })
}

/// `tp_str_zfill(s, width)`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_zfill(s: *const u8, width: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let source = unsafe { StrRef::new(s) };
    PtrResult::from(zfill(source, width).map(|padded| match padded {
        Some(text) => source.new_piece(&text),
        None => {
            // SAFETY: `s` is live; the caller gets a new reference.
            unsafe { tp_incref(s.cast_mut()) };
            s.cast_mut()
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::tp_decref;
    use crate::str_object::new_str;

    fn justified(text: &str, width: i64, fill: &str, justify: Justify) -> Result<String, Exc> {
        let (s, fill) = (new_str(text), new_str(fill));
        // SAFETY: live strs, released below.
        unsafe {
            let res = justify_obj(s, width, fill, justify).map(|obj| {
                let out = str_text(obj).to_string();
                tp_decref(obj);
                out
            });
            tp_decref(s);
            tp_decref(fill);
            res
        }
    }

    /// Expected strings are CPython 3.11's.
    #[test]
    fn justifies_like_cpython() {
        use Justify::*;
        let cases: &[(&str, i64, &str, Justify, &str)] = &[
            ("abc", 7, " ", Left, "abc    "),
            ("abc", 7, "*", Right, "****abc"),
            ("abc", 8, "-", Center, "--abc---"),
            ("abc", 7, "-", Center, "--abc--"),
            ("ab", 7, "-", Center, "---ab--"),
            ("ab", 5, "-", Center, "--ab-"),
            ("abcd", 7, "-", Center, "--abcd-"),
            ("é", 4, "ü", Center, "üéüü"),
            ("abc", 2, " ", Center, "abc"),
            ("abc", -5, " ", Left, "abc"),
        ];
        for &(text, width, fill, justify, want) in cases {
            assert_eq!(justified(text, width, fill, justify).as_deref(), Ok(want), "{text:?} {width} {justify:?}");
        }
        let err = justified("abc", 9, "ab", Left).expect_err("two-char fill");
        assert_eq!(err.message(), "The fill character must be exactly one character long");
    }

    #[test]
    fn zfill_like_cpython() {
        let cases: &[(&str, i64, &str)] = &[
            ("42", 5, "00042"),
            ("-42", 5, "-0042"),
            ("+42", 5, "+0042"),
            ("abc", 2, "abc"),
            ("", 3, "000"),
            ("-", 3, "-00"),
            ("é", 3, "00é"),
        ];
        for &(text, width, want) in cases {
            let s = StrRef { text, nchars: text.chars().count() };
            let got = zfill(s, width).expect("fits").unwrap_or_else(|| text.to_string());
            assert_eq!(got, want, "{text:?}.zfill({width})");
        }
    }
}
