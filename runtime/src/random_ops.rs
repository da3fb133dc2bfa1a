//! The `random` module, drawing the same numbers as CPython 3.11 for the
//! same seed. Every `tp_random_*` function takes the generator first: a
//! `random.Random` object (`random_object.rs`), or null for the module's
//! hidden one, which the module-level functions use (CPython's
//! `random._inst`). What each function draws is in `draws.rs`.

use std::cell::RefCell;

use crate::ffi_result::{F64Result, I64Result, PtrResult};
use crate::list_ops::List;
use crate::object::incref_slot;

mod draws;
mod mt19937;
mod random_object;
#[cfg(test)]
mod tests;

use draws::{pick, range_item, range_len, range_pick};
use mt19937::Mt19937;
pub use random_object::dealloc_random;

/// One generator and `gauss`'s cached value.
pub(crate) struct RandomState {
    mt: Mt19937,
    gauss_next: Option<f64>,
}

impl RandomState {
    /// A generator seeded by `init_by_array(key)`, as `seed()` leaves it.
    fn seeded(key: &[u32]) -> RandomState {
        RandomState { mt: Mt19937::from_key(key), gauss_next: None }
    }
}

thread_local! {
    /// The module's generator, seeded from OS entropy on first use, as
    /// importing `random` does.
    static MODULE_STATE: RefCell<Option<RandomState>> = const { RefCell::new(None) };
}

/// Runs `f` on the generator `rng` names: a `Random` object's, or (null) the
/// module's, seeding that from OS entropy first if nothing has seeded it yet.
///
/// # Safety
/// `rng` is null or a live `Random` object.
unsafe fn with_state<T>(rng: *mut u8, f: impl FnOnce(&mut RandomState) -> T) -> T {
    if !rng.is_null() {
        // SAFETY: a live Random object (the caller's guarantee); `f` runs no
        // compiled code, so nothing else reaches its state meanwhile.
        return f(unsafe { random_object::state_of(rng) });
    }
    MODULE_STATE.with(|cell| {
        let mut slot = cell.borrow_mut();
        f(slot.get_or_insert_with(|| RandomState::seeded(&entropy_key())))
    })
}

/// Reseeds the generator `rng` names with `key`, clearing `gauss`'s cache.
///
/// # Safety
/// As for [`with_state`].
unsafe fn reseed(rng: *mut u8, key: &[u32]) {
    if rng.is_null() {
        MODULE_STATE.with(|cell| *cell.borrow_mut() = Some(RandomState::seeded(key)));
    } else {
        // SAFETY: forwarded from the caller.
        unsafe { with_state(rng, |s| *s = RandomState::seeded(key)) }
    }
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

// ---- exports ----
//
// Every `rng` below is null or a live `Random` object (the `# Safety` of
// each), and every list a live list: compiled code passes borrowed references.

/// `random.Random(n)`: a new generator seeded as `seed(n)` seeds.
#[no_mangle]
pub extern "C" fn tp_random_new(seed: i64) -> *mut u8 {
    random_object::new_random(RandomState::seeded(&seed_key(seed)))
}

/// `random.Random()` / `random.Random(None)`: a new generator seeded from OS entropy.
#[no_mangle]
pub extern "C" fn tp_random_new_entropy() -> *mut u8 {
    random_object::new_random(RandomState::seeded(&entropy_key()))
}

/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_seed(rng: *mut u8, seed: i64) {
    // SAFETY: forwarded from the caller.
    unsafe { reseed(rng, &seed_key(seed)) }
}

/// `seed()` / `seed(None)`: fresh OS entropy.
///
/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_seed_entropy(rng: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe { reseed(rng, &entropy_key()) }
}

/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_random(rng: *mut u8) -> f64 {
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, RandomState::random) }
}

/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_getrandbits(rng: *mut u8, k: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.getrandbits(k)) }.into()
}

/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_randrange_stop(rng: *mut u8, stop: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.randrange_stop(stop)) }.into()
}

/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_randrange(rng: *mut u8, start: i64, stop: i64, step: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.randrange(start, stop, step)) }.into()
}

/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_randint(rng: *mut u8, a: i64, b: i64) -> I64Result {
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.randint(a, b)) }.into()
}

