//! Generator objects (layout `taipan_abi::generator_frame`): advancing one
//! runs its resume function, which the compiler made from the generator
//! function's body.
//!
//! A generator object is an instance of a class the compiler adds per
//! generator function; its fields hold the resume function, the state, the
//! last element and the suspended frame's locals, so freeing it (or
//! finishing it, below) releases what the frame held, like any instance.

use taipan_abi::generator_frame::{FINISHED, FIRST_LOCAL, RESUME, RUNNING, STATE, VALUE};
use taipan_abi::{instance_object, ErrCode, ExcKind};

use crate::exceptions::{add_traceback_entry, raise, raise_code, take_pending, tp_exc_matches, ExcType};
use crate::ffi_result::I64Result;
use crate::list_ops::KeyFn;
use crate::object::{decref_slot, incref_slot};

/// The address of field `index` of an instance.
///
/// # Safety
/// `frame` points to a live instance with more than `index` fields.
unsafe fn field(frame: *mut u8, index: u32) -> *mut i64 {
    // SAFETY: forwarded from the caller; fields are 8-aligned slots.
    unsafe { frame.add(instance_object::field_offset(index) as usize).cast::<i64>() }
}

/// `tp_gen_advance(g)`: runs generator `g` (borrowed) to its next `yield`.
/// 1: it yielded, and the element is in its `VALUE` field (borrowed by the
/// caller until the next advance); 0: it is finished (now or before). An
/// exception the body raises propagates (the generator is then finished); a
/// generator advanced from inside its own body raises
/// `ValueError: generator already executing`, as CPython's does.
///
/// # Safety
/// `g` points to a live generator object made by compiled code.
#[no_mangle]
pub unsafe extern "C" fn tp_gen_advance(g: *mut u8) -> I64Result {
    // SAFETY: a generator object has the `generator_frame` fields.
    let (state, resume) = unsafe { (field(g, STATE).read(), field(g, RESUME).read()) };
    if state == FINISHED {
        return I64Result { val: 0, err: 0 };
    }
    if state == RUNNING || resume == 0 {
        raise_code(ErrCode::GeneratorAlreadyExecuting);
        return I64Result { val: 0, err: 1 };
    }
    // SAFETY: the state field is ours to write (see above).
    unsafe { field(g, STATE).write(RUNNING) };
    // SAFETY: compiled code stores the address of the generator's resume
    // function, which has the key-function signature (slot ABI), here.
    let resume: KeyFn = unsafe { std::mem::transmute::<usize, KeyFn>(resume as usize) };
    // SAFETY: the resume function takes the frame (borrowed) and its state.
    let result = unsafe { resume(g, state) };
    if result.err != 0 || result.val == 0 {
        if result.err != 0 {
            stop_iteration_to_runtime_error();
        }
        // SAFETY: `g` is live (the caller holds it).
        unsafe { finish(g) };
        return I64Result { val: 0, err: result.err };
    }
    I64Result { val: 1, err: 0 }
}

/// Marks a generator finished and releases what its frame held (its last
/// element and locals), as CPython clears a finished generator's frame.
///
/// # Safety
/// `g` points to a live generator object.
unsafe fn finish(g: *mut u8) {
    // SAFETY: forwarded from the caller.
    unsafe {
        field(g, STATE).write(FINISHED);
        crate::instance::release_fields(g);
    }
}

/// A `StopIteration` escaping a generator's body becomes
/// `RuntimeError: generator raised StopIteration` (PEP 479), so that it
/// cannot pass for the generator's end; the traceback is kept.
fn stop_iteration_to_runtime_error() {
    if tp_exc_matches(ExcKind::StopIteration as i64) == 0 {
        return;
    }
    let Some(stop) = take_pending() else { return };
    raise(ExcType::Builtin(ExcKind::RuntimeError), "generator raised StopIteration");
    for entry in &stop.traceback {
        add_traceback_entry(entry.func_name.clone(), entry.line);
    }
}

/// A list iterator (`iter(xs)`) is a generator object whose resume function
/// is [`list_iter_resume`], with two more fields: the list (an object) and
/// the next index. Its class (fields `Int, Int, <element kind>, Obj, Int`,
/// then two ints only `iterable_ops.rs` uses) is one the compiler adds per
/// element kind.
const LIST: u32 = FIRST_LOCAL;
const INDEX: u32 = FIRST_LOCAL + 1;

/// `tp_list_iter_new(class, xs)`: a new list iterator over `xs` (borrowed)
/// of frame class `class`: it yields `xs[0]`, `xs[1]`, ... reading the list
/// at each step (so it sees appends), as CPython's list iterator does.
///
/// # Safety
/// `xs` is a live list; `class` is a list iterator class of its element kind.
#[no_mangle]
pub unsafe extern "C" fn tp_list_iter_new(class: i64, xs: *mut u8) -> *mut u8 {
    let it = crate::instance::tp_instance_new(class);
    // SAFETY: the class has the list iterator's fields; the iterator takes
    // a reference to the list.
    unsafe {
        field(it, RESUME).write(list_iter_resume as *const () as usize as i64);
        crate::object::tp_incref(xs);
        field(it, LIST).write(xs as i64);
    }
    it
}

/// The resume function of a list iterator: the next element into `VALUE`.
///
/// # Safety
/// `frame` is a live list iterator (made by [`tp_list_iter_new`]).
unsafe extern "C" fn list_iter_resume(frame: *const u8, _state: i64) -> I64Result {
    let frame = frame.cast_mut();
    // SAFETY: a list iterator's fields (see above); its list is alive while
    // it holds it.
    unsafe {
        let list = crate::list_ops::List::from_obj(field(frame, LIST).read() as usize as *mut u8);
        let index = field(frame, INDEX).read();
        if index < 0 || index as usize >= list.len() {
            return I64Result { val: 0, err: 0 };
        }
        let bits = list.get(index as usize);
        incref_slot(list.kind(), bits);
        let old = field(frame, VALUE).read();
        field(frame, VALUE).write(bits);
        decref_slot(list.kind(), old);
        field(frame, INDEX).write(index + 1);
        field(frame, STATE).write(1);
    }
    I64Result { val: 1, err: 0 }
}
