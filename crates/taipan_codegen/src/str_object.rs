//! The bytes of an immortal `str` object, laid out per `taipan_abi::str_object`.

use taipan_abi::{str_object, ObjTag, IMMORTAL_REFCNT};

/// A constant `str` object: header, UTF-8 bytes, then a NUL byte. Every header field
/// is precomputed, so the runtime never writes to it (it lives in read-only data).
pub(crate) fn str_object_bytes(text: &str) -> Vec<u8> {
    let data = str_object::DATA as usize;
    let mut bytes = vec![0u8; data + text.len() + 1];
    let mut put = |offset: i32, value: i64| {
        let at = offset as usize;
        bytes[at..at + 8].copy_from_slice(&value.to_ne_bytes());
    };
    put(str_object::REFCNT, IMMORTAL_REFCNT);
    put(str_object::LEN, text.len() as i64);
    put(str_object::NCHARS, text.chars().count() as i64);
    // -1: not computed yet. The runtime caches a hash only in mutable objects.
    put(str_object::HASH, -1);
    // The rest of the header (kind bytes, padding) stays zero.
    bytes[str_object::TAG as usize] = ObjTag::Str as u8;
    bytes[data..data + text.len()].copy_from_slice(text.as_bytes());
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(bytes: &[u8], offset: i32) -> i64 {
        let at = offset as usize;
        i64::from_ne_bytes(bytes[at..at + 8].try_into().unwrap())
    }

    #[test]
    fn header_fields_and_terminator() {
        let bytes = str_object_bytes("héllo");
        assert_eq!(field(&bytes, str_object::REFCNT), IMMORTAL_REFCNT);
        assert_eq!(field(&bytes, str_object::LEN), 6);
        assert_eq!(field(&bytes, str_object::NCHARS), 5);
        assert_eq!(field(&bytes, str_object::HASH), -1);
        assert_eq!(bytes[str_object::TAG as usize], ObjTag::Str as u8);
        assert_eq!(&bytes[40..46], "héllo".as_bytes());
        assert_eq!(bytes.len(), 40 + 6 + 1);
        assert_eq!(bytes[46], 0);
    }

    #[test]
    fn empty_string() {
        let bytes = str_object_bytes("");
        assert_eq!(field(&bytes, str_object::LEN), 0);
        assert_eq!(bytes.len(), 41);
    }
}
