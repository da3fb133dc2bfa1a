//! What each `random` function draws, on one generator: every function
//! consumes the Mersenne Twister's 32-bit words exactly as `Lib/random.py`
//! and `Modules/_randommodule.c` do (`_randbelow_with_getrandbits`,
//! `random()` from 53 bits, `getrandbits` little-endian by words, `sample`'s
//! two branches, `gauss`'s cached second value).
//!
//! Python's ints are unbounded; here arguments are i64s, and intermediate
//! widths (`stop - start`) are computed in i128 so no valid call overflows.

use taipan_abi::{ErrCode, ExcKind};

use super::RandomState;
use crate::exceptions::Exc;
use crate::list_ops::List;

impl RandomState {
    /// `random()`: 53 random bits as a float in [0, 1).
    pub(super) fn random(&mut self) -> f64 {
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

    /// `getrandbits(k)`: CPython's ints grow, taipan's raise `OverflowError`
    /// when the drawn number needs more than 63 bits (the words are still drawn).
    pub(super) fn getrandbits(&mut self, k: i64) -> Result<i64, Exc> {
        if k < 0 {
            return Err(Exc::new(ExcKind::ValueError, "number of bits must be non-negative"));
        }
        let mut words = Vec::new();
        let mut left = k as u64;
        while left > 0 {
            let w = self.mt.next_u32();
            words.push(if left < 32 { w >> (32 - left) } else { w });
            left = left.saturating_sub(32);
        }
        let too_big = words.iter().skip(2).any(|&w| w != 0);
        let value = words.iter().take(2).rev().fold(0u64, |acc, &w| (acc << 32) | u64::from(w));
        if too_big || value > i64::MAX as u64 {
            return Err(Exc::Code(ErrCode::IntOverflow));
        }
        Ok(value as i64)
    }

    /// `randrange(stop)`.
    pub(super) fn randrange_stop(&mut self, stop: i64) -> Result<i64, Exc> {
        if stop <= 0 {
            return Err(Exc::new(ExcKind::ValueError, "empty range for randrange()"));
        }
        Ok(self.below(stop as u128) as i64)
    }

    /// `randrange(start, stop, step)`, with CPython's checks in its order.
    pub(super) fn randrange(&mut self, start: i64, stop: i64, step: i64) -> Result<i64, Exc> {
        self.randrange_wide(i128::from(start), i128::from(stop), i128::from(step))
    }

    fn randrange_wide(&mut self, start: i128, stop: i128, step: i128) -> Result<i64, Exc> {
        let width = stop - start;
        if step == 1 {
            if width > 0 {
                let r = self.below(width as u128) as i128;
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
        let r = self.below(n as u128) as i128;
        Ok((start + step * r) as i64)
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub(super) fn randint(&mut self, a: i64, b: i64) -> Result<i64, Exc> {
        self.randrange_wide(i128::from(a), i128::from(b) + 1, 1)
    }

    /// `gauss(mu, sigma)`: Box-Muller, keeping the second value for the next call.
    pub(super) fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd`; the number is
    /// drawn before the division fails, as in CPython.
    pub(super) fn expovariate(&mut self, lambd: f64) -> Result<f64, Exc> {
        let r = self.random();
        if lambd == 0.0 {
            return Err(Exc::Code(ErrCode::FloatDivByZero));
        }
        Ok(-(1.0 - r).ln() / lambd)
    }

    /// `choice(xs)`: the index drawn as `_randbelow(len(xs))`.
    pub(super) fn choice_index(&mut self, len: usize) -> Result<usize, Exc> {
        if len == 0 {
            return Err(Exc::new(ExcKind::IndexError, "Cannot choose from an empty sequence"));
        }
        Ok(self.below(len as u128) as usize)
    }

    /// `shuffle(xs)`: Fisher-Yates from the end, as CPython.
    pub(super) fn shuffle(&mut self, list: List) {
        for i in (1..list.len()).rev() {
            let j = self.below(i as u128 + 1) as usize;
            list.swap(i, j);
        }
    }

    /// `sample(population, k)`: the indices CPython picks, in selection order.
    pub(super) fn sample_indices(&mut self, n: usize, k: i64) -> Result<Vec<usize>, Exc> {
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
        let mut picked = Vec::with_capacity(k);
        if n as u128 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.below((n - i) as u128) as usize;
                picked.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.below(n as u128) as usize;
                while selected.contains(&j) {
                    j = self.below(n as u128) as usize;
                }
                selected.insert(j);
                picked.push(j);
            }
        }
        Ok(picked)
    }

    /// `choices(population, k=k)` without weights: `population[floor(random() * n)]`
    /// k times; an empty population fails at the first index, as in CPython.
    pub(super) fn choices_indices(&mut self, n: usize, k: i64) -> Result<Vec<usize>, Exc> {
        let mut picked = Vec::new();
        for _ in 0..k.max(0) {
            let i = (self.random() * n as f64).floor() as usize;
            if i >= n {
                return Err(Exc::new(ExcKind::IndexError, "list index out of range"));
            }
            picked.push(i);
        }
        Ok(picked)
    }

    /// `choices(population, weights, k=k)`: `bisect(cum_weights, random() *
    /// total, 0, n - 1)` k times, with CPython's checks in its order.
    pub(super) fn weighted_indices(&mut self, n: usize, weights: List, k: i64) -> Result<Vec<usize>, Exc> {
        let cum = cumulative_weights(weights)?;
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
        let mut picked = Vec::new();
        for _ in 0..k.max(0) {
            let x = self.random() * total;
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
    }
}

/// `list(accumulate(weights))` as floats, ints summed exactly (overflow as `+`).
fn cumulative_weights(weights: List) -> Result<Vec<f64>, Exc> {
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
    Ok(cum)
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

/// `len(range(start, stop, step))`; `ValueError` for a zero step, as
/// `range()` raises.
pub(super) fn range_len(start: i64, stop: i64, step: i64) -> Result<u128, Exc> {
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
pub(super) fn range_item(start: i64, step: i64, i: usize) -> i64 {
    (i128::from(start) + i128::from(step) * i as i128) as i64
}

/// A new `list[int]` of the range's elements at `indices`.
pub(super) fn range_pick(start: i64, step: i64, indices: &[usize]) -> List {
    let items: Vec<i64> = indices.iter().map(|&i| range_item(start, step, i)).collect();
    List::from_items(taipan_abi::SlotKind::Int, &items)
}

/// A new list of `list`'s kind holding its elements at `indices`.
pub(super) fn pick(list: List, indices: &[usize]) -> List {
    let items: Vec<i64> = indices.iter().map(|&i| list.get(i)).collect();
    List::from_items(list.kind(), &items)
}
