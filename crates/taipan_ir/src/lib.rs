//! taipan's typed intermediate representation.
//!
//! A [`Module`] holds functions; a [`Function`] is a control-flow graph of
//! [`Block`]s over typed, mutable [`Local`]s (not SSA: Cranelift's frontend builds
//! SSA from them). Every op has one exact meaning, written on its variant: Python
//! semantics are decided when the frontend picks the op (`taipan_lower`), and
//! codegen only translates.
//!
//! Errors: an op marked *raises* may leave a pending exception. After it, control
//! goes to the block's `on_error` target: `None` means "propagate": append a
//! traceback entry `(function name, inst line)`, leave the frame and return the
//! error indicator to the caller.
//!
//! Architecture invariant: this crate knows nothing of Python syntax or of the
//! frontend's types; it depends only on `taipan_abi`.

mod display;
pub use display::print_module;
mod inline;
mod int_ranges;
mod merge_blocks;
mod refcount_pairs;
mod scalar_instances;
pub use inline::inline_small_functions;
pub use int_ranges::remove_overflow_checks;
pub use merge_blocks::merge_block_chains;
pub use refcount_pairs::remove_refcount_pairs;
pub use scalar_instances::replace_scalar_instances;
pub mod verify;

/// The IR-to-IR passes, in order: inlining, then merging the blocks it split,
/// then replacing the instances that never escape by locals, then dropping
/// the overflow checks that integer ranges prove cannot fire
/// (before the next pass, which looks for stretches that cannot raise), then
/// dropping the reference-count pairs that inlining made pointless.
/// Each preserves the program's meaning exactly.
pub fn optimize_module(module: &mut Module) {
    inline_small_functions(module);
    merge_block_chains(module);
    replace_scalar_instances(module);
    remove_overflow_checks(module);
    remove_refcount_pairs(module);
}

pub use taipan_abi::{ErrCode, ExcKind, RuntimeFn, SlotKind};

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize { self.0 as usize }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

index_type!(/// A function of the module, printed `f3`.
    FuncId, "f");
index_type!(/// A basic block of a function, printed `b2`.
    BlockId, "b");
index_type!(/// A local variable or temporary of a function, printed `%5`.
    Local, "%");
index_type!(/// A module-level variable that is not a folded constant, printed `@1`.
    GlobalId, "@");
index_type!(/// An interned string constant of the module, printed `s0`.
    StrId, "s");

/// The type of a local, a global, a parameter or a return value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// 64-bit signed integer (Python `int`).
    Int,
    /// IEEE double (Python `float`).
    Float,
    /// A `float` place that may hold an int: an IEEE double or an int in the
    /// signalling-NaN space (`taipan_abi::num`). Machine type of `Float`.
    Num,
    /// 0 or 1 in a byte (Python `bool`).
    Bool,
    /// Python `None`: has no machine representation.
    None,
    /// Pointer to a `str` object (layout: `taipan_abi::str_object`). Refcounted.
    Str,
    /// Pointer to any other heap object (list, tuple, dict, set; header in
    /// `taipan_abi::object`). Refcounted.
    Obj,
}

impl Type {
    /// Whether values of this type are refcounted object pointers.
    pub fn is_object(self) -> bool {
        matches!(self, Type::Str | Type::Obj)
    }

    /// Whether a value of this type sits in a slot of `kind`: its own kind,
    /// or a num in a float slot (a float container of a module that stores
    /// ints in float containers, whose float slots may hold nums).
    pub fn fits_slot(self, kind: SlotKind) -> bool {
        self.slot_kind() == kind || (self == Type::Num && kind == SlotKind::Float)
    }

    /// How a value of this type sits in an 8-byte slot.
    pub fn slot_kind(self) -> SlotKind {
        match self {
            Type::Int => SlotKind::Int,
            Type::Float => SlotKind::Float,
            Type::Num => SlotKind::Num,
            Type::Bool => SlotKind::Bool,
            Type::None => SlotKind::None,
            Type::Str | Type::Obj => SlotKind::Obj,
        }
    }
}

