//! Operations on a value of any kind ([`Value`]: a slot decoded by its
//! `SlotKind`): `repr()`, `str()`, `==` and the orderings `< <= > >=`, as CPython
//! defines them for ints, floats, bools, None, and per object type by tag.
//! (`hash()` is in `hash`.) Containers use these on their elements, so
//! `repr([1, 'a'])` and `(1, 2.0) == (1, 2)` come out as in CPython.

use std::cmp::Ordering;
use std::fmt::Write as _;

use taipan_abi::ObjTag;

use crate::exceptions::Exc;
use crate::ffi_result::I64Result;
use crate::float_repr::float_repr;
use crate::int_ops::int_float_cmp;
use crate::object::{header_tag, slot_kind_or_none, Value};
use crate::optional_box::unboxed;
use crate::str_object::{new_str, str_bytes, str_text};
use crate::str_repr::push_str_repr;

/// `type(v).__name__`, as error messages print it.
///
/// # Safety
/// An object value points to a live object.
pub unsafe fn type_name(value: Value) -> &'static str {
    // SAFETY: forwarded from the caller.
    match unsafe { unboxed(value) } {
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Bool(_) => "bool",
        Value::None => "NoneType",
        Value::Obj(obj) if obj.is_null() => "NoneType",
        // SAFETY: forwarded from the caller.
        Value::Obj(obj) => match unsafe { header_tag(obj) } {
            // SAFETY: forwarded from the caller.
            Some(ObjTag::Instance) => unsafe { crate::instance::type_name(obj) },
            // SAFETY: forwarded from the caller.
            Some(ObjTag::Exception) => unsafe { crate::exception_object::class_name(obj) },
            tag => tag.map_or("object", ObjTag::type_name),
        },
    }
}

/// Appends `repr(v)` to `out`.
///
/// # Safety
/// An object value points to a live object (and so do the objects it holds).
pub unsafe fn repr_into(out: &mut String, value: Value) {
    // SAFETY: forwarded from the caller.
    match unsafe { unboxed(value) } {
        // Writing to a String cannot fail.
        Value::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Value::Float(x) => out.push_str(&float_repr(x)),
        Value::Bool(b) => out.push_str(if b { "True" } else { "False" }),
        Value::None => out.push_str("None"),
        // SAFETY: forwarded from the caller.
        Value::Obj(obj) => unsafe { object_repr_into(out, obj) },
    }
}

/// # Safety
/// `obj` is null or a live object.
unsafe fn object_repr_into(out: &mut String, obj: *mut u8) {
    // A null object slot is `None` (an `Optional` value).
    if obj.is_null() {
        out.push_str("None");
        return;
    }
    // SAFETY: `obj` is live; each arm reads an object of its tag.
    match unsafe { header_tag(obj) } {
        Some(ObjTag::Str) => push_str_repr(out, unsafe { str_text(obj) }),
        Some(ObjTag::List) => unsafe { crate::list_ops::list_repr_into(out, obj) },
        Some(ObjTag::Tuple) => unsafe { crate::tuple_ops::tuple_repr_into(out, obj) },
        Some(ObjTag::Dict) => unsafe { crate::dict_ops::dict_repr_into(out, obj) },
        Some(ObjTag::Set) => unsafe { crate::set_ops::set_repr_into(out, obj) },
        Some(ObjTag::Exception) => unsafe { crate::exception_object::repr_exception_into(out, obj) },
        Some(ObjTag::Instance) => unsafe { crate::instance::repr_into(out, obj) },
        Some(ObjTag::Box) => unsafe { repr_into(out, unboxed(Value::Obj(obj))) },
        Some(ObjTag::Deque) => unsafe { crate::deque_ops::deque_repr_into(out, obj) },
        Some(ObjTag::Random) => out.push_str(&format!("<random.Random object at {obj:p}>")),
        Some(ObjTag::Range) => out.push_str(&crate::range_ops::repr(unsafe { crate::range_ops::bounds_of(obj) })),
        None => out.push_str("<object>"),
    }
}

