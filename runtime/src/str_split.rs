//! `str` methods that cut a str into pieces or glue pieces together: `split`,
//! `rsplit` (by whitespace or by a separator, with `maxsplit`), `splitlines`,
//! `partition`, `rpartition` and `join`.
//!
//! Results are `list[str]` (and 3-tuples for the partitions); each piece is a
//! new str. Whitespace is what `str.isspace()` says (Unicode, incl. `\x1c`..`\x1f`).

use taipan_abi::{ObjTag, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::PtrResult;
use crate::list_ops::List;
use crate::object::{has_tag, tp_decref};
use crate::str_object::{alloc_str, new_str, str_nchars, str_text};
use crate::str_ops::StrRef;
use crate::tuple_ops::Tuple;
use crate::unicode::is_space;

fn empty_separator() -> Exc {
    Exc::value_error("empty separator")
}

/// `maxsplit` as a count of splits (negative: unlimited).
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// Whether the char starting at `text[at..]` is whitespace, and its byte length.
fn space_at(text: &str, at: usize) -> Option<usize> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        // The common case, without decoding: ASCII whitespace per `str.isspace()`.
        return is_space(byte as char).then_some(1);
    }
    let c = text.get(at..)?.chars().next()?;
    is_space(c).then_some(c.len_utf8())
}

/// The byte length of the char starting at `text[at..]` (1 past the end).
fn char_width_at(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        Some(byte) if byte.is_ascii() => 1,
        _ => text.get(at..).and_then(|rest| rest.chars().next()).map_or(1, char::len_utf8),
    }
}

/// `s.split()` / `s.split(None, maxsplit)`: runs of whitespace separate, and
/// leading/trailing whitespace is dropped; after `maxsplit` splits the rest
/// (from its first non-space) is the last piece, trailing whitespace included.
pub fn split_whitespace(text: &str, maxsplit: i64) -> Vec<&str> {
    let mut limit = split_limit(maxsplit);
    let mut pieces = Vec::new();
    let mut at = 0;
    loop {
        while let Some(width) = space_at(text, at) {
            at += width;
        }
        if at >= text.len() {
            break;
        }
        if limit == 0 {
            pieces.push(&text[at..]);
            break;
        }
        let start = at;
        while at < text.len() && space_at(text, at).is_none() {
            at += char_width_at(text, at);
        }
        pieces.push(&text[start..at]);
        limit -= 1;
    }
    pieces
}

/// `s.rsplit()` / `s.rsplit(None, maxsplit)`: as `split_whitespace` from the right.
pub fn rsplit_whitespace(text: &str, maxsplit: i64) -> Vec<&str> {
    let mut limit = split_limit(maxsplit);
    let mut pieces = Vec::new();
    // `end` is the byte offset just after the part not yet split.
    let mut end = text.len();
    let last_char = |end: usize| text[..end].chars().next_back();
    loop {
        while let Some(c) = last_char(end).filter(|&c| is_space(c)) {
            end -= c.len_utf8();
        }
        if end == 0 {
            break;
        }
        if limit == 0 {
            pieces.push(&text[..end]);
            break;
        }
        let stop = end;
        while let Some(c) = last_char(end).filter(|&c| !is_space(c)) {
            end -= c.len_utf8();
        }
        pieces.push(&text[end..stop]);
        limit -= 1;
    }
    pieces.reverse();
    pieces
}

/// `s.split(sep, maxsplit)`; `ValueError: empty separator`.
pub fn split_sep<'a>(text: &'a str, sep: &str, maxsplit: i64) -> Result<Vec<&'a str>, Exc> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let pieces = split_limit(maxsplit).saturating_add(1);
    Ok(text.splitn(pieces, sep).collect())
}

/// `s.rsplit(sep, maxsplit)`; `ValueError: empty separator`.
pub fn rsplit_sep<'a>(text: &'a str, sep: &str, maxsplit: i64) -> Result<Vec<&'a str>, Exc> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let pieces = split_limit(maxsplit).saturating_add(1);
    let mut out: Vec<&str> = text.rsplitn(pieces, sep).collect();
    out.reverse();
    Ok(out)
}

/// Whether `c` ends a line for `splitlines` (`\r\n` counts as one break).
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `s.splitlines(keepends)`.
pub fn splitlines(text: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end_of_break = at + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n') {
            chars.next();
            end_of_break += 1;
        }
        lines.push(&text[start..if keepends { end_of_break } else { at }]);
        start = end_of_break;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// `s.partition(sep)`: `(head, sep, tail)`, or `(s, '', '')` when `sep` is absent.
pub fn partition<'a>(text: &'a str, sep: &'a str) -> Result<[&'a str; 3], Exc> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match text.find(sep) {
        Some(at) => [&text[..at], sep, &text[at + sep.len()..]],
        None => [text, "", ""],
    })
}

/// `s.rpartition(sep)`: split at the last `sep`, or `('', '', s)`.
pub fn rpartition<'a>(text: &'a str, sep: &'a str) -> Result<[&'a str; 3], Exc> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match text.rfind(sep) {
        Some(at) => [&text[..at], sep, &text[at + sep.len()..]],
        None => ["", "", text],
    })
}

