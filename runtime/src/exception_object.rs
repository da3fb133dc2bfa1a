//! Exception objects (layout `taipan_abi::exception_object`): what `ValueError("x")`
//! evaluates to, what `except ... as e` binds, and what the pending exception
//! becomes when a handler catches it.
//!
//! `str(e)` is computed once, when the object is made: an exception's `args`
//! never change, and a runtime error made from a message (`KeyError: 'k'`)
//! has only its message to show.

use taipan_abi::{exception_object, ExcKind, ObjTag, SlotKind};

use crate::exception_classes;
use crate::exceptions::TracebackEntry;
use crate::object::{alloc_object, free_object, header_tag, tp_decref, tp_incref, Value};
use crate::slot_ops::{repr_into, str_into};
use crate::str_object::{new_str, str_text};
use crate::tuple_ops::Tuple;

const SIZE: usize = exception_object::SIZE as usize;

/// # Safety (for every field accessor)
/// `obj` points to a live exception object.
unsafe fn field<T>(obj: *const u8, offset: i32) -> *mut T {
    // SAFETY: the caller passes a live exception object, which is SIZE bytes
    // long and 8-aligned; every field offset is 8-aligned and inside it.
    unsafe { obj.add(offset as usize).cast::<T>().cast_mut() }
}

/// A new exception of class `class` (an id of `exception_classes`) whose args
/// are the fields of `args` (a tuple, borrowed: the exception takes its own
/// reference).
///
/// # Safety
/// `args` points to a live tuple.
pub unsafe fn new_exception(class: u32, args: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller.
    let text = unsafe { str_of_args(class, Tuple::from_obj(args)) };
    let obj = alloc_object(SIZE, ObjTag::Exception, SlotKind::None, SlotKind::None);
    // SAFETY: `obj` is a fresh exception-sized allocation; `args` is live.
    unsafe {
        tp_incref(args);
        field::<i64>(obj, exception_object::KIND).write(i64::from(class));
        field::<*mut u8>(obj, exception_object::ARGS).write(args);
        field::<*mut u8>(obj, exception_object::STR).write(new_str(&text));
        field::<*mut Vec<TracebackEntry>>(obj, exception_object::TRACEBACK).write(std::ptr::null_mut());
    }
    obj
}

/// An exception the runtime raised with a message (`ZeroDivisionError:
/// division by zero`) as an object: its args are `(message,)`, or `()` for
/// none, and `str()` gives the message.
pub fn exception_from_message(kind: ExcKind, message: &str) -> *mut u8 {
    let args = if message.is_empty() {
        Tuple::from_fields(&[])
    } else {
        let text = new_str(message);
        let tuple = Tuple::from_fields(&[(SlotKind::Obj, text as usize as i64)]);
        // SAFETY: `text` is a new str; the tuple (if made) holds its own reference.
        unsafe { tp_decref(text) };
        tuple
    };
    // A tuple of at most one field always fits in memory; were it refused,
    // the exception still shows its message, with null args (read as `()`).
    let args = args.map(Tuple::as_obj).unwrap_or(std::ptr::null_mut());
    exception_with_str(kind, args, message)
}

/// An exception owning `args` (a new reference, transferred) whose `str()` is `text`.
fn exception_with_str(kind: ExcKind, args: *mut u8, text: &str) -> *mut u8 {
    let obj = alloc_object(SIZE, ObjTag::Exception, SlotKind::None, SlotKind::None);
    // SAFETY: `obj` is a fresh exception-sized allocation.
    unsafe {
        field::<i64>(obj, exception_object::KIND).write(kind as i64);
        field::<*mut u8>(obj, exception_object::ARGS).write(args);
        field::<*mut u8>(obj, exception_object::STR).write(new_str(text));
        field::<*mut Vec<TracebackEntry>>(obj, exception_object::TRACEBACK).write(std::ptr::null_mut());
    }
    obj
}

