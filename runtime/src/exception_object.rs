//! Exception objects (layout `taipan_abi::exception_object`): what `ValueError("x")`
//! evaluates to, what `except ... as e` binds, and what the pending exception
//! becomes when a handler catches it.
//!
//! `str(e)` (`BaseException.__str__`) is computed when the object is made,
//! and again when `BaseException.__init__` replaces its args
//! (`tp_exc_init`): a runtime error made from a message (`KeyError: 'k'`)
//! has only its message to show. A user class's `__str__` is compiled code:
//! compiled `str(e)` calls it directly, the runtime only to print an
//! uncaught exception ([`user_str`]).
//!
//! An exception of a user class with fields carries them after its own
//! (`exception_object::FIRST_FIELD_INDEX`), as registered with the class.

use taipan_abi::{exception_object, instance_object, ExcKind, ObjTag, SlotKind};

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
    let user = exception_classes::user_class(class);
    let n_fields = user.map_or(0, |u| u.fields.len());
    let obj = alloc_object(SIZE + 8 * n_fields, ObjTag::Exception, SlotKind::None, SlotKind::None);
    // SAFETY: `obj` is a fresh allocation of the class's size; `args` is live.
    unsafe {
        if let Some(user) = user {
            obj.add(instance_object::CLASS_ID as usize).cast::<u32>().write(user.class_index);
            // Fields start zero (null), as an instance's: `__init__` assigns them.
            obj.add(SIZE).write_bytes(0, 8 * n_fields);
        }
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
    // SAFETY: forwarded from the caller; the object owns its args, its str,
    // its traceback box and its object fields (null before `__init__` set them).
    unsafe {
        tp_decref(field::<*mut u8>(obj, exception_object::ARGS).read());
        tp_decref(field::<*mut u8>(obj, exception_object::STR).read());
        let tb = field::<*mut Vec<TracebackEntry>>(obj, exception_object::TRACEBACK).read();
        if !tb.is_null() {
            drop(Box::from_raw(tb));
        }
        let user = exception_classes::user_class(class_id(obj));
        let fields: &[SlotKind] = user.map_or(&[], |u| &u.fields);
        for (i, kind) in fields.iter().enumerate() {
            if *kind == SlotKind::Obj {
                tp_decref(obj.add(SIZE + 8 * i).cast::<*mut u8>().read());
            }
        }
        free_object(obj, SIZE + 8 * fields.len());
    }
}

/// `str(e)` through the `__str__` of its user class, for printing it
/// uncaught: `None` when the class has none (its text is [`text`]); CPython's
/// `<exception str() failed>` when `__str__` raises (that exception is dropped).
///
/// # Safety
/// `obj` points to a live exception object.
pub unsafe fn user_str(obj: *mut u8) -> Option<String> {
    // SAFETY: forwarded from the caller.
    let str_fn = exception_classes::user_class(unsafe { class_id(obj) })?.str_fn?;
    // SAFETY: a registered `__str__` takes an exception of its class (or a
    // subclass) and returns a new str reference or raises.
    let result = unsafe { str_fn(obj) };
    if result.err != 0 || result.val.is_null() {
        drop(crate::exceptions::take_pending());
        return Some("<exception str() failed>".to_string());
    }
    // SAFETY: a new reference to a live str, released after copying.
    unsafe {
        let text = str_text(result.val).to_string();
        tp_decref(result.val);
        Some(text)
    }
}

/// `tp_exc_str(e)`: `str(e)`, through the `__str__` of its user class if it
/// has one (a new reference, or `err` with what it raised pending).
///
/// # Safety
/// `obj` points to a live exception object.
#[no_mangle]
pub unsafe extern "C" fn tp_exc_str(obj: *mut u8) -> crate::ffi_result::PtrResult {
    // SAFETY: forwarded from the caller.
    let str_fn = exception_classes::user_class(unsafe { class_id(obj) }).and_then(|class| class.str_fn);
    match str_fn {
        // SAFETY: a registered `__str__` takes an exception of its class (or
        // a subclass) and returns a new str reference or raises.
        Some(str_fn) => unsafe { str_fn(obj) },
        // SAFETY: forwarded from the caller.
        None => crate::ffi_result::PtrResult { val: new_str(unsafe { text(obj) }), err: 0 },
    }
}

