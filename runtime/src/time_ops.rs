//! The `time` module's clocks and `sleep`, read the way CPython reads them:
//! `clock_gettime(CLOCK_MONOTONIC)` for `perf_counter`/`monotonic`,
//! `CLOCK_REALTIME` for `time`, `CLOCK_PROCESS_CPUTIME_ID` for
//! `process_time`; a float result is the nanosecond count divided by 1e9
//! (`_PyTime_AsSecondsDouble`).

use taipan_abi::ExcKind;

use crate::exceptions::Exc;
use crate::ffi_result::ErrFlag;

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

const CLOCK_REALTIME: i32 = 0;
const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

/// The clock's reading in nanoseconds (0 if the clock cannot be read, which
/// Linux never does for these clocks).
fn clock_ns(clock: i32) -> i64 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec with the C layout
    // (x86_64/aarch64 Linux: two 64-bit fields).
    let rc = unsafe { clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec.saturating_mul(1_000_000_000).saturating_add(ts.tv_nsec)
}

fn seconds(ns: i64) -> f64 {
    ns as f64 / 1e9
}

#[no_mangle]
pub extern "C" fn tp_time_time() -> f64 {
    seconds(clock_ns(CLOCK_REALTIME))
}

#[no_mangle]
pub extern "C" fn tp_time_time_ns() -> i64 {
    clock_ns(CLOCK_REALTIME)
}

/// `perf_counter()` and `monotonic()` (the same clock on Linux).
#[no_mangle]
pub extern "C" fn tp_time_perf_counter() -> f64 {
    seconds(clock_ns(CLOCK_MONOTONIC))
}

#[no_mangle]
pub extern "C" fn tp_time_perf_counter_ns() -> i64 {
    clock_ns(CLOCK_MONOTONIC)
}

#[no_mangle]
pub extern "C" fn tp_time_process_time() -> f64 {
    seconds(clock_ns(CLOCK_PROCESS_CPUTIME_ID))
}

/// `sleep(secs)`, with CPython's errors for negative and NaN lengths.
pub fn sleep(secs: f64) -> Result<(), Exc> {
    if secs.is_nan() {
        return Err(Exc::new(ExcKind::ValueError, "Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(Exc::new(ExcKind::ValueError, "sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs * 1e9 >= 9.223_372_036_854_775_808e18 {
        return Err(Exc::new(ExcKind::OverflowError, "timestamp out of range for platform time_t"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(())
}

#[no_mangle]
pub extern "C" fn tp_time_sleep(secs: f64) -> ErrFlag {
    sleep(secs).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_advance_and_sleep_checks_its_argument() {
        let before = tp_time_perf_counter_ns();
        assert!(sleep(0.001).is_ok());
        assert!(tp_time_perf_counter_ns() - before >= 1_000_000);
        assert!(tp_time_time() > 1.6e9);
        assert!(sleep(-1.0).is_err());
        assert!(sleep(f64::NAN).is_err());
    }
}
