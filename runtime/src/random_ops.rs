//! The `random` module's functions on its one hidden generator, drawing the
//! same numbers as CPython 3.11 for the same seed: every function consumes
//! the Mersenne Twister's 32-bit words exactly as `Lib/random.py` and
//! `Modules/_randommodule.c` do (`_randbelow_with_getrandbits`, `random()`
//! from 53 bits, `getrandbits` little-endian by words, `sample`'s two
//! branches, `gauss`'s cached second value).
//!
//! Python's ints are unbounded; here arguments are i64s, and intermediate
//! widths (`stop - start`) are computed in i128 so no valid call overflows.

use std::cell::RefCell;

use taipan_abi::{ErrCode, ExcKind};

use crate::exceptions::Exc;
use crate::ffi_result::{I64Result, PtrResult};
use crate::list_ops::List;
use crate::object::incref_slot;

mod mt19937;
#[cfg(test)]
mod tests;

use mt19937::Mt19937;

/// The module's generator (`random._inst`) and `gauss`'s cached value.
struct RandomState {
    mt: Mt19937,
    gauss_next: Option<f64>,
}

thread_local! {
    /// Seeded from OS entropy on first use, as importing `random` does.
    static STATE: RefCell<Option<RandomState>> = const { RefCell::new(None) };
}

/// Runs `f` on the generator, seeding it from OS entropy first if nothing
/// has seeded it yet.
fn with_state<T>(f: impl FnOnce(&mut RandomState) -> T) -> T {
    STATE.with(|cell| {
        let mut slot = cell.borrow_mut();
        let state = slot.get_or_insert_with(|| RandomState { mt: Mt19937::from_key(&entropy_key()), gauss_next: None });
        f(state)
    })
}

fn reseed(key: &[u32]) {
    STATE.with(|cell| *cell.borrow_mut() = Some(RandomState { mt: Mt19937::from_key(key), gauss_next: None }));
}

/// CPython's `random_seed_urandom`: 624 words from the OS; without
/// `/dev/urandom`, the time and process id (its fallback is similar).
fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut bytes = vec![0u8; 624 * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        return vec![nanos as u32, (nanos >> 32) as u32, std::process::id()];
    }
    bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// `random.seed(n)`'s key: the 32-bit words of `abs(n)`, least significant
/// first (one zero word for 0).
pub fn seed_key(seed: i64) -> Vec<u32> {
    let mut n = seed.unsigned_abs();
    let mut key = vec![n as u32];
    n >>= 32;
    if n != 0 {
        key.push(n as u32);
    }
    key
}

