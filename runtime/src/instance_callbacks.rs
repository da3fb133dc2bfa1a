//! Calling a user class's special methods back from runtime operations: the
//! repr of a container of instances (`__repr__`), `in`/`index`/`==` of
//! containers and dict/set lookups (`__eq__`), sorting and `min`/`max`
//! (`__lt__` & co), dict keys and set elements (`__hash__`), and truth
//! (`__bool__`/`__len__`). The functions come from the class table
//! (`taipan_abi::class_table`); which method each class contributes the
//! compiler decided.
//!
//! Errors. A special method can raise. Many runtime operations cannot report
//! an error (`tp_list_contains` returns a plain 0/1, `tp_dict_setitem`
//! nothing), so a callback that raises leaves its exception pending and sets
//! a *failure* flag. While the flag is set no further special method runs
//! (CPython would have stopped at the first error, so no more user code may
//! run), callbacks answer a neutral value (not equal, no hash, empty repr),
//! and the runtime raises nothing over the pending exception
//! (`exceptions::raise_exc`). Mutating operations check the flag before they
//! change anything. Compiled code calls `tp_callback_check` after every
//! operation that may call back, which turns the flag into the error return;
//! an operation that can raise anyway returns its error flag, and the flag is
//! cleared wherever compiled code takes over the pending exception (traceback
//! entry, `except` matching, fetching, raising).

use std::cell::Cell;

use taipan_abi::class_table::{Special, EQ_NOT_IMPLEMENTED, EQ_TRISTATE, HASH_FIELDS, NE_TRISTATE, UNHASHABLE};
use taipan_abi::{ObjTag, SlotKind};

use crate::exceptions::{raise_exc, Exc};
use crate::ffi_result::{ErrFlag, I64Result};
use crate::hash::{hash_value, tuple_hash};
use crate::instance::{class_id, class_info, field_slots, type_name};
use crate::object::{decref_slot, has_tag, incref_slot, tp_decref, Value};
use crate::slot_ops::CompareOp;
use crate::str_object::str_text;

thread_local! {
    /// Whether the registered classes have special methods (or hash rules)
    /// the runtime calls: only then do operations over objects work on
    /// snapshots ([`Pinned`]).
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    /// Set when a callback raised (or an error could not be reported) during
    /// the current runtime operation; see the module doc.
    static FAILED: Cell<bool> = const { Cell::new(false) };
}

/// Records whether the program's classes give the runtime anything to call.
pub(crate) fn set_active(active: bool) {
    ACTIVE.with(|a| a.set(active));
}

/// Whether comparing, hashing or printing the slot `(kind, bits)` may call a
/// special method back: user code that may change the container being read,
/// or drop the element being compared. Such operations read a [`Pinned`]
/// snapshot. Strs (the common keys) never call back. Static typing makes the
/// elements of a container one type (`None` aside), so one element stands
/// for all.
pub fn may_call_back(kind: SlotKind, bits: i64) -> bool {
    if kind != SlotKind::Obj || bits == 0 || !ACTIVE.with(Cell::get) {
        return false;
    }
    // SAFETY: a non-null object slot the caller holds is a live object.
    let tag = unsafe { crate::object::header_tag(bits as usize as *const u8) };
    !matches!(tag, Some(ObjTag::Str | ObjTag::Box | ObjTag::Exception))
}

/// [`may_call_back`] for a container's elements: by the first one that is
/// not `None`.
pub fn may_call_back_any(kind: SlotKind, mut slots: impl Iterator<Item = i64>) -> bool {
    kind == SlotKind::Obj && ACTIVE.with(Cell::get) && slots.find(|&bits| bits != 0).is_some_and(|bits| may_call_back(kind, bits))
}

/// A snapshot of slots holding a reference to each object among them, so a
/// special method the runtime calls while going through a container can
/// neither free an element nor move the memory being read (CPython holds a
/// reference to the element it compares, and re-reads the container).
/// Released when dropped.
pub struct Pinned {
    kind: SlotKind,
    pub slots: Vec<i64>,
}