/// A compile-time constant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Float(f64),
    /// An int as a `Num` (within `taipan_abi::num::INT_MIN..=INT_MAX`).
    NumInt(i64),
    Bool(bool),
    None,
    Str(StrId),
    /// The null object pointer (type `Obj`, but it fits wherever any object
    /// type, `Str` included, is expected): how `None` is represented in an
    /// `Optional[T]` local or field for an object `T` (`str | None` too, and
    /// `int | None`, whose other values are boxes). Refcount ops skip it.
    Null,
}

impl Const {
    pub fn ty(self) -> Type {
        match self {
            Const::Int(_) => Type::Int,
            Const::Float(_) => Type::Float,
            Const::NumInt(_) => Type::Num,
            Const::Bool(_) => Type::Bool,
            Const::None => Type::None,
            Const::Str(_) => Type::Str,
            Const::Null => Type::Obj,
        }
    }
}

/// An input of an op.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Operand {
    Local(Local),
    Const(Const),
}

impl From<Local> for Operand {
    fn from(l: Local) -> Self {
        Operand::Local(l)
    }
}

impl From<Const> for Operand {
    fn from(c: Const) -> Self {
        Operand::Const(c)
    }
}

/// Binary operations on two `Int`s giving an `Int`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntBinOp {
    /// `a + b`; raises `IntOverflow`.
    Add,
    /// `a - b`; raises `IntOverflow`.
    Sub,
    /// `a * b`; raises `IntOverflow`.
    Mul,
    /// `a // b`, rounding toward negative infinity; raises `IntFloorDivByZero`
    /// when `b == 0` and `IntOverflow` for `i64::MIN // -1`.
    FloorDiv,
    /// `a % b`, with the sign of `b` (Python's modulo); raises `IntModByZero`
    /// when `b == 0`. `i64::MIN % -1` is 0.
    Mod,
    /// `a + b` wrapping. Only for results the frontend proved in range.
    AddUnchecked,
    /// `a - b` wrapping. Only for results the frontend proved in range.
    SubUnchecked,
    /// Bitwise `&`, `|`, `^` (two's complement, as Python's ints behave).
    BitAnd,
    BitOr,
    BitXor,
}

impl IntBinOp {
    pub fn can_raise(self) -> bool {
        matches!(self, IntBinOp::Add | IntBinOp::Sub | IntBinOp::Mul | IntBinOp::FloorDiv | IntBinOp::Mod)
    }
}

/// Binary operations on two `Float`s giving a `Float`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatBinOp {
    /// IEEE `a + b`.
    Add,
    /// IEEE `a - b`.
    Sub,
    /// IEEE `a * b`.
    Mul,
    /// IEEE `a / b`; raises `FloatDivByZero` when `b == 0.0` (either sign).
    Div,
}

/// A comparison; on two `Int`s it is signed, on two `Float`s it is IEEE (every
/// comparison with NaN is false except `Ne`), on two `Bool`s it compares 0/1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// One-operand operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// Int `-a`; raises `IntOverflow` for `i64::MIN`.
    IntNeg,
    /// Int `abs(a)`; raises `IntOverflow` for `i64::MIN`.
    IntAbs,
    /// Int `~a`.
    IntInvert,
    /// Float `-a` (flips the sign bit, so `-0.0` stays distinct).
    FloatNeg,
    /// Float `abs(a)` (clears the sign bit).
    FloatAbs,
    /// Bool `not a`.
    BoolNot,
    /// Int → Float, rounding to nearest like CPython's `float(int)`.
    IntToFloat,
    /// Bool → Int (0 or 1).
    BoolToInt,
    /// Int → Bool: `a != 0`.
    IntToBool,
    /// Float → Bool: `a != 0.0` (NaN is true).
    FloatToBool,
    /// Str → Bool: non-empty.
    StrToBool,
    /// Float → Num: the same bits (every float is a num).
    FloatToNum,
    /// Num → Float: the value as a float (`taipan_abi::num::to_f64`).
    NumToFloat,
}

