//! Slice bounds (`xs[start:stop:step]`) resolved against a sequence length, as
//! CPython's `PySlice_Unpack` + `PySlice_AdjustIndices` do; shared by lists and
//! tuples.
//!
//! Compiled code passes the three bounds as plain i64s, with [`SLICE_NONE`]
//! (`i64::MIN`) standing for an omitted bound (`None`). An explicit bound of
//! `-2**63` therefore reads as omitted. For `start`/`stop` that gives the same
//! result CPython does, except for a start of `-2**63` with a negative step
//! (CPython: empty; taipan: from the end); an explicit step of `-2**63` reads as 1.

use crate::exceptions::Exc;

/// The "bound omitted" marker in a start/stop/step argument.
pub const SLICE_NONE: i64 = i64::MIN;

/// The positions a slice selects: `start + k * step` for `k` in `0..len`. Every
/// position is a valid index of the sequence the slice was resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceRange {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceRange {
    /// The `k`-th selected index (`k < len`).
    pub fn index(self, k: usize) -> usize {
        // In range by construction: start and start + (len-1)*step are valid indices.
        (self.start + k as i64 * self.step) as usize
    }

    /// The selected indices in selection order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| self.index(k))
    }

    /// True for a plain forward slice (`step == 1`), whose indices are contiguous.
    pub fn is_contiguous(self) -> bool {
        self.step == 1
    }
}

/// Resolves `start:stop:step` for a sequence of `len` items.
/// `ValueError: slice step cannot be zero` for a zero step.
pub fn resolve_slice(len: usize, start: i64, stop: i64, step: i64) -> Result<SliceRange, Exc> {
    let step = match step {
        SLICE_NONE => 1,
        0 => return Err(Exc::value_error("slice step cannot be zero")),
        step => step,
    };
    let len = len as i64;
    let start = match start {
        SLICE_NONE if step < 0 => i64::MAX,
        SLICE_NONE => 0,
        start => start,
    };
    let stop = match stop {
        SLICE_NONE if step < 0 => i64::MIN,
        SLICE_NONE => i64::MAX,
        stop => stop,
    };
    let start = clamp_bound(start, len, step);
    let stop = clamp_bound(stop, len, step);
    // Both bounds are now within -1..=len, so these differences cannot overflow.
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceRange {
        start,
        step,
        len: count as usize,
    })
}

/// `PySlice_AdjustIndices` for one bound: negative counts from the end, then
/// clamp into the range the step direction can use.
fn clamp_bound(bound: i64, len: i64, step: i64) -> i64 {
    if bound < 0 {
        let from_end = bound + len; // bound >= i64::MIN and len >= 0: no overflow
        if from_end < 0 {
            if step < 0 {
                -1
            } else {
                0
            }
        } else {
            from_end
        }
    } else if bound >= len {
        if step < 0 {
            len - 1
        } else {
            len
        }
    } else {
        bound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const N: i64 = SLICE_NONE;

    fn selected(len: usize, start: i64, stop: i64, step: i64) -> Vec<usize> {
        resolve_slice(len, start, stop, step)
            .expect("valid slice")
            .indices()
            .collect()
    }

    /// `(start, stop, step)` and the indices selected.
    type Case = ((i64, i64, i64), &'static [usize]);

    /// Expected lists are `list(range(10))[start:stop:step]` printed by CPython 3.11.
    #[test]
    fn slices_of_ten_match_cpython() {
        let cases: &[Case] = &[
            ((N, N, N), &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            ((N, N, -1), &[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
            ((5, N, -1), &[5, 4, 3, 2, 1, 0]),
            ((-100, 100, 1), &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            ((100, -100, -1), &[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
            ((2, -1, N), &[2, 3, 4, 5, 6, 7, 8]),
            ((N, N, 3), &[0, 3, 6, 9]),
            ((N, N, -3), &[9, 6, 3, 0]),
            ((-3, N, N), &[7, 8, 9]),
            ((1, 7, 2), &[1, 3, 5]),
            ((7, 1, -2), &[7, 5, 3]),
            ((7, 1, 2), &[]),
            ((1, 7, -2), &[]),
            ((-1, -11, -1), &[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
            ((N, 3, -1), &[9, 8, 7, 6, 5, 4]),
            ((i64::MAX, N, -1), &[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
            ((N, N, i64::MAX), &[0]),
            ((N, N, -i64::MAX), &[9]),
        ];
        for &((start, stop, step), want) in cases {
            assert_eq!(
                selected(10, start, stop, step),
                want,
                "[{start}:{stop}:{step}]"
            );
        }
    }

    #[test]
    fn empty_sequences_select_nothing() {
        for step in [1, -1, 2, -2] {
            assert_eq!(selected(0, N, N, step), Vec::<usize>::new());
            assert_eq!(selected(0, -5, 5, step), Vec::<usize>::new());
        }
    }

    #[test]
    fn zero_step_is_a_value_error() {
        let err = resolve_slice(3, N, N, 0).expect_err("step 0");
        assert_eq!(err.message(), "slice step cannot be zero");
        assert_eq!(err.kind(), taipan_abi::ExcKind::ValueError);
    }
}
