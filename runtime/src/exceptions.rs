//! The pending exception: what a raising function leaves behind when it returns
//! `err = 1`, and the traceback entries added as the error propagates.
//!
//! Storage: a `thread_local!`. Compiled programs are single-threaded, and a
//! pending exception is per-thread state in CPython too (`tstate->curexc_*`), so
//! this needs no locking; it also keeps parallel unit tests from seeing each
//! other's exceptions.

use std::cell::RefCell;

use taipan_abi::{ErrCode, ExcKind};

use crate::str_object;

/// The type of a pending exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcType {
    Builtin(ExcKind),
    /// The runtime was misused (an unknown kind or code, an error flag with no
    /// exception set): CPython reports such interpreter bugs as `SystemError`.
    System,
}

impl ExcType {
    /// The name the traceback's last line prints.
    pub fn name(self) -> &'static str {
        match self {
            ExcType::Builtin(kind) => kind.name(),
            ExcType::System => "SystemError",
        }
    }
}

/// One traceback line: a function and the line it was executing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TracebackEntry {
    pub func_name: String,
    pub line: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingException {
    pub exc_type: ExcType,
    /// `str(exception)`; empty for none.
    pub message: String,
    /// Innermost frame first: entries are appended as the error propagates outwards.
    pub traceback: Vec<TracebackEntry>,
}

thread_local! {
    static PENDING: RefCell<Option<PendingException>> = const { RefCell::new(None) };
}

/// An exception a runtime operation raises: a fixed error of the contract, or a
/// kind with a message built at run time (`KeyError: 'x'`, `invalid literal for
/// int() with base 10: 'abc'`). Plain Rust functions return `Result<_, Exc>`;
/// the `extern "C"` wrappers turn an `Err` into the pending exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exc {
    Code(ErrCode),
    Built(ExcKind, String),
}

impl Exc {
    /// `kind` with the runtime-built `message`.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Exc {
        Exc::Built(kind, message.into())
    }

    pub fn value_error(message: impl Into<String>) -> Exc {
        Exc::new(ExcKind::ValueError, message)
    }

    pub fn type_error(message: impl Into<String>) -> Exc {
        Exc::new(ExcKind::TypeError, message)
    }

    pub fn kind(&self) -> ExcKind {
        match self {
            Exc::Code(code) => code.kind(),
            Exc::Built(kind, _) => *kind,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Exc::Code(code) => code.message(),
            Exc::Built(_, message) => message,
        }
    }
}

impl From<ErrCode> for Exc {
    fn from(code: ErrCode) -> Exc {
        Exc::Code(code)
    }
}

/// Sets the pending exception to `exc`.
pub fn raise_exc(exc: Exc) {
    match exc {
        Exc::Code(code) => raise_code(code),
        Exc::Built(kind, message) => raise(ExcType::Builtin(kind), message),
    }
}

/// Sets the pending exception, replacing any previous one.
pub fn raise(exc_type: ExcType, message: impl Into<String>) {
    let exc = PendingException { exc_type, message: message.into(), traceback: Vec::new() };
    PENDING.with(|pending| *pending.borrow_mut() = Some(exc));
}

/// Sets the pending exception to a fixed error.
pub fn raise_code(code: ErrCode) {
    raise(ExcType::Builtin(code.kind()), code.message());
}

/// Removes and returns the pending exception.
pub fn take_pending() -> Option<PendingException> {
    PENDING.with(|pending| pending.borrow_mut().take())
}

/// Appends a traceback entry to the pending exception. Without one there is
/// nothing to annotate, so it sets a `SystemError` first rather than lose the error.
pub fn add_traceback_entry(func_name: String, line: i64) {
    PENDING.with(|pending| {
        let mut pending = pending.borrow_mut();
        let exc = pending.get_or_insert_with(|| PendingException {
            exc_type: ExcType::System,
            message: "traceback entry added with no exception set".to_string(),
            traceback: Vec::new(),
        });
        exc.traceback.push(TracebackEntry { func_name, line });
    });
}