impl UnaryOp {
    pub fn can_raise(self) -> bool {
        matches!(self, UnaryOp::IntNeg | UnaryOp::IntAbs)
    }
}

/// What an instruction computes. The result type is given by the destination
/// local; the verifier checks it against the op.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// The operand's value.
    Copy(Operand),
    IntBin(IntBinOp, Operand, Operand),
    FloatBin(FloatBinOp, Operand, Operand),
    /// A comparison of two operands of the same type (`Int`, `Float` or `Bool`),
    /// giving a `Bool`.
    Cmp(CmpOp, Operand, Operand),
    Unary(UnaryOp, Operand),
    /// `if cond { a } else { b }` without branching; `a` and `b` have one type.
    Select { cond: Operand, a: Operand, b: Operand },
    /// A call to a function of this module. Raises if the callee raises.
    Call { func: FuncId, args: Vec<Operand> },
    /// A call to the runtime. Raises if the runtime function can raise.
    CallRuntime { func: RuntimeFn, args: Vec<Operand> },
    /// The code address of a function of this module, as an `Int`: a key
    /// callback (`taipan_abi::KEY_FN_SIG`) passed to a runtime function's
    /// `Ptr` parameter (`tp_list_sort`, `tp_list_min_key`...). The function's
    /// parameters and result must be passed like slots: `(Obj, Int|Bool|object)
    /// -> Int|object`.
    FuncAddr(FuncId),
    /// The code address of a function of this module whose first parameter
    /// is a closure object (a function value's code, called by
    /// `CallIndirect`), as an `Int`. The function keeps the native ABI.
    CodeAddr(FuncId),
    /// A call through a code address (`addr`, an `Int` from `CodeAddr`) of
    /// a function taking `args` (their types are the parameter types) and
    /// returning `ret`, with the native ABI of module functions. Raises if the
    /// callee raises. An object result is a new reference.
    CallIndirect { addr: Operand, args: Vec<Operand>, ret: Type },
    /// On an error path out of an inlined call: adds the traceback entry the
    /// callee's own frame would have added (`func`'s name, at `line`), so
    /// tracebacks read as if the call had happened. No result.
    InlinedFrame { func: FuncId, line: u32 },
    /// The value of a module global. With `checked`, raises `NameError` ("name 'x'
    /// is not defined") if the global has not been assigned yet.
    LoadGlobal { global: GlobalId, checked: bool },
    /// Assigns a module global (and marks it defined). No result. The global
    /// takes over the operand's reference (for an object, lowering increfs first
    /// if the operand is borrowed, and releases the old value itself).
    StoreGlobal { global: GlobalId, value: Operand },

    // ---- objects and references ----
    //
    // Reference rules. Every local (and global) of an object type (`Str`, `Obj`)
    // owns one reference or is null. Locals start null. On `Return` and on
    // propagation of an error, codegen releases every object local (null-safe),
    // except that a `Return` of a local moves that local's reference to the
    // caller. Parameters are owned like other locals: the caller passes a
    // reference it keeps, and the callee's entry increfs object parameters.
    // Ops marked *borrowed* give a reference the lowering must `IncRef` before
    // storing it in a local that will be released; all other ops giving an
    // object (calls, runtime calls, `TupleNew`) give a new reference.
    /// Adds a reference (no-op on null and immortal objects).
    IncRef(Operand),
    /// Drops a reference, freeing the object (via `tp_dealloc`) at zero; no-op
    /// on null and immortal objects.
    DecRef(Operand),
    /// The number of elements of a list, tuple, dict or set (the `len` field at
    /// offset 16 of each of their layouts). An `Int`.
    ContainerLen(Operand),
    /// The number of code points of a `Str`. An `Int`.
    StrLen(Operand),
    /// Element `index` of a list whose elements are `kind`. With `checked`, a
    /// negative index counts from the end and an index outside `[-len, len)`
    /// raises `IndexError: list index out of range`; without, the lowering has
    /// proved `0 <= index < len`. *Borrowed* for objects.
    ListGet { list: Operand, index: Operand, kind: SlotKind, checked: bool },
    /// Stores `value` as element `index` (same index rules as `ListGet`; the
    /// error message is `list assignment index out of range`). The list takes a
    /// new reference to an object value and releases the element it replaces.
    ListSet { list: Operand, index: Operand, value: Operand, kind: SlotKind, checked: bool },
    /// A new tuple of the operands; each slot's kind is given. The tuple takes a
    /// new reference to each object operand.
    TupleNew { items: Vec<(Operand, SlotKind)> },
    /// Field `index` (in range: tuple shapes are static) of a tuple. *Borrowed*
    /// for objects.
    TupleGet { tuple: Operand, index: u32, kind: SlotKind },

    // ---- instances of user classes (layout `taipan_abi::instance_object`) ----
    // An instance is made by `CallRuntime(InstanceNew, [class id])` (all
    // fields zero/null) and filled by its constructor with `FieldSet`.
    /// Field `index` of an instance whose field holds `kind`. The lowering
    /// only applies it to an instance (never null) of a class having that
    /// field (or to an exception object of a user class, whose fields start
    /// at index `exception_object::FIRST_FIELD_INDEX`). *Borrowed* for objects. Field 0 of kind `Int`/`Float`/`Bool` also
    /// reads the value of a (non-null) box (`taipan_abi::boxed_scalar`, same
    /// offset): how a narrowed `int | None` is unboxed.
    FieldGet { obj: Operand, index: u32, kind: SlotKind },
    /// Stores `value` into field `index`; for objects the instance takes a new
    /// reference to the value and releases the value it replaces (after the store).
    FieldSet { obj: Operand, index: u32, value: Operand, kind: SlotKind },
    /// The class id (index into `Module::classes`) of an instance, as an `Int`.
    ClassId(Operand),
    /// Whether an object operand is null (`None` of an `Optional`), as a `Bool`.
    IsNull(Operand),
    /// Whether two object operands are the same object (`a is b`), as a `Bool`.
    SameObject(Operand, Operand),
}

