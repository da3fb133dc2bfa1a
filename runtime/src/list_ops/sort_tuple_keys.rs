//! Sorting by tuple keys whose columns have one totally ordered kind, such as
//! `key=lambda item: (-item[1], item[0])` over `(str, int)` items.
//!
//! The generic path compares two tuples through `compare`, which re-decodes
//! every field's kind and tag and runs `==` then `<` per field, on every one of
//! the O(n log n) comparisons. Here the keys are decoded once (as CPython's
//! `unsafe_tuple_compare` pre-checks its keys once per sort): if every key is
//! a tuple of the same length and, column by column, every field is an int or
//! bool, or every field is a NaN-free float, or every field is a str, the keys
//! have a total order that equals CPython's lexicographic tuple order (the
//! first pair of fields that are not `==` decides by `<`), so Rust's stable
//! sort with a kind-specialised comparator gives exactly CPython's result.
//! Anything else (mixed kinds in a column, NaNs, nested containers, None, or
//! tuples of different lengths) returns `None` and takes the generic path.

use std::cmp::Ordering;

use taipan_abi::ObjTag;

use crate::object::{has_tag, header_tag, tuple_item, tuple_len, Value};
use crate::str_object::str_bytes;

/// One decoded field of a key tuple. Within a column every field has the same
/// variant (checked when decoding), so comparing two fields never mixes kinds.
#[derive(Clone, Copy)]
enum Field<'a> {
    /// An int or a bool (`True == 1`, so both order as integers).
    Int(i64),
    /// A float that is not a NaN: `partial_cmp` is then total.
    Float(f64),
    /// A str: its first 8 UTF-8 bytes as a big-endian number (zero-padded),
    /// and all its bytes. Byte order is code point order, and two prefixes
    /// that differ order their strs (see [`str_prefix`]), so most comparisons
    /// of short words are one integer comparison.
    Str(u64, &'a [u8]),
}

