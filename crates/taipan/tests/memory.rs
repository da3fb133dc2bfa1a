//! Reference counting keeps long-running programs in bounded memory: a program
//! that creates and drops millions of strs, lists and tuples must run under an
//! address-space limit far below what it would need if any of them leaked.

use std::path::Path;
use std::process::Command;

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

/// 64 MiB of address space: a leak of even 24 bytes per iteration of the
/// 3,000,000-iteration loop would exceed it.
const ADDRESS_SPACE_KIB: u32 = 64 * 1024;

/// Builds `tests/memory/NAME.py`, runs it under the address-space limit, and
/// returns its stdout.
fn run_under_limit(name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let source = root.join(format!("tests/memory/{name}.py"));
    let dir = std::env::temp_dir().join(format!("taipan-memory-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join(name);
    let build = Command::new(TAIPAN).arg("build").arg(&source).arg("-o").arg(&exe).output().unwrap();
    assert!(build.status.success(), "build failed: {}", String::from_utf8_lossy(&build.stderr));
    let run = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {ADDRESS_SPACE_KIB} && exec \"$0\""))
        .arg(&exe)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(run.status.success(), "the program failed under the memory limit: {}", String::from_utf8_lossy(&run.stderr));
    String::from_utf8_lossy(&run.stdout).trim().to_string()
}

#[test]
fn temporaries_are_freed_so_a_churning_loop_runs_in_constant_memory() {
    // The sum the loop computes (checked against CPython when the test was written).
    assert_eq!(run_under_limit("churn"), "158962347");
}

/// 300,000 iterations each allocate 16 instances (with a list and a str
/// each): a leak of any of them would need hundreds of MiB.
#[test]
fn instances_are_freed_with_their_fields() {
    // Checked against CPython when the test was written.
    assert_eq!(run_under_limit("instances"), "27766813");
}

/// 1,000,000 iterations each raise and catch several exceptions (objects,
/// args tuples, messages) and leave statements half done: any leak of them,
/// or of the temporaries a `try` body drops on its way to the handler, would
/// pass the limit.
#[test]
fn caught_exceptions_and_interrupted_temporaries_are_freed() {
    // Checked against CPython when the test was written.
    assert_eq!(run_under_limit("exceptions_churn"), "533238");
}

/// 300,000 iterations each build dicts, sets, comprehensions, sorted lists
/// with key functions (one capturing a dict) and starred unpackings.
#[test]
fn dicts_sets_comprehensions_and_key_functions_are_freed() {
    // Checked against CPython when the test was written.
    assert_eq!(run_under_limit("collections_churn"), "135015649982");
}

/// 1,000,000 iterations each run str methods (split, join, partition, replace,
/// center, ...), `str.format`, `%` formatting and a `for c in s`: a leak of
/// any one of their results (at least 48 bytes each) would pass the limit.
#[test]
fn str_method_results_are_freed() {
    // Checked against CPython when the test was written.
    assert_eq!(run_under_limit("str_methods_churn"), "625818903");
}

/// 3,000,000 iterations each box numbers into `int | None` / `float | None`
/// variables, fields, list elements and defaults, `dict.get` without a
/// default, and print optionals to strs: a leak of any box would pass the limit.
#[test]
fn optional_boxes_are_freed() {
    // Checked against CPython when the test was written.
    assert_eq!(run_under_limit("optional_churn"), "73868525");
}

/// 500,000 iterations each print, search, sort and hash instances whose
/// special methods the runtime calls back (one raising, caught): a leak of
/// the elements the runtime holds meanwhile, the strs `__repr__` returns or
/// the keys it compares would pass the limit.
#[test]
fn runtime_callbacks_free_what_they_hold() {
    // Checked against CPython when the test was written.
    assert_eq!(run_under_limit("callbacks_churn"), "81682536");
}

/// 1,000,000 iterations each make four function values (a nested def over a
/// parameter, a counter over a cell assigned through `nonlocal`, a lambda
/// over a str and a list, a module function) and call them: a leak of any
/// closure, cell or captured object would pass the limit.
#[test]
fn closures_and_their_cells_are_freed() {
    // Checked against CPython when the test was written.
    assert_eq!(run_under_limit("closures_churn"), "15999996");
}

/// 1,000,000 iterations each make generator objects and drop some before
/// they finish (their suspended frames holding strs, lists and instances),
/// run others to their end or to an exception, and zip two: a leak of any
/// frame or of what it holds would pass the limit.
#[test]
fn generator_frames_are_freed_when_dropped_unfinished() {
    // Checked against CPython when the test was written.
    assert_eq!(run_under_limit("generators_churn"), "21333336");
}