/// `tp_exc_init(e, args)`: `BaseException.__init__(e, *args)`, which
/// replaces its args (and so its `str()`).
///
/// # Safety
/// `obj` points to a live exception object, `args` to a live tuple.
#[no_mangle]
pub unsafe extern "C" fn tp_exc_init(obj: *mut u8, args: *mut u8) {
    // SAFETY: forwarded from the caller; the exception owns its args and str,
    // which are replaced by new references before the old ones are released.
    unsafe {
        let text = str_of_args(class_id(obj), Tuple::from_obj(args));
        tp_incref(args);
        let old_args = field::<*mut u8>(obj, exception_object::ARGS).replace(args);
        let old_str = field::<*mut u8>(obj, exception_object::STR).replace(new_str(&text));
        tp_decref(old_args);
        tp_decref(old_str);
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

    unsafe extern "C" fn code_str(obj: *mut u8) -> crate::ffi_result::PtrResult {
        // SAFETY: called with an exception of the class registered below,
        // whose field 0 is an int.
        let code = unsafe { obj.add(SIZE).cast::<i64>().read() };
        crate::ffi_result::PtrResult { val: new_str(&format!("code {code}")), err: 0 }
    }

    unsafe extern "C" fn failing_str(_obj: *mut u8) -> crate::ffi_result::PtrResult {
        crate::exceptions::raise(crate::exceptions::ExcType::Builtin(ExcKind::ValueError), "inner");
        crate::ffi_result::PtrResult { val: std::ptr::null_mut(), err: 1 }
    }

    #[test]
    fn user_classes_carry_fields_and_their_str() {
        use crate::exception_classes::{register, UserClass};
        let (with_str, failing) = (ExcKind::ALL.len() as u32 + 40, ExcKind::ALL.len() as u32 + 41);
        let fields = vec![SlotKind::Int, SlotKind::Obj];
        let class = |name, str_fn| UserClass { name, base: ExcKind::KeyError as u32, class_index: 7, fields: fields.clone(), str_fn };
        register(with_str, class("Coded", Some(code_str)));
        register(failing, class("Broken", Some(failing_str)));
        let before = live_objects();
        let msg = new_str("k");
        let args = args_of(&[Value::Obj(msg)]);
        // SAFETY: live objects throughout; everything is released at the end.
        unsafe {
            let exc = new_exception(with_str, args);
            assert_eq!(obj_class_index(exc), 7);
            assert_eq!(text(exc), "'k'", "a KeyError subclass shows the repr of its key");
            // Fields start zero; the object field takes its own reference.
            assert_eq!(exc.add(SIZE).cast::<i64>().read(), 0);
            exc.add(SIZE).cast::<i64>().write(404);
            tp_incref(msg);
            exc.add(SIZE + 8).cast::<*mut u8>().write(msg);
            assert_eq!(user_str(exc).as_deref(), Some("code 404"));
            let via_runtime = tp_exc_str(exc);
            assert_eq!((via_runtime.err, str_text(via_runtime.val)), (0, "code 404"));
            tp_decref(via_runtime.val);
            // `BaseException.__init__` replaces the args and the text.
            let empty = args_of(&[]);
            tp_exc_init(exc, empty);
            tp_decref(empty);
            assert_eq!(text(exc), "");
            let mut repr = String::new();
            repr_exception_into(&mut repr, exc);
            assert_eq!(repr, "Coded()");
            tp_decref(exc);

            let broken = new_exception(failing, args);
            assert_eq!(user_str(broken).as_deref(), Some("<exception str() failed>"));
            assert!(crate::exceptions::take_pending().is_none(), "the exception __str__ raised is dropped");
            assert_eq!(tp_exc_str(broken).err, 1, "compiled str(e) gets what __str__ raised");
            assert_eq!(crate::exceptions::take_pending().map(|p| p.message.clone()), Some("inner".to_string()));
            let plain = new_exception(ExcKind::ValueError as u32, args);
            assert_eq!(user_str(plain), None);
            tp_decref(broken);
            tp_decref(plain);
            tp_decref(args);
            tp_decref(msg);
        }
        assert_eq!(live_objects(), before, "the fields were released with the exception");
    }

    /// The class index in an exception's header.
    unsafe fn obj_class_index(obj: *const u8) -> u32 {
        // SAFETY: forwarded from the caller.
        unsafe { obj.add(instance_object::CLASS_ID as usize).cast::<u32>().read() }
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
