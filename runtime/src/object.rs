//! The header every heap object starts with (`taipan_abi::object`), allocation,
//! reference counting and deallocation, and [`Value`]: a slot decoded by its kind.
//!
//! Ownership (see `taipan_abi::object`): runtime functions borrow their object
//! arguments and return new references; a container owns one reference to each
//! object stored in it. Immortal objects (`IMMORTAL_REFCNT`: literals emitted by
//! the compiler into read-only data, the runtime's static strings) are never
//! written to, so their counts are checked before any store.
//!
//! The operations on values of any kind (repr, str, ==, <, hash) live in
//! `slot_ops` and `hash`; the per-type ones in `str_ops`, `list_ops`, ... .

use std::alloc::{self, Layout};
use std::cell::Cell;

use taipan_abi::{num, object, tuple_object, ObjTag, SlotKind, IMMORTAL_REFCNT};

/// Alignment of every object the runtime allocates (and of compiler literals).
const OBJECT_ALIGN: usize = 8;

/// Objects of up to this many bytes (short strs, small tuples, list and dict
/// headers) are recycled through per-size free lists.
const POOLED_MAX_SIZE: usize = 128;
/// One free list per multiple of `OBJECT_ALIGN` up to `POOLED_MAX_SIZE`.
const POOL_CLASSES: usize = POOLED_MAX_SIZE / OBJECT_ALIGN + 1;

thread_local! {
    /// Objects allocated and not yet freed, counted per thread: a program runs on
    /// one thread, and per-thread counts keep parallel unit tests independent.
    static LIVE_OBJECTS: Cell<i64> = const { Cell::new(0) };
    /// Per size class: freed small objects, linked through their first 8 bytes.
    /// Programs that make and drop millions of short strs and tuples (word
    /// counts, sort keys) reuse them instead of paying `malloc`/`free` each
    /// time. A list holds at most as many objects as were live at once, so
    /// memory stays bounded by the peak. Per thread and without a destructor
    /// (a `const` thread-local costs one load): what a thread of an extension
    /// module leaves in its lists when it exits is not returned to `malloc`.
    static SMALL_FREE_LISTS: [Cell<*mut u8>; POOL_CLASSES] =
        const { [const { Cell::new(std::ptr::null_mut()) }; POOL_CLASSES] };
}

/// The free-list class of an object of `size` bytes, if it is pooled.
fn pool_class(size: usize) -> Option<usize> {
    let size = size.max(object::HEADER_SIZE as usize);
    (size <= POOLED_MAX_SIZE).then(|| size.div_ceil(OBJECT_ALIGN))
}

/// A recycled object of size class `class`, if its list has one.
fn pop_pooled(class: usize) -> Option<*mut u8> {
    SMALL_FREE_LISTS.with(|lists| {
        let head = lists[class].get();
        if head.is_null() {
            return None;
        }
        // SAFETY: a list entry is a dead object whose first 8 bytes hold the
        // next entry (written by `push_pooled`).
        lists[class].set(unsafe { head.cast::<*mut u8>().read() });
        Some(head)
    })
}

/// # Safety
/// `obj` is a dead object allocated for size class `class`, not used afterwards.
unsafe fn push_pooled(obj: *mut u8, class: usize) {
    SMALL_FREE_LISTS.with(|lists| {
        // SAFETY: the object is dead and at least 16 bytes, 8-aligned; its
        // first 8 bytes (the refcount) now link the list.
        unsafe { obj.cast::<*mut u8>().write(lists[class].get()) };
        lists[class].set(obj);
    });
}

/// The number of objects allocated by this thread and not yet freed.
pub fn live_objects() -> i64 {
    LIVE_OBJECTS.with(Cell::get)
}

/// Counts an object made or dropped outside `alloc_object`/`free_object`
/// (instances recycled through their free lists).
pub(crate) fn adjust_live_objects(delta: i64) {
    LIVE_OBJECTS.with(|live| live.set(live.get() + delta));
}

/// `tp_live_objects()`: the live-object counter, for leak tests.
#[no_mangle]
pub extern "C" fn tp_live_objects() -> i64 {
    live_objects()
}

fn object_layout(size: usize) -> Layout {
    let size = size.max(object::HEADER_SIZE as usize);
    match Layout::from_size_align(size, OBJECT_ALIGN) {
        Ok(layout) => layout,
        // Only a size near `isize::MAX` gets here; callers bound user-driven sizes
        // (and raise) first, so this is an allocation that could never succeed.
        Err(_) => alloc::handle_alloc_error(Layout::new::<u64>()),
    }
}

/// Allocates an object of `size` bytes (at least the header) with refcount 1 and
/// the given header; the bytes after the header are uninitialised. Running out
/// of memory aborts the process, as Rust's own collections do.
pub fn alloc_object(size: usize, tag: ObjTag, kind_a: SlotKind, kind_b: SlotKind) -> *mut u8 {
    match try_alloc_object(size, tag, kind_a, kind_b) {
        Some(obj) => obj,
        None => alloc::handle_alloc_error(object_layout(size)),
    }
}

