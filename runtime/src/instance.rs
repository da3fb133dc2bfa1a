//! Instances of user classes (layout `taipan_abi::instance_object`) and the
//! program's class table (`taipan_abi::class_table`), which `main` registers
//! before the module body runs. The table is data the compiler emitted: per
//! class, the kind of each field slot (so freeing an instance releases its
//! object fields) and the qualified name (for the default repr and messages).

use std::cell::Cell;

use taipan_abi::{class_table, instance_object, object, ObjTag, SlotKind};

use crate::object::{adjust_live_objects, alloc_object, decref_slot, free_object, slot_kind_or_none};
use crate::str_object::new_str;

/// One class of the registered table.
pub(crate) struct ClassInfo {
    fields: Vec<SlotKind>,
    /// The indices of the object fields: what freeing an instance releases.
    object_fields: Vec<u32>,
    /// `__main__.Point`.
    qualname: &'static str,
    /// One past the last id of its subclasses (preorder numbering).
    pub end: u32,
    /// `class_table::UNHASHABLE`.
    pub flags: u32,
    /// The special methods the runtime calls back (0: absent), by
    /// `class_table::Special`.
    pub specials: [usize; class_table::SPECIAL_COUNT],
    /// For each comparison: the class ids its `other` operand may have.
    pub other_classes: [(u32, u32); class_table::SPECIAL_COUNT],
}

/// Instances of up to this many fields are recycled through free lists.
const POOLED_FIELDS: usize = 16;

thread_local! {
    /// The registered classes, by class id. A program runs on one thread.
    /// Leaked once at registration, so every access is a plain load.
    static CLASSES: Cell<&'static [ClassInfo]> = const { Cell::new(&[]) };
    /// Per field count: freed instances, linked through their first 8 bytes.
    /// Allocation-heavy programs (trees, vectors) reuse them instead of going
    /// through `malloc`/`free` for every instance. A list only ever holds as
    /// many instances as were live at once, so memory stays bounded by the peak.
    static FREE_LISTS: [Cell<*mut u8>; POOLED_FIELDS + 1] = const { [const { Cell::new(std::ptr::null_mut()) }; POOLED_FIELDS + 1] };
}

/// Decodes a class table blob (see `taipan_abi::class_table`); `None` for a
/// malformed one.
fn parse_table(blob: &[u8]) -> Option<Vec<ClassInfo>> {
    let word = |at: usize| -> Option<usize> {
        let bytes = blob.get(at..at + class_table::WORD)?;
        Some(u32::from_ne_bytes(bytes.try_into().ok()?) as usize)
    };
    let address = |at: usize| -> Option<usize> {
        let bytes = blob.get(at..at + class_table::ADDRESS)?;
        Some(u64::from_ne_bytes(bytes.try_into().ok()?) as usize)
    };
    let n = word(0)?;
    let mut classes = Vec::with_capacity(n);
    for i in 0..n {
        let at = word(class_table::WORD * (1 + i))?;
        let n_fields = word(at)?;
        let name_len = word(at + class_table::WORD)?;
        let end = word(at + 2 * class_table::WORD)? as u32;
        let flags = word(at + 3 * class_table::WORD)? as u32;
        let mut specials = [0usize; class_table::SPECIAL_COUNT];
        let mut other_classes = [(0u32, 0u32); class_table::SPECIAL_COUNT];
        for special in class_table::Special::ALL {
            let entry = at + class_table::address_offset(special);
            specials[special as usize] = address(entry)?;
            let lo = word(entry + class_table::ADDRESS)? as u32;
            let hi = word(entry + class_table::ADDRESS + class_table::WORD)? as u32;
            other_classes[special as usize] = (lo, hi);
        }
        let kinds_at = at + class_table::KINDS;
        let kinds = blob.get(kinds_at..kinds_at + n_fields)?;
        let name = blob.get(kinds_at + n_fields..kinds_at + n_fields + name_len)?;
        let qualname: &'static str = Box::leak(std::str::from_utf8(name).ok()?.to_string().into_boxed_str());
        let fields: Vec<SlotKind> = kinds.iter().map(|k| slot_kind_or_none(i64::from(*k))).collect();
        let object_fields =
            fields.iter().enumerate().filter(|(_, k)| **k == SlotKind::Obj).map(|(i, _)| i as u32).collect();
        classes.push(ClassInfo { fields, object_fields, qualname, end, flags, specials, other_classes });
    }
    Some(classes)
}