impl Pinned {
    /// Pins `slots` of `kind` (each live).
    pub fn new(kind: SlotKind, slots: Vec<i64>) -> Pinned {
        for &bits in &slots {
            // SAFETY: the caller passes live slots.
            unsafe { incref_slot(kind, bits) };
        }
        Pinned { kind, slots }
    }
}

impl Drop for Pinned {
    fn drop(&mut self) {
        for &bits in &self.slots {
            // SAFETY: the snapshot owns one reference to each object slot.
            unsafe { decref_slot(self.kind, bits) };
        }
    }
}

/// One slot held (a reference to an object) while a special method may run.
pub struct PinnedSlot {
    kind: SlotKind,
    pub bits: i64,
}

impl PinnedSlot {
    /// Pins the live slot `(kind, bits)`.
    pub fn new(kind: SlotKind, bits: i64) -> PinnedSlot {
        // SAFETY: the caller passes a live slot.
        unsafe { incref_slot(kind, bits) };
        PinnedSlot { kind, bits }
    }

    pub fn value(&self) -> Value {
        Value::from_slot(self.kind, self.bits)
    }
}

impl Drop for PinnedSlot {
    fn drop(&mut self) {
        // SAFETY: the pin owns one reference.
        unsafe { decref_slot(self.kind, self.bits) };
    }
}

/// Whether a callback failed during the current operation.
pub fn failed() -> bool {
    FAILED.with(Cell::get)
}

/// Forgets a failure: compiled code has taken over the pending exception.
pub fn clear_failure() {
    FAILED.with(|f| f.set(false));
}

/// Records an error an operation cannot report itself: raised now (unless a
/// callback's exception is already pending, which wins) and reported by
/// `tp_callback_check`.
pub fn fail(exc: Exc) {
    raise_exc(exc);
    FAILED.with(|f| f.set(true));
}

type UnaryFn = unsafe extern "C" fn(i64) -> I64Result;
type BinaryFn = unsafe extern "C" fn(i64, i64) -> I64Result;

/// The address of `obj`'s class's `special`, if it has one.
///
/// # Safety
/// `obj` is a live instance.
unsafe fn special_of(obj: *const u8, special: Special) -> Option<usize> {
    // SAFETY: forwarded from the caller.
    let info = class_info(unsafe { class_id(obj) })?;
    Some(info.specials[special as usize]).filter(|&f| f != 0)
}

/// The address of `a`'s class's comparison `special`, if it has one that
/// accepts `b` (else CPython's method would return `NotImplemented` or
/// receive an operand of a type it does not declare: treated alike).
///
/// # Safety
/// Both are live instances.
unsafe fn comparison_of(a: *const u8, b: *const u8, special: Special) -> Option<usize> {
    // SAFETY: forwarded from the caller.
    let (info, b_id) = unsafe { (class_info(class_id(a))?, class_id(b) as u32) };
    let (lo, hi) = info.other_classes[special as usize];
    Some(info.specials[special as usize]).filter(|&f| f != 0 && b_id >= lo && b_id < hi)
}

/// Calls `f(obj)`: its result, or `None` when it raised or an earlier
/// callback did (then it is not called).
///
/// # Safety
/// `f` is a unary special method of the class table; `obj` a live instance of it.
unsafe fn call_unary(f: usize, obj: *const u8) -> Option<i64> {
    if failed() {
        return None;
    }
    // SAFETY: the class table holds functions with this signature (slot ABI).
    let f: UnaryFn = unsafe { std::mem::transmute::<usize, UnaryFn>(f) };
    // SAFETY: `obj` is live and borrowed for the call.
    let res = unsafe { f(obj as i64) };
    if res.err != 0 {
        FAILED.with(|flag| flag.set(true));
        return None;
    }
    Some(res.val)
}

