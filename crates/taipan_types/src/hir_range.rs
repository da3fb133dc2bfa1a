//! HIR operations on `range` objects (`ObjOp::Range`), checked in
//! `range_value.rs` and lowered in `taipan_lower/src/range_value.rs`.
//! Iterating a range is not one of them: the checker turns an iterated range
//! into its elements (`ObjOp::ListFromRange` of `[r]`), which loops walk
//! without building a list.

/// An operation on a range; the operands are listed per variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeOp {
    /// `range(start, stop, step)` as a value: `[start, stop, step]`, all
    /// `int`s; `ValueError` for a zero step.
    New,
    /// `r.start`: `[r]`.
    Start,
    /// `r.stop`: `[r]`.
    Stop,
    /// `r.step`: `[r]`.
    Step,
    /// `len(r)`: `[r]`; `OverflowError` past `sys.maxsize` values.
    Len,
    /// `r[i]`: `[r, i: int]`; `IndexError: range object index out of range`.
    GetItem,
    /// `r[start:stop:step]`: `[r, start, stop, step]`, each an `int` or the
    /// `None` constant when omitted; a new range.
    Slice,
    /// `x in r`: `[x: int, r]` (evaluated in that order), a `bool`.
    Contains,
    /// `r.index(x)`: `[r, x: int]`; `ValueError: x is not in range`.
    Index,
    /// `r.count(x)`: `[r, x: int]`.
    Count,
    /// `a == b` of two ranges: `[a, b]`, whether they give the same values.
    Eq,
}
