//! `range` objects (`taipan_abi::range_object`): three unboxed bounds, never
//! changed after `tp_range_new`. Compiled code reads the bounds inline and
//! loops over them itself; the runtime gives length, indexing, slicing,
//! membership, `index`/`count`, `==`, `repr` and `hash`, with CPython's
//! results (`Objects/rangeobject.c`).
//!
//! A range of 64-bit bounds can hold up to 2**64 - 1 values, so lengths and
//! positions are computed in `i128`.

use taipan_abi::{range_object, ErrCode, ObjTag, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::{I64Result, PtrResult};
use crate::int_ops::range_len;
use crate::object::{alloc_object, free_object};
use crate::slice::SLICE_NONE;

/// The bounds of a range object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Bounds {
    /// The number of values.
    pub fn len(self) -> i128 {
        i128::from(range_len(self.start, self.stop, self.step))
    }

    /// Whether it has no values.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The value at position `i` (`0 <= i <= len`; `len` gives the value after the last).
    fn item(self, i: i128) -> i128 {
        i128::from(self.start) + i * i128::from(self.step)
    }

    /// The position of `x` among the values, if it is one of them.
    pub fn position(self, x: i64) -> Option<i128> {
        let (x, start, step) = (i128::from(x), i128::from(self.start), i128::from(self.step));
        let offset = x - start;
        if offset % step != 0 {
            return None;
        }
        let i = offset / step;
        (0..self.len()).contains(&i).then_some(i)
    }
}

/// A new range object; the step must not be 0.
fn new_range(bounds: Bounds) -> *mut u8 {
    let obj = alloc_object(range_object::SIZE, ObjTag::Range, SlotKind::Int, SlotKind::Int);
    // SAFETY: a fresh object of `SIZE` bytes; the three offsets are 8-aligned
    // i64 fields inside it.
    unsafe {
        obj.add(range_object::START as usize).cast::<i64>().write(bounds.start);
        obj.add(range_object::STOP as usize).cast::<i64>().write(bounds.stop);
        obj.add(range_object::STEP as usize).cast::<i64>().write(bounds.step);
    }
    obj
}

/// The bounds of a range object.
///
/// # Safety
/// `obj` is a live range object.
pub unsafe fn bounds_of(obj: *mut u8) -> Bounds {
    // SAFETY: the caller guarantees a live range object, whose three i64
    // fields `new_range` wrote.
    unsafe {
        Bounds {
            start: obj.add(range_object::START as usize).cast::<i64>().read(),
            stop: obj.add(range_object::STOP as usize).cast::<i64>().read(),
            step: obj.add(range_object::STEP as usize).cast::<i64>().read(),
        }
    }
}

/// Frees a range object whose count reached zero (it owns nothing).
///
/// # Safety
/// `obj` is a range object nobody references any more.
pub unsafe fn dealloc_range(obj: *mut u8) {
    // SAFETY: allocated by `new_range` with `SIZE`.
    unsafe { free_object(obj, range_object::SIZE) }
}

/// `range(start, stop, step)`.
#[no_mangle]
pub extern "C" fn tp_range_new(start: i64, stop: i64, step: i64) -> PtrResult {
    if step == 0 {
        return PtrResult::from(Err(Exc::Code(ErrCode::RangeStepZero)));
    }
    PtrResult::from(Ok(new_range(Bounds { start, stop, step })))
}

/// `len(r)`.
///
/// # Safety
/// `r` is a live range object.
#[no_mangle]
pub unsafe extern "C" fn tp_range_length(r: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let len = unsafe { bounds_of(r) }.len();
    I64Result::from(i64::try_from(len).map_err(|_| ErrCode::RangeTooLong))
}

/// `r[i]`.
///
/// # Safety
/// `r` is a live range object.
#[no_mangle]
pub unsafe extern "C" fn tp_range_getitem(r: *mut u8, i: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    let bounds = unsafe { bounds_of(r) };
    let len = bounds.len();
    let i = if i < 0 { i128::from(i) + len } else { i128::from(i) };
    if !(0..len).contains(&i) {
        return I64Result::from(Err(ErrCode::RangeIndexOutOfRange));
    }
    // A position inside the range gives one of its values, which lie between
    // start and stop: it fits.
    I64Result::from(Ok::<i64, ErrCode>(bounds.item(i) as i64))
}

/// A slice bound resolved against `len` as CPython's `_PySlice_GetLongIndices`
/// does (the defaults for an omitted bound are the caller's).
fn clamp(bound: i64, len: i128, step: i64) -> i128 {
    let bound = i128::from(bound);
    let lower = if step < 0 { -1 } else { 0 };
    let upper = if step < 0 { len - 1 } else { len };
    if bound < 0 {
        (bound + len).max(lower)
    } else {
        bound.min(upper)
    }
}

/// `r[start:stop:step]`: the range of the selected values.
pub fn slice(bounds: Bounds, start: i64, stop: i64, step: i64) -> Result<Bounds, Exc> {
    let step = match step {
        SLICE_NONE => 1,
        0 => return Err(Exc::value_error("slice step cannot be zero")),
        step => step,
    };
    let len = bounds.len();
    let start = match start {
        SLICE_NONE if step < 0 => len - 1,
        SLICE_NONE => 0,
        start => clamp(start, len, step),
    };
    let stop = match stop {
        SLICE_NONE if step < 0 => -1,
        SLICE_NONE => len,
        stop => clamp(stop, len, step),
    };
    let fits = |v: i128| i64::try_from(v).map_err(|_| Exc::Code(ErrCode::IntOverflow));
    Ok(Bounds {
        start: fits(bounds.item(start))?,
        stop: fits(bounds.item(stop))?,
        step: fits(i128::from(step) * i128::from(bounds.step))?,
    })
}

