//! The HIR of user classes: what lowering needs to know about each class
//! (its field slots, and the methods `print`/`str`/`repr` call), and how a
//! method call dispatches on the receiver's class.

use crate::hir::FuncId;
use crate::types::{ClassId, Ty, UserExc};

/// A user class. Its id is its index in `Module::classes`: classes are
/// numbered in preorder of the inheritance tree, so the subclasses of a class
/// (itself included) have the contiguous ids `id .. id + descendants`.
#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub id: ClassId,
    /// `__main__.Point`, as the default repr prints it.
    pub qualname: String,
    /// Every field, inherited ones first; field `i` is slot `i` of an instance.
    pub fields: Vec<Field>,
    /// What `str()` of an instance whose static class is this one calls.
    pub str_method: TextMethod,
    /// What `repr()` calls.
    pub repr_method: TextMethod,
    /// For an exception class: which one. Its instances are exception
    /// objects (`taipan_abi::exception_object`) whose fields follow the
    /// exception's own, and `str_method` is its `__str__` (else the
    /// runtime's `BaseException.__str__`).
    pub exception: Option<&'static UserExc>,
    /// What the runtime needs to call back (`runtime_specials.rs`).
    pub runtime: RuntimeSpecials,
}

/// The special methods the runtime calls back for instances of exactly one
/// class, and how it hashes and tests them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RuntimeSpecials {
    /// One past the last id of the class's subclasses.
    pub end: u32,
    /// By `taipan_abi::class_table::Special`; inherited ones included.
    pub methods: [Option<RuntimeSpecial>; taipan_abi::class_table::SPECIAL_COUNT],
    /// `__hash__` is `None`: hashing an instance raises `TypeError`.
    pub unhashable: bool,
    /// The hash is that of the tuple of the fields (a frozen dataclass's
    /// generated `__hash__`).
    pub hash_fields: bool,
    /// Its runtime `__eq__` takes `other: object`: it returns 0, 1 or
    /// `class_table::EQ_NOT_IMPLEMENTED`.
    pub eq_tristate: bool,
    /// The same for its runtime `__ne__`.
    pub ne_tristate: bool,
    /// Some class in `id .. end` has `__bool__` or `__len__`: the truth of
    /// an instance of this static class is not always true.
    pub custom_truth: bool,
}

/// A special method the runtime calls: the method, and for a comparison the
/// class ids its `other` parameter accepts (`lo .. hi`; the runtime treats
/// other operands as if the method returned `NotImplemented`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuntimeSpecial {
    pub func: FuncId,
    pub other: (u32, u32),
}

/// The function `str()` or `repr()` calls for an instance, per run-time
/// class: `__str__` (for `str`, else `__repr__`), or `None` for the default
/// `<__main__.C object at 0x...>`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextMethod {
    pub func: Option<FuncId>,
    /// Receivers whose class id is in `lo..hi` use the function given
    /// (first match wins), as for [`Override`].
    pub overrides: Vec<(u32, u32, Option<FuncId>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
}

/// A method as seen through a receiver of a static class: the function the
/// class itself uses, and the overrides of subclasses (empty: a direct call).
#[derive(Clone, Debug, PartialEq)]
pub struct MethodRef {
    pub func: FuncId,
    pub overrides: Vec<Override>,
}

/// Receivers whose class id is in `lo..hi` call `func`. Overrides are listed
/// most specific first: the first match wins, `MethodRef::func` otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Override {
    pub lo: u32,
    pub hi: u32,
    pub func: FuncId,
}