/// `tp_raise_code(code)`: sets the pending exception to the fixed error `code`.
#[no_mangle]
pub extern "C" fn tp_raise_code(code: u32) {
    match ErrCode::from_u32(code) {
        Some(code) => raise_code(code),
        None => raise(ExcType::System, format!("unknown taipan error code {code}")),
    }
}

/// `tp_raise(kind, message)`: sets the pending exception to `kind` with the
/// message of a str object, or no message when it is null.
///
/// # Safety
/// `message` must be null or point to a live str object.
#[no_mangle]
pub unsafe extern "C" fn tp_raise(kind: u32, message: *const u8) {
    // SAFETY: the caller passes null or a live str object; it is copied right
    // away, so it may be freed after this call.
    let message = unsafe { str_object::str_to_string(message) };
    match ExcKind::from_u32(kind) {
        Some(kind) => raise(ExcType::Builtin(kind), message),
        None => raise(ExcType::System, format!("unknown taipan exception kind {kind}")),
    }
}

/// `tp_traceback_add(func_name, line)`: records that the pending exception
/// passed through `func_name` at `line`.
///
/// # Safety
/// `func_name` must be null or point to a live str object.
#[no_mangle]
pub unsafe extern "C" fn tp_traceback_add(func_name: *const u8, line: i64) {
    // SAFETY: the caller passes null or a live str object; it is copied.
    let func_name = unsafe { str_object::str_to_string(func_name) };
    add_traceback_entry(func_name, line);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::str_object::test_support::StrObject;

    #[test]
    fn raise_code_sets_kind_and_exact_message() {
        tp_raise_code(ErrCode::IntFloorDivByZero as u32);
        let exc = take_pending().expect("an exception is pending");
        assert_eq!(exc.exc_type, ExcType::Builtin(ExcKind::ZeroDivisionError));
        assert_eq!(exc.message, "integer division or modulo by zero");
        assert!(take_pending().is_none(), "taking clears it");
    }

    #[test]
    fn raise_with_and_without_message() {
        let msg = StrObject::new("bad value");
        // SAFETY: `msg` is a live str object; null is allowed.
        unsafe {
            tp_raise(ExcKind::ValueError as u32, msg.as_ptr());
            let exc = take_pending().expect("pending");
            assert_eq!((exc.exc_type.name(), exc.message.as_str()), ("ValueError", "bad value"));

            tp_raise(ExcKind::KeyError as u32, std::ptr::null());
            let exc = take_pending().expect("pending");
            assert_eq!((exc.exc_type.name(), exc.message.as_str()), ("KeyError", ""));
        }
    }

    #[test]
    fn unknown_kind_or_code_becomes_system_error() {
        tp_raise_code(u32::MAX);
        assert_eq!(take_pending().map(|e| e.exc_type), Some(ExcType::System));
        // SAFETY: null message is allowed.
        unsafe { tp_raise(10_000, std::ptr::null()) };
        assert_eq!(take_pending().map(|e| e.exc_type), Some(ExcType::System));
    }

    #[test]
    fn traceback_entries_accumulate_innermost_first() {
        let inner = StrObject::new("f");
        let outer = StrObject::new("<module>");
        tp_raise_code(ErrCode::DivisionByZero as u32);
        // SAFETY: live str objects.
        unsafe {
            tp_traceback_add(inner.as_ptr(), 3);
            tp_traceback_add(outer.as_ptr(), 10);
        }
        let exc = take_pending().expect("pending");
        let entries: Vec<_> = exc.traceback.iter().map(|e| (e.func_name.as_str(), e.line)).collect();
        assert_eq!(entries, [("f", 3), ("<module>", 10)]);
    }

    #[test]
    fn raising_replaces_and_clears_the_old_traceback() {
        raise_code(ErrCode::IntOverflow);
        add_traceback_entry("g".into(), 1);
        raise_code(ErrCode::MathDomain);
        let exc = take_pending().expect("pending");
        assert_eq!(exc.message, "math domain error");
        assert!(exc.traceback.is_empty());
    }

    #[test]
    fn traceback_add_without_exception_reports_system_error() {
        add_traceback_entry("h".into(), 7);
        let exc = take_pending().expect("pending");
        assert_eq!(exc.exc_type, ExcType::System);
        assert_eq!(exc.traceback.len(), 1);
    }
}
