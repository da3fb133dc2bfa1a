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
    /// A boxed `int`, `float` or `bool`: the value of an `int | None` (layout:
    /// `boxed_scalar`).
    Box = 8,
    /// A `collections.deque` (layout: `deque_object`, which starts as a
    /// list's does).
    Deque = 12,
    /// A `random.Random` generator (layout: `random_object`).
    Random = 13,
    /// A `range` (layout: `range_object`).
    Range = 16,
}

impl ObjTag {
    pub const ALL: &'static [ObjTag] =
        &[ObjTag::Str, ObjTag::List, ObjTag::Tuple, ObjTag::Dict, ObjTag::Set, ObjTag::Instance, ObjTag::Exception, ObjTag::Box, ObjTag::Deque, ObjTag::Random, ObjTag::Range];

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
            // The boxed value's own type names it; this is only a fallback.
            ObjTag::Box => "int",
            ObjTag::Deque => "deque",
            ObjTag::Random => "Random",
            ObjTag::Range => "range",
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
    /// A `float` place that may hold an int: a num's bits (`crate::num`).
    Num = 5,
}

impl SlotKind {
    pub const ALL: &'static [SlotKind] =
        &[SlotKind::Int, SlotKind::Float, SlotKind::Bool, SlotKind::None, SlotKind::Obj, SlotKind::Num];

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

/// Layout of a `collections.deque` object: a ring-free double-ended array.
/// `LEN`, `CAP` and `ITEMS` are a list's (`list_object`), so compiled code
/// reads its length and elements as it reads a list's, and the runtime's
/// read-only list operations (`in`, `count`, `==`, repr of the elements,
/// copying into a list) work on it unchanged. `ITEMS` points into the
/// element array, `FRONT` elements after its start, so `popleft` and
/// `appendleft` move that pointer instead of the elements.
pub mod deque_object {
    pub const LEN: i32 = super::list_object::LEN;
    /// i64: elements the array has room for from `ITEMS` on.
    pub const CAP: i32 = super::list_object::CAP;
    pub const ITEMS: i32 = super::list_object::ITEMS;
    /// i64: free element slots before `ITEMS` in the array.
    pub const FRONT: i32 = 40;
    /// i64: `maxlen`, or -1 for None.
    pub const MAXLEN: i32 = 48;
    /// i64: CPython's mutation counter (`deque->state`): an iteration that
    /// sees it change raises `RuntimeError: deque mutated during iteration`.
    pub const STATE: i32 = 56;
    /// Size of the object.
    pub const SIZE: usize = 64;
}

/// Layout of a `tuple` object: `len` 8-byte slots, then `len` `SlotKind` bytes
/// saying what each slot holds.
pub mod tuple_object {
    /// i64: number of fields.
    pub const LEN: i32 = 16;
    /// The first slot.
    pub const ITEMS: i32 = 24;
}

/// Layout of a boxed scalar: how an `int | None`, `float | None` or
/// `bool | None` holds a value that is not None (None is the null pointer).
/// Immutable; the header's `KIND_A` byte is the `SlotKind` of the value.
pub mod boxed_scalar {
    /// 8 bytes: the value, as a slot of the header's kind. The offset of an
    /// instance's first field, so compiled code reads it with the instance
    /// field load (`FieldGet` of field 0).
    pub const VALUE: i32 = 16;
    /// Size of the object.
    pub const SIZE: usize = 24;
    const _: () = assert!(VALUE == super::instance_object::FIELDS);
}

/// Layout of a `random.Random` object: opaque to compiled code, which only
/// passes it to the `tp_random_*` functions.
pub mod random_object {
    /// Pointer to the runtime's generator state (owned by the object).
    pub const STATE: i32 = 16;
    /// Size of the object.
    pub const SIZE: usize = 24;
}

/// Layout of a `range` object: immutable, its three bounds unboxed at an
/// instance's field offsets, so compiled code reads them with the instance
/// field load (`FieldGet` of fields 0, 1, 2) and a loop over a stored range
/// is the counted loop of `for i in range(...)`. The step is never 0.
pub mod range_object {
    /// i64: `start`.
    pub const START: i32 = 16;
    /// i64: `stop`.
    pub const STOP: i32 = 24;
    /// i64: `step`.
    pub const STEP: i32 = 32;
    /// The instance field indices of the three bounds.
    pub const START_FIELD: u32 = 0;
    pub const STOP_FIELD: u32 = 1;
    pub const STEP_FIELD: u32 = 2;
    /// Size of the object.
    pub const SIZE: usize = 40;
    const _: () = assert!(START == super::instance_object::FIELDS);
    const _: () = assert!(STEP == super::instance_object::FIELDS + 8 * STEP_FIELD as i32);
}

/// Dict and set objects are opaque to compiled code except for their length.
pub mod dict_object {
    /// i64: number of entries (also for sets).
    pub const LEN: i32 = 16;
    /// u8 (a header byte): the dict's `DictFlavor` (0: a plain dict).
    pub const FLAVOR: i32 = 11;
    /// u8, u8 (header bytes): for a `defaultdict(list)` / `(set)` / `(dict)`,
    /// the element (key) and value `SlotKind`s of the containers its factory
    /// makes.
    pub const FACTORY_KIND_A: i32 = 12;
    pub const FACTORY_KIND_B: i32 = 13;
}

/// What a dict object is besides a dict (its header's `dict_object::FLAVOR`
/// byte): `collections.defaultdict` with the factory it calls for a missing
/// key, `collections.Counter` or `collections.OrderedDict`. Statically all
/// are `dict[K, V]`: the runtime's `d[k]`, repr, `==`, `update`, `del`,
/// `copy` and iteration look at the flavor, as CPython's `__missing__` and
/// the subclasses' methods would.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum DictFlavor {
    Plain = 0,
    DefaultInt = 1,
    DefaultFloat = 2,
    DefaultStr = 3,
    DefaultBool = 4,
    DefaultList = 5,
    DefaultSet = 6,
    DefaultDict = 7,
    Counter = 8,
    Ordered = 9,
}