/// A new `list[str]` of the pieces (parts of `source`).
fn str_list(source: StrRef, pieces: &[&str]) -> *mut u8 {
    let list = List::new(SlotKind::Obj, pieces.len());
    for piece in pieces {
        list.push_owned(source.new_piece(piece) as i64);
    }
    list.as_obj()
}

/// `sep.join(items)` for a `list[str]`.
///
/// # Safety
/// `items` is a live list whose elements are live strs.
pub unsafe fn join(sep: StrRef, items: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(items) };
    let texts: Vec<(&str, usize)> = (0..list.len())
        .map(|index| {
            let obj = list.get(index) as usize as *const u8;
            // SAFETY: the elements of a list[str] are live strs.
            unsafe {
                if obj.is_null() || !has_tag(obj, ObjTag::Str) {
                    ("", 0)
                } else {
                    (str_text(obj), str_nchars(obj))
                }
            }
        })
        .collect();
    if texts.is_empty() {
        return new_str("");
    }
    let gaps = texts.len() - 1;
    let len = texts.iter().map(|(text, _)| text.len()).sum::<usize>() + sep.text.len() * gaps;
    let nchars = texts.iter().map(|(_, n)| n).sum::<usize>() + sep.nchars * gaps;
    if len <= 1 {
        let joined: String = texts.iter().map(|(text, _)| *text).collect::<Vec<_>>().join(sep.text);
        return new_str(&joined);
    }
    let (obj, data) = alloc_str(len, nchars);
    let mut at = 0;
    for (index, (text, _)) in texts.iter().enumerate() {
        if index > 0 {
            data[at..at + sep.text.len()].copy_from_slice(sep.text.as_bytes());
            at += sep.text.len();
        }
        data[at..at + text.len()].copy_from_slice(text.as_bytes());
        at += text.len();
    }
    obj
}

/// The 3-tuple of strs of a partition, pieces of `source`.
fn str_triple(source: StrRef, pieces: [&str; 3]) -> Result<*mut u8, Exc> {
    let objs = pieces.map(|piece| source.new_piece(piece));
    let fields = objs.map(|obj| (SlotKind::Obj, obj as i64));
    let tuple = Tuple::from_fields(&fields);
    for obj in objs {
        // SAFETY: the tuple took its own references; these were ours.
        unsafe { tp_decref(obj) };
    }
    Ok(tuple?.as_obj())
}

// ---- FFI: str arguments are live strs; a null `sep` means "split on whitespace" ----

/// `tp_str_split(s, sep, maxsplit)`: `s.split(sep, maxsplit)` as a new `list[str]`.
///
/// # Safety
/// `s` is a live str, `sep` null or a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_split(s: *const u8, sep: *const u8, maxsplit: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let source = unsafe { StrRef::new(s) };
    let pieces = if sep.is_null() {
        Ok(split_whitespace(source.text, maxsplit))
    } else {
        // SAFETY: forwarded from the caller.
        split_sep(source.text, unsafe { str_text(sep) }, maxsplit)
    };
    PtrResult::from(pieces.map(|pieces| str_list(source, &pieces)))
}

/// `tp_str_rsplit(s, sep, maxsplit)`: `s.rsplit(sep, maxsplit)`.
///
/// # Safety
/// `s` is a live str, `sep` null or a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_rsplit(s: *const u8, sep: *const u8, maxsplit: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let source = unsafe { StrRef::new(s) };
    let pieces = if sep.is_null() {
        Ok(rsplit_whitespace(source.text, maxsplit))
    } else {
        // SAFETY: forwarded from the caller.
        rsplit_sep(source.text, unsafe { str_text(sep) }, maxsplit)
    };
    PtrResult::from(pieces.map(|pieces| str_list(source, &pieces)))
}

/// `tp_str_splitlines(s, keepends)`: `s.splitlines(keepends)`.
///
/// # Safety
/// `s` is a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_str_splitlines(s: *const u8, keepends: u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let source = unsafe { StrRef::new(s) };
    str_list(source, &splitlines(source.text, keepends != 0))
}

/// `tp_str_join(sep, items)`: `sep.join(items)` for a `list[str]`.
///
/// # Safety
/// `sep` is a live str, `items` a live list of live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_join(sep: *const u8, items: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    unsafe { join(StrRef::new(sep), items) }
}

/// `tp_str_partition(s, sep)`: `s.partition(sep)` as a new `tuple[str, str, str]`.
///
/// # Safety
/// `s` and `sep` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_partition(s: *const u8, sep: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let (source, sep) = unsafe { (StrRef::new(s), str_text(sep)) };
    PtrResult::from(partition(source.text, sep).and_then(|pieces| str_triple(source, pieces)))
}

/// `tp_str_rpartition(s, sep)`: `s.rpartition(sep)`.
///
/// # Safety
/// `s` and `sep` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_rpartition(s: *const u8, sep: *const u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let (source, sep) = unsafe { (StrRef::new(s), str_text(sep)) };
    PtrResult::from(rpartition(source.text, sep).and_then(|pieces| str_triple(source, pieces)))
}

#[cfg(test)]
#[path = "str_split/tests.rs"]
mod tests;
