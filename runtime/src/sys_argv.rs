//! `sys.argv`: the script path (the source file the program was compiled
//! from, as CPython's `argv[0]` is the script it runs), then the program's
//! command-line arguments. One list for the whole run, as CPython's, so a
//! change through one read of `sys.argv` is seen by the next.

use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::OnceLock;

use taipan_abi::SlotKind;

use crate::list_ops::List;
use crate::object::tp_incref;
use crate::str_object::new_str;

static SCRIPT_PATH: OnceLock<String> = OnceLock::new();

/// The argv list, made on first read. The static owns one reference, never
/// released: the list lives until the process exits.
static ARGV: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());

/// Records `argv[0]` (called by `tp_main` before the module body runs).
pub fn set_script_path(path: &str) {
    let _ = SCRIPT_PATH.set(path.to_string());
}

fn make_argv() -> *mut u8 {
    let script = SCRIPT_PATH.get().cloned().unwrap_or_default();
    // Rust's std reads the process arguments at startup also when `main` is
    // the C shim codegen emits. An argument that is not UTF-8 is decoded
    // lossily (CPython would use surrogate escapes, which a taipan str
    // cannot hold).
    let args = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned());
    let list = List::new(SlotKind::Obj, 1);
    for text in std::iter::once(script).chain(args) {
        list.push_owned(new_str(&text) as i64);
    }
    list.as_obj()
}

/// `tp_sys_argv()`: a new reference to the argv list.
#[no_mangle]
pub extern "C" fn tp_sys_argv() -> *mut u8 {
    let mut list = ARGV.load(Ordering::Acquire);
    if list.is_null() {
        // Compiled programs run on one thread, so no other call races this one.
        list = make_argv();
        ARGV.store(list, Ordering::Release);
    }
    // SAFETY: `list` is the live argv list, kept alive by the static's reference.
    unsafe { tp_incref(list) };
    list
}
