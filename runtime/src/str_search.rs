//! `str` methods that search: `find`, `rfind`, `index`, `rindex`, `count`,
//! `startswith`, `endswith` (with CPython's `start`/`end` rules) and `replace`.
//!
//! `start`/`end` arguments are code point indices; `SLICE_NONE` (`i64::MIN`)
//! means omitted, like a slice bound.

use taipan_abi::ObjTag;

use crate::exceptions::Exc;
use crate::ffi_result::{I64Result, PtrResult};
use crate::object::{has_tag, tp_incref, tuple_item, tuple_len, Value};
use crate::slice::SLICE_NONE;
use crate::str_object::new_str;
use crate::str_ops::StrRef;

/// CPython's `ADJUST_INDICES`: negative indices count from the end, `end` is
/// clamped to the length; `start` may stay past the end (nothing then matches).
fn adjust_indices(start: i64, end: i64, len: usize) -> (usize, usize) {
    let len = len as i64;
    let adjust = |index: i64| if index < 0 { (index + len).max(0) } else { index };
    let start = if start == SLICE_NONE { 0 } else { adjust(start) };
    let end = if end == SLICE_NONE { len } else { adjust(end).min(len) };
    (start as usize, end as usize)
}

/// The region `start..end` of `s` as text, or `None` when it is empty-and-invalid
/// (`start > end`), and the code point index where it starts.
fn region<'a>(s: StrRef<'a>, start: i64, end: i64) -> Option<(&'a str, usize)> {
    let (start, end) = adjust_indices(start, end, s.nchars);
    (start <= end).then(|| (s.char_range(start, end), start))
}