/// `r[start:stop:step]`.
///
/// # Safety
/// `r` is a live range object.
#[no_mangle]
pub unsafe extern "C" fn tp_range_slice(r: *mut u8, start: i64, stop: i64, step: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let bounds = unsafe { bounds_of(r) };
    PtrResult::from(slice(bounds, start, stop, step).map(new_range))
}

/// `x in r`.
///
/// # Safety
/// `r` is a live range object.
#[no_mangle]
pub unsafe extern "C" fn tp_range_contains(r: *mut u8, x: i64) -> u8 {
    // SAFETY: forwarded from the caller.
    u8::from(unsafe { bounds_of(r) }.position(x).is_some())
}

/// `r.index(x)`.
///
/// # Safety
/// `r` is a live range object.
#[no_mangle]
pub unsafe extern "C" fn tp_range_index(r: *mut u8, x: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    match unsafe { bounds_of(r) }.position(x) {
        // Past 2**63 - 1 the position is an int taipan's 64 bits cannot hold.
        Some(i) => I64Result::from(i64::try_from(i).map_err(|_| ErrCode::IntOverflow)),
        None => I64Result::from(Err::<i64, Exc>(Exc::value_error(format!("{x} is not in range")))),
    }
}

/// `r.count(x)`.
///
/// # Safety
/// `r` is a live range object.
#[no_mangle]
pub unsafe extern "C" fn tp_range_count(r: *mut u8, x: i64) -> i64 {
    // SAFETY: forwarded from the caller.
    i64::from(unsafe { bounds_of(r) }.position(x).is_some())
}

/// Whether two ranges give the same values (CPython's `range_equals`).
pub fn equal(a: Bounds, b: Bounds) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len == 0 {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    len == 1 || a.step == b.step
}

/// `a == b` of two ranges.
///
/// # Safety
/// `a` and `b` are live range objects.
#[no_mangle]
pub unsafe extern "C" fn tp_range_eq(a: *mut u8, b: *mut u8) -> u8 {
    // SAFETY: forwarded from the caller.
    u8::from(unsafe { equal(bounds_of(a), bounds_of(b)) })
}

/// `repr(r)`: `range(0, 3)`, or `range(1, 10, 2)` when the step is not 1.
pub fn repr(bounds: Bounds) -> String {
    match bounds.step {
        1 => format!("range({}, {})", bounds.start, bounds.stop),
        step => format!("range({}, {}, {step})", bounds.start, bounds.stop),
    }
}

/// `hash(r)`, CPython's `range_hash`: the hash of `(len, start, step)`, with
/// `None` for the start and step of an empty range and the step of a range
/// of one value, so equal ranges hash alike.
pub fn hash(bounds: Bounds, hash_none: i64) -> i64 {
    use crate::hash::{hash_int, tuple_hash};
    let len = bounds.len();
    // A length past 64 bits hashes as CPython's int would (`hash_int` of the
    // value modulo 2**61 - 1, which the length reduces to first).
    let len_hash = hash_int((len % ((1i128 << 61) - 1)) as i64);
    let fields = match len {
        0 => [len_hash, hash_none, hash_none],
        1 => [len_hash, hash_int(bounds.start), hash_none],
        _ => [len_hash, hash_int(bounds.start), hash_int(bounds.step)],
    };
    tuple_hash(fields.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(start: i64, stop: i64, step: i64) -> Bounds {
        Bounds { start, stop, step }
    }

    #[test]
    fn slices_normalise_as_cpython() {
        // Values from CPython 3.11.
        let n = SLICE_NONE;
        assert_eq!(slice(r(0, 10, 1), n, n, -1).unwrap(), r(9, -1, -1));
        assert_eq!(slice(r(0, 10, 1), 2, 8, 2).unwrap(), r(2, 8, 2));
        assert_eq!(slice(r(0, 20, 3), -2, n, n).unwrap(), r(15, 21, 3));
        assert_eq!(slice(r(10, 0, -2), 1, 100, n).unwrap(), r(8, 0, -2));
        assert_eq!(slice(r(0, 10, 1), 100, 200, n).unwrap(), r(10, 10, 1));
        assert_eq!(slice(r(0, 10, 1), n, n, -3).unwrap(), r(9, -1, -3));
        assert_eq!(slice(r(0, 0, 1), n, n, -1).unwrap(), r(-1, -1, -1));
        assert_eq!(slice(r(5, 1, 1), n, n, -1).unwrap(), r(4, 4, -1));
    }

    #[test]
    fn equality_compares_the_values() {
        assert!(equal(r(0, 0, 1), r(2, 1, 1)));
        assert!(equal(r(0, 3, 5), r(0, 1, 1)));
        assert!(equal(r(0, 10, 3), r(0, 11, 3)));
        assert!(!equal(r(0, 10, 3), r(0, 10, 2)));
    }

    #[test]
    fn positions_of_values() {
        assert_eq!(r(0, 10, 2).position(4), Some(2));
        assert_eq!(r(0, 10, 2).position(5), None);
        assert_eq!(r(10, 0, -3).position(4), Some(2));
        assert_eq!(r(10, 0, -3).position(0), None);
        assert_eq!(r(i64::MIN, i64::MAX, 1).position(i64::MAX - 1), Some(u64::MAX as i128 - 1));
        assert_eq!(r(i64::MIN, i64::MAX, 1).len(), u64::MAX as i128);
    }

    #[test]
    fn reprs() {
        assert_eq!(repr(r(0, 3, 1)), "range(0, 3)");
        assert_eq!(repr(r(1, 10, 2)), "range(1, 10, 2)");
    }
}
