//! The program entry: `tp_main`, called by the `main` that codegen emits, and the
//! frame-depth counter compiled code maintains for the recursion limit.

use crate::exceptions::{self, ExcType, PendingException};
use crate::{output, str_object, sys_argv, system_exit, traceback};

/// Frames of depth-counting functions now active. Compiled code increments it on
/// entry (raising `RecursionDepth` past `taipan_abi::RECURSION_LIMIT`) and
/// decrements it on every exit, inline, through this symbol
/// (`taipan_abi::FRAME_DEPTH_SYMBOL`). `tp_main` starts it at 1 for the module frame.
#[no_mangle]
pub static mut tp_frame_depth: i64 = 0;

/// The compiled module body: returns nonzero when it raised.
pub type ModuleBody = extern "C" fn() -> u8;

/// Runs the module body. On an uncaught exception prints the traceback to stderr
/// like CPython and returns exit status 1 (a `SystemExit`: its own status); otherwise 0. Stdout is flushed either way.
///
/// # Safety
/// `file` must be null or point to a live str object.
#[no_mangle]
pub unsafe extern "C" fn tp_main(body: Option<ModuleBody>, file: *const u8) -> i32 {
    // SAFETY: forwarded from the caller.
    let file = unsafe { str_object::str_to_string(file) };
    sys_argv::set_script_path(&file);
    // The module body is CPython's first frame and counts towards the limit.
    // SAFETY: single-threaded program start; no compiled code runs yet.
    unsafe { tp_frame_depth = 1 };
    let raised = match body {
        Some(body) => body() != 0,
        None => {
            exceptions::raise(ExcType::System, "tp_main called with a null module body");
            true
        }
    };
    let status = if raised { report_uncaught(&file) } else { 0 };
    output::flush_stdout();
    status
}

/// Prints what CPython prints for an uncaught exception and returns the exit
/// status: a `SystemExit` says its own, any other exception is a traceback and 1.
fn report_uncaught(file: &str) -> i32 {
    let mut exc = exceptions::take_pending().unwrap_or_else(|| {
        PendingException::new(ExcType::System, "error return without exception set".to_string())
    });
    if let Some(status) = system_exit::handle_system_exit(&exc) {
        return status;
    }
    if !exc.object.is_null() {
        // SAFETY: the pending exception owns a reference to its live object.
        if let Some(text) = unsafe { crate::exception_object::user_str(exc.object) } {
            exc.message = text;
        }
    }
    output::write_stderr(&traceback::format_uncaught(&exc, file));
    1
}

#[cfg(test)]
mod tests {
    use taipan_abi::ErrCode;

    use super::*;
    use crate::str_object::test_support::StrObject;

    extern "C" fn body_ok() -> u8 {
        0
    }

    extern "C" fn body_raises() -> u8 {
        exceptions::raise_code(ErrCode::DivisionByZero);
        1
    }

    #[test]
    fn exit_status_is_zero_on_success_and_one_on_uncaught_exception() {
        let file = StrObject::new("prog.py");
        // SAFETY: `file` is a live str object.
        unsafe {
            assert_eq!(tp_main(Some(body_ok), file.as_ptr()), 0);
            assert_eq!(tp_main(Some(body_raises), file.as_ptr()), 1);
            assert_eq!(tp_main(None, file.as_ptr()), 1);
        }
        assert!(exceptions::take_pending().is_none(), "tp_main consumed the exception");
    }
}
