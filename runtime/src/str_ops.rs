//! The `str` operators and builtins: `+`, `*`, `len`, `s[i]`, `s[a:b:c]`, `in`,
//! comparisons, `ord`, `chr`, iteration, and `str()`/`repr()` of scalars.
//! Methods are in `str_search`, `str_split`, `str_strip`, `str_pad`, `str_case`.
//!
//! Indices count code points. An all-ASCII str (byte length == code point
//! count) is indexed in O(1); others are walked from the start.

use taipan_abi::ExcKind;

use crate::exceptions::Exc;
use crate::ffi_result::{I64Result, PtrResult};
use crate::float_repr::float_repr;
use crate::object::{slot_kind_or_none, tp_incref, Value};
use crate::slice::resolve_slice;
use crate::slot_ops::repr_into;
use crate::str_object::{
    alloc_str, new_str, new_str_piece, new_str_with_nchars, static_str, str_bytes, str_hash, str_nchars,
    str_text, try_alloc_str,
};
use crate::str_repr::{escape_non_ascii, str_repr};

/// `MemoryError` (no message), for results too large to allocate.
pub fn memory_error() -> Exc {
    Exc::new(ExcKind::MemoryError, "")
}

/// A borrowed str argument: its text and whether it is all ASCII.
#[derive(Clone, Copy)]
pub struct StrRef<'a> {
    pub text: &'a str,
    pub nchars: usize,
}

impl<'a> StrRef<'a> {
    /// # Safety
    /// `obj` is null or a live str that outlives `'a`.
    pub unsafe fn new(obj: *const u8) -> StrRef<'a> {
        // SAFETY: forwarded from the caller.
        unsafe { StrRef { text: str_text(obj), nchars: str_nchars(obj) } }
    }

    pub fn is_ascii(self) -> bool {
        self.nchars == self.text.len()
    }

    /// The byte offset of code point `index` (`index <= nchars`).
    pub fn byte_offset(self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.text.len());
        }
        self.text.char_indices().nth(index).map_or(self.text.len(), |(offset, _)| offset)
    }

    /// The code point index of byte offset `offset` (a char boundary).
    pub fn char_index(self, offset: usize) -> usize {
        if self.is_ascii() {
            return offset;
        }
        self.text.get(..offset).map_or(self.nchars, |head| head.chars().count())
    }

    /// The text of code points `start..end` (`start <= end <= nchars`; other
    /// ranges give a clamped, possibly empty, piece rather than a panic).
    pub fn char_range(self, start: usize, end: usize) -> &'a str {
        let from = self.byte_offset(start);
        let to = if self.is_ascii() {
            end.min(self.text.len())
        } else {
            // Continue from `from` rather than walking from the start again.
            let rest = self.text.get(from..).unwrap_or("");
            rest.char_indices().nth(end.saturating_sub(start)).map_or(self.text.len(), |(offset, _)| from + offset)
        };
        self.text.get(from..to).unwrap_or("")
    }

    /// A new str holding a part of this one.
    pub fn new_piece(self, piece: &str) -> *mut u8 {
        new_str_piece(piece, self.is_ascii())
    }
}

/// `a + b`.
pub fn concat(a: StrRef, b: StrRef) -> *mut u8 {
    let nchars = a.nchars + b.nchars;
    let len = a.text.len() + b.text.len();
    if len <= 1 {
        // At most one side is non-empty: the result is that side's text (a
        // shared static str), with no temporary `String` (`word += letter`
        // starting from '' hits this once per word).
        let text = if a.text.is_empty() { b.text } else { a.text };
        return new_str_with_nchars(text, nchars);
    }
    // Both halves exist in memory, so a failure here is a true out-of-memory.
    let (obj, data) = alloc_str(len, nchars);
    data[..a.text.len()].copy_from_slice(a.text.as_bytes());
    data[a.text.len()..].copy_from_slice(b.text.as_bytes());
    obj
}