impl Field<'_> {
    fn cmp_same_kind(self, other: Field<'_>) -> Ordering {
        match (self, other) {
            (Field::Int(x), Field::Int(y)) => x.cmp(&y),
            (Field::Float(x), Field::Float(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            (Field::Str(px, x), Field::Str(py, y)) => px.cmp(&py).then_with(|| cmp_bytes(x, y)),
            // Unreachable: `decode` rejects columns of mixed kinds.
            _ => Ordering::Equal,
        }
    }

    fn same_kind(self, other: Field<'_>) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }
}

/// `x.cmp(y)` (byte order, then length), comparing short prefixes inline:
/// sort keys are mostly short words, for which the call to `memcmp` that the
/// slice comparison makes costs more than the comparison itself.
fn cmp_bytes(x: &[u8], y: &[u8]) -> Ordering {
    const INLINE: usize = 16;
    let common = x.len().min(y.len());
    if common > INLINE {
        return x.cmp(y);
    }
    for (a, b) in x.iter().zip(y) {
        if a != b {
            return a.cmp(b);
        }
    }
    x.len().cmp(&y.len())
}

/// The first 8 bytes of `bytes`, big-endian, zero-padded. If the prefixes of
/// two byte strings differ, their first difference is at some index k < 8:
/// either both have a byte there (which differ, and decide both orders), or
/// the shorter one ended and the other has a non-zero byte (the shorter one is
/// a prefix, so smaller in both orders). Equal prefixes decide nothing
/// (`"a"` and `"a\0"`): then the bytes are compared.
fn str_prefix(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    let n = bytes.len().min(8);
    word[..n].copy_from_slice(&bytes[..n]);
    u64::from_be_bytes(word)
}

/// A field, if it has one of the totally ordered kinds.
fn decode_field<'a>(value: Value) -> Option<Field<'a>> {
    match value {
        Value::Int(n) => Some(Field::Int(n)),
        Value::Bool(b) => Some(Field::Int(i64::from(b))),
        Value::Float(x) if !x.is_nan() => Some(Field::Float(x)),
        // SAFETY: the caller's keys are live, so their object fields are too.
        Value::Obj(obj) if !obj.is_null() && unsafe { has_tag(obj, ObjTag::Str) } => {
            // SAFETY: a live str, kept alive by its key for the whole sort.
            let bytes = unsafe { str_bytes(obj) };
            Some(Field::Str(str_prefix(bytes), bytes))
        }
        _ => None,
    }
}

/// The fields of every key, row by row (`width` per key), or `None` when the
/// keys are not all tuples of `width` fields with one ordered kind per column.
///
/// # Safety
/// Every key is a live object (or null) that outlives the returned fields.
unsafe fn decode<'a>(keys: &[i64]) -> Option<(Vec<Field<'a>>, usize)> {
    let first = *keys.first()? as usize as *const u8;
    // SAFETY: forwarded from the caller.
    if first.is_null() || unsafe { header_tag(first) } != Some(ObjTag::Tuple) {
        return None;
    }
    // SAFETY: `first` is a live tuple.
    let width = unsafe { tuple_len(first) };
    let mut fields = Vec::with_capacity(keys.len().checked_mul(width)?);
    for &bits in keys {
        let key = bits as usize as *const u8;
        // SAFETY: forwarded from the caller.
        if key.is_null() || unsafe { header_tag(key) } != Some(ObjTag::Tuple) || unsafe { tuple_len(key) } != width {
            return None;
        }
        for column in 0..width {
            // SAFETY: `key` is a live tuple of `width` fields.
            let field = decode_field(unsafe { tuple_item(key, column) })?;
            // Compare with the first row's field of the same column.
            if fields.len() >= width && !field.same_kind(fields[column]) {
                return None;
            }
            fields.push(field);
        }
    }
    Some((fields, width))
}

/// Stably sorts the positions in `order` by the tuple `keys[position]`, if the
/// keys qualify (see the module comment); `false` (and `order` untouched) if not.
///
/// # Safety
/// Every key is a live object (or null).
pub(super) unsafe fn sort_by_tuple_keys(order: &mut [usize], keys: &[i64]) -> bool {
    // SAFETY: forwarded from the caller; the keys outlive `fields`.
    let Some((fields, width)) = (unsafe { decode(keys) }) else { return false };
    let row = |i: usize| &fields[i * width..(i + 1) * width];
    order.sort_by(|&a, &b| {
        let (x, y) = (row(a), row(b));
        x.iter().zip(y).map(|(p, q)| p.cmp_same_kind(*q)).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
    });
    true
}

#[cfg(test)]
mod tests {
    use taipan_abi::SlotKind;

    use super::sort_by_tuple_keys;
    use crate::list_ops::sort::merge_sort;
    use crate::test_support::{decref, str_bits, LiveObjects};
    use crate::tuple_ops::Tuple;

    /// A key tuple of the given fields (the tuple takes its own references).
    fn key(fields: &[(SlotKind, i64)]) -> i64 {
        Tuple::from_fields(fields).expect("tuple").as_obj() as i64
    }

    /// A key tuple `(n, text)` with a str the tuple owns.
    fn int_str_key(n: i64, text: &str) -> i64 {
        let s = str_bits(text);
        let k = key(&[(SlotKind::Int, n), (SlotKind::Obj, s)]);
        decref(s as usize as *mut u8);
        k
    }

    fn free_all(keys: &[i64]) {
        keys.iter().for_each(|&k| decref(k as usize as *mut u8));
    }

    /// The order the specialised path gives, or `None` if it declines.
    fn fast_order(keys: &[i64]) -> Option<Vec<usize>> {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        // SAFETY: the keys are live tuples.
        unsafe { sort_by_tuple_keys(&mut order, keys) }.then_some(order)
    }

    fn generic_order(keys: &[i64]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        merge_sort(&mut order, keys, SlotKind::Obj).expect("ordered keys");
        order
    }

    #[test]
    fn matches_the_generic_tuple_order_and_is_stable() {
        let live = LiveObjects::check();
        // Short words, a NUL, and long ones sharing 8- and 16-byte prefixes
        // (past the inline prefix and the inline byte loop).
        let words = [
            "", "a", "a\0", "ab", "b", "é", "ä", "Z", "aé", "ba", "abcdefgh", "abcdefgh\0", "abcdefghi",
            "abcdefghij", "abcdefgé", "abcdefghijklmnopqrstu", "abcdefghijklmnopqrstv", "abcdefghijklmnopq",
        ];
        let floats = [0.5, -0.0, 0.0, -1.5, f64::INFINITY];
        let mut state: u64 = 2024;
        let mut next = |m: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % m
        };
        let keys: Vec<i64> = (0..800)
            .map(|_| {
                let s = str_bits(words[next(words.len() as u64) as usize]);
                let fields = [
                    (SlotKind::Int, next(4) as i64 - 2),
                    (SlotKind::Obj, s),
                    (SlotKind::Float, floats[next(floats.len() as u64) as usize].to_bits() as i64),
                    (SlotKind::Bool, next(2) as i64),
                ];
                let k = key(&fields);
                decref(s as usize as *mut u8);
                k
            })
            .collect();
        let fast = fast_order(&keys).expect("int/str/float/bool columns qualify");
        assert_eq!(fast, generic_order(&keys));
        free_all(&keys);
        live.assert_all_freed();
    }

    #[test]
    fn wordfreq_keys_sort_by_count_then_word() {
        let live = LiveObjects::check();
        let keys = [int_str_key(-1, "b"), int_str_key(-3, "z"), int_str_key(-1, "a"), int_str_key(-3, "z")];
        // Equal keys (positions 1 and 3) keep their input order.
        assert_eq!(fast_order(&keys), Some(vec![1, 3, 2, 0]));
        free_all(&keys);
        live.assert_all_freed();
    }

    #[test]
    fn declines_keys_without_a_total_per_column_order() {
        let live = LiveObjects::check();
        let nan = key(&[(SlotKind::Float, f64::NAN.to_bits() as i64)]);
        let one = key(&[(SlotKind::Float, 1.0f64.to_bits() as i64)]);
        assert_eq!(fast_order(&[one, nan]), None, "a NaN");
        let int = key(&[(SlotKind::Int, 1)]);
        assert_eq!(fast_order(&[int, one]), None, "int and float in one column");
        let none = key(&[(SlotKind::None, 0)]);
        assert_eq!(fast_order(&[none, none]), None, "None fields");
        let null_obj = key(&[(SlotKind::Obj, 0)]);
        assert_eq!(fast_order(&[null_obj]), None, "a null (None) object field");
        let nested = key(&[(SlotKind::Obj, int)]);
        assert_eq!(fast_order(&[nested]), None, "a nested tuple");
        let pair = key(&[(SlotKind::Int, 1), (SlotKind::Int, 2)]);
        assert_eq!(fast_order(&[int, pair]), None, "different lengths");
        let s = str_bits("x");
        assert_eq!(fast_order(&[s]), None, "a str key is not a tuple");
        assert_eq!(fast_order(&[]), None, "no keys");
        decref(s as usize as *mut u8);
        free_all(&[nan, one, int, none, null_obj, nested, pair]);
        live.assert_all_freed();
    }
}
