//! Reading `str` objects (layout: `taipan_abi::str_object`).
//!
//! A `str` value is a pointer to a header (refcount, byte length, char count,
//! hash) followed by the UTF-8 bytes. For now the runtime only reads strings made
//! by the compiler (immortal literals); the refcounted str type comes later and
//! will live here too.

use taipan_abi::str_object;

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

/// The text of a str object as an owned `String` (invalid UTF-8, which compiled
/// code never produces, is replaced rather than trusted).
///
/// # Safety
/// As for [`str_bytes`].
pub unsafe fn str_to_string(obj: *const u8) -> String {
    // SAFETY: forwarded from the caller.
    let bytes = unsafe { str_bytes(obj) };
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
pub(crate) mod test_support {
    use taipan_abi::{str_object, IMMORTAL_REFCNT};

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
            words[str_object::LEN as usize / 8] = text.len() as u64;
            words[str_object::NCHARS as usize / 8] = text.chars().count() as u64;
            words[str_object::HASH as usize / 8] = u64::MAX; // -1: not computed
            let mut obj = StrObject { words };
            let data = obj.words[header_words..].as_mut_ptr().cast::<u8>();
            // SAFETY: `data` has room for `data_words * 8 >= text.len() + 1` bytes.
            unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), data, text.len()) };
            obj
        }

        pub fn as_ptr(&self) -> *const u8 {
            self.words.as_ptr().cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::StrObject;
    use super::*;

    #[test]
    fn reads_the_bytes_of_a_str_object() {
        let obj = StrObject::new("héllo, wörld");
        // SAFETY: `obj` is a valid str object that outlives the borrow.
        assert_eq!(unsafe { str_bytes(obj.as_ptr()) }, "héllo, wörld".as_bytes());
        // SAFETY: as above.
        assert_eq!(unsafe { str_to_string(obj.as_ptr()) }, "héllo, wörld");
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
}
