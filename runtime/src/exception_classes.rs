//! Exception classes by id: the built-in ones are their `ExcKind`s; user
//! classes (`class InsufficientFunds(ValueError): pass`) get the ids after the
//! last `ExcKind` and are registered by the module body before it runs
//! anything else (`tp_exc_register`), with their name and base class.

use std::cell::RefCell;

use taipan_abi::ExcKind;

use crate::str_object::str_to_string;

/// The id of the first user class.
const FIRST_USER_ID: u32 = ExcKind::ALL.len() as u32;

thread_local! {
    /// `(name, base id)` of user class `FIRST_USER_ID + i` at index `i`.
    static USER_CLASSES: RefCell<Vec<(&'static str, u32)>> = const { RefCell::new(Vec::new()) };
}

/// Registers user class `id`. Ids come in order from the compiler; a gap (or
/// an out-of-range id) is filled with classes deriving from `Exception`.
pub fn register(id: u32, name: String, base: u32) {
    let Some(index) = id.checked_sub(FIRST_USER_ID) else { return };
    // One small leak per class, once per program run: names are `'static` so
    // pending exceptions can name their class without holding a lock.
    let name: &'static str = Box::leak(name.into_boxed_str());
    USER_CLASSES.with(|classes| {
        let mut classes = classes.borrow_mut();
        let index = index as usize;
        if classes.len() <= index {
            classes.resize(index + 1, ("Exception", ExcKind::Exception as u32));
        }
        classes[index] = (name, base);
    });
}

fn user_class(id: u32) -> Option<(&'static str, u32)> {
    let index = id.checked_sub(FIRST_USER_ID)? as usize;
    USER_CLASSES.with(|classes| classes.borrow().get(index).copied())
}

/// The class's name, as the traceback's last line and `repr` print it.
pub fn name(id: u32) -> &'static str {
    match ExcKind::from_u32(id) {
        Some(kind) => kind.name(),
        None => user_class(id).map_or("Exception", |(name, _)| name),
    }
}

/// The direct base class (`None` for `BaseException`).
pub fn base(id: u32) -> Option<u32> {
    match ExcKind::from_u32(id) {
        Some(kind) => kind.base().map(|k| k as u32),
        None => Some(user_class(id).map_or(ExcKind::Exception as u32, |(_, base)| base)),
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

/// `tp_exc_register(id, name, base)`: see [`register`].
///
/// # Safety
/// `name` is null or a live str.
#[no_mangle]
pub unsafe extern "C" fn tp_exc_register(id: i64, name: *const u8, base: i64) {
    // SAFETY: forwarded from the caller; the text is copied.
    let name = unsafe { str_to_string(name) };
    let (Ok(id), Ok(base)) = (u32::try_from(id), u32::try_from(base)) else { return };
    register(id, name, base);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_classes_extend_the_builtin_hierarchy() {
        let mine = FIRST_USER_ID + 1;
        let child = FIRST_USER_ID + 2;
        register(mine, "InsufficientFunds".into(), ExcKind::ValueError as u32);
        register(child, "Overdrawn".into(), mine);
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
