//! `num`: how a place declared `float` holds an `int` without losing that it
//! is one.
//!
//! Python's `float` annotation accepts ints (PEP 484), and CPython keeps them
//! ints: `def area(w: float, h: float) -> float: return w * h` gives `6` for
//! `area(3, 2)`. Where the frontend sees that an int may reach a float place,
//! the place's values are *nums*: 8 bytes that are either an ordinary f64 or
//! an int hidden in the signalling-NaN space, which no float operation
//! produces (arithmetic only makes quiet NaNs). A real float is a valid num
//! as it is, so storing one costs nothing; reading one as a float costs a
//! test of the tag.
//!
//! An int num: exponent all ones, quiet bit (51) clear, bit 50 set (so it is
//! never an infinity), the low 50 bits and the sign bit holding the value in
//! `[-2**50, 2**50)`.

/// The bits that say whether a num is an int: exponent, quiet bit, bit 50.
pub const TAG_MASK: u64 = 0x7FFC_0000_0000_0000;
/// `bits & TAG_MASK` of an int num.
pub const TAG: u64 = 0x7FF4_0000_0000_0000;
/// The low bits of the value.
pub const PAYLOAD_MASK: u64 = (1 << 50) - 1;
/// Set for a negative value.
pub const SIGN: u64 = 1 << 63;
/// The smallest int a num holds.
pub const INT_MIN: i64 = -(1 << 50);
/// The largest int a num holds.
pub const INT_MAX: i64 = (1 << 50) - 1;

/// Whether the num with these bits is an int.
pub const fn is_int(bits: u64) -> bool {
    bits & TAG_MASK == TAG
}

/// The int a num holds (only meaningful when `is_int(bits)`).
pub const fn int_value(bits: u64) -> i64 {
    let low = (bits & PAYLOAD_MASK) as i64;
    if bits & SIGN != 0 {
        low + INT_MIN
    } else {
        low
    }
}

/// The num bits of an int, or `None` outside `[INT_MIN, INT_MAX]`.
pub const fn from_int(i: i64) -> Option<u64> {
    if i < INT_MIN || i > INT_MAX {
        return None;
    }
    let sign = if i < 0 { SIGN } else { 0 };
    Some(TAG | sign | (i as u64 & PAYLOAD_MASK))
}

/// The num's value as a float (exact: every int a num holds is).
pub fn to_f64(bits: u64) -> f64 {
    if is_int(bits) {
        int_value(bits) as f64
    } else {
        f64::from_bits(bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip_and_are_tagged() {
        for i in [0, 1, -1, 6, -7, INT_MIN, INT_MAX, 1 << 40, -(1 << 49) - 3] {
            let bits = from_int(i).unwrap();
            assert!(is_int(bits), "{i}");
            assert_eq!(int_value(bits), i);
            assert_eq!(to_f64(bits), i as f64);
            assert!(f64::from_bits(bits).is_nan());
        }
        assert_eq!(from_int(INT_MAX + 1), None);
        assert_eq!(from_int(INT_MIN - 1), None);
    }

    #[test]
    fn no_float_is_tagged() {
        let floats = [
            0.0, -0.0, 1.5, -2.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, -f64::NAN,
            f64::MAX, f64::MIN_POSITIVE, 5e-324, (0.0f64 / 0.0), f64::INFINITY - f64::INFINITY,
        ];
        for x in floats {
            assert!(!is_int(x.to_bits()), "{x}");
            assert_eq!(to_f64(x.to_bits()).to_bits(), x.to_bits());
        }
    }
}