/// Appends `str(v)` to `out`: the text itself for a str, else the repr (which
/// is what `str()` of every other supported type is).
///
/// # Safety
/// As for [`repr_into`].
pub unsafe fn str_into(out: &mut String, value: Value) {
    match value {
        // SAFETY: forwarded from the caller.
        Value::Obj(obj) if !obj.is_null() && unsafe { header_tag(obj) } == Some(ObjTag::Str) => {
            out.push_str(unsafe { str_text(obj) })
        }
        // SAFETY: forwarded from the caller.
        Value::Obj(obj)
            if !obj.is_null()
                && unsafe { header_tag(obj) } == Some(ObjTag::Instance)
                && unsafe { crate::instance_callbacks::text_into(out, obj, taipan_abi::class_table::Special::Str) } => {}
        // SAFETY: forwarded from the caller.
        Value::Obj(obj) if !obj.is_null() && unsafe { header_tag(obj) } == Some(ObjTag::Exception) => {
            out.push_str(unsafe { crate::exception_object::text(obj) })
        }
        // SAFETY: forwarded from the caller.
        _ => unsafe { repr_into(out, value) },
    }
}

/// `a == b`. Numbers compare by value across int, float and bool; an object
/// equals itself, otherwise it is compared by its type's `==`.
///
/// Known difference: CPython's container comparisons treat an element as equal
/// to itself even when it is a NaN float object; unboxed NaN floats never are.
///
/// # Safety
/// Object values point to live objects.
pub unsafe fn values_eq(a: Value, b: Value) -> bool {
    use Value::*;
    // SAFETY: forwarded from the caller.
    match unsafe { (unboxed(a), unboxed(b)) } {
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(n), Bool(b)) | (Bool(b), Int(n)) => n == i64::from(b),
        (Float(x), Float(y)) => x == y,
        (Int(n), Float(x)) | (Float(x), Int(n)) => int_float_cmp(n, x) == 0,
        (Bool(b), Float(x)) | (Float(x), Bool(b)) => f64::from(u8::from(b)) == x,
        (None, None) => true,
        // SAFETY: forwarded from the caller.
        (Obj(p), Obj(q)) => unsafe { objects_eq(p, q) },
        _ => false,
    }
}

/// # Safety
/// `p` and `q` are null or live objects.
unsafe fn objects_eq(p: *mut u8, q: *mut u8) -> bool {
    if p == q {
        return true;
    }
    if p.is_null() || q.is_null() {
        return false;
    }
    // SAFETY: both are live objects; each arm reads objects of its tag.
    unsafe {
        let tag = header_tag(p);
        if tag != header_tag(q) {
            return false;
        }
        match tag {
            Some(ObjTag::Str) => str_bytes(p) == str_bytes(q),
            // A deque reads as a list (`deque_ops.rs`).
            Some(ObjTag::List | ObjTag::Deque) => crate::list_ops::list_eq(p, q),
            Some(ObjTag::Tuple) => crate::tuple_ops::tuple_eq(p, q),
            Some(ObjTag::Dict) => crate::dict_ops::dict_eq(p, q),
            Some(ObjTag::Set) => crate::set_ops::set_eq(p, q),
            Some(ObjTag::Instance) => crate::instance_callbacks::instances_eq(p, q),
            Some(ObjTag::Box) => values_eq(unboxed(Value::Obj(p)), unboxed(Value::Obj(q))),
            Some(ObjTag::Range) => crate::range_ops::equal(crate::range_ops::bounds_of(p), crate::range_ops::bounds_of(q)),
            // Exceptions and generators compare by identity (checked above).
            Some(ObjTag::Exception | ObjTag::Random) | None => false,
        }
    }
}

/// An ordering comparison. The discriminant is what compiled code passes to
/// `tp_compare_slot`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Gt = 2,
    Ge = 3,
}

