//! Helpers for the container tests: making values, reading them back as
//! Rust values or Python reprs, the pending exception as `Type: message`, and
//! a check that every object a test made was freed again.

use taipan_abi::SlotKind;

use crate::exceptions::take_pending;
use crate::list_ops::List;
use crate::object::{live_objects, tp_decref, Value};
use crate::slot_ops::repr_into;
use crate::str_object::{new_str, str_text};

/// Asserts, when dropped at the end of a test, that the live-object count is
/// back where it was when the check was made.
pub struct LiveObjects {
    start: i64,
}

impl LiveObjects {
    pub fn check() -> LiveObjects {
        LiveObjects {
            start: live_objects(),
        }
    }

    pub fn assert_all_freed(&self) {
        assert_eq!(
            live_objects(),
            self.start,
            "objects leaked (or freed twice)"
        );
    }
}

/// A new (mortal, unless one character or empty) str, as slot bits.
pub fn str_bits(text: &str) -> i64 {
    new_str(text) as i64
}

/// The text of a str slot.
pub fn text(bits: i64) -> String {
    // SAFETY: tests pass live str objects.
    unsafe { str_text(bits as usize as *const u8) }.to_string()
}

/// Drops a reference to an object.
pub fn decref(obj: *mut u8) {
    // SAFETY: tests own the references they drop.
    unsafe { tp_decref(obj) };
}

/// Drops a reference held in a slot of `kind`.
pub fn release(kind: SlotKind, bits: i64) {
    if kind == SlotKind::Obj {
        decref(bits as usize as *mut u8);
    }
}

/// `repr(v)` of a slot.
pub fn repr_of(kind: SlotKind, bits: i64) -> String {
    let mut out = String::new();
    // SAFETY: tests pass live objects.
    unsafe { repr_into(&mut out, Value::from_slot(kind, bits)) };
    out
}

/// `repr(obj)` of an object.
pub fn obj_repr(obj: *mut u8) -> String {
    repr_of(SlotKind::Obj, obj as i64)
}

/// A new `list[int]`.
pub fn int_list(items: &[i64]) -> List {
    List::from_items(SlotKind::Int, items)
}

/// A new `list[str]` (the list holds the only references to its strs).
pub fn str_list(items: &[&str]) -> List {
    let list = List::new(SlotKind::Obj, 0);
    for item in items {
        list.push_owned(str_bits(item));
    }
    list
}

/// The elements of an int (or bool) list.
pub fn ints(list: List) -> Vec<i64> {
    list.to_vec()
}

/// The elements of a str list.
pub fn texts(list: List) -> Vec<String> {
    list.to_vec().into_iter().map(text).collect()
}

/// The pending exception as `Type: message` (and clears it).
pub fn pending_error() -> String {
    let exc = take_pending().expect("an exception is pending");
    if exc.message.is_empty() {
        exc.exc_type.name().to_string()
    } else {
        format!("{}: {}", exc.exc_type.name(), exc.message)
    }
}

/// An `Exc` as `Type: message`.
pub fn exc_text(exc: &crate::exceptions::Exc) -> String {
    if exc.message().is_empty() {
        exc.kind().name().to_string()
    } else {
        format!("{}: {}", exc.kind().name(), exc.message())
    }
}