impl DictFlavor {
    pub const ALL: &'static [DictFlavor] = &[
        DictFlavor::Plain,
        DictFlavor::DefaultInt,
        DictFlavor::DefaultFloat,
        DictFlavor::DefaultStr,
        DictFlavor::DefaultBool,
        DictFlavor::DefaultList,
        DictFlavor::DefaultSet,
        DictFlavor::DefaultDict,
        DictFlavor::Counter,
        DictFlavor::Ordered,
    ];

    pub fn from_u8(n: u8) -> DictFlavor {
        Self::ALL.iter().copied().find(|f| *f as u8 == n).unwrap_or(DictFlavor::Plain)
    }

    /// The factory's name as `repr` shows it (`int` in `<class 'int'>`).
    pub fn factory_name(self) -> Option<&'static str> {
        match self {
            DictFlavor::DefaultInt => Some("int"),
            DictFlavor::DefaultFloat => Some("float"),
            DictFlavor::DefaultStr => Some("str"),
            DictFlavor::DefaultBool => Some("bool"),
            DictFlavor::DefaultList => Some("list"),
            DictFlavor::DefaultSet => Some("set"),
            DictFlavor::DefaultDict => Some("dict"),
            DictFlavor::Plain | DictFlavor::Counter | DictFlavor::Ordered => None,
        }
    }
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

/// Layout of a generator object (what calling a generator function gives):
/// an instance of a class the compiler adds for the function, whose fields
/// are these, then one per local of the function's resume function (its
/// suspended frame). The resume function is called as a key function
/// (`KEY_FN_SIG`): `resume(frame, state) -> (more: 0/1, err)`; it runs the
/// body from the point `state` names to the next `yield`, which stores the
/// element in `VALUE`, the locals in their fields and the point after it in
/// `STATE`, and answers 1; the end of the body answers 0. The runtime's
/// `tp_gen_advance` calls it and marks the generator finished (releasing
/// its fields) when it answers 0 or raises.
pub mod generator_frame {
    /// Field (an `Int`): the resume function's address.
    pub const RESUME: u32 = 0;
    /// Field (an `Int`): where the body continues: 0 at its start, `k` after
    /// its `k`th yield, or one of the states below.
    pub const STATE: u32 = 1;
    /// Field: the element the last `yield` gave (of the element's kind).
    pub const VALUE: u32 = 2;
    /// The field of the resume function's local 0; local `i` is field
    /// `FIRST_LOCAL + i`.
    pub const FIRST_LOCAL: u32 = 3;
    /// `STATE` of a generator that returned or raised: it gives no more elements.
    pub const FINISHED: i64 = -1;
    /// `STATE` while its body runs (a `next()` of it then raises `ValueError`).
    pub const RUNNING: i64 = -2;
}