/// As [`alloc_object`], but `None` when the memory is not available, for sizes
/// a program chooses (`'x' * n`, `s.ljust(n)`), which raise `MemoryError`.
pub fn try_alloc_object(size: usize, tag: ObjTag, kind_a: SlotKind, kind_b: SlotKind) -> Option<*mut u8> {
    if size > isize::MAX as usize - OBJECT_ALIGN {
        return None;
    }
    let obj = match pool_class(size) {
        Some(class) => match pop_pooled(class) {
            Some(obj) => obj,
            // Allocated at the class's full size, so that any object of the
            // class can reuse it once it is freed.
            // SAFETY: the layout has a nonzero size (at least the header).
            None => unsafe { alloc::alloc(object_layout(class * OBJECT_ALIGN)) },
        },
        // SAFETY: the layout has a nonzero size (at least the header).
        None => unsafe { alloc::alloc(object_layout(size)) },
    };
    if obj.is_null() {
        return None;
    }
    // SAFETY: `obj` is a fresh allocation of at least HEADER_SIZE bytes, aligned
    // to 8, so the header's fields are in bounds and the i64 store is aligned.
    unsafe {
        obj.write_bytes(0, object::HEADER_SIZE as usize);
        obj.cast::<i64>().write(1);
        obj.add(object::TAG as usize).write(tag as u8);
        obj.add(object::KIND_A as usize).write(kind_a as u8);
        obj.add(object::KIND_B as usize).write(kind_b as u8);
    }
    LIVE_OBJECTS.with(|live| live.set(live.get() + 1));
    Some(obj)
}

/// Frees an object made by [`alloc_object`]. Its contents must already have been
/// released (the type's dealloc does that first).
///
/// # Safety
/// `obj` came from `alloc_object(size, ..)` with this same `size`, and is not
/// used afterwards.
pub unsafe fn free_object(obj: *mut u8, size: usize) {
    match pool_class(size) {
        // SAFETY: the caller guarantees `obj` came from `alloc_object(size, ..)`,
        // so it was allocated for this class (or recycled from its list).
        Some(class) => unsafe { push_pooled(obj, class) },
        // SAFETY: the caller guarantees `obj` was allocated with this layout.
        None => unsafe { alloc::dealloc(obj, object_layout(size)) },
    }
    LIVE_OBJECTS.with(|live| live.set(live.get() - 1));
}

/// The object's tag, or `None` for a corrupt header.
///
/// # Safety
/// `obj` points to a live object.
pub unsafe fn header_tag(obj: *const u8) -> Option<ObjTag> {
    // SAFETY: every object has a header with the tag byte at `TAG`.
    ObjTag::from_u8(unsafe { obj.add(object::TAG as usize).read() })
}

/// The `KIND_A` byte of the header: the element (list, set) or key (dict) kind.
/// A corrupt byte reads as `SlotKind::None`, whose slots are never dereferenced.
///
/// # Safety
/// `obj` points to a live object.
pub unsafe fn header_kind_a(obj: *const u8) -> SlotKind {
    // SAFETY: every object has a header with `KIND_A` in it.
    SlotKind::from_u8(unsafe { obj.add(object::KIND_A as usize).read() }).unwrap_or(SlotKind::None)
}

/// The `KIND_B` byte of the header: the value kind of a dict. As [`header_kind_a`].
///
/// # Safety
/// `obj` points to a live object.
pub unsafe fn header_kind_b(obj: *const u8) -> SlotKind {
    // SAFETY: every object has a header with `KIND_B` in it.
    SlotKind::from_u8(unsafe { obj.add(object::KIND_B as usize).read() }).unwrap_or(SlotKind::None)
}

/// The reference count (`IMMORTAL_REFCNT` for immortal objects).
///
/// # Safety
/// `obj` points to a live object.
pub unsafe fn refcnt(obj: *const u8) -> i64 {
    // SAFETY: the refcount is the first, 8-aligned field of every object.
    unsafe { obj.cast::<i64>().read() }
}

/// `tp_incref(obj)`: takes a new reference. Null and immortal objects are left alone.
///
/// # Safety
/// `obj` is null or points to a live object.
#[no_mangle]
pub unsafe extern "C" fn tp_incref(obj: *mut u8) {
    if obj.is_null() {
        return;
    }
    let count = obj.cast::<i64>();
    // SAFETY: `obj` is a live object; its refcount is its first field. Immortal
    // objects may be in read-only memory, so they are only read.
    unsafe {
        if *count >= 0 {
            *count += 1;
        }
    }
}

