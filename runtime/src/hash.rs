//! `hash(x)` for every hashable value, matching CPython 3.11 where CPython is
//! deterministic: ints, floats and bools (`Objects/longobject.c`,
//! `Python/pyhash.c: _Py_HashDouble`) and tuples (`Objects/tupleobject.c:
//! tuplehash`, the xxHash-based combiner). CPython randomises str hashes, so
//! strs get a fast hash of our own; hashing None or a NaN is address-based in
//! CPython 3.11, so both get a constant here.
//!
//! As in CPython a hash is never -1 (CPython's error marker; the str header
//! uses it for "not computed yet").

use taipan_abi::{ExcKind, ObjTag, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::I64Result;
use crate::object::{header_tag, slot_kind_or_none, tuple_item, tuple_len, Value};
use crate::str_object::str_hash;

/// CPython's `_PyHASH_MODULUS`: numeric hashes are values modulo this prime.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`; minus it for `-inf`.
const HASH_INF: i64 = 314_159;
/// `hash(None)`: the constant CPython 3.12 adopted (3.11 hashes None's address).
const HASH_NONE: i64 = 0xFCA8_6420;

fn never_minus_one(hash: i64) -> i64 {
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// `hash(n)` of an int: `n mod (2**61 - 1)`, with the sign of `n`.
pub fn hash_int(n: i64) -> i64 {
    let magnitude = (n.unsigned_abs() % HASH_MODULUS) as i64;
    never_minus_one(if n < 0 { -magnitude } else { magnitude })
}

/// `hash(x)` of a float: equal to `hash(int(x))` when `x` is integral, and in
/// general the rational `x` reduced modulo `2**61 - 1` (`_Py_HashDouble`).
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut mantissa, mut exponent) = frexp(x);
    let mut sign = 1;
    if mantissa < 0.0 {
        sign = -1;
        mantissa = -mantissa;
    }
    // Consume the mantissa 28 bits at a time, as CPython does, multiplying the
    // accumulator by 2**28 (a rotation modulo 2**61 - 1) each step.
    let mut acc: u64 = 0;
    while mantissa != 0.0 {
        acc = ((acc << 28) & HASH_MODULUS) | (acc >> (HASH_BITS - 28));
        mantissa *= 268_435_456.0; // 2**28
        exponent -= 28;
        let top = mantissa as u64;
        mantissa -= top as f64;
        acc += top;
        if acc >= HASH_MODULUS {
            acc -= HASH_MODULUS;
        }
    }
    // Multiply by 2**exponent, again a rotation by `exponent mod 61`.
    let shift = if exponent >= 0 {
        exponent % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - exponent) % HASH_BITS as i32)
    } as u32;
    acc = ((acc << shift) & HASH_MODULUS) | (acc >> (HASH_BITS - shift));
    never_minus_one(acc as i64 * sign)
}

/// C's `frexp` for a finite nonzero `x`: `x == m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    // Replace the exponent with the one of [0.5, 1).
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, biased - 1022)
}

/// A hash for str bytes: word-at-a-time multiply-rotate with a final avalanche
/// (MurmurHash3's `fmix64`). Equal strings hash equal; that is all the
/// language promises (CPython's is randomised per process).
pub fn hash_str_bytes(bytes: &[u8]) -> i64 {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    let mix = |acc: u64, word: u64| (acc.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER);
    let mut acc = (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        acc = mix(acc, u64::from_le_bytes(word));
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut word = [0u8; 8];
        word[..tail.len()].copy_from_slice(tail);
        acc = mix(acc, u64::from_le_bytes(word));
    }
    acc ^= acc >> 33;
    acc = acc.wrapping_mul(0xff51_afd7_ed55_8ccd);
    acc ^= acc >> 33;
    acc = acc.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    acc ^= acc >> 33;
    never_minus_one(acc as i64)
}