/// The total size of a class table blob starting at `table`, read from its
/// own offsets and lengths.
///
/// # Safety
/// `table` points to a well-formed class table.
unsafe fn table_len(table: *const u8) -> usize {
    let word = |at: usize| -> usize {
        // SAFETY: the caller guarantees the blob is well-formed, so every
        // count, offset and length it names is in bounds; reads are unaligned-safe.
        unsafe { table.add(at).cast::<u32>().read_unaligned() as usize }
    };
    let n = word(0);
    let mut end = class_table::WORD * (1 + n);
    for i in 0..n {
        let at = word(class_table::WORD * (1 + i));
        end = end.max(at + class_table::record_len(word(at), word(at + class_table::WORD)));
    }
    end
}

/// The fields of a live instance, as `(kind, bits)` slots (borrowed).
///
/// # Safety
/// `obj` points to a live instance.
pub(crate) unsafe fn field_slots(obj: *const u8) -> Vec<(SlotKind, i64)> {
    // SAFETY: forwarded from the caller.
    let Some(info) = class_info(unsafe { class_id(obj) }) else { return Vec::new() };
    info.fields
        .iter()
        .enumerate()
        // SAFETY: the instance has one 8-aligned slot per field of its class.
        .map(|(i, &kind)| (kind, unsafe { obj.add(instance_object::field_offset(i as u32) as usize).cast::<i64>().read() }))
        .collect()
}

/// The registered class `id`, if any.
pub(crate) fn class_info(id: usize) -> Option<&'static ClassInfo> {
    CLASSES.with(Cell::get).get(id)
}

/// `tp_register_classes(table)`: records the program's class table.
///
/// # Safety
/// `table` points to a well-formed class table that lives for the program.
#[no_mangle]
pub unsafe extern "C" fn tp_register_classes(table: *const u8) {
    if table.is_null() {
        return;
    }
    // SAFETY: forwarded from the caller: the blob is well-formed and alive.
    let blob = unsafe { std::slice::from_raw_parts(table, table_len(table)) };
    let classes = parse_table(blob).unwrap_or_default();
    let calls_back = classes.iter().any(|k| k.flags != 0 || k.specials.iter().any(|&f| f != 0));
    crate::instance_callbacks::set_active(calls_back);
    CLASSES.with(|c| c.set(Vec::leak(classes)));
}

fn instance_size(n_fields: usize) -> usize {
    instance_object::FIELDS as usize + 8 * n_fields
}

/// The class id stored in an instance's header.
///
/// # Safety
/// `obj` points to a live instance.
pub unsafe fn class_id(obj: *const u8) -> usize {
    // SAFETY: an instance's header holds its class id at `CLASS_ID` (4-aligned).
    unsafe { obj.add(instance_object::CLASS_ID as usize).cast::<u32>().read() as usize }
}

/// `tp_instance_new(class_id)`: a new instance, every field zero (null). An
/// unknown class (a corrupt id) gets no fields.
#[no_mangle]
pub extern "C" fn tp_instance_new(class: i64) -> *mut u8 {
    let classes = CLASSES.with(Cell::get);
    let n_fields = usize::try_from(class).ok().and_then(|i| classes.get(i)).map(|k| k.fields.len());
    let n_fields = n_fields.unwrap_or(0);
    let Some(obj) = pop_free(n_fields) else { return new_instance_from_allocator(class, n_fields) };
    // SAFETY: a recycled instance of `instance_size(n_fields)` bytes: rewrite
    // its header, then its fields.
    unsafe {
        obj.write_bytes(0, object::HEADER_SIZE as usize);
        obj.cast::<i64>().write(1);
        obj.add(object::TAG as usize).write(ObjTag::Instance as u8);
        obj.add(object::KIND_A as usize).write(SlotKind::None as u8);
        obj.add(object::KIND_B as usize).write(SlotKind::None as u8);
        init_instance(obj, class, n_fields);
    }
    adjust_live_objects(1);
    obj
}

/// [`tp_instance_new`] when the free list is empty. Out of line, so that the
/// common path (a recycled instance) saves no registers for the allocator call.
#[cold]
#[inline(never)]
fn new_instance_from_allocator(class: i64, n_fields: usize) -> *mut u8 {
    let obj = alloc_object(instance_size(n_fields), ObjTag::Instance, SlotKind::None, SlotKind::None);
    // SAFETY: a fresh instance of `instance_size(n_fields)` bytes.
    unsafe { init_instance(obj, class, n_fields) };
    obj
}