/// `s * n` (`n <= 0` gives '').
pub fn repeat(s: StrRef, times: i64) -> Result<*mut u8, Exc> {
    if times <= 0 || s.text.is_empty() {
        return Ok(new_str(""));
    }
    let times = times as usize;
    let Some(len) = s.text.len().checked_mul(times).filter(|&len| len <= isize::MAX as usize) else {
        return Err(Exc::new(ExcKind::OverflowError, "repeated string is too long"));
    };
    if times == 1 {
        return Ok(new_str_with_nchars(s.text, s.nchars));
    }
    let (obj, data) = try_alloc_str(len, s.nchars * times).ok_or_else(memory_error)?;
    for chunk in data.chunks_exact_mut(s.text.len()) {
        chunk.copy_from_slice(s.text.as_bytes());
    }
    Ok(obj)
}

/// `s[index]`; `IndexError: string index out of range`.
pub fn getitem(s: StrRef, index: i64) -> Result<*mut u8, Exc> {
    let len = s.nchars as i64;
    let index = if index < 0 { index + len } else { index };
    if !(0..len).contains(&index) {
        return Err(Exc::new(ExcKind::IndexError, "string index out of range"));
    }
    let index = index as usize;
    if s.is_ascii() {
        let byte = &s.text.as_bytes()[index..index + 1];
        return Ok(static_str(byte).unwrap_or_else(|| new_str_piece(&s.text[index..index + 1], true)));
    }
    Ok(s.new_piece(s.char_range(index, index + 1)))
}

/// `s[start:stop:step]` (`crate::slice::SLICE_NONE` for an omitted bound).
pub fn slice(s: StrRef, start: i64, stop: i64, step: i64) -> Result<*mut u8, Exc> {
    let range = resolve_slice(s.nchars, start, stop, step)?;
    if range.len == 0 {
        return Ok(new_str(""));
    }
    if range.is_contiguous() {
        let first = range.index(0);
        return Ok(s.new_piece(s.char_range(first, first + range.len)));
    }
    let mut out = String::with_capacity(range.len);
    if s.is_ascii() {
        let bytes = s.text.as_bytes();
        out.extend(range.indices().map(|index| bytes[index] as char));
    } else {
        let chars: Vec<char> = s.text.chars().collect();
        out.extend(range.indices().map(|index| chars[index]));
    }
    Ok(new_str_with_nchars(&out, range.len))
}

/// `ord(s)`; `TypeError: ord() expected a character, but string of length 3 found`.
pub fn ord(s: StrRef) -> Result<i64, Exc> {
    let mut chars = s.text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c as i64),
        _ => Err(Exc::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.nchars
        ))),
    }
}

/// `chr(n)`; `ValueError: chr() arg not in range(0x110000)`. Surrogates
/// (U+D800..U+DFFF), which CPython allows in a str but UTF-8 cannot hold,
/// raise a ValueError saying so.
pub fn chr(code: i64) -> Result<*mut u8, Exc> {
    let Some(code) = u32::try_from(code).ok().filter(|&code| code < 0x110000) else {
        return Err(Exc::value_error("chr() arg not in range(0x110000)"));
    };
    match char::from_u32(code) {
        Some(c) => Ok(new_str_with_nchars(c.encode_utf8(&mut [0; 4]), 1)),
        None => Err(Exc::value_error(format!(
            "taipan: chr({code:#x}) is a surrogate code point, which taipan strs (UTF-8) cannot hold"
        ))),
    }
}

/// The character starting at byte offset `offset` of `s`, for iteration: the
/// caller advances `offset` by the byte length of the result (its `LEN`) and
/// stops at `s`'s byte length. An offset past the end (or not at a character
/// start) gives ''.
pub fn char_at_byte(s: StrRef, offset: usize) -> *mut u8 {
    let Some(c) = s.text.get(offset..).and_then(|rest| rest.chars().next()) else {
        return new_str("");
    };
    new_str_with_nchars(c.encode_utf8(&mut [0; 4]), 1)
}

// ---- FFI ----

/// `tp_str_concat(a, b)`: `a + b`.
///
/// # Safety
/// Both arguments are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_concat(a: *const u8, b: *const u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe {
        // `s + ''` is `s` itself, as in CPython.
        if str_bytes(b).is_empty() && !a.is_null() {
            tp_incref(a.cast_mut());
            return a.cast_mut();
        }
        concat(StrRef::new(a), StrRef::new(b))
    }
}