/// Calls `f(a, b)`, as [`call_unary`].
///
/// # Safety
/// `f` is a binary special method of `a`'s class; `b` an instance it accepts.
unsafe fn call_binary(f: usize, a: *const u8, b: *const u8) -> Option<i64> {
    if failed() {
        return None;
    }
    // SAFETY: the class table holds functions with this signature (slot ABI).
    let f: BinaryFn = unsafe { std::mem::transmute::<usize, BinaryFn>(f) };
    // SAFETY: both are live and borrowed for the call.
    let res = unsafe { f(a as i64, b as i64) };
    if res.err != 0 {
        FAILED.with(|flag| flag.set(true));
        return None;
    }
    Some(res.val)
}

/// Appends the text a `__repr__`/`__str__` (`special`) returns, if the class
/// has one; `false` when it has none (the caller prints the default).
///
/// # Safety
/// `obj` is a live instance.
pub unsafe fn text_into(out: &mut String, obj: *const u8, special: Special) -> bool {
    // SAFETY: forwarded from the caller.
    let Some(f) = (unsafe { special_of(obj, special) }) else { return false };
    // SAFETY: `f` is `obj`'s class's method.
    if let Some(text) = unsafe { call_unary(f, obj) } {
        let text = text as usize as *mut u8;
        // SAFETY: the method returned a new reference to a str.
        unsafe {
            out.push_str(str_text(text));
            tp_decref(text);
        }
    }
    true
}

/// Whether `b`'s class is a proper subclass of `a`'s.
///
/// # Safety
/// Both are live instances.
unsafe fn is_proper_subclass(b: *const u8, a: *const u8) -> bool {
    // SAFETY: forwarded from the caller.
    let (a_id, b_id) = unsafe { (class_id(a), class_id(b)) };
    class_info(a_id).is_some_and(|info| b_id > a_id && (b_id as u32) < info.end)
}

/// `a op b` between two instances, as CPython's `do_richcompare`: the right
/// operand's reflected method first when its class is a proper subclass of
/// the left one's, then the left one's method, then the reflected one.
/// `None`: neither class has a method (the caller's default applies).
/// A method that raised gives `Some(false)` with the failure flag set.
///
/// # Safety
/// Both are live instances.
unsafe fn rich_compare(a: *const u8, b: *const u8, method: Special, reflected: Special) -> Option<bool> {
    // SAFETY: forwarded from the caller; each method is called with instances
    // of the classes the compiler checked it accepts.
    unsafe {
        let reflected_first = class_id(a) != class_id(b) && is_proper_subclass(b, a);
        if reflected_first {
            if let Some(r) = try_comparison(b, a, reflected) {
                return Some(r);
            }
        }
        if let Some(r) = try_comparison(a, b, method) {
            return Some(r);
        }
        if !reflected_first {
            if let Some(r) = try_comparison(b, a, reflected) {
                return Some(r);
            }
        }
    }
    None
}

/// `x.special(y)` if `x`'s class has it for `y`: `None` when it has not or
/// the method returned `NotImplemented` (an `__eq__(self, other: object)`
/// says so with `EQ_NOT_IMPLEMENTED`). A method that raised gives
/// `Some(false)` with the failure flag set.
///
/// # Safety
/// Both are live instances.
unsafe fn try_comparison(x: *const u8, y: *const u8, special: Special) -> Option<bool> {
    // SAFETY: forwarded from the caller.
    let f = unsafe { comparison_of(x, y, special) }?;
    // SAFETY: `f` accepts `y` (checked by `comparison_of`).
    let result = unsafe { call_binary(f, x, y) };
    // SAFETY: forwarded from the caller.
    let flag = match special {
        Special::Eq => EQ_TRISTATE,
        Special::Ne => NE_TRISTATE,
        _ => 0,
    };
    // SAFETY: forwarded from the caller.
    let tristate = unsafe { class_info(class_id(x)) }.is_some_and(|i| i.flags & flag != 0);
    match result {
        Some(EQ_NOT_IMPLEMENTED) if tristate => None,
        other => Some(other.is_some_and(|r| r != 0)),
    }
}

