//! Type codes: what `tp_type_code` answers about a value of a union type
//! (`int | str`, `Leaf | Node | None`), so compiled code tells the members
//! apart with integer range tests. Every member of a union is one pointer
//! (None null, numbers boxed), and the header's tag (plus, for a box, its
//! value kind, and for an instance, its class id) says which member it is.

/// `None` (the null pointer).
pub const NONE: i64 = 0;
/// A boxed `int`.
pub const INT: i64 = 1;
/// A boxed `float`.
pub const FLOAT: i64 = 2;
/// A boxed `bool`.
pub const BOOL: i64 = 3;
pub const STR: i64 = 4;
pub const LIST: i64 = 5;
pub const TUPLE: i64 = 6;
pub const DICT: i64 = 7;
pub const SET: i64 = 8;
pub const DEQUE: i64 = 9;
/// An exception object (of any class).
pub const EXCEPTION: i64 = 10;
/// Anything else (a `random.Random`).
pub const OTHER: i64 = 11;
/// An instance of user class `id` has the code `INSTANCE + id`, so the
/// instances of a class and its subclasses (consecutive ids) are one range.
pub const INSTANCE: i64 = 16;