/// `uniform(a, b)` of floats: `a + (b - a) * random()`.
///
/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_uniform(rng: *mut u8, a: f64, b: f64) -> f64 {
    // SAFETY: forwarded from the caller.
    a + (b - a) * unsafe { tp_random_random(rng) }
}

/// `uniform(a, b)` of ints: `b - a` is exact (then rounded once to a float),
/// as with Python's ints.
///
/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_uniform_int(rng: *mut u8, a: i64, b: i64) -> f64 {
    let width = (i128::from(b) - i128::from(a)) as f64;
    // SAFETY: forwarded from the caller.
    a as f64 + width * unsafe { tp_random_random(rng) }
}

/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_gauss(rng: *mut u8, mu: f64, sigma: f64) -> f64 {
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.gauss(mu, sigma)) }
}

/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_expovariate(rng: *mut u8, lambd: f64) -> F64Result {
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.expovariate(lambd)) }.into()
}

/// `choice(xs)`: the element as a new reference.
///
/// # Safety
/// `rng` is null or a live `Random` object; `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_random_choice(rng: *mut u8, list: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.choice_index(list.len())) }
        .map(|i| {
            let bits = list.get(i);
            // SAFETY: an element of a live list is live.
            unsafe { incref_slot(list.kind(), bits) };
            bits
        })
        .into()
}

/// # Safety
/// `rng` is null or a live `Random` object; `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_random_shuffle(rng: *mut u8, list: *mut u8) {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.shuffle(list)) }
}

/// `sample(xs, k)`: a new list.
///
/// # Safety
/// `rng` is null or a live `Random` object; `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_random_sample(rng: *mut u8, list: *mut u8, k: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.sample_indices(list.len(), k)) }.map(|picked| pick(list, &picked).as_obj()).into()
}

/// `choices(xs, weights, k=k)`: a new list; `weights` a list of ints or
/// floats.
///
/// # Safety
/// `rng` is null or a live `Random` object; `list` and `weights` are live lists.
#[no_mangle]
pub unsafe extern "C" fn tp_random_choices_weighted(rng: *mut u8, list: *mut u8, weights: *mut u8, k: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let (list, weights) = unsafe { (List::from_obj(list), List::from_obj(weights)) };
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.weighted_indices(list.len(), weights, k)) }
        .map(|picked| pick(list, &picked).as_obj())
        .into()
}

/// `choice(range(start, stop, step))`.
///
/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_choice_range(rng: *mut u8, start: i64, stop: i64, step: i64) -> I64Result {
    range_len(start, stop, step)
        // SAFETY: forwarded from the caller.
        .and_then(|n| unsafe { with_state(rng, |s| s.choice_index(n as usize)) })
        .map(|i| range_item(start, step, i))
        .into()
}

/// `sample(range(start, stop, step), k)`: a new `list[int]`.
///
/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_sample_range(rng: *mut u8, start: i64, stop: i64, step: i64, k: i64) -> PtrResult {
    range_len(start, stop, step)
        // SAFETY: forwarded from the caller.
        .and_then(|n| unsafe { with_state(rng, |s| s.sample_indices(n as usize, k)) })
        .map(|picked| range_pick(start, step, &picked).as_obj())
        .into()
}

/// `choices(range(start, stop, step), k=k)`: a new `list[int]`.
///
/// # Safety
/// `rng` is null or a live `Random` object.
#[no_mangle]
pub unsafe extern "C" fn tp_random_choices_range(rng: *mut u8, start: i64, stop: i64, step: i64, k: i64) -> PtrResult {
    range_len(start, stop, step)
        // SAFETY: forwarded from the caller.
        .and_then(|n| unsafe { with_state(rng, |s| s.choices_indices(n as usize, k)) })
        .map(|picked| range_pick(start, step, &picked).as_obj())
        .into()
}

/// `choices(xs, k=k)`: a new list.
///
/// # Safety
/// `rng` is null or a live `Random` object; `list` is a live list.
#[no_mangle]
pub unsafe extern "C" fn tp_random_choices(rng: *mut u8, list: *mut u8, k: i64) -> PtrResult {
    // SAFETY: forwarded from the caller.
    let list = unsafe { List::from_obj(list) };
    // SAFETY: forwarded from the caller.
    unsafe { with_state(rng, |s| s.choices_indices(list.len(), k)) }.map(|picked| pick(list, &picked).as_obj()).into()
}
