//! What compiled code asks of a value of a union type (`int | str`,
//! `Leaf | Node | None`): which member it is (`tp_type_code`, for
//! `isinstance` and `type(x) is`) and its truth (`tp_truth_obj`). Every member
//! is one pointer: None is null, a number is a box (`optional_box.rs`), the
//! other members are their own objects, so the header says which one it is.
//! (`repr`, `str`, `==` and `hash` of a union value are the generic slot
//! operations, which already see through boxes.)

use taipan_abi::{instance_object, num, object, type_code, ObjTag, SlotKind};

use crate::ffi_result::I64Result;
use crate::instance_callbacks::instance_truth;
use crate::object::{header_kind_a, header_tag};

/// The 8-byte value of a box.
///
/// # Safety
/// `x` points to a live box.
unsafe fn boxed_bits(x: *mut u8) -> i64 {
    // SAFETY: a box holds its 8-byte value at `VALUE`, 8-aligned.
    unsafe { x.add(taipan_abi::boxed_scalar::VALUE as usize).cast::<i64>().read() }
}

/// `tp_type_code(x)`: the `type_code` of a union value (borrowed, maybe null).
///
/// # Safety
/// `x` is null or points to a live object.
#[no_mangle]
pub unsafe extern "C" fn tp_type_code(x: *mut u8) -> i64 {
    if x.is_null() {
        return type_code::NONE;
    }
    // SAFETY: `x` is a live object (caller), so its header is readable.
    let tag = unsafe { header_tag(x) };
    match tag {
        // SAFETY: as above; a box's `KIND_A` is its value's kind.
        Some(ObjTag::Box) => match unsafe { header_kind_a(x) } {
            SlotKind::Float => type_code::FLOAT,
            SlotKind::Bool => type_code::BOOL,
            // A num is the int or the float it holds.
            // SAFETY: a box holds its 8-byte value at `VALUE`.
            SlotKind::Num => match unsafe { boxed_bits(x) } {
                bits if num::is_int(bits as u64) => type_code::INT,
                _ => type_code::FLOAT,
            },
            _ => type_code::INT,
        },
        Some(ObjTag::Str) => type_code::STR,
        Some(ObjTag::List) => type_code::LIST,
        Some(ObjTag::Tuple) => type_code::TUPLE,
        Some(ObjTag::Dict) => type_code::DICT,
        Some(ObjTag::Set) => type_code::SET,
        Some(ObjTag::Deque) => type_code::DEQUE,
        Some(ObjTag::Exception) => type_code::EXCEPTION,
        Some(ObjTag::Instance) => {
            // SAFETY: an instance keeps its class id (u32) at `CLASS_ID`,
            // inside its header.
            let id = unsafe { x.add(instance_object::CLASS_ID as usize).cast::<u32>().read() };
            type_code::INSTANCE + i64::from(id)
        }
        _ => type_code::OTHER,
    }
}

/// `tp_truth_obj(x)`: the truth of a union value (borrowed, maybe null) as
/// 0/1; raises what an instance's `__bool__`/`__len__` raises.
///
/// # Safety
/// `x` is null or points to a live object.
#[no_mangle]
pub unsafe extern "C" fn tp_truth_obj(x: *mut u8) -> I64Result {
    if x.is_null() {
        return I64Result { val: 0, err: 0 };
    }
    // SAFETY: `x` is a live object (caller).
    let truth = match unsafe { header_tag(x) } {
        // SAFETY: a box holds its 8-byte value at `VALUE`, of its `KIND_A`.
        Some(ObjTag::Box) => unsafe {
            let bits = boxed_bits(x);
            match header_kind_a(x) {
                SlotKind::Float => f64::from_bits(bits as u64) != 0.0,
                // An int num 0 is 0.0 as a float: false either way.
                SlotKind::Num => num::to_f64(bits as u64) != 0.0,
                _ => bits != 0,
            }
        },
        // Strs and containers keep their length (bytes, for a str: zero
        // exactly when empty) at offset 16.
        Some(ObjTag::Str | ObjTag::List | ObjTag::Tuple | ObjTag::Dict | ObjTag::Set | ObjTag::Deque) => {
            // SAFETY: each of these layouts has an i64 length right after the header.
            unsafe { x.add(object::HEADER_SIZE as usize).cast::<i64>().read() != 0 }
        }
        Some(ObjTag::Instance) => {
            // SAFETY: `x` is a live instance.
            let res = unsafe { instance_truth(x) };
            crate::instance_callbacks::clear_failure();
            return I64Result::from(res.map(i64::from));
        }
        _ => true,
    };
    I64Result { val: i64::from(truth), err: 0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::tp_decref;
    use crate::optional_box::{tp_box_bool, tp_box_float, tp_box_int};
    use crate::str_object::new_str;

    #[test]
    fn type_codes_and_truth_follow_the_member() {
        let (i, f, b, s, e) = (tp_box_int(0), tp_box_float(-0.5), tp_box_bool(1), new_str("x"), new_str(""));
        // SAFETY: live objects (and null), each released once.
        unsafe {
            assert_eq!(tp_type_code(std::ptr::null_mut()), type_code::NONE);
            assert_eq!(tp_type_code(i), type_code::INT);
            assert_eq!(tp_type_code(f), type_code::FLOAT);
            assert_eq!(tp_type_code(b), type_code::BOOL);
            assert_eq!(tp_type_code(s), type_code::STR);
            let truths: Vec<i64> = [std::ptr::null_mut(), i, f, b, s, e].iter().map(|x| tp_truth_obj(*x).val).collect();
            assert_eq!(truths, vec![0, 0, 1, 1, 1, 0]);
            for obj in [i, f, b, s, e] {
                tp_decref(obj);
            }
        }
    }
}