/// CPython's `BaseException.__str__`: `''` for no args, `str(arg)` for one
/// (`repr(arg)` for a `KeyError` and its subclasses), else `str(args)`.
///
/// # Safety
/// `args` is a live tuple.
unsafe fn str_of_args(class: u32, args: Tuple) -> String {
    let key_error = exception_classes::is_subclass(class, ExcKind::KeyError as u32);
    let mut out = String::new();
    // SAFETY: fields of a live tuple are live.
    unsafe {
        match args.len() {
            0 => {}
            1 if key_error => repr_into(&mut out, args.value(0)),
            1 => str_into(&mut out, args.value(0)),
            _ => repr_into(&mut out, Value::Obj(args.as_obj())),
        }
    }
    out
}

/// Whether `obj` is an exception object.
///
/// # Safety
/// `obj` points to a live object.
pub unsafe fn is_exception(obj: *const u8) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { header_tag(obj) == Some(ObjTag::Exception) }
}

/// The exception's class id (`BaseException` for a corrupt one).
///
/// # Safety
/// `obj` points to a live exception object.
pub unsafe fn class_id(obj: *const u8) -> u32 {
    // SAFETY: forwarded from the caller.
    let raw = unsafe { field::<i64>(obj, exception_object::KIND).read() };
    u32::try_from(raw).unwrap_or(ExcKind::BaseException as u32)
}

/// The name of the exception's class.
///
/// # Safety
/// `obj` points to a live exception object.
pub unsafe fn class_name(obj: *const u8) -> &'static str {
    // SAFETY: forwarded from the caller.
    exception_classes::name(unsafe { class_id(obj) })
}

/// `str(e)`.
///
/// # Safety
/// `obj` points to a live exception object.
pub unsafe fn text<'a>(obj: *const u8) -> &'a str {
    // SAFETY: the STR field of a live exception is a live str it owns.
    unsafe { str_text(field::<*mut u8>(obj, exception_object::STR).read()) }
}

/// Appends `repr(e)`: `ValueError('x')`, `KeyError()`, `ValueError('a', 1)`.
///
/// # Safety
/// `obj` points to a live exception object.
pub unsafe fn repr_exception_into(out: &mut String, obj: *const u8) {
    // SAFETY: forwarded from the caller; the ARGS field is a live tuple it owns.
    unsafe {
        out.push_str(class_name(obj));
        out.push('(');
        let args = field::<*mut u8>(obj, exception_object::ARGS).read();
        let n_args = if args.is_null() { 0 } else { Tuple::from_obj(args).len() };
        let args = Tuple::from_obj(args);
        for index in 0..n_args {
            if index > 0 {
                out.push_str(", ");
            }
            repr_into(out, args.value(index));
        }
        out.push(')');
    }
}

/// Replaces the traceback the exception carries (when it is caught).
///
/// # Safety
/// `obj` points to a live exception object.
pub unsafe fn set_traceback(obj: *mut u8, traceback: Vec<TracebackEntry>) {
    // SAFETY: forwarded from the caller; the field is null or a Box this
    // object owns, freed here before being replaced.
    unsafe {
        let slot = field::<*mut Vec<TracebackEntry>>(obj, exception_object::TRACEBACK);
        let old = slot.read();
        if !old.is_null() {
            drop(Box::from_raw(old));
        }
        slot.write(Box::into_raw(Box::new(traceback)));
    }
}

/// A copy of the traceback the exception carries (empty if it was never raised).
///
/// # Safety
/// `obj` points to a live exception object.
pub unsafe fn traceback(obj: *const u8) -> Vec<TracebackEntry> {
    // SAFETY: forwarded from the caller; the field is null or a live Box.
    unsafe {
        let tb = field::<*mut Vec<TracebackEntry>>(obj, exception_object::TRACEBACK).read();
        if tb.is_null() {
            Vec::new()
        } else {
            (*tb).clone()
        }
    }
}