/// `a == b` for two distinct live instances (identity was tested by the
/// caller): `__eq__` as CPython calls it, else false.
///
/// # Safety
/// Both are live instances.
pub unsafe fn instances_eq(a: *const u8, b: *const u8) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { rich_compare(a, b, Special::Eq, Special::Eq) }.unwrap_or(false)
}

/// `a op b` for two live instances: the comparison methods as CPython calls
/// them; `None` when neither class has them (the caller raises `TypeError`),
/// `Err` when one raised.
///
/// # Safety
/// Both are live instances.
pub unsafe fn instances_compare(a: *const u8, b: *const u8, op: CompareOp) -> Option<Result<bool, Exc>> {
    let (method, reflected) = match op {
        CompareOp::Lt => (Special::Lt, Special::Gt),
        CompareOp::Le => (Special::Le, Special::Ge),
        CompareOp::Gt => (Special::Gt, Special::Lt),
        CompareOp::Ge => (Special::Ge, Special::Le),
    };
    // SAFETY: forwarded from the caller.
    let result = unsafe { rich_compare(a, b, method, reflected) }?;
    Some(if failed() { Err(Exc::Pending) } else { Ok(result) })
}

/// `hash(obj)` of a live instance: its `__hash__` (-1 becoming -2, as in
/// CPython), the hash of the tuple of its fields (a frozen
/// dataclass), `TypeError` for an unhashable class, else by identity.
///
/// # Safety
/// `obj` is a live instance.
pub unsafe fn instance_hash(obj: *const u8) -> Result<i64, Exc> {
    // SAFETY: forwarded from the caller.
    let info = class_info(unsafe { class_id(obj) });
    if info.is_some_and(|i| i.flags & UNHASHABLE != 0) {
        // SAFETY: forwarded from the caller.
        return Err(Exc::type_error(format!("unhashable type: '{}'", unsafe { type_name(obj) })));
    }
    if info.is_some_and(|i| i.flags & HASH_FIELDS != 0) {
        // SAFETY: forwarded from the caller; the fields are live while `obj` is.
        let fields = unsafe { field_slots(obj) };
        let mut hashes = Vec::with_capacity(fields.len());
        for (kind, bits) in fields {
            // SAFETY: a live field slot.
            hashes.push(unsafe { hash_value(Value::from_slot(kind, bits)) }?);
        }
        return Ok(tuple_hash(hashes.into_iter()));
    }
    // SAFETY: forwarded from the caller.
    match unsafe { special_of(obj, Special::Hash) } {
        // SAFETY: `f` is `obj`'s class's `__hash__`.
        Some(f) => match unsafe { call_unary(f, obj) } {
            // CPython's `slot_tp_hash` keeps a result that fits a hash as it
            // is (so `__hash__` returning `hash(t)` hashes like `t`), except
            // -1, which is reserved for errors.
            Some(h) => Ok(if h == -1 { -2 } else { h }),
            None => Err(Exc::Pending),
        },
        None => Ok((obj as usize).rotate_right(4) as i64),
    }
}

/// The truth of a live instance: `__bool__`, else `__len__() != 0`, else true.
///
/// # Safety
/// `obj` is a live instance.
pub unsafe fn instance_truth(obj: *const u8) -> Result<bool, Exc> {
    // SAFETY: forwarded from the caller; each method belongs to `obj`'s class.
    unsafe {
        if let Some(f) = special_of(obj, Special::Bool) {
            return call_unary(f, obj).map(|b| b != 0).ok_or(Exc::Pending);
        }
        if let Some(f) = special_of(obj, Special::Len) {
            let len = call_unary(f, obj).ok_or(Exc::Pending)?;
            if len < 0 {
                return Err(Exc::value_error("__len__() should return >= 0"));
            }
            return Ok(len != 0);
        }
    }
    Ok(true)
}