/// `tp_str_repeat(s, n)`: `s * n`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_repeat(s: *const u8, times: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(repeat(unsafe { StrRef::new(s) }, times))
}

/// `tp_str_len(s)`: `len(s)` in code points.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_len(s: *const u8) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { str_nchars(s) as i64 }
}

/// `tp_str_byte_len(s)`: the length of `s` in UTF-8 bytes (for `for c in s`).
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_byte_len(s: *const u8) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { str_bytes(s).len() as i64 }
}

/// `tp_str_getitem(s, i)`: `s[i]`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_getitem(s: *const u8, index: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(getitem(unsafe { StrRef::new(s) }, index))
}

/// `tp_str_slice(s, start, stop, step)`: `s[start:stop:step]`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_slice(s: *const u8, start: i64, stop: i64, step: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    PtrResult::from(slice(unsafe { StrRef::new(s) }, start, stop, step))
}

/// `tp_str_contains(s, sub)`: `sub in s`.
///
/// # Safety
/// Both arguments are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_contains(s: *const u8, sub: *const u8) -> u8 {
    // SAFETY: forwarded from the caller.
    unsafe { str_text(s).contains(str_text(sub)) }.into()
}

/// `tp_str_eq(a, b)`: `a == b`.
///
/// # Safety
/// Both arguments are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_eq(a: *const u8, b: *const u8) -> u8 {
    // SAFETY: forwarded from the caller.
    (a == b || unsafe { str_bytes(a) == str_bytes(b) }).into()
}

/// `tp_str_compare(a, b)`: -1, 0 or 1 as `a` sorts before, equal to or after
/// `b` (code point order, which is UTF-8 byte order).
///
/// # Safety
/// Both arguments are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_compare(a: *const u8, b: *const u8) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { str_bytes(a).cmp(str_bytes(b)) as i64 }
}

/// `tp_str_hash(s)`: `hash(s)`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_hash(s: *mut u8) -> i64 {
    // SAFETY: forwarded from the caller.
    unsafe { str_hash(s) }
}

/// `tp_str_ord(s)`: `ord(s)`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_ord(s: *const u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    I64Result::from(ord(unsafe { StrRef::new(s) }))
}

/// `tp_chr(n)`: `chr(n)`.
#[no_mangle]
pub extern "C" fn tp_chr(code: i64) -> PtrResult {
    PtrResult::from(chr(code))
}

/// `tp_str_char_at_byte(s, offset)`: the character at byte `offset`, for `for c in s`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_char_at_byte(s: *const u8, offset: i64) -> *mut u8 {
    let offset = usize::try_from(offset).unwrap_or(usize::MAX);
    // SAFETY: forwarded from the caller.
    char_at_byte(unsafe { StrRef::new(s) }, offset)
}

/// `tp_int_to_str(n)`: `str(n)`.
#[no_mangle]
pub extern "C" fn tp_int_to_str(value: i64) -> *mut u8 {
    new_str(&value.to_string())
}

/// `tp_float_to_str(x)`: `str(x)`, which is `repr(x)`.
#[no_mangle]
pub extern "C" fn tp_float_to_str(value: f64) -> *mut u8 {
    new_str(&float_repr(value))
}

/// `tp_bool_to_str(b)`: `str(b)`.
#[no_mangle]
pub extern "C" fn tp_bool_to_str(value: u8) -> *mut u8 {
    new_str(if value != 0 { "True" } else { "False" })
}

/// `tp_str_repr(s)`: `repr(s)` with CPython's quoting and escapes.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_repr(s: *const u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    new_str(&str_repr(unsafe { str_text(s) }))
}

/// `tp_ascii_slot(kind, bits)`: `ascii(x)` (the `!a` conversion) of a slot.
///
/// # Safety
/// An object slot holds a live object.
#[no_mangle]
pub unsafe extern "C" fn tp_ascii_slot(kind: i64, bits: i64) -> *mut u8 {
    let mut repr = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { repr_into(&mut repr, Value::from_slot(slot_kind_or_none(kind), bits)) };
    new_str(&escape_non_ascii(&repr))
}

#[cfg(test)]
#[path = "str_ops/tests.rs"]
mod tests;