impl CompareOp {
    pub fn from_i64(n: i64) -> Option<CompareOp> {
        [CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge].into_iter().find(|op| *op as i64 == n)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// Whether `a op b` holds when `a.cmp(b)` is `ordering` (`None`: unordered,
    /// as with a NaN, where every ordering comparison is false).
    pub fn holds(self, ordering: Option<Ordering>) -> bool {
        let Some(ordering) = ordering else { return false };
        match self {
            CompareOp::Lt => ordering.is_lt(),
            CompareOp::Le => ordering.is_le(),
            CompareOp::Gt => ordering.is_gt(),
            CompareOp::Ge => ordering.is_ge(),
        }
    }
}

/// `TypeError: '<' not supported between instances of 'dict' and 'dict'`.
///
/// # Safety
/// Object values point to live objects.
pub unsafe fn unorderable(a: Value, b: Value, op: CompareOp) -> Exc {
    // SAFETY: forwarded from the caller.
    let (a_name, b_name) = unsafe { (type_name(a), type_name(b)) };
    Exc::type_error(format!(
        "'{}' not supported between instances of '{a_name}' and '{b_name}'",
        op.symbol()
    ))
}

/// The numeric ordering of two numbers (`None` when one is a NaN), or `Err(())`
/// when the values are not both numbers.
fn numeric_ordering(a: Value, b: Value) -> Result<Option<Ordering>, ()> {
    use Value::*;
    let as_int = |v: Value| match v {
        Int(n) => Some(n),
        Bool(b) => Some(i64::from(b)),
        _ => Option::None,
    };
    match (a, b) {
        (Float(x), Float(y)) => Ok(x.partial_cmp(&y)),
        (Float(x), other) => match as_int(other) {
            Some(n) => Ok(ordering_of_int_float_cmp(int_float_cmp(n, x)).map(Ordering::reverse)),
            Option::None => Err(()),
        },
        (other, Float(x)) => match as_int(other) {
            Some(n) => Ok(ordering_of_int_float_cmp(int_float_cmp(n, x))),
            Option::None => Err(()),
        },
        _ => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => Ok(Some(x.cmp(&y))),
            _ => Err(()),
        },
    }
}

/// `int_float_cmp`'s -1/0/1 (2: NaN) as an ordering.
fn ordering_of_int_float_cmp(cmp: i64) -> Option<Ordering> {
    match cmp {
        -1 => Some(Ordering::Less),
        0 => Some(Ordering::Equal),
        1 => Some(Ordering::Greater),
        _ => None,
    }
}

/// `a op b` for an ordering `op`, with CPython's `TypeError` for values that
/// have no order (None, dicts, mixed types).
///
/// # Safety
/// Object values point to live objects.
pub unsafe fn compare(a: Value, b: Value, op: CompareOp) -> Result<bool, Exc> {
    // SAFETY: forwarded from the caller.
    let (a, b) = unsafe { (unboxed(a), unboxed(b)) };
    if let Ok(ordering) = numeric_ordering(a, b) {
        return Ok(op.holds(ordering));
    }
    if let (Value::Obj(p), Value::Obj(q)) = (a, b) {
        if !p.is_null() && !q.is_null() {
            // SAFETY: both are live objects; each arm reads objects of its tag.
            unsafe {
                let tag = header_tag(p);
                if tag == header_tag(q) {
                    match tag {
                        Some(ObjTag::Str) => return Ok(op.holds(Some(str_bytes(p).cmp(str_bytes(q))))),
                        Some(ObjTag::List | ObjTag::Deque) => {
                            return crate::list_ops::List::from_obj(p).compare(crate::list_ops::List::from_obj(q), op)
                        }
                        Some(ObjTag::Tuple) => {
                            return crate::tuple_ops::Tuple::from_obj(p).compare(crate::tuple_ops::Tuple::from_obj(q), op)
                        }
                        Some(ObjTag::Set) => return Ok(crate::set_ops::set_compare(p, q, op)),
                        Some(ObjTag::Instance) => {
                            if let Some(res) = crate::instance_callbacks::instances_compare(p, q, op) {
                                return res;
                            }
                        }
                        // Boxes were unboxed above.
                        Some(ObjTag::Dict | ObjTag::Exception | ObjTag::Box | ObjTag::Random | ObjTag::Range) | None => {}
                    }
                }
            }
        }
    }
    // SAFETY: forwarded from the caller.
    Err(unsafe { unorderable(a, b, op) })
}