impl Op {
    /// Every operand the op reads, for passes that rename locals.
    pub fn operands_mut(&mut self) -> Vec<&mut Operand> {
        match self {
            Op::Copy(a)
            | Op::Unary(_, a)
            | Op::StoreGlobal { value: a, .. }
            | Op::IncRef(a)
            | Op::DecRef(a)
            | Op::ContainerLen(a)
            | Op::StrLen(a)
            | Op::TupleGet { tuple: a, .. }
            | Op::FieldGet { obj: a, .. }
            | Op::ClassId(a)
            | Op::IsNull(a) => vec![a],
            Op::IntBin(_, a, b)
            | Op::FloatBin(_, a, b)
            | Op::Cmp(_, a, b)
            | Op::SameObject(a, b)
            | Op::ListGet { list: a, index: b, .. }
            | Op::FieldSet { obj: a, value: b, .. } => vec![a, b],
            Op::Select { cond, a, b } => vec![cond, a, b],
            Op::ListSet { list, index, value, .. } => vec![list, index, value],
            Op::Call { args, .. } | Op::CallRuntime { args, .. } => args.iter_mut().collect(),
            Op::CallIndirect { addr, args, .. } => std::iter::once(addr).chain(args.iter_mut()).collect(),
            Op::TupleNew { items } => items.iter_mut().map(|(o, _)| o).collect(),
            Op::FuncAddr(_) | Op::CodeAddr(_) | Op::LoadGlobal { .. } | Op::InlinedFrame { .. } => Vec::new(),
        }
    }