/// `tp_decref(obj)`: drops a reference, freeing the object (and releasing what
/// it holds) when it was the last. Null and immortal objects are left alone.
///
/// # Safety
/// `obj` is null or points to a live object the caller owns a reference to.
#[no_mangle]
pub unsafe extern "C" fn tp_decref(obj: *mut u8) {
    if obj.is_null() {
        return;
    }
    let count = obj.cast::<i64>();
    // SAFETY: as for `tp_incref`; once the count reaches zero nobody else holds
    // the object, so it can be deallocated.
    unsafe {
        if *count > 0 {
            *count -= 1;
            if *count == 0 {
                tp_dealloc(obj);
            }
        }
    }
}

/// `tp_dealloc(obj)`: frees an object whose count reached zero, releasing the
/// references it holds. Compiled code calls it from its inlined decref.
///
/// # Safety
/// `obj` points to a live, non-immortal object nobody references any more.
#[no_mangle]
pub unsafe extern "C" fn tp_dealloc(obj: *mut u8) {
    if obj.is_null() {
        return;
    }
    // SAFETY: forwarded from the caller; each arm frees an object of its type.
    unsafe {
        // Instances come first and alone: object-heavy programs free millions
        // of small ones, and keeping the other types' (inlined) deallocs out of
        // this path keeps it to a few instructions and no register spills.
        if obj.add(object::TAG as usize).read() == ObjTag::Instance as u8 {
            crate::instance::dealloc_instance(obj);
            return;
        }
        dealloc_other(obj);
    }
}

/// The non-instance part of [`tp_dealloc`].
///
/// # Safety
/// As for [`tp_dealloc`], with a non-null `obj`.
#[inline(never)]
unsafe fn dealloc_other(obj: *mut u8) {
    // SAFETY: forwarded from the caller; each arm frees an object of its type.
    unsafe {
        match header_tag(obj) {
            Some(ObjTag::Str) => crate::str_object::free_str(obj),
            Some(ObjTag::List) => crate::list_ops::List::from_obj(obj).dealloc(),
            Some(ObjTag::Tuple) => crate::tuple_ops::Tuple::from_obj(obj).dealloc(),
            Some(ObjTag::Dict) => crate::dict_ops::Dict::from_obj(obj).dealloc(),
            Some(ObjTag::Set) => crate::set_ops::Set::from_obj(obj).dealloc(),
            Some(ObjTag::Exception) => crate::exception_object::dealloc(obj),
            Some(ObjTag::Instance) => crate::instance::dealloc_instance(obj),
            Some(ObjTag::Box) => crate::optional_box::dealloc_box(obj),
            Some(ObjTag::Deque) => crate::deque_ops::Deque::from_obj(obj).dealloc(),
            Some(ObjTag::Random) => crate::random_ops::dealloc_random(obj),
            Some(ObjTag::Range) => crate::range_ops::dealloc_range(obj),
            // A corrupt header: leaking is the only safe thing to do.
            None => {}
        }
    }
}

/// A slot's value decoded by its kind.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    /// A pointer to a live heap object (borrowed).
    Obj(*mut u8),
}

impl Value {
    /// Reads the 8 bytes of a slot of `kind`.
    pub fn from_slot(kind: SlotKind, bits: i64) -> Value {
        match kind {
            SlotKind::Int => Value::Int(bits),
            SlotKind::Bool => Value::Bool(bits != 0),
            SlotKind::None => Value::None,
            SlotKind::Obj => Value::Obj(bits as usize as *mut u8),
            // A num reads as what it holds, so an int num is an int to `==`,
            // `hash`, `repr` and ordering, and a float num a float. A float
            // slot may hold one too (a container's element where the module
            // stores ints into float containers, `taipan_types::num_places`);
            // no float operation makes an int num's bits.
            SlotKind::Float | SlotKind::Num => {
                let bits = bits as u64;
                if num::is_int(bits) {
                    Value::Int(num::int_value(bits))
                } else {
                    Value::Float(f64::from_bits(bits))
                }
            }
        }
    }

    /// The kind of slot that holds this value. (A value read from a `Num`
    /// slot says `Int` or `Float`: store a slot's own bits back, never
    /// `from_slot(kind, bits).to_bits()`; see [`canonical_slot_bits`].)
    pub fn kind(self) -> SlotKind {
        match self {
            Value::Int(_) => SlotKind::Int,
            Value::Float(_) => SlotKind::Float,
            Value::Bool(_) => SlotKind::Bool,
            Value::None => SlotKind::None,
            Value::Obj(_) => SlotKind::Obj,
        }
    }

    /// The 8 bytes stored in a slot for this value.
    pub fn to_bits(self) -> i64 {
        match self {
            Value::Int(n) => n,
            Value::Float(x) => x.to_bits() as i64,
            Value::Bool(b) => b.into(),
            Value::None => 0,
            Value::Obj(obj) => obj as usize as i64,
        }
    }
}

