//! `itertools` iterators, built as lists of their elements at once (they are
//! only compiled where iterated on the spot, like `zip`): `product`,
//! `permutations`, `combinations`, `combinations_with_replacement`
//! (CPython reads their whole input first too, then yields tuples in
//! lexicographic order of the input positions), `accumulate` of numbers,
//! `chain` and `pairwise`. A tuple's fields take the kinds of the lists they
//! come from.

use taipan_abi::{ErrCode, ExcKind, SlotKind};

use crate::exceptions::Exc;
use crate::ffi_result::PtrResult;
use crate::list_ops::{memory_error, List};
use crate::object::Value;
use crate::tuple_ops::Tuple;

/// `r` as passed for `permutations(xs)` without `r`.
pub const R_NONE: i64 = i64::MIN;

/// The most tuples a result may hold before it is a `MemoryError`: CPython
/// produces them one by one, taipan builds the list, which past this size
/// would exhaust memory (a documented deviation).
const MAX_RESULTS: u128 = 1 << 24;

/// A new list of tuples, one per index combination: field `i` of a tuple is
/// element `indices[i]` of `pools[i]`.
fn tuples_of(pools: &[List], combos: &[Vec<usize>]) -> Result<List, Exc> {
    let out = List::new(SlotKind::Obj, combos.len());
    for combo in combos {
        let fields: Vec<(SlotKind, i64)> =
            combo.iter().zip(pools).map(|(&i, pool)| (pool.kind(), pool.get(i))).collect();
        let tuple = Tuple::from_fields(&fields)?;
        out.push_owned(tuple.as_obj() as i64);
    }
    Ok(out)
}

fn check_count(count: u128) -> Result<(), Exc> {
    if count > MAX_RESULTS {
        return Err(memory_error());
    }
    Ok(())
}

/// `product(*pools)`: odometer order, the last pool advancing fastest.
fn product(pools: &[List]) -> Result<List, Exc> {
    let sizes: Vec<usize> = pools.iter().map(|p| p.len()).collect();
    let count = sizes.iter().try_fold(1u128, |acc, &n| acc.checked_mul(n as u128)).unwrap_or(u128::MAX);
    check_count(count)?;
    let mut combos = Vec::with_capacity(count as usize);
    if count > 0 {
        let mut indices = vec![0usize; pools.len()];
        loop {
            combos.push(indices.clone());
            let mut i = pools.len();
            loop {
                if i == 0 {
                    return tuples_of(pools, &combos);
                }
                i -= 1;
                indices[i] += 1;
                if indices[i] < sizes[i] {
                    break;
                }
                indices[i] = 0;
            }
        }
    }
    tuples_of(pools, &combos)
}

fn r_of(r: i64, n: usize) -> Result<usize, Exc> {
    match r {
        R_NONE => Ok(n),
        r if r < 0 => Err(Exc::new(ExcKind::ValueError, "r must be non-negative")),
        r => Ok(r as usize),
    }
}

