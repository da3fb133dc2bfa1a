//! The `math` functions of sequences, with CPython 3.11's results and
//! errors: `fsum` (Shewchuk's exact partials, `math_fsum`), `prod`
//! (`math_prod`'s fast paths: exact int products, then floats multiplied
//! left to right) and `dist` (`math_dist`, on the `vector_norm` that
//! `hypot` uses).

use taipan_abi::{ErrCode, ExcKind, ObjTag, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::{ErrFlag, F64Result, I64Result};
use crate::list_ops::List;
use crate::object::{header_tag, Value};
use crate::tuple_ops::Tuple;

/// `fsum`'s state: CPython's partials (non-overlapping, increasing in
/// magnitude), and the sums of the infinities and NaNs seen.
#[derive(Default)]
struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Fsum {
    /// Adds `x` to the partials exactly; `OverflowError` when a finite `x`
    /// makes them overflow.
    fn add(&mut self, x: f64) -> Result<(), Exc> {
        let xsave = x;
        let mut x = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an overflow of the partials, or an inf or nan summand.
                if xsave.is_finite() {
                    return Err(Exc::new(ExcKind::OverflowError, "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    self.inf_sum += xsave;
                }
                self.special_sum += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum (round-half-even across the partials).
    fn result(&self) -> Result<f64, Exc> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(Exc::new(ExcKind::ValueError, "-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Sum from the top, stopping when the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: `fsum([1e-16, 1, 1e16])`
        // rounds the last digit up, as CPython.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        Ok(hi)
    }

    /// The state kept in a `list[float]` between the elements of a
    /// generator: `[special_sum, inf_sum, partials...]`.
    fn load(list: List) -> Fsum {
        let floats: Vec<f64> = list.to_vec().into_iter().map(|bits| f64::from_bits(bits as u64)).collect();
        match floats.as_slice() {
            [special_sum, inf_sum, partials @ ..] => {
                Fsum { partials: partials.to_vec(), special_sum: *special_sum, inf_sum: *inf_sum }
            }
            _ => Fsum::default(),
        }
    }

    fn store(&self, list: List) {
        list.clear();
        for x in [self.special_sum, self.inf_sum].iter().chain(&self.partials) {
            list.push_owned(x.to_bits() as i64);
        }
    }
}

/// An element of a list of numbers as a float (`ASSIGN_DOUBLE`: an int
/// rounds to the nearest float).
fn as_float(value: Value) -> f64 {
    match value {
        Value::Float(x) => x,
        Value::Int(n) => n as f64,
        Value::Bool(b) => f64::from(u8::from(b)),
        Value::None | Value::Obj(_) => f64::NAN,
    }
}

/// The elements of a list or tuple of numbers (a tuple's fields may mix
/// ints and floats), as floats.
///
/// # Safety
/// `seq` is a live list or tuple.
unsafe fn floats_of(seq: *mut u8) -> Vec<f64> {
    // SAFETY: forwarded from the caller; the tag says which it is.
    unsafe {
        if header_tag(seq) == Some(ObjTag::Tuple) {
            let tuple = Tuple::from_obj(seq);
            (0..tuple.len()).map(|i| as_float(tuple.value(i))).collect()
        } else {
            let list = List::from_obj(seq);
            (0..list.len()).map(|i| as_float(list.value(i))).collect()
        }
    }
}

/// `math.fsum(xs)`.
pub fn fsum(xs: &[f64]) -> Result<f64, Exc> {
    let mut sum = Fsum::default();
    for &x in xs {
        sum.add(x)?;
    }
    sum.result()
}

/// `math.prod(xs, start=n)` of ints and bools: exact, or `OverflowError`.
pub fn prod_int(list: List, start: i64) -> Result<i64, Exc> {
    let mut product = start;
    for i in 0..list.len() {
        let factor = match list.value(i) {
            Value::Int(n) => n,
            Value::Bool(b) => i64::from(b),
            _ => return Err(Exc::type_error("math.prod() of a list that is not of ints")),
        };
        product = product.checked_mul(factor).ok_or(Exc::Code(ErrCode::IntOverflow))?;
    }
    Ok(product)
}

/// `math.prod(xs, start=x)` with a float start: left to right in floats.
pub fn prod_float(list: List, start: f64) -> f64 {
    (0..list.len()).fold(start, |product, i| product * as_float(list.value(i)))
}

/// `math.dist(p, q)`.
pub fn dist(p: &[f64], q: &[f64]) -> Result<f64, Exc> {
    if p.len() != q.len() {
        return Err(Exc::new(ExcKind::ValueError, "both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0, false);
    for (px, qx) in p.iter().zip(q) {
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    // An infinity wins over a NaN, as in `hypot`.
    if max.is_infinite() {
        return Ok(max);
    }
    if found_nan {
        return Ok(f64::NAN);
    }
    Ok(super::vector_norm(&mut diffs, max))
}

// ---- exports (every list argument is a live list, borrowed) ----

/// # Safety
/// `seq` is a live list or tuple.
#[no_mangle]
pub unsafe extern "C" fn tp_math_fsum(seq: *mut u8) -> F64Result {
    // SAFETY: forwarded from the caller.
    fsum(&unsafe { floats_of(seq) }).into()
}

/// A new, empty `fsum` accumulator for [`tp_math_fsum_add`].
#[no_mangle]
pub extern "C" fn tp_math_fsum_state() -> *mut u8 {
    let state = List::new(SlotKind::Float, 2);
    Fsum::default().store(state);
    state.as_obj()
}

/// # Safety
/// `state` comes from [`tp_math_fsum_state`].
#[no_mangle]
pub unsafe extern "C" fn tp_math_fsum_add(state: *mut u8, x: f64) -> ErrFlag {
    // SAFETY: forwarded from the caller.
    let state = unsafe { List::from_obj(state) };
    let mut sum = Fsum::load(state);
    let added = sum.add(x);
    sum.store(state);
    added.into()
}

/// # Safety
/// `state` comes from [`tp_math_fsum_state`].
#[no_mangle]
pub unsafe extern "C" fn tp_math_fsum_result(state: *mut u8) -> F64Result {
    // SAFETY: forwarded from the caller.
    Fsum::load(unsafe { List::from_obj(state) }).result().into()
}

/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_math_prod_int(list: *mut u8, start: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    prod_int(unsafe { List::from_obj(list) }, start).into()
}

/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_math_prod_float(list: *mut u8, start: f64) -> f64 {
    // SAFETY: forwarded from the caller.
    prod_float(unsafe { List::from_obj(list) }, start)
}

/// # Safety
/// `p` and `q` are live lists or tuples.
#[no_mangle]
pub unsafe extern "C" fn tp_math_dist(p: *mut u8, q: *mut u8) -> F64Result {
    // SAFETY: forwarded from the caller.
    unsafe { dist(&floats_of(p), &floats_of(q)) }.into()
}

#[cfg(test)]
mod tests;
