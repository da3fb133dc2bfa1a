//! `str` objects (layout: `taipan_abi::str_object`): reading their fields,
//! making new ones, freeing them, and the static immortal strings.
//!
//! A str is immutable UTF-8 with its length in bytes and in code points and a
//! cached hash. Invariant: the bytes are always valid UTF-8 — the compiler emits
//! literals from Rust strings and the runtime builds strs only from `&str` — so
//! [`str_text`] can skip validation. One allocation per str: header, bytes, NUL.

use taipan_abi::{str_object, ObjTag, SlotKind, IMMORTAL_REFCNT};

use crate::object::{self, free_object, try_alloc_object};

/// The UTF-8 bytes of a str object; a null pointer reads as the empty string.
///
/// # Safety
/// `obj` must be null or point to a live str object laid out as
/// `taipan_abi::str_object` describes, which stays alive for `'a`.
pub unsafe fn str_bytes<'a>(obj: *const u8) -> &'a [u8] {
    if obj.is_null() {
        return &[];
    }
    // SAFETY: the caller guarantees `obj` points to a str object, whose header
    // holds the byte length at `LEN`; unaligned reads make no alignment assumption.
    let len = unsafe { obj.add(str_object::LEN as usize).cast::<i64>().read_unaligned() };
    let Ok(len) = usize::try_from(len) else {
        // A negative length can only come from a corrupt object; read nothing.
        return &[];
    };
    // SAFETY: the object's `len` data bytes start at `DATA` and live as long as it.
    unsafe { std::slice::from_raw_parts(obj.add(str_object::DATA as usize), len) }
}

/// The text of a str object (null reads as "").
///
/// # Safety
/// As for [`str_bytes`].
pub unsafe fn str_text<'a>(obj: *const u8) -> &'a str {
    // SAFETY: forwarded from the caller.
    let bytes = unsafe { str_bytes(obj) };
    // SAFETY: str objects hold valid UTF-8 (the module invariant).
    unsafe { std::str::from_utf8_unchecked(bytes) }
}

/// The length in code points (`len(s)`); null reads as 0.
///
/// # Safety
/// As for [`str_bytes`].
pub unsafe fn str_nchars(obj: *const u8) -> usize {
    if obj.is_null() {
        return 0;
    }
    // SAFETY: the caller guarantees a str object; `NCHARS` is in its header.
    let nchars = unsafe { obj.add(str_object::NCHARS as usize).cast::<i64>().read_unaligned() };
    usize::try_from(nchars).unwrap_or(0)
}

/// True when every character is ASCII, so byte offsets are char offsets.
///
/// # Safety
/// As for [`str_bytes`].
pub unsafe fn str_is_ascii(obj: *const u8) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { str_nchars(obj) == str_bytes(obj).len() }
}

/// The text of a str object as an owned `String`.
///
/// # Safety
/// As for [`str_bytes`].
pub unsafe fn str_to_string(obj: *const u8) -> String {
    // SAFETY: forwarded from the caller.
    unsafe { str_text(obj) }.to_string()
}

/// The str's hash ([`crate::hash::hash_str_bytes`]), cached in the object unless
/// it is immortal (immortal strs may live in read-only memory).
///
/// # Safety
/// `obj` points to a live str object.
pub unsafe fn str_hash(obj: *mut u8) -> i64 {
    let field = obj.wrapping_add(str_object::HASH as usize).cast::<i64>();
    // SAFETY: `HASH` is an 8-aligned field of the live str object.
    let cached = unsafe { field.read() };
    if cached != -1 {
        return cached;
    }
    // SAFETY: forwarded from the caller.
    let hash = crate::hash::hash_str_bytes(unsafe { str_bytes(obj) });
    // SAFETY: a counted object was allocated by the runtime and is writable.
    unsafe {
        if !object::is_immortal(obj) {
            field.write(hash);
        }
    }
    hash
}

/// Allocation size of a str of `len` bytes: header, data and NUL.
fn str_alloc_size(len: usize) -> usize {
    str_object::DATA as usize + len + 1
}

/// A new str of `len` bytes and `nchars` code points whose data the caller fills
/// through the returned slice before the str is used (the NUL is already there).
/// Running out of memory aborts, as for Rust's own strings.
pub fn alloc_str(len: usize, nchars: usize) -> (*mut u8, &'static mut [u8]) {
    match try_alloc_str(len, nchars) {
        Some(made) => made,
        None => {
            let size = len.saturating_add(str_object::DATA as usize + 1).min(isize::MAX as usize - 8);
            let layout = std::alloc::Layout::from_size_align(size, str_object::ALIGN as usize);
            std::alloc::handle_alloc_error(layout.unwrap_or(std::alloc::Layout::new::<u64>()))
        }
    }
}