/// Lexicographic `a op b` of two sequences given by length and item getter, as
/// CPython's list and tuple comparisons: the first pair of items that are not
/// `==` decides, else the lengths do.
///
/// # Safety
/// The getters return values whose objects are live.
pub unsafe fn compare_sequences(
    len_a: usize,
    len_b: usize,
    item_a: impl Fn(usize) -> Value,
    item_b: impl Fn(usize) -> Value,
    op: CompareOp,
) -> Result<bool, Exc> {
    for index in 0..len_a.min(len_b) {
        let (x, y) = (item_a(index), item_b(index));
        // SAFETY: forwarded from the caller.
        unsafe {
            if !values_eq(x, y) {
                return compare(x, y, op);
            }
        }
    }
    Ok(op.holds(Some(len_a.cmp(&len_b))))
}

/// `tp_repr_slot(kind, bits)`: `repr()` of a slot of `kind`, as a new str.
///
/// # Safety
/// An object slot holds a live object.
#[no_mangle]
pub unsafe extern "C" fn tp_repr_slot(kind: i64, bits: i64) -> *mut u8 {
    let mut out = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { repr_into(&mut out, Value::from_slot(slot_kind_or_none(kind), bits)) };
    new_str(&out)
}

/// `tp_str_slot(kind, bits)`: `str()` of a slot of `kind`, as a new str (a str
/// argument comes back as a new reference to itself).
///
/// # Safety
/// An object slot holds a live object.
#[no_mangle]
pub unsafe extern "C" fn tp_str_slot(kind: i64, bits: i64) -> *mut u8 {
    let value = Value::from_slot(slot_kind_or_none(kind), bits);
    if let Value::Obj(obj) = value {
        // SAFETY: forwarded from the caller.
        if !obj.is_null() && unsafe { header_tag(obj) } == Some(ObjTag::Str) {
            // SAFETY: a live object; the caller gets a new reference.
            unsafe { crate::object::tp_incref(obj) };
            return obj;
        }
    }
    let mut out = String::new();
    // SAFETY: forwarded from the caller.
    unsafe { str_into(&mut out, value) };
    new_str(&out)
}

/// `tp_eq_slot(kind, a, b)`: `a == b` for two slots of `kind`, as 0/1.
///
/// # Safety
/// Object slots hold live objects.
#[no_mangle]
pub unsafe extern "C" fn tp_eq_slot(kind: i64, a: i64, b: i64) -> u8 {
    let kind = slot_kind_or_none(kind);
    // SAFETY: forwarded from the caller.
    unsafe { values_eq(Value::from_slot(kind, a), Value::from_slot(kind, b)) }.into()
}

/// `tp_compare_slot(kind, a, b, op)`: `a op b` (`op`: a `CompareOp`) for two
/// slots of `kind`, as 0/1; raises `TypeError` for unorderable values.
///
/// # Safety
/// Object slots hold live objects.
#[no_mangle]
pub unsafe extern "C" fn tp_compare_slot(kind: i64, a: i64, b: i64, op: i64) -> I64Result {
    let kind = slot_kind_or_none(kind);
    let Some(op) = CompareOp::from_i64(op) else {
        return I64Result::from(Err(Exc::new(
            taipan_abi::ExcKind::RuntimeError,
            format!("taipan: unknown comparison operator {op}"),
        )));
    };
    // SAFETY: forwarded from the caller.
    let res = unsafe { compare(Value::from_slot(kind, a), Value::from_slot(kind, b), op) };
    I64Result::from(res.map(i64::from))
}
