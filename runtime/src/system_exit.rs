//! An uncaught `SystemExit` (`sys.exit(...)`): no traceback, and the exit
//! status its argument says, as CPython's `handle_system_exit`: no argument
//! or `None` exits 0, an int exits with it (truncated to a C int, then by the
//! OS to 0..255), anything else is printed to stderr as the only line and
//! exits 1.

use taipan_abi::ExcKind;

use crate::exception_classes;
use crate::exception_object::{self, tp_exc_args};
use crate::exceptions::{ExcType, PendingException};
use crate::object::{tp_decref, Value};
use crate::output;
use crate::tuple_ops::Tuple;

/// Whether `exc` is a `SystemExit` (or of a user subclass of it).
fn is_system_exit(exc: &PendingException) -> bool {
    let class = match exc.exc_type {
        ExcType::Builtin(kind) => kind as u32,
        ExcType::Class(id) => id,
        ExcType::System => return false,
    };
    exception_classes::is_subclass(class, ExcKind::SystemExit as u32)
}

/// The exit status of an uncaught `exc` if it is a `SystemExit`, after
/// printing what CPython prints for it; `None` for any other exception.
pub fn handle_system_exit(exc: &PendingException) -> Option<i32> {
    if !is_system_exit(exc) {
        return None;
    }
    if exc.object.is_null() {
        // The runtime never raises SystemExit itself; compiled code always
        // raises an object. Treat a bare one like `SystemExit()`.
        return Some(0);
    }
    // SAFETY: the pending exception owns a reference to its live exception
    // object; `tp_exc_args` returns a new reference to its args tuple, which
    // is released below after its fields were read.
    let (status, message) = unsafe {
        let args = tp_exc_args(exc.object);
        if args.is_null() {
            return Some(1);
        }
        let tuple = Tuple::from_obj(args);
        let code = match tuple.len() {
            0 => Some(0),
            1 => match tuple.value(0) {
                Value::None => Some(0),
                // CPython converts with PyLong_AsLong and exits with `(int)`.
                Value::Int(n) => Some(n as i32),
                Value::Bool(b) => Some(i32::from(b)),
                _ => None,
            },
            _ => None,
        };
        tp_decref(args);
        match code {
            Some(status) => (status, None),
            // `str(code)`: for one argument its str, for several the args
            // tuple's, which is what `str(e)` already is.
            None => (1, Some(exception_object::text(exc.object).to_string())),
        }
    };
    if let Some(message) = message {
        output::write_stderr(&format!("{message}\n"));
    }
    Some(status)
}