impl RandomState {
    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = self.mt.next_u32() >> 5;
        let b = self.mt.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`: one word per 32 bits, the first the
    /// least significant, the last shifted down to the bits still wanted.
    fn bits(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return u64::from(self.mt.next_u32() >> (32 - k));
        }
        let low = u64::from(self.mt.next_u32());
        let high = u64::from(self.mt.next_u32() >> (64 - k));
        low | (high << 32)
    }

    /// `_randbelow_with_getrandbits(n)` for `0 < n <= 2**64`.
    fn below(&mut self, n: u128) -> u128 {
        let k = 128 - n.leading_zeros();
        if k > 64 {
            // n == 2**64: 65 bits are drawn (three words), retried while >= n.
            loop {
                let low = u128::from(self.bits(64));
                let high = u128::from(self.mt.next_u32() >> 31);
                let r = low | (high << 64);
                if r < n {
                    return r;
                }
            }
        }
        loop {
            let r = u128::from(self.bits(k));
            if r < n {
                return r;
            }
        }
    }
}

/// `getrandbits(k)`: CPython's ints grow, taipan's raise `OverflowError`
/// when the drawn number needs more than 63 bits (the words are still drawn).
pub fn getrandbits(k: i64) -> Result<i64, Exc> {
    if k < 0 {
        return Err(Exc::new(ExcKind::ValueError, "number of bits must be non-negative"));
    }
    with_state(|s| {
        let mut words = Vec::new();
        let mut left = k as u64;
        while left > 0 {
            let w = s.mt.next_u32();
            words.push(if left < 32 { w >> (32 - left) } else { w });
            left = left.saturating_sub(32);
        }
        let too_big = words.iter().skip(2).any(|&w| w != 0);
        let value = words.iter().take(2).rev().fold(0u64, |acc, &w| (acc << 32) | u64::from(w));
        if too_big || value > i64::MAX as u64 {
            return Err(Exc::Code(ErrCode::IntOverflow));
        }
        Ok(value as i64)
    })
}

/// `randrange(stop)`.
pub fn randrange_stop(stop: i64) -> Result<i64, Exc> {
    if stop <= 0 {
        return Err(Exc::new(ExcKind::ValueError, "empty range for randrange()"));
    }
    Ok(with_state(|s| s.below(stop as u128)) as i64)
}

/// `randrange(start, stop, step)`, with CPython's checks in its order.
pub fn randrange(start: i64, stop: i64, step: i64) -> Result<i64, Exc> {
    randrange_wide(i128::from(start), i128::from(stop), i128::from(step))
}

fn randrange_wide(start: i128, stop: i128, step: i128) -> Result<i64, Exc> {
    let width = stop - start;
    if step == 1 {
        if width > 0 {
            let r = with_state(|s| s.below(width as u128)) as i128;
            return Ok((start + r) as i64);
        }
        let msg = format!("empty range for randrange() ({start}, {stop}, {width})");
        return Err(Exc::new(ExcKind::ValueError, msg));
    }
    let n = if step > 0 {
        (width + step - 1).div_euclid(step)
    } else if step < 0 {
        floor_div(width + step + 1, step)
    } else {
        return Err(Exc::new(ExcKind::ValueError, "zero step for randrange()"));
    };
    if n <= 0 {
        return Err(Exc::new(ExcKind::ValueError, "empty range for randrange()"));
    }
    let r = with_state(|s| s.below(n as u128)) as i128;
    Ok((start + step * r) as i64)
}

/// Python's `//` on i128s.
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `randint(a, b)`: `randrange(a, b + 1)`.
pub fn randint(a: i64, b: i64) -> Result<i64, Exc> {
    randrange_wide(i128::from(a), i128::from(b) + 1, 1)
}

/// `choice(xs)`: the index drawn as `_randbelow(len(xs))`.
fn choice_index(len: usize) -> Result<usize, Exc> {
    if len == 0 {
        return Err(Exc::new(ExcKind::IndexError, "Cannot choose from an empty sequence"));
    }
    Ok(with_state(|s| s.below(len as u128)) as usize)
}

/// `shuffle(xs)`: Fisher-Yates from the end, as CPython.
fn shuffle(list: List) {
    let len = list.len();
    with_state(|s| {
        for i in (1..len).rev() {
            let j = s.below(i as u128 + 1) as usize;
            list.swap(i, j);
        }
    });
}

/// `sample(population, k)`: the indices CPython picks, in selection order.
fn sample_indices(n: usize, k: i64) -> Result<Vec<usize>, Exc> {
    if k < 0 || k as u64 > n as u64 {
        return Err(Exc::new(ExcKind::ValueError, "Sample larger than population or is negative"));
    }
    let k = k as usize;
    let mut setsize: u128 = 21;
    if k > 5 {
        // `4 ** ceil(log(k * 3, 4))`, with math.log's float division.
        let exponent = (((k * 3) as f64).ln() / 4f64.ln()).ceil() as u32;
        setsize += 4u128.saturating_pow(exponent);
    }
    with_state(|s| {
        let mut picked = Vec::with_capacity(k);
        if n as u128 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = s.below((n - i) as u128) as usize;
                picked.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = s.below(n as u128) as usize;
                while selected.contains(&j) {
                    j = s.below(n as u128) as usize;
                }
                selected.insert(j);
                picked.push(j);
            }
        }
        Ok(picked)
    })
}