/// `tp_instance_truth(obj)`: the truth of an instance (null: `None`, false) as 0/1.
///
/// # Safety
/// `obj` is null or a live instance.
#[no_mangle]
pub unsafe extern "C" fn tp_instance_truth(obj: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    if obj.is_null() || !unsafe { has_tag(obj, ObjTag::Instance) } {
        return I64Result { val: i64::from(!obj.is_null()), err: 0 };
    }
    // SAFETY: forwarded from the caller.
    let res = unsafe { instance_truth(obj) };
    clear_failure();
    I64Result::from(res.map(i64::from))
}

/// `tp_instance_eq(a, b)`: `a == b` of two live instances as 0/1: the
/// classes' `__eq__` as CPython calls them (no identity shortcut: CPython's
/// `a == a` calls `__eq__` too), else `a is b`.
///
/// # Safety
/// Both are live instances.
#[no_mangle]
pub unsafe extern "C" fn tp_instance_eq(a: *mut u8, b: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let result = unsafe { rich_compare(a, b, Special::Eq, Special::Eq) }.unwrap_or(a == b);
    let raised = failed();
    clear_failure();
    if raised {
        return I64Result::from(Err(Exc::Pending));
    }
    I64Result { val: i64::from(result), err: 0 }
}

/// `x.__ne__(y)` as CPython calls it: the class's own (or inherited)
/// `__ne__`, else `object.__ne__`, which inverts `__eq__`; `None` for
/// `NotImplemented`.
///
/// # Safety
/// Both are live instances.
unsafe fn ne_of(x: *const u8, y: *const u8) -> Option<bool> {
    // SAFETY: forwarded from the caller.
    unsafe {
        if special_of(x, Special::Ne).is_some() {
            return try_comparison(x, y, Special::Ne);
        }
        try_comparison(x, y, Special::Eq).map(|eq| !eq)
    }
}

/// `tp_instance_ne(a, b)`: `a != b` of two live instances as 0/1, in
/// `do_richcompare`'s order (reflected first for a proper subclass on the
/// right), else `a is not b`.
///
/// # Safety
/// Both are live instances.
#[no_mangle]
pub unsafe extern "C" fn tp_instance_ne(a: *mut u8, b: *mut u8) -> I64Result {
    // SAFETY: forwarded from the caller.
    let result = unsafe {
        let reflected_first = class_id(a) != class_id(b) && is_proper_subclass(b, a);
        let first = if reflected_first { ne_of(b, a) } else { None };
        first.or_else(|| ne_of(a, b)).or_else(|| if reflected_first { None } else { ne_of(b, a) })
    }
    .unwrap_or(a != b);
    let raised = failed();
    clear_failure();
    if raised {
        return I64Result::from(Err(Exc::Pending));
    }
    I64Result { val: i64::from(result), err: 0 }
}