/// `s.find(sub, start, end)`: the lowest index where `sub` starts, or -1.
pub fn find(s: StrRef, sub: StrRef, start: i64, end: i64) -> i64 {
    let Some((hay, base)) = region(s, start, end) else { return -1 };
    match hay.find(sub.text) {
        Some(offset) => (base + StrRef { text: hay, nchars: hay_nchars(s, hay) }.char_index(offset)) as i64,
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: the highest index where `sub` starts, or -1.
pub fn rfind(s: StrRef, sub: StrRef, start: i64, end: i64) -> i64 {
    let Some((hay, base)) = region(s, start, end) else { return -1 };
    match hay.rfind(sub.text) {
        Some(offset) => (base + StrRef { text: hay, nchars: hay_nchars(s, hay) }.char_index(offset)) as i64,
        None => -1,
    }
}

/// The code point count of a region of `s` (cheap when `s` is ASCII).
fn hay_nchars(s: StrRef, hay: &str) -> usize {
    if s.is_ascii() {
        hay.len()
    } else {
        hay.chars().count()
    }
}

fn not_found() -> Exc {
    Exc::value_error("substring not found")
}

/// `s.index(sub, start, end)`: as `find`, but `ValueError: substring not found`.
pub fn index(s: StrRef, sub: StrRef, start: i64, end: i64) -> Result<i64, Exc> {
    Some(find(s, sub, start, end)).filter(|&at| at >= 0).ok_or_else(not_found)
}

/// `s.rindex(sub, start, end)`.
pub fn rindex(s: StrRef, sub: StrRef, start: i64, end: i64) -> Result<i64, Exc> {
    Some(rfind(s, sub, start, end)).filter(|&at| at >= 0).ok_or_else(not_found)
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// occurs between every two code points and at both ends.
pub fn count(s: StrRef, sub: StrRef, start: i64, end: i64) -> i64 {
    let Some((hay, _)) = region(s, start, end) else { return 0 };
    if sub.text.is_empty() {
        return hay_nchars(s, hay) as i64 + 1;
    }
    hay.matches(sub.text).count() as i64
}

/// Whether `prefix` matches at the start (or `suffix` at the end) of the
/// region, with CPython's `tailmatch` rules.
fn tail_match(s: StrRef, affix: &str, start: i64, end: i64, at_end: bool) -> bool {
    let Some((hay, _)) = region(s, start, end) else { return false };
    if at_end {
        hay.ends_with(affix)
    } else {
        hay.starts_with(affix)
    }
}

/// `s.startswith(prefix, start, end)`.
pub fn startswith(s: StrRef, prefix: StrRef, start: i64, end: i64) -> bool {
    tail_match(s, prefix.text, start, end, false)
}

/// `s.endswith(suffix, start, end)`.
pub fn endswith(s: StrRef, suffix: StrRef, start: i64, end: i64) -> bool {
    tail_match(s, suffix.text, start, end, true)
}

/// `s.replace(old, new, count)`: the first `count` occurrences (all when
/// `count < 0`); an empty `old` inserts `new` around every code point.
pub fn replace(s: StrRef, old: StrRef, new: StrRef, count: i64) -> Result<String, Exc> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    // Bound the result before building it: `'ab'.replace('', 'x' * 10**9)`.
    let occurrences = if old.text.is_empty() { s.nchars + 1 } else { s.text.matches(old.text).count() };
    let occurrences = occurrences.min(limit);
    let growth = new.text.len().checked_mul(occurrences);
    if growth.and_then(|g| g.checked_add(s.text.len())).is_none_or(|len| len > isize::MAX as usize) {
        return Err(Exc::new(taipan_abi::ExcKind::OverflowError, "replace string is too long"));
    }
    Ok(s.text.replacen(old.text, new.text, limit))
}

/// The strs of a `tuple[str, ...]` argument of `startswith`/`endswith`.
///
/// # Safety
/// `tuple` is a live tuple whose fields are live strs.
unsafe fn tuple_strs<'a>(tuple: *const u8) -> Vec<StrRef<'a>> {
    // SAFETY: forwarded from the caller; indices stay below the length.
    unsafe {
        (0..tuple_len(tuple))
            .filter_map(|index| match tuple_item(tuple, index) {
                Value::Obj(obj) if !obj.is_null() && has_tag(obj, ObjTag::Str) => Some(StrRef::new(obj)),
                _ => None,
            })
            .collect()
    }
}

// ---- FFI: every str argument is a live str; a tuple argument a live tuple of strs ----

macro_rules! str_search_fn {
    ($(#[$doc:meta])* $symbol:ident => $func:ident -> $ret:ty, $wrap:expr) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// `s` and `sub` are live strs.
        #[no_mangle]
        pub unsafe extern "C" fn $symbol(s: *const u8, sub: *const u8, start: i64, end: i64) -> $ret {
            // SAFETY: forwarded from the caller.
            let (s, sub) = unsafe { (StrRef::new(s), StrRef::new(sub)) };
            $wrap($func(s, sub, start, end))
        }
    };
}

str_search_fn!(
    /// `tp_str_find(s, sub, start, end)`.
    tp_str_find => find -> i64, |at| at
);
str_search_fn!(
    /// `tp_str_rfind(s, sub, start, end)`.
    tp_str_rfind => rfind -> i64, |at| at
);
str_search_fn!(
    /// `tp_str_index(s, sub, start, end)`.
    tp_str_index => index -> I64Result, I64Result::from
);
str_search_fn!(
    /// `tp_str_rindex(s, sub, start, end)`.
    tp_str_rindex => rindex -> I64Result, I64Result::from
);
str_search_fn!(
    /// `tp_str_count(s, sub, start, end)`.
    tp_str_count => count -> i64, |n| n
);
str_search_fn!(
    /// `tp_str_startswith(s, prefix, start, end)`.
    tp_str_startswith => startswith -> u8, u8::from
);
str_search_fn!(
    /// `tp_str_endswith(s, suffix, start, end)`.
    tp_str_endswith => endswith -> u8, u8::from
);

/// `tp_str_startswith_tuple(s, prefixes, start, end)`: `s.startswith((a, b))`.
///
/// # Safety
/// `s` is a live str, `prefixes` a live tuple of strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_startswith_tuple(s: *const u8, prefixes: *const u8, start: i64, end: i64) -> u8 {
    // SAFETY: forwarded from the caller.
    let (s, prefixes) = unsafe { (StrRef::new(s), tuple_strs(prefixes)) };
    prefixes.into_iter().any(|prefix| startswith(s, prefix, start, end)).into()
}

/// `tp_str_endswith_tuple(s, suffixes, start, end)`: `s.endswith((a, b))`.
///
/// # Safety
/// `s` is a live str, `suffixes` a live tuple of strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_endswith_tuple(s: *const u8, suffixes: *const u8, start: i64, end: i64) -> u8 {
    // SAFETY: forwarded from the caller.
    let (s, suffixes) = unsafe { (StrRef::new(s), tuple_strs(suffixes)) };
    suffixes.into_iter().any(|suffix| endswith(s, suffix, start, end)).into()
}

/// `tp_str_replace(s, old, new, count)`: `s.replace(old, new, count)` (-1: all).
///
/// # Safety
/// `s`, `old` and `new` are live strs.
#[no_mangle]
pub unsafe extern "C" fn tp_str_replace(s: *const u8, old: *const u8, new: *const u8, count: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let (s_ref, old, new) = unsafe { (StrRef::new(s), StrRef::new(old), StrRef::new(new)) };
    // Nothing to replace: CPython returns the str itself.
    if count == 0 || (!old.text.is_empty() && !s_ref.text.contains(old.text)) {
        // SAFETY: `s` is live; the caller gets a new reference.
        unsafe { tp_incref(s.cast_mut()) };
        return PtrResult::from(Ok(s.cast_mut()));
    }
    PtrResult::from(replace(s_ref, old, new, count).map(|text| new_str(&text)))
}

#[cfg(test)]
#[path = "str_search/tests.rs"]
mod tests;