    /// Whether this op may leave a pending exception.
    pub fn can_raise(&self) -> bool {
        match self {
            Op::IntBin(op, ..) => op.can_raise(),
            Op::Unary(op, _) => op.can_raise(),
            Op::FloatBin(op, ..) => matches!(op, FloatBinOp::Div),
            Op::Call { .. } | Op::CallIndirect { .. } => true,
            Op::CallRuntime { func, .. } => func.sig().can_raise,
            Op::LoadGlobal { checked, .. } => *checked,
            Op::ListGet { checked, .. } | Op::ListSet { checked, .. } => *checked,
            Op::Copy(_)
            | Op::Cmp(..)
            | Op::Select { .. }
            | Op::StoreGlobal { .. }
            | Op::IncRef(_)
            | Op::DecRef(_)
            | Op::ContainerLen(_)
            | Op::StrLen(_)
            | Op::TupleNew { .. }
            | Op::TupleGet { .. }
            | Op::FieldGet { .. }
            | Op::FieldSet { .. }
            | Op::ClassId(_)
            | Op::IsNull(_)
            | Op::SameObject(..)
            | Op::FuncAddr(_)
            | Op::CodeAddr(_)
            | Op::InlinedFrame { .. } => false,
        }
    }
}

/// One instruction: `dest = op`, at a source line (for tracebacks and dumps).
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub dest: Option<Local>,
    pub op: Op,
    pub line: u32,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(BlockId),
    /// `cond` is a `Bool`.
    Branch { cond: Operand, then_block: BlockId, else_block: BlockId },
    /// Returns the operand (absent for a function returning `None`).
    Return(Option<Operand>),
    /// Raises the fixed error and goes to the block's error target.
    RaiseCode { code: ErrCode, line: u32 },
    /// Raises `kind` with an optional `Str` message and goes to the error target.
    Raise { kind: ExcKind, message: Option<Operand>, line: u32 },
    /// Goes to the block's error target with the exception already pending
    /// (set by a runtime call such as `tp_raise_object`, or left unmatched by
    /// the `except` clauses that looked at it).
    Reraise { line: u32 },
    /// Never reached (e.g. after an infinite loop); codegen emits a trap.
    Unreachable,
}

/// A basic block: straight-line instructions and a terminator.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Terminator,
    /// Where a raising op or a `Raise` in this block goes; `None` propagates to
    /// the caller. (A `try` body's blocks point at its handler.)
    pub on_error: Option<BlockId>,
}

/// A local variable or temporary.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalData {
    /// The Python name, for user variables; `None` for temporaries.
    pub name: Option<String>,
    pub ty: Type,
}

/// A function. Block 0 is the entry; parameters are the first `params.len()` locals.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// The name tracebacks show (`fib`, `<module>`).
    pub name: String,
    /// The linker symbol (starts with `taipan_abi::USER_SYMBOL_PREFIX`).
    pub symbol: String,
    /// Parameter locals, in order.
    pub params: Vec<Local>,
    pub ret: Type,
    pub locals: Vec<LocalData>,
    pub blocks: Vec<Block>,
    /// The line of the `def`.
    pub line: u32,
    /// Whether calls count towards the recursion limit: on entry the frame depth is
    /// incremented and `RecursionDepth` raised past `RECURSION_LIMIT`; every exit
    /// (return or propagated error) decrements it. Set for functions in call-graph cycles.
    pub counts_depth: bool,
    /// Called by the runtime as a key function (`taipan_abi::KEY_FN_SIG`), so
    /// every parameter and the result travel as 8-byte slots: a `Float` as its
    /// bits, a `Bool` zero-extended. Set for every function whose address is
    /// taken (`Op::FuncAddr`); other functions use the native types.
    pub slot_abi: bool,
    /// Whether an error propagating out of it appends its traceback entry.
    /// False for the thunks through which the runtime calls a special method
    /// (`__lt__` for `sorted`): the method they call adds the entry CPython
    /// shows, and the thunk is no Python frame.
    pub traceback_frame: bool,
}

impl Function {
    pub fn local_ty(&self, l: Local) -> Type {
        self.locals[l.index()].ty
    }

