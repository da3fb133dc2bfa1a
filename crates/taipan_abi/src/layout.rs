//! Object layouts and symbol names shared by compiled code and the runtime.

/// Refcount value of an immortal object (literals, other constants): never
/// incremented, decremented or freed.
pub const IMMORTAL_REFCNT: i64 = -1;

/// The header every heap object starts with (16 bytes).
///
/// Ownership rule for compiled code and the runtime alike: a runtime function
/// *borrows* its object arguments and returns a *new* reference; a container
/// takes its own reference to every object stored in it. Refcounts are not
/// atomic: a program runs on one thread (an extension module under the GIL).
pub mod object {
    /// i64: reference count, or `IMMORTAL_REFCNT`.
    pub const REFCNT: i32 = 0;
    /// u8: the object's `ObjTag`.
    pub const TAG: i32 = 8;
    /// u8: `SlotKind` of the elements (list, set) or keys (dict).
    pub const KIND_A: i32 = 9;
    /// u8: `SlotKind` of the values (dict).
    pub const KIND_B: i32 = 10;
    /// Size of the header; an object's own fields start here.
    pub const HEADER_SIZE: i32 = 16;
}

/// What a heap object is (the header's `TAG` byte).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ObjTag {
    Str = 1,
    List = 2,
    Tuple = 3,
    Dict = 4,
    Set = 5,
    /// An instance of a user class (layout: `instance_object`).
    Instance = 6,
    /// An exception object (layout: `exception_object`).
    Exception = 7,
}

impl ObjTag {
    pub const ALL: &'static [ObjTag] =
        &[ObjTag::Str, ObjTag::List, ObjTag::Tuple, ObjTag::Dict, ObjTag::Set, ObjTag::Instance, ObjTag::Exception];

    /// The tag whose header byte is `n`.
    pub fn from_u8(n: u8) -> Option<ObjTag> {
        Self::ALL.iter().copied().find(|tag| *tag as u8 == n)
    }

    /// The Python type name (`type(x).__name__`), as error messages print it.
    pub fn type_name(self) -> &'static str {
        match self {
            ObjTag::Str => "str",
            ObjTag::List => "list",
            ObjTag::Tuple => "tuple",
            ObjTag::Dict => "dict",
            ObjTag::Set => "set",
            // The class name is in the class table; this is only a fallback.
            ObjTag::Instance => "object",
            // The exception's own kind names it; this is only a fallback.
            ObjTag::Exception => "BaseException",
        }
    }
}

/// How a value of a static type is stored in an 8-byte slot (container
/// elements, tuple fields, `AbiType::Slot` arguments of runtime functions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum SlotKind {
    /// i64.
    Int = 0,
    /// The f64's bit pattern.
    Float = 1,
    /// 0 or 1. (In a list, one byte per element: see `list_object`.)
    Bool = 2,
    /// Always 0.
    None = 3,
    /// A pointer to a heap object (refcounted; its header's tag says what it is).
    Obj = 4,
}

impl SlotKind {
    pub const ALL: &'static [SlotKind] =
        &[SlotKind::Int, SlotKind::Float, SlotKind::Bool, SlotKind::None, SlotKind::Obj];

    /// The kind whose byte (in an object header or a tuple's kind bytes) is `n`.
    pub fn from_u8(n: u8) -> Option<SlotKind> {
        Self::ALL.iter().copied().find(|kind| *kind as u8 == n)
    }
}

/// Layout of a `str` object: the header, then these fields, then `len` bytes of
/// UTF-8 and a NUL byte. String literals are emitted by the compiler as immortal
/// objects in read-only data with every field precomputed.
pub mod str_object {
    /// i64: reference count, or `IMMORTAL_REFCNT`.
    pub const REFCNT: i32 = 0;
    /// u8: `ObjTag::Str`.
    pub const TAG: i32 = 8;
    /// i64: length in bytes of the UTF-8 data.
    pub const LEN: i32 = 16;
    /// i64: length in code points.
    pub const NCHARS: i32 = 24;
    /// i64: cached hash, or -1 when not yet computed.
    pub const HASH: i32 = 32;
    /// Start of the UTF-8 bytes.
    pub const DATA: i32 = 40;
    /// Alignment of the object.
    pub const ALIGN: u64 = 8;
}