/// CPython's tuple hash over the hashes of the fields (`tuplehash`, 3.8+).
pub fn tuple_hash(field_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let len = field_hashes.len() as u64;
    let mut acc = PRIME_5;
    for lane in field_hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(len ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `hash(v)`; `TypeError: unhashable type: 'list'` for mutable containers.
///
/// # Safety
/// An object value points to a live object.
pub unsafe fn hash_value(value: Value) -> Result<i64, Exc> {
    // SAFETY: forwarded from the caller.
    Ok(match unsafe { crate::optional_box::unboxed(value) } {
        Value::Int(n) => hash_int(n),
        Value::Float(x) => hash_float(x),
        Value::Bool(b) => i64::from(b),
        Value::None => HASH_NONE,
        Value::Obj(obj) if obj.is_null() => 0,
        // SAFETY: forwarded from the caller.
        Value::Obj(obj) => match unsafe { header_tag(obj) } {
            // SAFETY: the tag says it is a str.
            Some(ObjTag::Str) => unsafe { str_hash(obj) },
            // SAFETY: the tag says it is a tuple.
            Some(ObjTag::Tuple) => unsafe { hash_tuple(obj)? },
            // Instances without `__hash__` hash by identity, as CPython's
            // `object.__hash__` (the address rotated by 4 bits).
            // SAFETY: forwarded from the caller.
            Some(ObjTag::Instance) => unsafe { crate::instance_callbacks::instance_hash(obj)? },
            // SAFETY: the tag says it is a range.
            Some(ObjTag::Range) => crate::range_ops::hash(unsafe { crate::range_ops::bounds_of(obj) }, HASH_NONE),
            Some(tag) => {
                let message = format!("unhashable type: '{}'", tag.type_name());
                return Err(Exc::new(ExcKind::TypeError, message));
            }
            None => return Err(Exc::type_error("unhashable type: 'object'")),
        },
    })
}

/// # Safety
/// `obj` points to a live tuple.
unsafe fn hash_tuple(obj: *mut u8) -> Result<i64, Exc> {
    // SAFETY: forwarded from the caller; indices stay below the length.
    let len = unsafe { tuple_len(obj) };
    let mut hashes = Vec::with_capacity(len);
    for index in 0..len {
        // SAFETY: `index < len`; the fields of a live tuple are live.
        hashes.push(unsafe { hash_value(tuple_item(obj, index))? });
    }
    Ok(tuple_hash(hashes.into_iter()))
}

/// `tp_hash_slot(kind, bits)`: `hash()` of a slot of `kind`.
///
/// # Safety
/// An object slot holds a live object.
#[no_mangle]
pub unsafe extern "C" fn tp_hash_slot(kind: i64, bits: i64) -> I64Result {
    let value = Value::from_slot(slot_kind_or_none(kind), bits);
    // SAFETY: forwarded from the caller.
    I64Result::from(unsafe { hash_value(value) })
}

/// The hash of a dict key or set element, for operations that cannot report
/// an error: the type checker admits only hashable types, but an instance's
/// `__hash__` can raise and a class can be unhashable. Such an error is
/// recorded with `instance_callbacks::fail` (reported by `tp_callback_check`),
/// and the hash is 0; the caller must not store the key then.
///
/// # Safety
/// As for [`hash_value`].
pub unsafe fn hash_slot_infallible(kind: SlotKind, bits: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    match unsafe { hash_value(Value::from_slot(kind, bits)) } {
        Ok(hash) => hash,
        Err(exc) => {
            crate::instance_callbacks::fail(exc);
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values are `hash(x)` printed by CPython 3.11.
    #[test]
    fn int_hashes_match_cpython() {
        let cases: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (12345, 12345),
            ((1 << 61) - 1, 0),
            (1 << 61, 1),
            (-(1 << 61), -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
        ];
        for &(n, want) in cases {
            assert_eq!(hash_int(n), want, "hash({n})");
        }
    }

    /// Expected values are `hash(x)` printed by CPython 3.11.
    #[test]
    fn float_hashes_match_cpython() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1_152_921_504_606_846_977),
            (0.1, 230_584_300_921_369_408),
            (-2.5, -1_152_921_504_606_846_978),
            (1e100, 1_822_893_315_824_342_674),
            (5e-324, 16_777_216),
            (1e16, 10_000_000_000_000_000),
            (f64::INFINITY, 314_159),
            (f64::NEG_INFINITY, -314_159),
            (123456.789, 1_819_310_134_279_660_096),
        ];
        for &(x, want) in cases {
            assert_eq!(hash_float(x), want, "hash({x:e})");
        }
        for n in [-5i64, 0, 7, 1 << 40, -(1 << 52)] {
            assert_eq!(hash_float(n as f64), hash_int(n), "hash(float({n})) == hash({n})");
        }
    }

    /// Expected values are `hash(t)` printed by CPython 3.11.
    #[test]
    fn tuple_hash_matches_cpython() {
        assert_eq!(tuple_hash([].into_iter()), 5_740_354_900_026_072_187);
        assert_eq!(tuple_hash([1].into_iter()), -6_644_214_454_873_602_895);
        assert_eq!(tuple_hash([1, 2].into_iter()), -3_550_055_125_485_641_917);
        let nested = tuple_hash([hash_int(1), tuple_hash([2, 3].into_iter())].into_iter());
        assert_eq!(nested, 7_267_574_591_690_527_098);
    }

    #[test]
    fn str_hash_is_stable_and_never_minus_one() {
        assert_eq!(hash_str_bytes(b"abc"), hash_str_bytes(b"abc"));
        assert_ne!(hash_str_bytes(b"abc"), hash_str_bytes(b"abd"));
        assert_ne!(hash_str_bytes(b"12345678"), hash_str_bytes(b"123456789"));
        assert_ne!(hash_str_bytes(b"a"), hash_str_bytes(b"a\0"));
    }
}
