//! The pending exception: what a raising function leaves behind when it returns
//! `err = 1`, and the traceback entries added as the error propagates.
//!
//! Storage: a `thread_local!`. Compiled programs are single-threaded, and a
//! pending exception is per-thread state in CPython too (`tstate->curexc_*`), so
//! this needs no locking; it also keeps parallel unit tests from seeing each
//! other's exceptions.

use std::cell::RefCell;

use taipan_abi::{ErrCode, ExcKind, SlotKind};

use crate::object::{tp_decref, tp_incref};
use crate::{exception_classes, exception_object, str_object};

/// The type of a pending exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcType {
    Builtin(ExcKind),
    /// A user exception class (an id of `exception_classes`, past the `ExcKind`s).
    Class(u32),
    /// The runtime was misused (an unknown kind or code, an error flag with no
    /// exception set): CPython reports such interpreter bugs as `SystemError`.
    System,
}

impl ExcType {
    /// The name the traceback's last line prints.
    pub fn name(self) -> &'static str {
        match self {
            ExcType::Builtin(kind) => kind.name(),
            ExcType::Class(id) => exception_classes::name(id),
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

/// Dropping one releases its exception object.
#[derive(Debug, PartialEq, Eq)]
pub struct PendingException {
    pub exc_type: ExcType,
    /// `str(exception)`; empty for none.
    pub message: String,
    /// Innermost frame first: entries are appended as the error propagates outwards.
    pub traceback: Vec<TracebackEntry>,
    /// The exception object compiled code raised (`raise e`), owning one
    /// reference; null for an error the runtime raised, whose object is made
    /// only if a handler catches it (`tp_exc_fetch`).
    pub object: *mut u8,
}

impl Drop for PendingException {
    fn drop(&mut self) {
        // SAFETY: a pending exception owns one reference to its object (or null).
        unsafe { tp_decref(std::mem::replace(&mut self.object, std::ptr::null_mut())) };
    }
}

impl PendingException {
    pub fn new(exc_type: ExcType, message: String) -> PendingException {
        PendingException { exc_type, message, traceback: Vec::new(), object: std::ptr::null_mut() }
    }
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
    /// `KeyError` for a missing key: the exception's only argument is the key
    /// itself (a slot, borrowed: the raising operation's caller keeps it alive
    /// until the error is raised), its message the key's repr.
    MissingKey { kind: SlotKind, bits: i64, message: String },
    /// A special method the runtime called back raised: its exception is
    /// already pending (`instance_callbacks`), so raising this does nothing.
    Pending,
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

    /// `KeyError: <repr of key>` for the key slot `(kind, bits)`.
    ///
    /// # Safety
    /// An object key is live until the error is raised.
    pub unsafe fn missing_key(kind: SlotKind, bits: i64) -> Exc {
        let mut message = String::new();
        // SAFETY: forwarded from the caller.
        unsafe { crate::slot_ops::repr_into(&mut message, crate::object::Value::from_slot(kind, bits)) };
        Exc::MissingKey { kind, bits, message }
    }

    pub fn kind(&self) -> ExcKind {
        match self {
            Exc::Code(code) => code.kind(),
            Exc::Built(kind, _) => *kind,
            Exc::MissingKey { .. } => ExcKind::KeyError,
            // Only seen before it is raised, which does nothing.
            Exc::Pending => ExcKind::RuntimeError,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Exc::Code(code) => code.message(),
            Exc::Built(_, message) | Exc::MissingKey { message, .. } => message,
            Exc::Pending => "",
        }
    }
}

impl From<ErrCode> for Exc {
    fn from(code: ErrCode) -> Exc {
        Exc::Code(code)
    }
}

/// Sets the pending exception to `exc` — unless a special method the runtime
/// called back during this operation raised: its exception stays pending, as
/// CPython would have stopped there (`instance_callbacks`).
pub fn raise_exc(exc: Exc) {
    if crate::instance_callbacks::failed() {
        return;
    }
    match exc {
        Exc::Pending => {}
        Exc::Code(code) => raise_code(code),
        Exc::Built(kind, message) => raise(ExcType::Builtin(kind), message),
        Exc::MissingKey { kind, bits, message } => {
            // The object is made now, while the key is alive, so that a handler
            // sees `e.args == (key,)` and `repr(e) == "KeyError('k')"`.
            let args = crate::tuple_ops::Tuple::from_fields(&[(kind, bits)]);
            let object = match args {
                Ok(args) => {
                    let args = args.as_obj();
                    // SAFETY: `args` is a live tuple; the exception takes its own reference.
                    unsafe {
                        let obj = exception_object::new_exception(ExcKind::KeyError as u32, args);
                        tp_decref(args);
                        obj
                    }
                }
                Err(_) => std::ptr::null_mut(),
            };
            let mut pending = PendingException::new(ExcType::Builtin(ExcKind::KeyError), message);
            pending.object = object;
            set_pending(pending);
        }
    }
}

/// Sets the pending exception, replacing any previous one.
pub fn raise(exc_type: ExcType, message: impl Into<String>) {
    set_pending(PendingException::new(exc_type, message.into()));
}

/// Makes `exc` the pending exception, releasing the object of the one it replaces.
fn set_pending(exc: PendingException) {
    // The old one is dropped (releasing its object) after the borrow ends.
    let old = PENDING.with(|pending| pending.borrow_mut().replace(exc));
    drop(old);
}

/// Sets the pending exception to a fixed error.
pub fn raise_code(code: ErrCode) {
    raise(ExcType::Builtin(code.kind()), code.message());
}

/// Removes and returns the pending exception.
pub fn take_pending() -> Option<PendingException> {
    crate::instance_callbacks::clear_failure();
    PENDING.with(|pending| pending.borrow_mut().take())
}

/// Appends a traceback entry to the pending exception. Without one there is
/// nothing to annotate, so it sets a `SystemError` first rather than lose the error.
pub fn add_traceback_entry(func_name: String, line: i64) {
    // The error has reached compiled code.
    crate::instance_callbacks::clear_failure();
    PENDING.with(|pending| {
        let mut pending = pending.borrow_mut();
        let exc = pending.get_or_insert_with(|| {
            PendingException::new(ExcType::System, "traceback entry added with no exception set".to_string())
        });
        exc.traceback.push(TracebackEntry { func_name, line });
    });
}

/// `tp_raise_code(code)`: sets the pending exception to the fixed error `code`.
#[no_mangle]
pub extern "C" fn tp_raise_code(code: u32) {
    crate::instance_callbacks::clear_failure();
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
    crate::instance_callbacks::clear_failure();
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

/// `tp_raise_object(e)`: makes the exception object `e` (borrowed) the pending
/// exception; its traceback continues the one it carried when last caught.
///
/// # Safety
/// `obj` points to a live exception object.
#[no_mangle]
pub unsafe extern "C" fn tp_raise_object(obj: *mut u8) {
    crate::instance_callbacks::clear_failure();
    // SAFETY: forwarded from the caller; the pending exception takes its own reference.
    let exc = unsafe {
        if obj.is_null() || !exception_object::is_exception(obj) {
            raise(ExcType::Builtin(ExcKind::TypeError), "exceptions must derive from BaseException");
            return;
        }
        tp_incref(obj);
        let id = exception_object::class_id(obj);
        PendingException {
            exc_type: ExcKind::from_u32(id).map_or(ExcType::Class(id), ExcType::Builtin),
            message: exception_object::text(obj).to_string(),
            traceback: exception_object::traceback(obj),
            object: obj,
        }
    };
    set_pending(exc);
}

/// `tp_exc_matches(kind)`: whether the pending exception is a `kind` (or a
/// subclass of it), as 0/1; 0 when none is pending.
#[no_mangle]
pub extern "C" fn tp_exc_matches(class: i64) -> u8 {
    // The error has reached compiled code.
    crate::instance_callbacks::clear_failure();
    let Ok(class) = u32::try_from(class) else { return 0 };
    let kind = ExcKind::from_u32(class);
    PENDING.with(|pending| match &*pending.borrow() {
        Some(PendingException { exc_type: ExcType::Builtin(k), .. }) => exception_classes::is_subclass(*k as u32, class).into(),
        Some(PendingException { exc_type: ExcType::Class(id), .. }) => exception_classes::is_subclass(*id, class).into(),
        // SystemError is an Exception.
        Some(PendingException { exc_type: ExcType::System, .. }) => {
            matches!(kind, Some(ExcKind::Exception | ExcKind::BaseException)).into()
        }
        None => 0,
    })
}

/// `tp_exc_fetch()`: takes the pending exception as an exception object (a new
/// reference) carrying the traceback so far; the pending state is cleared.
#[no_mangle]
pub extern "C" fn tp_exc_fetch() -> *mut u8 {
    let mut exc = take_pending().unwrap_or_else(|| {
        PendingException::new(ExcType::System, "exception caught with no exception set".to_string())
    });
    // The pending exception's reference goes to the caller.
    let owned = std::mem::replace(&mut exc.object, std::ptr::null_mut());
    let obj = if owned.is_null() {
        let kind = match exc.exc_type {
            ExcType::Builtin(kind) => kind,
            // Not an `ExcKind` (a user class always comes with its object):
            // the nearest one that handlers catch alike.
            ExcType::System | ExcType::Class(_) => ExcKind::RuntimeError,
        };
        exception_object::exception_from_message(kind, &exc.message)
    } else {
        owned
    };
    // SAFETY: `obj` is a live exception object: made above, or owned by the
    // pending exception, whose reference is handed to the caller.
    unsafe { exception_object::set_traceback(obj, std::mem::take(&mut exc.traceback)) };
    obj
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
    fn catching_matches_by_hierarchy_and_fetch_clears() {
        use ExcKind::*;
        raise_code(ErrCode::IntFloorDivByZero);
        add_traceback_entry("f".into(), 4);
        assert_eq!(tp_exc_matches(ArithmeticError as i64), 1);
        assert_eq!(tp_exc_matches(ZeroDivisionError as i64), 1);
        assert_eq!(tp_exc_matches(Exception as i64), 1);
        assert_eq!(tp_exc_matches(LookupError as i64), 0);
        assert_eq!(tp_exc_matches(OverflowError as i64), 0);
        let obj = tp_exc_fetch();
        assert!(take_pending().is_none(), "fetching clears the pending exception");
        assert_eq!(tp_exc_matches(Exception as i64), 0, "nothing pending matches nothing");
        // SAFETY: `obj` is a live exception object owned here.
        unsafe {
            assert_eq!(exception_object::class_id(obj), ZeroDivisionError as u32);
            assert_eq!(exception_object::text(obj), "integer division or modulo by zero");
            // Raised again, it continues the traceback it was caught with.
            tp_raise_object(obj);
            add_traceback_entry("<module>".into(), 9);
            tp_decref(obj);
        }
        let exc = take_pending().expect("pending");
        assert_eq!((exc.exc_type, exc.message.as_str()), (ExcType::Builtin(ZeroDivisionError), "integer division or modulo by zero"));
        let lines: Vec<i64> = exc.traceback.iter().map(|e| e.line).collect();
        assert_eq!(lines, [4, 9]);
    }

    #[test]
    fn a_missing_key_is_the_only_argument_of_its_key_error() {
        // SAFETY: an int key holds no object.
        raise_exc(unsafe { Exc::missing_key(SlotKind::Int, -5) });
        assert_eq!(tp_exc_matches(ExcKind::LookupError as i64), 1);
        let obj = tp_exc_fetch();
        // SAFETY: `obj` is a live exception object owned here.
        unsafe {
            let mut repr = String::new();
            exception_object::repr_exception_into(&mut repr, obj);
            assert_eq!((repr.as_str(), exception_object::text(obj)), ("KeyError(-5)", "-5"));
            tp_decref(obj);
        }
    }

    #[test]
    fn traceback_add_without_exception_reports_system_error() {
        add_traceback_entry("h".into(), 7);
        let exc = take_pending().expect("pending");
        assert_eq!(exc.exc_type, ExcType::System);
        assert_eq!(exc.traceback.len(), 1);
    }
}
