//! `bisect` on lists: `bisect_left`, `bisect_right` and the `insort`s, as
//! CPython's `_bisect` module does them: `hi == -1` (the default, `None`)
//! means `len(a)`, a negative `lo` is `ValueError: lo must be non-negative`,
//! and a `hi` past the end reads past it (`IndexError: list index out of
//! range`), comparison for comparison the same `<` calls.

use taipan_abi::ExcKind;

use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, I64Result};
use crate::instance_callbacks::PinnedSlot;
use crate::object::Value;
use crate::slot_ops::{compare, CompareOp};

use super::List;

impl List {
    /// The insertion point of `x` in `self[lo:hi]`: before equal elements
    /// (`right` false, `bisect_left`) or after them (`bisect_right`).
    pub fn bisect(self, x: Value, lo: i64, hi: i64, right: bool) -> Result<i64, Exc> {
        if lo < 0 {
            return Err(Exc::value_error("lo must be non-negative".to_string()));
        }
        let (mut lo, mut hi) = (lo, if hi == -1 { self.len() as i64 } else { hi });
        while lo < hi {
            // CPython computes the midpoint unsigned, so it cannot overflow.
            let mid = ((lo as u64 + hi as u64) / 2) as i64;
            let Some(index) = usize::try_from(mid).ok().filter(|&i| i < self.len()) else {
                return Err(Exc::new(ExcKind::IndexError, "list index out of range"));
            };
            // Held: a user `__lt__` may drop it from the list.
            let item = PinnedSlot::new(self.kind, self.get(index));
            // SAFETY: the element is held; `x` is borrowed live from the caller.
            let goes_left = unsafe {
                if right {
                    compare(x, item.value(), CompareOp::Lt)?
                } else {
                    !compare(item.value(), x, CompareOp::Lt)?
                }
            };
            if goes_left {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Ok(lo)
    }
}

/// `tp_list_bisect(list, x, lo, hi, right)`: `bisect_left` (`right` 0) or
/// `bisect_right` (1); `hi` -1 for `len(list)`.
///
/// # Safety
/// `list` is a live list; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_bisect(list: *mut u8, x: i64, lo: i64, hi: i64, right: u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    I64Result::from(list.bisect(Value::from_slot(list.kind(), x), lo, hi, right != 0))
}

/// `tp_list_insort(list, x, lo, hi, right)`: `insort_left`/`insort_right`.
///
/// # Safety
/// `list` is a live list; an object `x` is live.
#[no_mangle]
pub unsafe extern "C" fn tp_list_insort(list: *mut u8, x: i64, lo: i64, hi: i64, right: u8) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    let at = list.bisect(Value::from_slot(list.kind(), x), lo, hi, right != 0);
    ErrFlag::from(at.map(|at| list.insert(at, x)))
}