    pub fn operand_ty(&self, o: &Operand) -> Type {
        match o {
            Operand::Local(l) => self.local_ty(*l),
            Operand::Const(c) => c.ty(),
        }
    }
}

/// A module global that is stored (not folded into a constant).
#[derive(Clone, Debug, PartialEq)]
pub struct GlobalData {
    pub name: String,
    pub ty: Type,
}

/// A user class, as the runtime needs it (`taipan_abi::class_table`).
#[derive(Clone, Debug, PartialEq)]
pub struct ClassData {
    /// The qualified name the default repr prints (`__main__.Point`).
    pub qualname: String,
    /// The kind of each field slot, inherited fields first.
    pub fields: Vec<SlotKind>,
    /// One past the last id of its subclasses (ids are preorder).
    pub end: u32,
    /// Instances are unhashable (`TypeError: unhashable type: 'P'`).
    pub unhashable: bool,
    /// An instance hashes as the tuple of its fields (a frozen dataclass).
    pub hash_fields: bool,
    /// Its `__eq__` in `specials` may return `NotImplemented`
    /// (`taipan_abi::class_table::EQ_TRISTATE`).
    pub eq_tristate: bool,
    /// The same for its `__ne__` (`NE_TRISTATE`).
    pub ne_tristate: bool,
    /// The special methods the runtime calls back, by
    /// `taipan_abi::class_table::Special`: functions with the slot ABI
    /// taking the instance (and, for comparisons, the other operand).
    pub specials: [Option<FuncId>; taipan_abi::class_table::SPECIAL_COUNT],
    /// For each comparison in `specials`: the class ids (`lo..hi`) of the
    /// `other` operands its method accepts; the runtime treats any other
    /// operand as `NotImplemented`.
    pub other_classes: [(u32, u32); taipan_abi::class_table::SPECIAL_COUNT],
}

impl ClassData {
    /// A class without subclasses or special methods.
    pub fn plain(qualname: impl Into<String>, fields: Vec<SlotKind>, id: u32) -> ClassData {
        ClassData {
            qualname: qualname.into(),
            fields,
            end: id + 1,
            unhashable: false,
            hash_fields: false,
            eq_tristate: false,
            ne_tristate: false,
            specials: [None; taipan_abi::class_table::SPECIAL_COUNT],
            other_classes: [(0, 0); taipan_abi::class_table::SPECIAL_COUNT],
        }
    }
}

/// A compiled module: its functions, globals and string constants.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The module name (`__main__` for a program).
    pub name: String,
    /// The source file path, as tracebacks print it.
    pub file: String,
    pub functions: Vec<Function>,
    pub globals: Vec<GlobalData>,
    pub strings: Vec<String>,
    /// The user classes; a class id is an index into this list.
    pub classes: Vec<ClassData>,
    /// The module body: a function with no parameters returning `None`.
    pub body: FuncId,
    /// The module docstring (`__doc__` of an extension module).
    pub doc: Option<String>,
    /// What Python can call when the module is built as a CPython extension
    /// (empty for a program).
    pub exports: Vec<Export>,
    /// The globals an extension module shows as attributes (empty for a program).
    pub constants: Vec<ExportedConstant>,
}

/// A module-level variable an extension module shows as a module attribute:
/// its value once the module body has run (globals are frozen after import),
/// converted as `ty` says; a global the body left unassigned is no attribute.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportedConstant {
    /// The attribute name.
    pub name: String,
    pub value: ConstantValue,
    pub ty: taipan_abi::extension::ValueType,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ConstantValue {
    /// A folded constant (it has no global).
    Const(Const),
    Global(GlobalId),
}

