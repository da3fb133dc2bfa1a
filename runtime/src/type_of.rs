//! What a compiled program can ask about an object's run-time class:
//! `isinstance(e, C)` of an exception and `type(x).__name__`.

use crate::exception_object::class_id;
use crate::str_object::new_str;

/// `tp_exc_isinstance(e, class)`: whether exception `e` (borrowed) is of class
/// id `class` or a subclass of it, as 0/1.
///
/// # Safety
/// `e` points to a live exception object.
#[no_mangle]
pub unsafe extern "C" fn tp_exc_isinstance(e: *mut u8, class: i64) -> u8 {
    let Ok(class) = u32::try_from(class) else { return 0 };
    // SAFETY: forwarded from the caller.
    let id = unsafe { class_id(e) };
    crate::exception_classes::is_subclass(id, class).into()
}

/// `tp_type_name(x)`: `type(x).__name__` of an exception object, an
/// instance or the value of a union (borrowed; null is None), as a new str.
///
/// # Safety
/// `x` is null or points to a live object.
#[no_mangle]
pub unsafe extern "C" fn tp_type_name(x: *mut u8) -> *mut u8 {
    // SAFETY: forwarded from the caller (the value's header, class id or
    // boxed kind is all it reads).
    let name = unsafe { crate::slot_ops::type_name(crate::object::Value::Obj(x)) };
    new_str(name)
}