/// As [`alloc_str`], but `None` when the memory is not available: for lengths a
/// program chooses, which raise `MemoryError`.
pub fn try_alloc_str(len: usize, nchars: usize) -> Option<(*mut u8, &'static mut [u8])> {
    let size = len.checked_add(str_object::DATA as usize + 1)?;
    let obj = try_alloc_object(size, ObjTag::Str, SlotKind::None, SlotKind::None)?;
    // SAFETY: the allocation has room for the header fields, `len` bytes and the
    // NUL; the returned slice is unique until the caller publishes the object.
    unsafe {
        obj.add(str_object::LEN as usize).cast::<i64>().write(len as i64);
        obj.add(str_object::NCHARS as usize).cast::<i64>().write(nchars as i64);
        obj.add(str_object::HASH as usize).cast::<i64>().write(-1);
        let data = obj.add(str_object::DATA as usize);
        data.add(len).write(0);
        data.write_bytes(0, len);
        Some((obj, std::slice::from_raw_parts_mut(data, len)))
    }
}

/// A new str holding `text`, whose code-point count is already known.
pub fn new_str_with_nchars(text: &str, nchars: usize) -> *mut u8 {
    if let Some(shared) = static_str(text.as_bytes()) {
        return shared;
    }
    let (obj, data) = alloc_str(text.len(), nchars);
    data.copy_from_slice(text.as_bytes());
    obj
}

/// A new str holding `text`.
pub fn new_str(text: &str) -> *mut u8 {
    new_str_with_nchars(text, count_chars(text))
}

/// A new str holding the concatenation of `parts`.
pub fn new_str_from_parts(parts: &[&str]) -> *mut u8 {
    let len: usize = parts.iter().map(|part| part.len()).sum();
    let nchars: usize = parts.iter().map(|part| count_chars(part)).sum();
    if len <= 1 {
        let joined: String = parts.concat();
        return new_str_with_nchars(&joined, nchars);
    }
    let (obj, data) = alloc_str(len, nchars);
    let mut at = 0;
    for part in parts {
        data[at..at + part.len()].copy_from_slice(part.as_bytes());
        at += part.len();
    }
    obj
}

/// A new str holding `piece`, a part of a str that is all ASCII when
/// `source_is_ascii` (then its code points need no counting).
pub fn new_str_piece(piece: &str, source_is_ascii: bool) -> *mut u8 {
    let nchars = if source_is_ascii { piece.len() } else { count_chars(piece) };
    new_str_with_nchars(piece, nchars)
}