/// Writes the class id (into the header, zeroed by the caller) and zeroes the fields.
///
/// # Safety
/// `obj` is an instance allocation of `instance_size(n_fields)` bytes.
unsafe fn init_instance(obj: *mut u8, class: i64, n_fields: usize) {
    // SAFETY: the class id lies in the header and the `n_fields` 8-aligned
    // field slots follow it.
    unsafe {
        obj.add(instance_object::CLASS_ID as usize).cast::<u32>().write(class as u32);
        zero_fields(obj.add(instance_object::FIELDS as usize).cast::<i64>(), n_fields);
    }
}

/// Zeroes `n` 8-byte field slots. Small counts are stores of a constant size,
/// which the compiler emits inline: a call to `memset` for the three fields
/// of a vector costs more than the stores.
///
/// # Safety
/// `fields` is 8-aligned and valid for `n` writes of 8 bytes.
unsafe fn zero_fields(fields: *mut i64, n: usize) {
    // SAFETY: forwarded from the caller: each arm writes exactly `n` slots.
    unsafe {
        match n {
            0 => {}
            1 => fields.cast::<[i64; 1]>().write([0; 1]),
            2 => fields.cast::<[i64; 2]>().write([0; 2]),
            3 => fields.cast::<[i64; 3]>().write([0; 3]),
            4 => fields.cast::<[i64; 4]>().write([0; 4]),
            _ => fields.write_bytes(0, n),
        }
    }
}

/// Frees an instance: releases its object fields, then its memory.
///
/// # Safety
/// `obj` points to a live instance nobody references any more.
pub unsafe fn dealloc_instance(obj: *mut u8) {
    // SAFETY: forwarded from the caller.
    let id = unsafe { class_id(obj) };
    // A corrupt id: leaking is the only safe thing to do.
    let Some(info) = CLASSES.with(Cell::get).get(id) else { return };
    let n_fields = info.fields.len();
    if info.object_fields.is_empty() && n_fields <= POOLED_FIELDS {
        // The common case of unboxed fields only (a `Vec` of floats), kept
        // free of calls so that it saves no registers.
        // SAFETY: the instance is dead and at least 16 bytes long.
        unsafe { push_free(obj, n_fields) };
        adjust_live_objects(-1);
        return;
    }
    // SAFETY: forwarded from the caller.
    unsafe { dealloc_instance_with_objects(obj, info) };
}

/// [`dealloc_instance`] for an instance with object fields or too many fields
/// to pool.
///
/// # Safety
/// As for [`dealloc_instance`]; `info` is the instance's class.
#[inline(never)]
unsafe fn dealloc_instance_with_objects(obj: *mut u8, info: &ClassInfo) {
    // SAFETY: forwarded from the caller.
    unsafe { release_object_fields(obj, &info.object_fields) };
    let n_fields = info.fields.len();
    if n_fields <= POOLED_FIELDS {
        // SAFETY: the instance is dead and at least 16 bytes long.
        unsafe { push_free(obj, n_fields) };
        adjust_live_objects(-1);
        return;
    }
    // SAFETY: allocated by `tp_instance_new` with this size.
    unsafe { free_object(obj, instance_size(n_fields)) };
}

/// Releases the object fields of a live instance, leaving them null (what
/// finishing a generator does to its frame, `generator.rs`).
///
/// # Safety
/// `obj` points to a live instance whose object fields nothing else reads now.
pub(crate) unsafe fn release_fields(obj: *mut u8) {
    // SAFETY: forwarded from the caller.
    let Some(info) = class_info(unsafe { class_id(obj) }) else { return };
    // SAFETY: each field is nulled before its reference is dropped, so no
    // field ever names a freed object.
    unsafe { release_object_fields(obj, &info.object_fields) };
}

/// Releases the object fields of a dead instance.
///
/// # Safety
/// `obj` is a dead instance whose class has object fields at `object_fields`.
unsafe fn release_object_fields(obj: *mut u8, object_fields: &[u32]) {
    for &i in object_fields {
        // SAFETY: the instance has one 8-aligned slot per field of its class;
        // an object slot holds null or a reference the instance owns.
        unsafe {
            let slot = obj.add(instance_object::field_offset(i) as usize).cast::<i64>();
            let bits = slot.read();
            slot.write(0);
            decref_slot(SlotKind::Obj, bits);
        }
    }
}