/// Layout of a `list` object. Compiled code reads `len` and the items inline.
pub mod list_object {
    /// i64: number of elements.
    pub const LEN: i32 = 16;
    /// i64: allocated capacity, in elements.
    pub const CAP: i32 = 24;
    /// Pointer to the element array: 8-byte slots, except `SlotKind::Bool`
    /// lists, which store one byte (0/1) per element.
    pub const ITEMS: i32 = 32;
}

/// Layout of a `tuple` object: `len` 8-byte slots, then `len` `SlotKind` bytes
/// saying what each slot holds.
pub mod tuple_object {
    /// i64: number of fields.
    pub const LEN: i32 = 16;
    /// The first slot.
    pub const ITEMS: i32 = 24;
}

/// Dict and set objects are opaque to compiled code except for their length.
pub mod dict_object {
    /// i64: number of entries (also for sets).
    pub const LEN: i32 = 16;
}

/// Layout of an instance of a user class: the header, whose otherwise unused
/// bytes 12..16 hold the class id, then one 8-byte slot per field, in the
/// order of the class's field list (inherited fields first), unboxed per the
/// field's `SlotKind`. No dict, no descriptor pointer: `Point(x: float, y:
/// float)` takes 32 bytes. A new instance's fields are all zero (null for
/// objects), and the constructor assigns every field before the instance
/// escapes.
pub mod instance_object {
    /// u32: index of the class in the program's class table.
    pub const CLASS_ID: i32 = 12;
    /// The first field slot.
    pub const FIELDS: i32 = 16;

    /// Offset of field `index`.
    pub fn field_offset(index: u32) -> i32 {
        FIELDS + 8 * index as i32
    }
}

/// The program's class table: data emitted by codegen and handed to the
/// runtime by `main` (`tp_register_classes`) before the module body runs, so
/// the runtime can free an instance (release its object fields) and print its
/// default repr without knowing the compiler. One byte blob, no relocations:
///
/// ```text
/// u32 n_classes, then n_classes × u32 offset of that class's record (from the blob start)
/// record: u32 n_fields, u32 name_len, n_fields × u8 SlotKind, name_len bytes of UTF-8
///         (the qualified name, `__main__.Point`)
/// ```
pub mod class_table {
    /// Size of the `n_classes` count and of each offset, record count and length.
    pub const WORD: usize = 4;
}

/// Layout of an exception object (`ValueError("bad")` as a value). Compiled
/// code only creates them (`tp_exc_new`) and passes them to the runtime; the
/// fields are listed so the runtime and the docs agree on one layout.
pub mod exception_object {
    /// u32: the `ExcKind` (stored in 8 bytes).
    pub const KIND: i32 = 16;
    /// Pointer to the `args` tuple (owned).
    pub const ARGS: i32 = 24;
    /// Pointer to `str(exception)`, computed when the object is made (owned):
    /// the args of an exception never change.
    pub const STR: i32 = 32;
    /// Runtime-private: the traceback the exception carried when it was last
    /// caught, so raising it again continues it (null: none).
    pub const TRACEBACK: i32 = 40;
    /// Size of the object.
    pub const SIZE: i32 = 48;
}

/// Bytes of one list element of `kind`.
pub fn list_item_size(kind: SlotKind) -> i32 {
    match kind {
        SlotKind::Bool => 1,
        _ => 8,
    }
}

/// The compiled program's entry point: `int main(void)` emitted by codegen calls
/// `tp_main(<module body>, <source file name str>)`.
pub const MAIN_SYMBOL: &str = "main";

/// i64 data symbol in the runtime: the number of active frames of functions that
/// count towards the recursion limit (see `RECURSION_LIMIT`).
pub const FRAME_DEPTH_SYMBOL: &str = "tp_frame_depth";

/// Prefix of every symbol compiled user code defines, so runtime symbols (`tp_`)
/// and user symbols never collide.
pub const USER_SYMBOL_PREFIX: &str = "tpu_";