/// The number of code points of `text` (bytes that do not continue a sequence).
pub fn count_chars(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// Frees a str whose count reached zero.
///
/// # Safety
/// `obj` is a str allocated by [`alloc_str`] that nobody references any more.
pub unsafe fn free_str(obj: *mut u8) {
    // SAFETY: forwarded from the caller; the size is recomputed from its length.
    unsafe {
        let len = str_bytes(obj).len();
        free_object(obj, str_alloc_size(len));
    }
}

/// An immortal str object in static memory: the empty string and the 128 ASCII
/// characters, shared so that `s[i]` and iteration over ASCII text allocate nothing.
#[repr(C, align(8))]
pub struct StaticStr {
    refcnt: i64,
    header_rest: [u8; 8],
    len: i64,
    nchars: i64,
    hash: i64,
    data: [u8; 8],
}

impl StaticStr {
    const fn ascii(byte: u8, len: i64) -> StaticStr {
        let mut header_rest = [0u8; 8];
        header_rest[0] = ObjTag::Str as u8;
        StaticStr {
            refcnt: IMMORTAL_REFCNT,
            header_rest,
            len,
            nchars: len,
            hash: -1,
            data: [byte, 0, 0, 0, 0, 0, 0, 0],
        }
    }

    pub fn as_ptr(&'static self) -> *mut u8 {
        // The object is immortal: nothing ever writes through this pointer.
        (self as *const StaticStr).cast_mut().cast()
    }
}

const fn ascii_table() -> [StaticStr; 128] {
    let mut table = [const { StaticStr::ascii(0, 1) }; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = StaticStr::ascii(byte as u8, 1);
        byte += 1;
    }
    table
}

static EMPTY_STR: StaticStr = StaticStr::ascii(0, 0);
static ASCII_STRS: [StaticStr; 128] = ascii_table();

/// The shared immortal str for "" or a single ASCII character.
pub fn static_str(bytes: &[u8]) -> Option<*mut u8> {
    match bytes {
        [] => Some(EMPTY_STR.as_ptr()),
        [byte] if byte.is_ascii() => Some(ASCII_STRS[*byte as usize].as_ptr()),
        _ => None,
    }
}

/// The shared immortal empty str.
pub fn empty_str() -> *mut u8 {
    EMPTY_STR.as_ptr()
}

#[cfg(test)]
pub(crate) mod test_support {
    use taipan_abi::{str_object, ObjTag, IMMORTAL_REFCNT};

    /// An immortal str object, laid out exactly as compiled code emits literals.
    pub struct StrObject {
        words: Vec<u64>,
    }

    impl StrObject {
        pub fn new(text: &str) -> StrObject {
            let header_words = str_object::DATA as usize / 8;
            // Data bytes plus the trailing NUL, rounded up to whole words.
            let data_words = (text.len() + 1).div_ceil(8);
            let mut words = vec![0u64; header_words + data_words];
            words[str_object::REFCNT as usize / 8] = IMMORTAL_REFCNT as u64;
            words[str_object::TAG as usize / 8] = u64::from(ObjTag::Str as u8).to_le();
            words[str_object::LEN as usize / 8] = text.len() as u64;
            words[str_object::NCHARS as usize / 8] = text.chars().count() as u64;
            words[str_object::HASH as usize / 8] = u64::MAX; // -1: not computed
            let mut obj = StrObject { words };
            let data = obj.words[header_words..].as_mut_ptr().cast::<u8>();
            // SAFETY: `data` has room for `data_words * 8 >= text.len() + 1` bytes.
            unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), data, text.len()) };
            obj
        }

        pub fn as_ptr(&self) -> *mut u8 {
            self.words.as_ptr().cast_mut().cast()
        }
    }

    /// The text of a str result, releasing the caller's reference to it.
    pub fn take_text(obj: *mut u8) -> String {
        // SAFETY: tests pass live strs they own a reference to.
        unsafe {
            let text = super::str_to_string(obj);
            crate::object::tp_decref(obj);
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::StrObject;
    use super::*;
    use crate::object::{live_objects, tp_decref, tp_incref};

    #[test]
    fn reads_the_bytes_of_a_str_object() {
        let obj = StrObject::new("héllo, wörld");
        // SAFETY: `obj` is a valid str object that outlives the borrow.
        unsafe {
            assert_eq!(str_bytes(obj.as_ptr()), "héllo, wörld".as_bytes());
            assert_eq!(str_to_string(obj.as_ptr()), "héllo, wörld");
            assert_eq!(str_nchars(obj.as_ptr()), 12);
            assert!(!str_is_ascii(obj.as_ptr()));
            assert_eq!(object::header_tag(obj.as_ptr()), Some(ObjTag::Str));
        }
    }

    #[test]
    fn empty_and_null_read_as_empty() {
        let obj = StrObject::new("");
        // SAFETY: `obj` is a valid str object; null is allowed.
        unsafe {
            assert_eq!(str_bytes(obj.as_ptr()), b"");
            assert_eq!(str_bytes(std::ptr::null()), b"");
        }
    }

    #[test]
    fn new_strs_are_counted_and_freed() {
        let start = live_objects();
        let s = new_str("naïve text");
        assert_eq!(live_objects(), start + 1);
        // SAFETY: `s` is a live str we own.
        unsafe {
            assert_eq!(str_text(s), "naïve text");
            assert_eq!(str_nchars(s), 10);
            assert_eq!(object::refcnt(s), 1);
            tp_incref(s);
            tp_decref(s);
            assert_eq!(live_objects(), start + 1);
            tp_decref(s);
        }
        assert_eq!(live_objects(), start);
    }

    #[test]
    fn short_ascii_strs_are_shared_immortals() {
        let start = live_objects();
        let a = new_str("a");
        let empty = new_str("");
        // SAFETY: static immortal strs; incref/decref must leave them alone.
        unsafe {
            assert_eq!(str_text(a), "a");
            assert_eq!(str_text(empty), "");
            assert_eq!(a, new_str("a"));
            tp_incref(a);
            tp_decref(a);
            tp_decref(empty);
            assert_eq!(object::refcnt(a), IMMORTAL_REFCNT);
        }
        assert_eq!(live_objects(), start);
    }

    #[test]
    fn parts_concatenate() {
        let s = new_str_from_parts(&["ab", "ç", "", "d"]);
        // SAFETY: `s` is a live str we own.
        unsafe {
            assert_eq!(str_text(s), "abçd");
            assert_eq!(str_nchars(s), 4);
            tp_decref(s);
        }
    }

    #[test]
    fn hash_is_cached_and_never_minus_one() {
        let s = new_str("hash me");
        let lit = StrObject::new("hash me");
        // SAFETY: live strs.
        unsafe {
            let h = str_hash(s);
            assert_ne!(h, -1);
            assert_eq!(h, str_hash(s));
            assert_eq!(h, str_hash(lit.as_ptr()), "equal strs hash equal");
            tp_decref(s);
        }
    }
}