/// `choices(population, k=k)` without weights: `population[floor(random() * n)]`
/// k times; an empty population fails at the first index, as in CPython.
fn choices_indices(n: usize, k: i64) -> Result<Vec<usize>, Exc> {
    with_state(|s| {
        let mut picked = Vec::new();
        for _ in 0..k.max(0) {
            let i = (s.random() * n as f64).floor() as usize;
            if i >= n {
                return Err(Exc::new(ExcKind::IndexError, "list index out of range"));
            }
            picked.push(i);
        }
        Ok(picked)
    })
}

/// `len(range(start, stop, step))`; `ValueError` for a zero step, as
/// `range()` raises.
fn range_len(start: i64, stop: i64, step: i64) -> Result<u128, Exc> {
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    let n = match step {
        0 => return Err(Exc::new(ExcKind::ValueError, "range() arg 3 must not be zero")),
        s if s > 0 && start < stop => (stop - start - 1) / s + 1,
        s if s < 0 && start > stop => (start - stop - 1) / -s + 1,
        _ => 0,
    };
    // CPython's len() of a range longer than sys.maxsize fails.
    if n > i64::MAX as i128 {
        return Err(Exc::new(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"));
    }
    Ok(n as u128)
}

/// Element `i` of `range(start, _, step)`.
fn range_item(start: i64, step: i64, i: usize) -> i64 {
    (i128::from(start) + i128::from(step) * i as i128) as i64
}

/// A new `list[int]` of the range's elements at `indices`.
fn range_pick(start: i64, step: i64, indices: &[usize]) -> List {
    let items: Vec<i64> = indices.iter().map(|&i| range_item(start, step, i)).collect();
    List::from_items(taipan_abi::SlotKind::Int, &items)
}

/// `choices(population, weights, k=k)`: `bisect(cum_weights, random() *
/// total, 0, n - 1)` k times, with CPython's checks in its order.
fn weighted_indices(n: usize, weights: List, k: i64) -> Result<Vec<usize>, Exc> {
    // `cum_weights = list(accumulate(weights))`, ints exactly (overflow as `+`).
    let mut cum: Vec<f64> = Vec::with_capacity(weights.len());
    let mut int_total: i64 = 0;
    let mut float_total = 0.0;
    for i in 0..weights.len() {
        match weights.value(i) {
            crate::object::Value::Int(w) => {
                int_total = int_total.checked_add(w).ok_or(Exc::Code(ErrCode::IntOverflow))?;
                cum.push(int_total as f64);
            }
            crate::object::Value::Bool(w) => {
                int_total = int_total.checked_add(i64::from(w)).ok_or(Exc::Code(ErrCode::IntOverflow))?;
                cum.push(int_total as f64);
            }
            crate::object::Value::Float(w) => {
                float_total += w;
                cum.push(float_total);
            }
            _ => return Err(Exc::new(ExcKind::TypeError, "weights must be numbers")),
        }
    }
    if cum.len() != n {
        return Err(Exc::new(ExcKind::ValueError, "The number of weights does not match the population"));
    }
    let Some(&total) = cum.last() else {
        return Err(Exc::new(ExcKind::IndexError, "list index out of range"));
    };
    if total <= 0.0 {
        return Err(Exc::new(ExcKind::ValueError, "Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(Exc::new(ExcKind::ValueError, "Total of weights must be finite"));
    }
    let hi = n - 1;
    with_state(|s| {
        let mut picked = Vec::new();
        for _ in 0..k.max(0) {
            let x = s.random() * total;
            // bisect_right(cum, x, 0, hi)
            let (mut lo, mut hi) = (0usize, hi);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if x < cum[mid] {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            picked.push(lo);
        }
        Ok(picked)
    })
}

/// A new list of `list`'s kind holding its elements at `indices`.
fn pick(list: List, indices: &[usize]) -> List {
    let items: Vec<i64> = indices.iter().map(|&i| list.get(i)).collect();
    List::from_items(list.kind(), &items)
}

// ---- exports ----

#[no_mangle]
pub extern "C" fn tp_random_seed(seed: i64) {
    reseed(&seed_key(seed));
}

/// `random.seed()` / `random.seed(None)`: fresh OS entropy.
#[no_mangle]
pub extern "C" fn tp_random_seed_entropy() {
    reseed(&entropy_key());
}

#[no_mangle]
pub extern "C" fn tp_random_random() -> f64 {
    with_state(RandomState::random)
}

#[no_mangle]
pub extern "C" fn tp_random_getrandbits(k: i64) -> I64Result {
    getrandbits(k).into()
}

#[no_mangle]
pub extern "C" fn tp_random_randrange_stop(stop: i64) -> I64Result {
    randrange_stop(stop).into()
}

#[no_mangle]
pub extern "C" fn tp_random_randrange(start: i64, stop: i64, step: i64) -> I64Result {
    randrange(start, stop, step).into()
}

#[no_mangle]
pub extern "C" fn tp_random_randint(a: i64, b: i64) -> I64Result {
    randint(a, b).into()
}

/// `uniform(a, b)` of floats: `a + (b - a) * random()`.
#[no_mangle]
pub extern "C" fn tp_random_uniform(a: f64, b: f64) -> f64 {
    a + (b - a) * tp_random_random()
}

/// `uniform(a, b)` of ints: `b - a` is exact (then rounded once to a float),
/// as with Python's ints.
#[no_mangle]
pub extern "C" fn tp_random_uniform_int(a: i64, b: i64) -> f64 {
    let width = (i128::from(b) - i128::from(a)) as f64;
    a as f64 + width * tp_random_random()
}

#[no_mangle]
pub extern "C" fn tp_random_gauss(mu: f64, sigma: f64) -> f64 {
    with_state(|s| {
        let z = match s.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = s.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - s.random()).ln()).sqrt();
                s.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    })
}

/// `choice(xs)`: the element as a new reference.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_random_choice(list: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    choice_index(list.len())
        .map(|i| {
            let bits = list.get(i);
            // SAFETY: an element of a live list is live.
            unsafe { incref_slot(list.kind(), bits) };
            bits
        })
        .into()
}

/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_random_shuffle(list: *mut u8) {
    // SAFETY: forwarded from the caller.
    shuffle(unsafe { List::from_obj(list) });
}

/// `sample(xs, k)`: a new list.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_random_sample(list: *mut u8, k: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    sample_indices(list.len(), k).map(|picked| pick(list, &picked).as_obj()).into()
}

/// `choices(xs, weights, k=k)`: a new list; `weights` a list of ints or
/// floats.
///
/// # Safety
/// `list` and `weights` are live lists.
#[no_mangle]
pub unsafe extern "C" fn tp_random_choices_weighted(list: *mut u8, weights: *mut u8, k: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let (list, weights) = unsafe { (List::from_obj(list), List::from_obj(weights)) };
    weighted_indices(list.len(), weights, k).map(|picked| pick(list, &picked).as_obj()).into()
}

/// `choice(range(start, stop, step))`.
#[no_mangle]
pub extern "C" fn tp_random_choice_range(start: i64, stop: i64, step: i64) -> I64Result {
    range_len(start, stop, step)
        .and_then(|n| choice_index(n as usize))
        .map(|i| range_item(start, step, i))
        .into()
}

/// `sample(range(start, stop, step), k)`: a new `list[int]`.
#[no_mangle]
pub extern "C" fn tp_random_sample_range(start: i64, stop: i64, step: i64, k: i64) -> PtrResult {
    range_len(start, stop, step)
        .and_then(|n| sample_indices(n as usize, k))
        .map(|picked| range_pick(start, step, &picked).as_obj())
        .into()
}

/// `choices(range(start, stop, step), k=k)`: a new `list[int]`.
#[no_mangle]
pub extern "C" fn tp_random_choices_range(start: i64, stop: i64, step: i64, k: i64) -> PtrResult {
    range_len(start, stop, step)
        .and_then(|n| choices_indices(n as usize, k))
        .map(|picked| range_pick(start, step, &picked).as_obj())
        .into()
}

/// `choices(xs, k=k)`: a new list.
///
/// # Safety
/// `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_random_choices(list: *mut u8, k: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    choices_indices(list.len(), k).map(|picked| pick(list, &picked).as_obj()).into()
}