fn pop_free(n_fields: usize) -> Option<*mut u8> {
    if n_fields > POOLED_FIELDS {
        return None;
    }
    FREE_LISTS.with(|lists| {
        let head = lists[n_fields].get();
        if head.is_null() {
            return None;
        }
        // SAFETY: a list entry is a dead instance whose first 8 bytes hold
        // the next entry (written by `push_free`).
        let next = unsafe { head.cast::<*mut u8>().read() };
        lists[n_fields].set(next);
        Some(head)
    })
}

/// # Safety
/// `obj` is a dead instance of `n_fields <= POOLED_FIELDS` fields.
unsafe fn push_free(obj: *mut u8, n_fields: usize) {
    FREE_LISTS.with(|lists| {
        // SAFETY: the instance is dead; its first 8 bytes (the refcount) now
        // link the list.
        unsafe { obj.cast::<*mut u8>().write(lists[n_fields].get()) };
        lists[n_fields].set(obj);
    });
}

/// The qualified class name of an instance (`__main__.Point`).
///
/// # Safety
/// `obj` points to a live instance.
pub unsafe fn qualname(obj: *const u8) -> &'static str {
    // SAFETY: forwarded from the caller.
    let id = unsafe { class_id(obj) };
    CLASSES.with(Cell::get).get(id).map_or("object", |k| k.qualname)
}

/// `type(obj).__name__` of an instance (`Point`).
///
/// # Safety
/// `obj` points to a live instance.
pub unsafe fn type_name(obj: *const u8) -> &'static str {
    // SAFETY: forwarded from the caller.
    let q = unsafe { qualname(obj) };
    q.rsplit_once('.').map_or(q, |(_, name)| name)
}

/// Appends the default repr, `<__main__.Point object at 0x7f...>`.
///
/// # Safety
/// `obj` points to a live instance.
pub unsafe fn repr_into(out: &mut String, obj: *const u8) {
    // SAFETY: forwarded from the caller.
    if unsafe { crate::instance_callbacks::text_into(out, obj, taipan_abi::class_table::Special::Repr) } {
        return;
    }
    // SAFETY: forwarded from the caller.
    let q = unsafe { qualname(obj) };
    out.push_str(&format!("<{q} object at {obj:p}>"));
}

/// `tp_instance_repr(obj)`: the default repr of an instance, as a new str.
///
/// # Safety
/// `obj` points to a live instance.
#[no_mangle]
pub unsafe extern "C" fn tp_instance_repr(obj: *mut u8) -> *mut u8 {
    let mut out = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { repr_into(&mut out, obj) };
    new_str(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{live_objects, tp_decref};

    /// A class table of classes without subclasses or special methods.
    pub(crate) fn blob(classes: &[(&str, &[SlotKind])]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend((classes.len() as u32).to_ne_bytes());
        let first = class_table::first_record(classes.len());
        let mut records = Vec::new();
        for (i, (name, kinds)) in classes.iter().enumerate() {
            out.extend(((first + records.len()) as u32).to_ne_bytes());
            records.extend((kinds.len() as u32).to_ne_bytes());
            records.extend((name.len() as u32).to_ne_bytes());
            records.extend((i as u32 + 1).to_ne_bytes());
            records.extend(0u32.to_ne_bytes());
            records.extend([0u8; class_table::ENTRY * class_table::SPECIAL_COUNT]);
            records.extend(kinds.iter().map(|k| *k as u8));
            records.extend(name.as_bytes());
            records.resize(records.len().div_ceil(8) * 8, 0);
        }
        out.resize(first, 0);
        out.extend(records);
        out
    }

    #[test]
    fn table_round_trips_and_instances_release_fields() {
        let table = blob(&[("__main__.P", &[SlotKind::Float, SlotKind::Obj]), ("__main__.Q", &[])]);
        let leaked: &'static [u8] = Box::leak(table.into_boxed_slice());
        // SAFETY: a well-formed table that lives for the program.
        unsafe {
            assert_eq!(table_len(leaked.as_ptr()), leaked.len());
            tp_register_classes(leaked.as_ptr());
        }
        let before = live_objects();
        let inner = tp_instance_new(1);
        let outer = tp_instance_new(0);
        // SAFETY: `outer` has two fields; the second takes over `inner`'s reference.
        unsafe {
            outer.add(instance_object::field_offset(1) as usize).cast::<*mut u8>().write(inner);
            assert_eq!(qualname(outer), "__main__.P");
            assert_eq!(type_name(inner), "Q");
            let mut s = String::new();
            repr_into(&mut s, inner);
            assert!(s.starts_with("<__main__.Q object at 0x"), "{s}");
            tp_decref(outer);
        }
        assert_eq!(live_objects(), before);
    }
}