/// The bits a slot of `kind` stores for `bits`: a bool as 0 or 1, None as 0,
/// anything else as it is (a num keeps its tag).
pub fn canonical_slot_bits(kind: SlotKind, bits: i64) -> i64 {
    match kind {
        SlotKind::Bool => i64::from(bits != 0),
        SlotKind::None => 0,
        SlotKind::Int | SlotKind::Float | SlotKind::Obj | SlotKind::Num => bits,
    }
}

/// The kind a byte of a tuple's kind array (or an FFI kind argument) names; an
/// unknown one reads as `SlotKind::None`, whose slots are never dereferenced.
pub fn slot_kind_or_none(byte: i64) -> SlotKind {
    u8::try_from(byte).ok().and_then(SlotKind::from_u8).unwrap_or(SlotKind::None)
}

/// Takes a reference to the slot's object, if it holds one.
///
/// # Safety
/// For `SlotKind::Obj`, `bits` is null or a live object.
pub unsafe fn incref_slot(kind: SlotKind, bits: i64) {
    if kind == SlotKind::Obj {
        // SAFETY: forwarded from the caller.
        unsafe { tp_incref(bits as usize as *mut u8) };
    }
}

/// Drops a reference to the slot's object, if it holds one.
///
/// # Safety
/// For `SlotKind::Obj`, `bits` is null or a live object the caller owns a reference to.
pub unsafe fn decref_slot(kind: SlotKind, bits: i64) {
    if kind == SlotKind::Obj {
        // SAFETY: forwarded from the caller.
        unsafe { tp_decref(bits as usize as *mut u8) };
    }
}

/// The number of fields of a tuple (layout: `taipan_abi::tuple_object`).
///
/// # Safety
/// `obj` points to a live tuple.
pub unsafe fn tuple_len(obj: *const u8) -> usize {
    // SAFETY: a tuple holds its length at `LEN`, 8-aligned.
    let len = unsafe { obj.add(tuple_object::LEN as usize).cast::<i64>().read() };
    usize::try_from(len).unwrap_or(0)
}

/// Field `index` of a tuple, decoded by its kind byte.
///
/// # Safety
/// `obj` points to a live tuple and `index < tuple_len(obj)`.
pub unsafe fn tuple_item(obj: *const u8, index: usize) -> Value {
    // SAFETY: the tuple has `len` slots from `ITEMS`, then `len` kind bytes;
    // the caller keeps `index` in range.
    unsafe {
        let len = tuple_len(obj);
        let slots = obj.add(tuple_object::ITEMS as usize).cast::<i64>();
        let kinds = slots.add(len).cast::<u8>();
        Value::from_slot(slot_kind_or_none(kinds.add(index).read().into()), slots.add(index).read())
    }
}

/// Whether `obj` is a str, list, ... per its header (false for a corrupt one).
///
/// # Safety
/// `obj` points to a live object.
pub unsafe fn has_tag(obj: *const u8, tag: ObjTag) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { header_tag(obj) == Some(tag) }
}

/// True when the object is immortal (never counted or freed).
///
/// # Safety
/// `obj` points to a live object.
pub unsafe fn is_immortal(obj: *const u8) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { refcnt(obj) == IMMORTAL_REFCNT }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_objects_are_recycled_per_size_class_and_counted() {
        let before = live_objects();
        let a = alloc_object(42, ObjTag::Tuple, SlotKind::None, SlotKind::None);
        // SAFETY: `a` was made with size 42 and is not used afterwards.
        unsafe { free_object(a, 42) };
        assert_eq!(live_objects(), before);
        // 47 bytes round up to the same 48-byte class as 42: the freed block
        // comes back, with a fresh header.
        let b = alloc_object(47, ObjTag::Str, SlotKind::Int, SlotKind::Obj);
        assert_eq!(b, a);
        // SAFETY: `b` is a live object just made.
        unsafe {
            assert_eq!(refcnt(b), 1);
            assert_eq!(header_tag(b), Some(ObjTag::Str));
            assert_eq!(header_kind_a(b), SlotKind::Int);
            assert_eq!(header_kind_b(b), SlotKind::Obj);
        }
        // Another class does not take it, and big objects bypass the lists.
        let c = alloc_object(16, ObjTag::Tuple, SlotKind::None, SlotKind::None);
        assert_ne!(c, b);
        let big = alloc_object(POOLED_MAX_SIZE + 1, ObjTag::Tuple, SlotKind::None, SlotKind::None);
        assert_eq!(live_objects(), before + 3);
        // SAFETY: each was made with the size it is freed with.
        unsafe {
            free_object(b, 47);
            free_object(c, 16);
            free_object(big, POOLED_MAX_SIZE + 1);
        }
        assert_eq!(live_objects(), before);
    }
}