/// A function a CPython extension module exports: a Python callable named
/// `name` that converts its arguments, calls `func`, and converts the result.
///
/// Conversions, by the Python type of each parameter (`param_types`): `int`
/// takes a Python `int` (or `bool`) that fits in 64 bits (`OverflowError`
/// otherwise); `float` takes a `float` or an `int`; `bool` takes `True` or
/// `False`; `str` a `str`; `list[T]`, tuples, `dict[K, V]` and `set[T]` are
/// copied into new taipan objects, each element (key, value) converted as its
/// type says; `T | None` takes `None` (the null pointer) or a `T` (a box for
/// a number). Any other argument
/// raises `TypeError` naming the parameter. The result is converted back by
/// `ret_type` (containers by copy). An exception the function raises reaches
/// Python as the same builtin exception with the same message.
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    pub func: FuncId,
    /// The Python name (`__name__`), also used in error messages.
    pub name: String,
    /// The name of each parameter of `func`, for error messages.
    pub param_names: Vec<String>,
    /// The Python type of each parameter of `func`: what its argument is
    /// converted by. Its machine form is the parameter's IR type.
    pub param_types: Vec<taipan_abi::extension::ValueType>,
    /// The Python type of the result of `func`.
    pub ret_type: taipan_abi::extension::ValueType,
    /// Whether the wrapper releases the GIL while `func` runs: it touches no
    /// object and nothing process-wide (decided by lowering, `gil.rs`).
    pub releases_gil: bool,
    /// The defaults of the trailing parameters: a call with fewer arguments
    /// gives parameter `params.len() - defaults.len() + i` the value `defaults[i]`.
    /// The default of a `T | None` parameter is `Const::Null` for `None`, or,
    /// for a number `T`, the number, which the wrapper boxes (a new box per call).
    pub defaults: Vec<Const>,
    /// How many leading parameters are positional-only (before a `/`).
    pub positional_only: usize,
    /// How many leading parameters take positional arguments; the others
    /// are keyword-only (after a `*`). Every call of an export with
    /// positional-only or keyword-only parameters is bound by
    /// `tp_ext_bind_keywords` (`Export::bound_parameters`).
    pub positional: usize,
    /// `__doc__` as CPython's `PyMethodDef.ml_doc` carries it: the
    /// `__text_signature__` (`"add(a, b, /)\n--\n\n"`), then the docstring.
    pub doc: String,
}

impl Export {
    /// The IR type that carries a value of Python type `ty`.
    pub fn ir_type(ty: &taipan_abi::extension::ValueType) -> Type {
        use taipan_abi::extension::ValueType as V;
        match ty {
            V::Int => Type::Int,
            V::Float => Type::Float,
            V::Bool => Type::Bool,
            V::None => Type::None,
            // `str | None`: the str or null, as everywhere in taipan.
            V::Str => Type::Str,
            V::Optional(inner) if **inner == V::Str => Type::Str,
            V::List(_) | V::Tuple(_) | V::TupleOf(_) | V::Dict(..) | V::Set(_) | V::Optional(_) => Type::Obj,
        }
    }

    /// The fewest arguments a call may pass.
    pub fn min_args(&self) -> usize {
        self.param_names.len().saturating_sub(self.defaults.len())
    }

    /// Whether some parameter is positional-only or keyword-only.
    pub fn has_parameter_kinds(&self) -> bool {
        self.positional_only > 0 || self.positional < self.param_names.len()
    }

    /// The parameter list `tp_ext_bind_keywords` reads
    /// (`taipan_abi::extension::bound_parameters`).
    pub fn bound_parameters(&self) -> String {
        taipan_abi::extension::bound_parameters::encode(&self.param_names, self.positional_only, self.positional)
    }
}

impl Module {
    pub fn func(&self, id: FuncId) -> &Function {
        &self.functions[id.index()]
    }

    pub fn string(&self, id: StrId) -> &str {
        &self.strings[id.index()]
    }

    /// Interns a string constant.
    pub fn intern(&mut self, s: &str) -> StrId {
        if let Some(i) = self.strings.iter().position(|x| x == s) {
            return StrId(i as u32);
        }
        self.strings.push(s.to_string());
        StrId(self.strings.len() as u32 - 1)
    }
}
