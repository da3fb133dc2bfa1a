//! Exception classes by id: the built-in ones are their `ExcKind`s; user
//! classes (`class InsufficientFunds(ValueError): pass`) get the ids after the
//! last `ExcKind` and are registered by the module body before it runs
//! anything else (`tp_exc_register`), with their name, base class, fields
//! and `__str__`.

use std::sync::RwLock;

use taipan_abi::{ExcKind, SlotKind};

use crate::ffi_result::PtrResult;
use crate::object::slot_kind_or_none;
use crate::str_object::{str_text, str_to_string};

/// The id of the first user class.
const FIRST_USER_ID: u32 = ExcKind::ALL.len() as u32;

/// A user class's `__str__`, compiled: `(exception) -> (str, err)`.
pub type StrFn = unsafe extern "C" fn(*mut u8) -> PtrResult;

/// A registered user exception class.
#[derive(Debug)]
pub struct UserClass {
    pub name: &'static str,
    pub base: u32,
    /// Its id in the program's class table, written in its objects' headers.
    pub class_index: u32,
    /// The kind of each field slot after the exception's own fields.
    pub fields: Vec<SlotKind>,
    /// Its `__str__` (own or inherited from a user class), if it has one.
    pub str_fn: Option<StrFn>,
}

/// Registration gaps: classes deriving from `Exception`, with no fields.
static GAP: UserClass =
    UserClass { name: "Exception", base: ExcKind::Exception as u32, class_index: 0, fields: Vec::new(), str_fn: None };

/// User class `FIRST_USER_ID + i` at index `i`. Each is leaked once per
/// program run, so pending exceptions and objects can name their class and
/// layout without holding the lock. Process-wide, not per thread: an
/// extension module's functions may run on any Python thread, and an
/// object's size must be known wherever it is made.
static USER_CLASSES: RwLock<Vec<&'static UserClass>> = RwLock::new(Vec::new());

/// Registers user class `id`. Ids come in order from the compiler; a gap (or
/// an out-of-range id) is filled with classes deriving from `Exception`.
pub fn register(id: u32, class: UserClass) {
    let Some(index) = id.checked_sub(FIRST_USER_ID) else { return };
    let class: &'static UserClass = Box::leak(Box::new(class));
    let mut classes = USER_CLASSES.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    let index = index as usize;
    if classes.len() <= index {
        classes.resize(index + 1, &GAP);
    }
    classes[index] = class;
}

/// The registration of user class `id` (`None` for a built-in class).
pub fn user_class(id: u32) -> Option<&'static UserClass> {
    let index = id.checked_sub(FIRST_USER_ID)? as usize;
    let classes = USER_CLASSES.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    classes.get(index).copied()
}

/// The class's name, as the traceback's last line and `repr` print it.
pub fn name(id: u32) -> &'static str {
    match ExcKind::from_u32(id) {
        Some(kind) => kind.name(),
        None => user_class(id).map_or("Exception", |class| class.name),
    }
}

/// The direct base class (`None` for `BaseException`).
pub fn base(id: u32) -> Option<u32> {
    match ExcKind::from_u32(id) {
        Some(kind) => kind.base().map(|k| k as u32),
        None => Some(user_class(id).map_or(ExcKind::Exception as u32, |class| class.base)),
    }
}

/// The nearest built-in class among `id` and its bases (a user class reaching
/// CPython from an extension module is raised as that built-in).
pub fn builtin_ancestor(id: u32) -> ExcKind {
    let mut class = Some(id);
    // Bounded, in case a corrupt registration made a cycle.
    for _ in 0..10_000 {
        match class {
            Some(c) => match ExcKind::from_u32(c) {
                Some(kind) => return kind,
                None => class = base(c),
            },
            None => break,
        }
    }
    ExcKind::Exception
}

/// True when class `id` is class `of` or a subclass of it.
pub fn is_subclass(id: u32, of: u32) -> bool {
    let mut class = Some(id);
    // Bounded, in case a corrupt registration made a cycle.
    for _ in 0..10_000 {
        match class {
            Some(c) if c == of => return true,
            Some(c) => class = base(c),
            None => return false,
        }
    }
    false
}

/// `tp_exc_register(id, name, base, class_index, fields, str_fn)`: see
/// [`register`]; `fields` holds one digit (a `SlotKind`) per field.
///
/// # Safety
/// `name` and `fields` are null or live strs; `str_fn` is null or a
/// compiled function with the signature of [`StrFn`].
#[no_mangle]
pub unsafe extern "C" fn tp_exc_register(
    id: i64,
    name: *const u8,
    base: i64,
    class_index: i64,
    fields: *const u8,
    str_fn: *const u8,
) {
    // SAFETY: forwarded from the caller; the texts are copied. One small leak
    // per class, once per program run.
    let name: &'static str = Box::leak(unsafe { str_to_string(name) }.into_boxed_str());
    let fields = if fields.is_null() {
        Vec::new()
    } else {
        // SAFETY: forwarded from the caller: a live str.
        unsafe { str_text(fields) }.bytes().map(|digit| slot_kind_or_none(i64::from(digit) - i64::from(b'0'))).collect()
    };
    let str_fn = if str_fn.is_null() {
        None
    } else {
        // SAFETY: the caller passes a compiled function of this signature.
        Some(unsafe { std::mem::transmute::<*const u8, StrFn>(str_fn) })
    };
    let (Ok(id), Ok(base), Ok(class_index)) = (u32::try_from(id), u32::try_from(base), u32::try_from(class_index)) else {
        return;
    };
    register(id, UserClass { name, base, class_index, fields, str_fn });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_classes_extend_the_builtin_hierarchy() {
        let mine = FIRST_USER_ID + 1;
        let child = FIRST_USER_ID + 2;
        let class = |name, base| UserClass { name, base, class_index: 0, fields: Vec::new(), str_fn: None };
        register(mine, class("InsufficientFunds", ExcKind::ValueError as u32));
        register(child, class("Overdrawn", mine));
        assert_eq!(name(child), "Overdrawn");
        assert_eq!(name(ExcKind::KeyError as u32), "KeyError");
        assert!(is_subclass(child, mine));
        assert!(is_subclass(child, ExcKind::Exception as u32));
        assert!(!is_subclass(mine, child));
        assert!(!is_subclass(child, ExcKind::LookupError as u32));
        // The gap left at FIRST_USER_ID derives from Exception.
        assert!(is_subclass(FIRST_USER_ID, ExcKind::Exception as u32));
    }
}