/// Index tuples of length `r` over `0..n` in lexicographic order, keeping
/// those `accept(prefix, next)` allows.
fn index_tuples(n: usize, r: usize, accept: &dyn Fn(&[usize], usize) -> bool) -> Result<Vec<Vec<usize>>, Exc> {
    fn walk(
        n: usize,
        r: usize,
        prefix: &mut Vec<usize>,
        out: &mut Vec<Vec<usize>>,
        accept: &dyn Fn(&[usize], usize) -> bool,
    ) -> Result<(), Exc> {
        if prefix.len() == r {
            check_count(out.len() as u128 + 1)?;
            out.push(prefix.clone());
            return Ok(());
        }
        for next in 0..n {
            if accept(prefix, next) {
                prefix.push(next);
                walk(n, r, prefix, out, accept)?;
                prefix.pop();
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(n, r, &mut Vec::with_capacity(r), &mut out, accept)?;
    Ok(out)
}

fn permutations(pool: List, r: i64) -> Result<List, Exc> {
    let n = pool.len();
    let r = r_of(r, n)?;
    if r > n {
        return Ok(List::new(SlotKind::Obj, 0));
    }
    let combos = index_tuples(n, r, &|prefix, next| !prefix.contains(&next))?;
    tuples_of(&vec![pool; r], &combos)
}

fn combinations(pool: List, r: i64, with_replacement: bool) -> Result<List, Exc> {
    let n = pool.len();
    let r = r_of(r, n)?;
    if r > n && !with_replacement || (n == 0 && r > 0) {
        return Ok(List::new(SlotKind::Obj, 0));
    }
    let combos = if with_replacement {
        index_tuples(n, r, &|prefix, next| prefix.last().is_none_or(|&last| next >= last))?
    } else {
        index_tuples(n, r, &|prefix, next| prefix.last().is_none_or(|&last| next > last))?
    };
    tuples_of(&vec![pool; r], &combos)
}

/// `accumulate(xs)` of ints (`OverflowError` as `+`) or floats.
fn accumulate(xs: List) -> Result<List, Exc> {
    if xs.kind() == SlotKind::Num {
        return accumulate_nums(xs);
    }
    let out = List::new(xs.kind(), xs.len());
    let mut total: Option<Value> = None;
    for i in 0..xs.len() {
        let next = match (total, xs.value(i)) {
            (None, v) => v,
            (Some(Value::Int(a)), Value::Int(b)) => Value::Int(a.checked_add(b).ok_or(Exc::Code(ErrCode::IntOverflow))?),
            (Some(Value::Float(a)), Value::Float(b)) => Value::Float(a + b),
            _ => return Err(Exc::new(ExcKind::TypeError, "accumulate() of this element type is not supported")),
        };
        out.push_owned(next.to_bits());
        total = Some(next);
    }
    Ok(out)
}

/// `accumulate(xs)` of nums: running `+` with the num rules (int while both
/// sides are ints).
fn accumulate_nums(xs: List) -> Result<List, Exc> {
    let mut sums: Vec<i64> = Vec::with_capacity(xs.len());
    for i in 0..xs.len() {
        let next = f64::from_bits(xs.get(i) as u64);
        let sum = match sums.last() {
            None => next,
            Some(&total) => crate::num_ops::num_add(f64::from_bits(total as u64), next).map_err(Exc::Code)?,
        };
        sums.push(sum.to_bits() as i64);
    }
    // Built only now, so an overflow above leaves nothing to free.
    Ok(List::from_items(SlotKind::Num, &sums))
}

/// `pairwise(xs)`: `(xs[0], xs[1]), (xs[1], xs[2]), ...`.
fn pairwise(xs: List) -> Result<List, Exc> {
    let combos: Vec<Vec<usize>> = (1..xs.len()).map(|i| vec![i - 1, i]).collect();
    tuples_of(&[xs, xs], &combos)
}

/// The lists in a tuple of lists.
///
/// # Safety
/// `tuple` is a live tuple whose fields are live lists.
unsafe fn lists_of(tuple: *mut u8) -> Vec<List> {
    // SAFETY: forwarded from the caller.
    let tuple = unsafe { Tuple::from_obj(tuple) };
    (0..tuple.len())
        .map(|i| {
            let (_, bits) = tuple.field(i);
            // SAFETY: the caller's contract: every field is a live list.
            unsafe { List::from_obj(bits as usize as *mut u8) }
        })
        .collect()
}

// ---- exports ----

/// `product(*pools, repeat=repeat)`: `pools` a tuple of lists (borrowed).
///
/// # Safety
/// `pools` is a live tuple of live lists.
#[no_mangle]
pub unsafe extern "C" fn tp_itertools_product(pools: *mut u8, repeat: i64) -> PtrResult {
    if repeat < 0 {
        return Err(Exc::new(ExcKind::ValueError, "repeat argument cannot be negative")).into();
    }
    // SAFETY: forwarded from the caller.
    let lists = unsafe { lists_of(pools) };
    if lists.len() as u128 * repeat as u128 > 1 << 20 {
        return Err(memory_error()).into();
    }
    let repeated: Vec<List> = (0..repeat).flat_map(|_| lists.iter().copied()).collect();
    product(&repeated).map(List::as_obj).into()
}

/// `permutations(xs, r)`, `r` = [`R_NONE`] for none.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_itertools_permutations(list: *mut u8, r: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    permutations(unsafe { List::from_obj(list) }, r).map(List::as_obj).into()
}

/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_itertools_combinations(list: *mut u8, r: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    combinations(unsafe { List::from_obj(list) }, r, false).map(List::as_obj).into()
}

/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_itertools_combinations_wr(list: *mut u8, r: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    combinations(unsafe { List::from_obj(list) }, r, true).map(List::as_obj).into()
}

/// # Safety
/// `list` is a live list of ints or floats.
#[no_mangle]
pub unsafe extern "C" fn tp_itertools_accumulate(list: *mut u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    accumulate(unsafe { List::from_obj(list) }).map(List::as_obj).into()
}

/// `chain(*lists)`: `lists` a tuple of lists of one kind (borrowed).
///
/// # Safety
/// `lists` is a live tuple of live lists.
#[no_mangle]
pub unsafe extern "C" fn tp_itertools_chain(lists: *mut u8, kind: i64) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let lists = unsafe { lists_of(lists) };
    let kind = SlotKind::from_u8(kind as u8).unwrap_or(SlotKind::Obj);
    let out = List::new(kind, 0);
    for list in lists {
        out.extend(list);
    }
    out.as_obj()
}

/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_itertools_pairwise(list: *mut u8) -> PtrResult {
    // SAFETY: forwarded from the caller.
    pairwise(unsafe { List::from_obj(list) }).map(List::as_obj).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(xs: &[i64]) -> List {
        List::from_items(SlotKind::Int, xs)
    }

    fn shape(list: List) -> Vec<Vec<i64>> {
        (0..list.len())
            .map(|i| {
                // SAFETY: the elements of these result lists are live tuples.
                let t = unsafe { Tuple::from_obj(list.get(i) as usize as *mut u8) };
                (0..t.len()).map(|j| t.field(j).1).collect()
            })
            .collect()
    }

    #[test]
    fn orders_are_cpythons() {
        let xs = ints(&[1, 2, 3]);
        assert_eq!(shape(permutations(xs, 2).unwrap()), [[1, 2], [1, 3], [2, 1], [2, 3], [3, 1], [3, 2]]);
        assert_eq!(shape(combinations(xs, 2, false).unwrap()), [[1, 2], [1, 3], [2, 3]]);
        assert_eq!(shape(combinations(ints(&[1, 2]), 2, true).unwrap()), [[1, 1], [1, 2], [2, 2]]);
        assert_eq!(shape(product(&[ints(&[1, 2]), ints(&[3, 4])]).unwrap()), [[1, 3], [1, 4], [2, 3], [2, 4]]);
        assert_eq!(shape(product(&[]).unwrap()), [Vec::<i64>::new()]);
        assert_eq!(shape(permutations(xs, 4).unwrap()).len(), 0);
        assert_eq!(shape(combinations(xs, 0, false).unwrap()), [Vec::<i64>::new()]);
        assert_eq!(shape(combinations(ints(&[]), 0, true).unwrap()), [Vec::<i64>::new()]);
        assert_eq!(shape(combinations(ints(&[]), 1, true).unwrap()).len(), 0);
    }
}
