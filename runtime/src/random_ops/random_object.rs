//! `random.Random` objects (`taipan_abi::random_object`): a refcounted
//! object owning a generator of its own, boxed on the Rust heap (2.5 KB of
//! Mersenne Twister state has no place in the small-object pools).

use taipan_abi::{random_object, ObjTag, SlotKind};

use super::RandomState;
use crate::object::{alloc_object, free_object};

/// A new `Random` object holding `state`.
pub(super) fn new_random(state: RandomState) -> *mut u8 {
    let obj = alloc_object(random_object::SIZE, ObjTag::Random, SlotKind::None, SlotKind::None);
    let state = Box::into_raw(Box::new(state));
    // SAFETY: a fresh object of `SIZE` bytes; `STATE` is an 8-aligned offset in it.
    unsafe { obj.add(random_object::STATE as usize).cast::<*mut RandomState>().write(state) };
    obj
}

/// The generator a `Random` object owns.
///
/// # Safety
/// `obj` is a live `Random` object, and no other reference to its state is
/// alive while the result is (the runtime runs no callback while drawing).
pub(super) unsafe fn state_of<'a>(obj: *mut u8) -> &'a mut RandomState {
    // SAFETY: the caller guarantees a live Random object, whose `STATE`
    // field holds the pointer `new_random` boxed, and exclusive use.
    unsafe { &mut *obj.add(random_object::STATE as usize).cast::<*mut RandomState>().read() }
}

/// Frees a `Random` object whose count reached zero, and its generator.
///
/// # Safety
/// `obj` is a `Random` object nobody references any more.
pub unsafe fn dealloc_random(obj: *mut u8) {
    // SAFETY: the state pointer came from `Box::into_raw` in `new_random`
    // and is dropped only here, once; the object was allocated with `SIZE`.
    unsafe {
        drop(Box::from_raw(obj.add(random_object::STATE as usize).cast::<*mut RandomState>().read()));
        free_object(obj, random_object::SIZE);
    }
}