/// The program's class table: data emitted by codegen and handed to the
/// runtime by `main` (`tp_register_classes`) before the module body runs, so
/// the runtime can free an instance (release its object fields), print it,
/// compare, hash and test it without knowing the compiler:
///
/// ```text
/// u32 n_classes, then n_classes × u32 offset of that class's record (from the blob start)
/// record (8-aligned):
///   u32 n_fields, u32 name_len, u32 end (one past the last id of its subclasses),
///   u32 flags (`class_table::UNHASHABLE`, `HASH_FIELDS`, `EQ_TRISTATE`, `NE_TRISTATE`),
///   SPECIAL_COUNT × entry (`class_table::Special` order): u64 function
///     address (0: absent), u32 lo, u32 hi (a comparison's `other` must be an
///     instance of a class id in `lo..hi`; others get `NotImplemented`),
///   n_fields × u8 SlotKind, name_len bytes of UTF-8 (the qualified name,
///   `__main__.Point`), zero padding to a multiple of 8
/// ```
///
/// The function addresses are relocations. Each points to a function with
/// the slot ABI (`ir::Function::slot_abi`) that calls the class's special
/// method: `f(self) -> (result, err)` or, for the comparisons,
/// `f(self, other) -> (bool, err)`, arguments borrowed, a `str` result a new
/// reference. Which method a class contributes (its own, inherited, or one a
/// `@dataclass` generated) the frontend decides; absent means CPython's
/// default (identity for `==` and `hash`, the default repr, no order, true).
pub mod class_table {
    /// Size of the `n_classes` count, of each offset and of each record word.
    pub const WORD: usize = 4;
    /// Bytes of the record before the function addresses.
    pub const RECORD_HEADER: usize = 4 * WORD;
    /// Bytes of one function address.
    pub const ADDRESS: usize = 8;
    /// Bytes of one special method's entry: the address, then `lo` and `hi`.
    pub const ENTRY: usize = ADDRESS + 2 * WORD;
    /// `flags` bit: instances are unhashable (`__hash__ = None`: the class
    /// defines `__eq__` but not `__hash__`, or is a non-frozen dataclass).
    pub const UNHASHABLE: u32 = 1;
    /// `flags` bit: an instance's hash is the hash of the tuple of its fields
    /// (the `__hash__` a frozen `@dataclass` gets: `hash((self.x, self.y))`).
    pub const HASH_FIELDS: u32 = 2;
    /// `flags` bit: the class's `__eq__` takes `other: object` and may
    /// return `NotImplemented`: its result is [`EQ_NOT_IMPLEMENTED`] for
    /// that, else 0/1 (`docs/architecture.md`, "NotImplemented").
    pub const EQ_TRISTATE: u32 = 4;
    /// `flags` bit: the same for the class's `__ne__`.
    pub const NE_TRISTATE: u32 = 8;
    /// What an `__eq__`/`__ne__(self, other: object)` returns for `NotImplemented`.
    pub const EQ_NOT_IMPLEMENTED: i64 = 2;

    /// The special methods the runtime calls back, in record order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[repr(u8)]
    pub enum Special {
        Repr = 0,
        Str = 1,
        Eq = 2,
        Lt = 3,
        Le = 4,
        Gt = 5,
        Ge = 6,
        Hash = 7,
        Bool = 8,
        Len = 9,
        Ne = 10,
    }

    pub const SPECIAL_COUNT: usize = 11;

    impl Special {
        pub const ALL: [Special; SPECIAL_COUNT] = [
            Special::Repr,
            Special::Str,
            Special::Eq,
            Special::Lt,
            Special::Le,
            Special::Gt,
            Special::Ge,
            Special::Hash,
            Special::Bool,
            Special::Len,
            Special::Ne,
        ];

        /// The method's Python name.
        pub fn method_name(self) -> &'static str {
            match self {
                Special::Repr => "__repr__",
                Special::Str => "__str__",
                Special::Eq => "__eq__",
                Special::Lt => "__lt__",
                Special::Le => "__le__",
                Special::Gt => "__gt__",
                Special::Ge => "__ge__",
                Special::Hash => "__hash__",
                Special::Bool => "__bool__",
                Special::Len => "__len__",
                Special::Ne => "__ne__",
            }
        }

        /// Whether the method takes `other` besides `self`.
        pub fn is_binary(self) -> bool {
            matches!(self, Special::Eq | Special::Ne | Special::Lt | Special::Le | Special::Gt | Special::Ge)
        }
    }

    /// Offset, within a record, of the address of `special` (`lo` and `hi`
    /// follow it).
    pub fn address_offset(special: Special) -> usize {
        RECORD_HEADER + ENTRY * special as usize
    }

    /// Offset, within a record, of the field kinds.
    pub const KINDS: usize = RECORD_HEADER + ENTRY * SPECIAL_COUNT;

    /// Bytes of a record with `n_fields` fields and a name of `name_len` bytes.
    pub fn record_len(n_fields: usize, name_len: usize) -> usize {
        (KINDS + n_fields + name_len).div_ceil(8) * 8
    }

    /// Offset of the first record: the header rounded up to 8.
    pub fn first_record(n_classes: usize) -> usize {
        (WORD * (1 + n_classes)).div_ceil(8) * 8
    }
}

/// Layout of an exception object (`ValueError("bad")` as a value). Compiled
/// code creates them (`tp_exc_new`) and passes them to the runtime; the
/// fields are listed so the runtime and the docs agree on one layout.
///
/// An exception of a user class with fields (`class AppError(Exception)`
/// assigning `self.code`) is followed by one 8-byte slot per field, as an
/// instance's (`instance_object`): compiled code reads and writes them with
/// the instance field ops at index `FIRST_FIELD_INDEX + i`, and its header
/// holds the class's id in the class table at `instance_object::CLASS_ID`,
/// so methods dispatch on it as on an instance.
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
    /// Size of the object, without the fields of a user class.
    pub const SIZE: i32 = 48;
    /// The instance field index (`instance_object::field_offset`) of a user
    /// exception class's first field: the slot right after `SIZE`.
    pub const FIRST_FIELD_INDEX: u32 = ((SIZE - super::instance_object::FIELDS) / 8) as u32;
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