/// Releases what the exception holds and frees it.
///
/// # Safety
/// `obj` is a live exception object nobody references any more.
pub unsafe fn dealloc(obj: *mut u8) {
    // SAFETY: forwarded from the caller; the object owns its args, its str and
    // its traceback box.
    unsafe {
        tp_decref(field::<*mut u8>(obj, exception_object::ARGS).read());
        tp_decref(field::<*mut u8>(obj, exception_object::STR).read());
        let tb = field::<*mut Vec<TracebackEntry>>(obj, exception_object::TRACEBACK).read();
        if !tb.is_null() {
            drop(Box::from_raw(tb));
        }
        free_object(obj, SIZE);
    }
}

/// `tp_exc_new(kind, args)`: `Kind(*args)` as a new exception object.
///
/// # Safety
/// `args` points to a live tuple.
#[no_mangle]
pub unsafe extern "C" fn tp_exc_new(class: i64, args: *mut u8) -> *mut u8 {
    let class = u32::try_from(class).unwrap_or(ExcKind::BaseException as u32);
    // SAFETY: forwarded from the caller.
    unsafe { new_exception(class, args) }
}

/// `tp_exc_args(e)`: `e.args`, a new reference.
///
/// # Safety
/// `obj` points to a live exception object.
#[no_mangle]
pub unsafe extern "C" fn tp_exc_args(obj: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller; ARGS is a live tuple.
    unsafe {
        let args = field::<*mut u8>(obj, exception_object::ARGS).read();
        if args.is_null() {
            return Tuple::new(0).map(Tuple::as_obj).unwrap_or(std::ptr::null_mut());
        }
        tp_incref(args);
        args
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::live_objects;

    fn args_of(values: &[Value]) -> *mut u8 {
        let fields: Vec<(SlotKind, i64)> = values.iter().map(|v| (v.kind(), v.to_bits())).collect();
        Tuple::from_fields(&fields).expect("small tuple").as_obj()
    }

    fn str_and_repr(kind: ExcKind, values: &[Value]) -> (String, String) {
        let args = args_of(values);
        // SAFETY: `args` is a live tuple; the exception is freed at the end.
        unsafe {
            let exc = new_exception(kind as u32, args);
            tp_decref(args);
            let mut repr = String::new();
            repr_exception_into(&mut repr, exc);
            let s = text(exc).to_string();
            tp_decref(exc);
            (s, repr)
        }
    }

    #[test]
    fn str_and_repr_follow_cpython() {
        let before = live_objects();
        let msg = new_str("bad");
        assert_eq!(str_and_repr(ExcKind::ValueError, &[]), ("".into(), "ValueError()".into()));
        assert_eq!(
            str_and_repr(ExcKind::ValueError, &[Value::Obj(msg)]),
            ("bad".into(), "ValueError('bad')".into())
        );
        assert_eq!(
            str_and_repr(ExcKind::KeyError, &[Value::Obj(msg)]),
            ("'bad'".into(), "KeyError('bad')".into())
        );
        assert_eq!(
            str_and_repr(ExcKind::TypeError, &[Value::Obj(msg), Value::Int(2)]),
            ("('bad', 2)".into(), "TypeError('bad', 2)".into())
        );
        // SAFETY: `msg` is a new str.
        unsafe { tp_decref(msg) };
        assert_eq!(live_objects(), before, "everything was freed");
    }

    #[test]
    fn from_message_has_message_as_only_arg() {
        let exc = exception_from_message(ExcKind::ZeroDivisionError, "division by zero");
        let empty = exception_from_message(ExcKind::AssertionError, "");
        // SAFETY: both are live exceptions, freed at the end.
        unsafe {
            let mut repr = String::new();
            repr_exception_into(&mut repr, exc);
            assert_eq!(repr, "ZeroDivisionError('division by zero')");
            assert_eq!(text(empty), "");
            assert_eq!(class_id(empty), ExcKind::AssertionError as u32);
            tp_decref(exc);
            tp_decref(empty);
        }
    }
}