/// `tp_callback_check()`: raises (returns the error flag) when a callback
/// failed during the last operation; clears the failure.
#[no_mangle]
pub extern "C" fn tp_callback_check() -> ErrFlag {
    let failed = failed();
    clear_failure();
    ErrFlag(u8::from(failed))
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use taipan_abi::{class_table, instance_object, ExcKind, SlotKind};

    use super::*;
    use crate::exceptions::{raise, take_pending, ExcType};
    use crate::hash::hash_value;
    use crate::instance::{tp_instance_new, tp_register_classes};
    use crate::slot_ops::{repr_into, values_eq};
    use crate::str_object::new_str;

    thread_local! {
        static EQ_CALLS: Cell<u32> = const { Cell::new(0) };
    }

    fn field(obj: i64) -> i64 {
        // SAFETY: the tests pass live instances of the one-int-field class.
        unsafe { (obj as *const u8).add(instance_object::field_offset(0) as usize).cast::<i64>().read() }
    }

    extern "C" fn eq(a: i64, b: i64) -> I64Result {
        EQ_CALLS.with(|c| c.set(c.get() + 1));
        I64Result { val: i64::from(field(a) == field(b)), err: 0 }
    }

    /// Raises for a negative field, as a compiled `__hash__` would.
    extern "C" fn hash(a: i64) -> I64Result {
        if field(a) < 0 {
            raise(ExcType::Builtin(ExcKind::ValueError), "negative");
            return I64Result { val: 0, err: 1 };
        }
        I64Result { val: field(a), err: 0 }
    }

    extern "C" fn repr(a: i64) -> I64Result {
        I64Result { val: new_str(&format!("K({})", field(a))) as i64, err: 0 }
    }

    /// A table of one class `K` with an int field and `__eq__`, `__hash__`,
    /// `__repr__` (accepting `other` of class 0).
    fn register() {
        let specials = [(class_table::Special::Eq, eq as usize), (class_table::Special::Hash, hash as usize), (class_table::Special::Repr, repr as usize)];
        let mut blob = Vec::new();
        blob.extend(1u32.to_ne_bytes());
        let first = class_table::first_record(1);
        blob.extend((first as u32).to_ne_bytes());
        blob.resize(first, 0);
        for word in [1u32, 10, 1, 0] {
            blob.extend(word.to_ne_bytes());
        }
        for special in class_table::Special::ALL {
            let address = specials.iter().find(|(s, _)| *s == special).map_or(0, |(_, f)| *f);
            blob.extend((address as u64).to_ne_bytes());
            blob.extend(0u32.to_ne_bytes());
            blob.extend(1u32.to_ne_bytes());
        }
        blob.push(SlotKind::Int as u8);
        blob.extend(b"__main__.K");
        blob.resize(blob.len().div_ceil(8) * 8, 0);
        let leaked: &'static [u8] = Box::leak(blob.into_boxed_slice());
        // SAFETY: a well-formed table that lives for the program.
        unsafe { tp_register_classes(leaked.as_ptr()) };
    }

    fn k(v: i64) -> *mut u8 {
        let obj = tp_instance_new(0);
        // SAFETY: a new instance of the one-field class.
        unsafe { obj.add(instance_object::field_offset(0) as usize).cast::<i64>().write(v) };
        obj
    }

    #[test]
    fn callbacks_decide_equality_hash_and_repr() {
        register();
        let (a, b, c) = (k(1), k(1), k(2));
        // SAFETY: live instances.
        unsafe {
            assert!(values_eq(Value::Obj(a), Value::Obj(b)));
            assert!(!values_eq(Value::Obj(a), Value::Obj(c)));
            assert_eq!(hash_value(Value::Obj(c)), Ok(2));
            let mut out = String::new();
            repr_into(&mut out, Value::Obj(c));
            assert_eq!(out, "K(2)");
            for obj in [a, b, c] {
                tp_decref(obj);
            }
        }
        assert_eq!(tp_callback_check(), ErrFlag(0));
    }

    #[test]
    fn a_raising_callback_stops_further_callbacks_and_keeps_its_exception() {
        register();
        let (bad, a, b) = (k(-1), k(3), k(3));
        EQ_CALLS.with(|c| c.set(0));
        // SAFETY: live instances.
        unsafe {
            assert_eq!(hash_value(Value::Obj(bad)), Err(Exc::Pending));
            assert!(failed());
            // No more user code runs, and the runtime raises nothing over it.
            assert!(!values_eq(Value::Obj(a), Value::Obj(b)));
            assert_eq!(EQ_CALLS.with(Cell::get), 0);
            raise_exc(Exc::value_error("list.remove(x): x not in list"));
            assert_eq!(tp_callback_check(), ErrFlag(1));
            assert!(!failed());
            let pending = take_pending().expect("the callback's exception");
            assert_eq!(pending.message, "negative");
            for obj in [bad, a, b] {
                tp_decref(obj);
            }
        }
    }
}
