//! The typed HIR: what the checker hands to lowering.
//!
//! Every expression carries its resolved type; names are resolved to locals,
//! stored globals or folded constants; implicit conversions (int → float
//! promotion, bool → int in arithmetic) are explicit [`Conversion`] nodes; the
//! operands of every operator already have the types the operator works on.
//! Python semantics (which IR ops, which runtime calls) are decided later, in
//! `taipan_lower`.

pub use taipan_diagnostics::Span;

pub use crate::abstract_collections::AbstractOp;
pub use crate::types::{CallableSig, ClassId, ExcClass, ExcKind, Ty, UserExc};
pub use crate::hir_classes::{Class, Field, MethodRef, Override, RuntimeSpecial, RuntimeSpecials, TextMethod};
pub use crate::hir_range::RangeOp;
pub use crate::hir_visit as visit;
pub use crate::num_places::NumPlaces;
pub use crate::hir_container_modules::{DefaultFactory, DequeOp, DictBinary, DictFlavorOp, HeapBisectOp};
pub use crate::hir_collections::{
    Comprehension, ComprehensionClause, ComprehensionKind, DictOp, KeyFn, SeqOp, SetAlgebra, SetOp,
};

macro_rules! hir_index {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

hir_index!(/// A local variable of a function (parameters first).
    LocalId);
hir_index!(/// A stored module global (see [`Module::globals`]).
    GlobalId);
hir_index!(/// A user function (see [`Module::functions`]).
    FuncId);

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
}

impl Const {
    pub fn ty(&self) -> Ty {
        match self {
            Const::Int(_) => Ty::Int,
            Const::Float(_) => Ty::Float,
            Const::Bool(_) => Ty::Bool,
            Const::None => Ty::None,
            Const::Str(_) => Ty::Str,
        }
    }
}

/// A checked module.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The module name (`__main__` for a program).
    pub name: String,
    pub functions: Vec<Function>,
    /// Module globals that need storage: variables that are not folded constants,
    /// and the "defined" markers of functions that may be called before their
    /// `def` runs.
    pub globals: Vec<Global>,
    /// The module-level statements, in order.
    pub body: Vec<Stmt>,
    /// The module docstring (`__doc__`).
    pub doc: Option<String>,
    /// The user classes, by `ClassId::index`.
    pub classes: Vec<Class>,
    /// The locals of the module body: the names bound by comprehensions
    /// (the body's other names are globals).
    pub body_locals: Vec<Local>,
    /// The user exception classes, in definition order (`UserExc::index`).
    pub exception_classes: Vec<&'static UserExc>,
    /// The module-level variables (not functions), in order of first
    /// appearance: what an extension module shows as attributes.
    pub variables: Vec<ModuleVariable>,
    /// The generator functions (a `yield` in the body), whose return type
    /// is `Ty::Iterator` of the elements: a call makes a generator object
    /// and runs none of the body (`taipan_lower/src/generator_fn.rs`).
    pub generators: Vec<FuncId>,
    /// The parameters whose default is not a constant but a value stored
    /// when the definition ran (`object_defaults.rs`): function, parameter.
    pub stored_defaults: Vec<(FuncId, usize)>,
    /// The `float` places that may hold ints (`num_places.rs`).
    pub nums: NumPlaces,
    /// The generic functions of the module, by name, with the span of their
    /// `def`: compiled only as their instances (`functions` named
    /// `first[int]`), so an extension module cannot export them.
    pub generic_functions: Vec<(String, taipan_diagnostics::Span)>,
    /// The module functions with positional-only or keyword-only parameters
    /// (their `params` are in that order: positional-only, positional,
    /// `*args`, keyword-only), for an extension module's entry points.
    pub param_layouts: Vec<(FuncId, ParamLayout)>,
}

/// How many of a function's parameters are positional-only, and how many
/// take positional arguments at all (those first; then `*args` if any, then
/// the keyword-only ones).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamLayout {
    pub positional_only: usize,
    pub positional: usize,
}

/// A module-level variable and where its value lives.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleVariable {
    pub name: String,
    pub ty: Ty,
    pub value: VariableValue,
}

#[derive(Clone, Debug, PartialEq)]
pub enum VariableValue {
    /// Folded: every read is this constant.
    Folded(Const),
    Stored(GlobalId),
}

/// A stored module global.
#[derive(Clone, Debug, PartialEq)]
pub struct Global {
    pub name: String,
    pub ty: Ty,
}

/// A user function.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    /// The `def` statement's span (its start gives the line).
    pub span: Span,
    /// The parameter locals, in order: the first `params.len()` of `locals`.
    pub params: Vec<LocalId>,
    pub ret: Ty,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    /// Per parameter, its default (already of the parameter's type).
    pub defaults: Vec<Option<Const>>,
    /// The function's docstring (`__doc__`).
    pub doc: Option<String>,
    /// Its closure variables (see [`Closure`]); empty for a plain function.
    pub closure: Closure,
}

/// How a function takes part in closures (`taipan_types/src/closures.rs`).
///
/// A *cell* is a variable that a nested function captures and that is
/// assigned after the capture (or through `nonlocal`): it lives in a heap
/// cell shared by every function that sees it, so each sees the others'
/// assignments (CPython's cell semantics). The checker reads a cell local
/// with [`ExprKind::CellGet`] and stores it through [`Place::Cell`], never
/// as a plain local.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Closure {
    /// For the code of a function value (a nested `def`, a `lambda`, or the
    /// wrapper of a module function used as a value): `Some`. Its first
    /// parameter is then the closure object itself, and local `captures[i]`
    /// starts as the closure's captured value `i` (a cell, for a cell local).
    pub captures: Option<Vec<LocalId>>,
    /// The locals that are cells. Those that are not captures get a new
    /// cell (unbound) when the function starts.
    pub cells: Vec<LocalId>,
}

/// The name prefix of the code of a bound method used as a value
/// (`bound_methods.rs`): a wrapper that calls the method, which is no Python
/// frame, so tracebacks show none for it.
pub const BOUND_METHOD_CODE_PREFIX: &str = "<bound method ";

/// The name prefix of the code that makes a module function a function
/// value (`closures.rs`): it only calls the function, so it is no Python
/// frame either.
pub const FUNCTION_VALUE_CODE_PREFIX: &str = "<function value ";

/// The name prefix of a decorated function's own code (`decorators.rs`):
/// its frames show the name the `def` gave it, as CPython's do.
pub const UNDECORATED_PREFIX: &str = "__taipan_undecorated_";

impl Function {
    /// Whether the function is part of the module's public interface (its name
    /// does not start with `_`): what an extension module exports.
    /// Generated functions (`<lambda>`, the code of function values) never are.
    pub fn is_public(&self) -> bool {
        !self.name.starts_with('_') && !self.name.starts_with('<') && self.closure.captures.is_none()
    }
}

/// A local variable.
#[derive(Clone, Debug, PartialEq)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
    /// Some read of this local is `checked` (it may be unbound there), so
    /// lowering must track whether it is bound.
    pub needs_bound_flag: bool,
}

/// Where an assignment stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
    /// A local that is a cell (see [`Closure`]): the value goes into the cell.
    Cell(LocalId),
}

/// One target of an assignment: the value, converted if the target's type asks
/// for it (`x: float = 1`), is stored at `place`.
#[derive(Clone, Debug, PartialEq)]
pub struct AssignTarget {
    pub place: Place,
    pub convert: Option<Conversion>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// Evaluates the expression and drops the value.
    Expr(Expr),
    /// Evaluates `value` once and stores it into each target, left to right.
    Assign {
        targets: Vec<AssignTarget>,
        value: Expr,
    },
    /// `cond` may have any type: its truthiness decides.
    If {
        cond: Expr,
        then_body: Vec<Stmt>,
        else_body: Vec<Stmt>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for target in range(start, stop, step)`: the bounds are `int`s evaluated
    /// once, before the loop; `step` is `Const(1)` when omitted.
    ForRange {
        target: AssignTarget,
        start: Box<Expr>,
        stop: Box<Expr>,
        step: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    /// The value already has the function's return type.
    Return(Option<Expr>),
    /// `assert cond[, msg]`; `cond` may have any type.
    Assert {
        cond: Expr,
        msg: Option<String>,
    },
    /// A `def` statement ran: marks the function's global defined.
    MarkDefined(GlobalId),
    /// `container[index] = value` on a list. With `aug` (`xs[i] += v`), the
    /// container and index are evaluated once, then the element as it is
    /// (`ExprKind::CurrentItem` inside `value`), then `value`.
    SetItem {
        container: Expr,
        index: Expr,
        value: Expr,
        aug: bool,
    },
    /// `a, (b, c) = value`: `value` is evaluated once, then unpacked into the
    /// target's names left to right.
    Unpack {
        target: Target,
        value: Expr,
    },
    /// `for target in iter` over a list, a tuple or a str (`iter.ty`); the
    /// iterable is evaluated once, before the loop.
    ForEach {
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `obj.field = value`: `obj` is an instance (never None) of a class with
    /// field `index`; `value` already has the field's type. `obj` is evaluated
    /// first, then `value`.
    SetField {
        obj: Expr,
        index: u32,
        value: Expr,
    },
    /// `raise exc from cause`: `exc` is an exception (`Ty::Exception`);
    /// `cause` is evaluated for its effects only (the last line of an
    /// uncaught exception's traceback is `exc`'s). `exc: None` is a bare
    /// `raise` inside an except clause: the exception it caught, again.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `yield value` in a generator function (`Module::generators`): the
    /// value, of the generator's element type, becomes the next element,
    /// and the function is suspended until the consumer asks for another.
    Yield(Expr),
    /// `try` with its `except` clauses (tried in order), `else` (runs when
    /// the body completes normally) and `finally` (runs on every way out).
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `del x` of a local: raises `UnboundLocalError` if `x` is unbound
    /// (the checker gives every deleted local a bound flag), else releases
    /// its value and marks it unbound.
    DelLocal(LocalId),
}

/// One `except` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The classes it catches (and their subclasses); empty for a bare `except:`.
    pub kinds: Vec<ExcClass>,
    /// `as name`: where the caught exception is stored. Python deletes the
    /// name at the end of the clause.
    pub name: Option<AssignTarget>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// Where an unpacking assignment or a `for` loop stores.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// One name; the value has type `ty` (before `convert`).
    Name { target: AssignTarget, ty: Ty },
    /// A tuple pattern for a value of `tuple[...]` type `ty`: field `i` goes to
    /// `items[i]`.
    Tuple { items: Vec<Target>, ty: Ty },
    /// `a, b = xs` / `first, *rest = xs` for a list, a `tuple[T, ...]` (or a
    /// tuple of one field type) or a str (no star) `ty`: the length is
    /// checked at run time (`ValueError` as CPython); the starred item
    /// (index `star`) receives a `list[T]` of the middle elements.
    Seq { items: Vec<Target>, star: Option<usize>, ty: Ty },
    /// A name that could not be bound (an error was reported, or a folded
    /// global): the value is dropped.
    Discard,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub span: Span,
}

impl Expr {
    pub fn as_const(&self) -> Option<&Const> {
        match &self.kind {
            ExprKind::Const(c) => Some(c),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Const(Const),
    /// With `checked`, the local may be unbound here: raise `UnboundLocalError`.
    Local {
        id: LocalId,
        checked: bool,
    },
    /// With `checked`, the global may not be assigned yet: raise `NameError`.
    Global {
        id: GlobalId,
        checked: bool,
    },
    Convert {
        conv: Conversion,
        arg: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        arg: Box<Expr>,
    },
    /// Both operands have the same type: `int`, `float`, or `bool` (bitwise ops
    /// only). The result type is the expression's.
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// A comparison chain `a < b <= c`: each operand is evaluated at most once,
    /// and evaluation stops at the first false comparison. See `CmpOp` for the
    /// operand types.
    Compare {
        operands: Vec<Expr>,
        ops: Vec<CmpOp>,
    },
    /// `a and b and c`: every value has the expression's type; the result is the
    /// first falsy (`and`) or truthy (`or`) value, or the last.
    BoolOp {
        op: BoolOpKind,
        values: Vec<Expr>,
    },
    /// `then_value if cond else else_value`; both values have the expression's type.
    IfExp {
        cond: Box<Expr>,
        then_value: Box<Expr>,
        else_value: Box<Expr>,
    },
    /// A call of a user function. `args` are evaluated in source order; `slots`
    /// gives, per parameter, which argument or default it receives. Each argument
    /// already has its parameter's type. With `check_defined`, the function's
    /// `def` may not have run yet: load its marker global checked first.
    Call {
        func: FuncId,
        args: Vec<Expr>,
        slots: Vec<ArgSlot>,
        check_defined: Option<GlobalId>,
    },
    /// A builtin or `math` function; arguments already have the types it takes.
    Builtin {
        func: Builtin,
        args: Vec<Expr>,
    },
    /// `print(*args, sep=sep, end=end, flush=flush)`. `None` separators mean the
    /// defaults (`" "` and `"\n"`). Arguments may have any type. `to_stderr`:
    /// `file=sys.stderr` (else stdout).
    Print {
        args: Vec<Expr>,
        sep: Option<String>,
        end: Option<String>,
        flush: bool,
        to_stderr: bool,
    },
    /// An operation on str or container values; `args` already have the types
    /// the op's doc says.
    ObjOp {
        op: ObjOp,
        args: Vec<Expr>,
    },
    /// `[a, b, ...]`: every item already has the element type.
    List {
        items: Vec<Expr>,
    },
    /// `(a, b, ...)`: item `i` has field type `i` of the expression's type.
    Tuple {
        items: Vec<Expr>,
    },
    /// An f-string: the concatenation of `parts`, each a `str`.
    FString {
        parts: Vec<Expr>,
    },
    /// Inside the value of an augmented `StmtKind::SetItem`: the element
    /// before the assignment.
    CurrentItem,
    /// `E(args)` for an exception class whose `__init__` is a user method:
    /// a new exception object of `class` (fields zero) whose `args` are the
    /// first `positional` arguments (as `BaseException.__new__` sets them),
    /// then passed with `args` to `init` as `New` does.
    NewException { class: ExcClass, init: FuncId, args: Vec<Expr>, positional: usize, slots: Vec<ArgSlot> },
    /// `C(args)`: a new instance of `class` (fields zero), passed with `args`
    /// to `init` (`__init__`, whose parameters after `self` `slots` fill as
    /// for a `Call`); the value is the instance.
    New {
        class: ClassId,
        init: Option<FuncId>,
        args: Vec<Expr>,
        slots: Vec<ArgSlot>,
    },
    /// Field `index` of `obj`, an instance (never None) of a class that has it.
    FieldGet {
        obj: Box<Expr>,
        index: u32,
    },
    /// A call of a method that subclasses of the receiver's class override:
    /// `call` is the `Call` of the receiver's own method (the receiver is its
    /// first argument); after the arguments are evaluated, the receiver's
    /// class picks the function (`Override`s, first match).
    MethodCall {
        call: Box<Expr>,
        overrides: Vec<Override>,
    },
    /// `arg is None` (`negated`: `is not None`), for an object `arg`.
    IsNone {
        arg: Box<Expr>,
        negated: bool,
    },
    /// `len(obj)` through a class's `__len__`: `call` is the method call
    /// (an `int`); a negative result raises CPython's
    /// `ValueError: __len__() should return >= 0`.
    InstanceLen(Box<Expr>),
    /// `lhs is rhs` (`negated`: `is not`) for two objects: identity. Also
    /// `==`/`!=` between instances whose classes define no comparison methods.
    IsSame {
        lhs: Box<Expr>,
        rhs: Box<Expr>,
        negated: bool,
    },
    /// `isinstance(arg, C)`: whether the class id of `arg` (an instance) is
    /// in `lo..hi` (`C` and its subclasses).
    IsInstance {
        arg: Box<Expr>,
        lo: u32,
        hi: u32,
    },
    /// `{k: v, ...}`: every key and value already has the dict's key / value type.
    Dict {
        items: Vec<(Expr, Expr)>,
    },
    /// `{a, b, ...}`: every item already has the element type. With
    /// `constant`, CPython builds it from a frozenset constant (more than two
    /// items, all constants in the source), which lays the table out in its
    /// own order.
    Set {
        items: Vec<Expr>,
        constant: bool,
    },
    /// A list, set or dict comprehension (the expression's type says which).
    Comprehension(Box<Comprehension>),
    /// Evaluates `values` once, left to right, then `body`, in which
    /// `LetValue(i)` reads value `i` (`"{1}{0}{1}".format(f(), g())`
    /// evaluates `f()` and `g()` once, in source order).
    Let {
        values: Vec<Expr>,
        body: Box<Expr>,
    },
    /// Value `i` of the innermost enclosing `Let`.
    LetValue(u32),
    /// The value in the cell of a cell local (see [`Closure`]). With
    /// `checked`, the variable may be unbound here: raise `UnboundLocalError`.
    CellGet {
        id: LocalId,
        checked: bool,
    },
    /// A new function value (`Ty::Callable`): the code of `func` (a function
    /// with `Closure::captures`) with the captured values, in order.
    MakeClosure {
        func: FuncId,
        captures: Vec<Capture>,
    },
    /// `callee(args...)` for a function value `callee` (evaluated first),
    /// with every argument already of its parameter's type.
    CallValue {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `(name := value)`: evaluates `value`, stores it into `target`, and
    /// gives `value` (before the target's conversion). The checker rejects
    /// an expression that reads the name before the assignment, so no
    /// earlier operand of the same statement sees the store.
    AssignExpr {
        target: AssignTarget,
        value: Box<Expr>,
    },
}

/// One captured value of a [`ExprKind::MakeClosure`].
#[derive(Clone, Debug, PartialEq)]
pub enum Capture {
    /// A value copied into the closure (a variable never assigned after it
    /// is captured).
    Value(Expr),
    /// The cell of a cell local of the enclosing function, shared.
    Cell(LocalId),
}

/// Operations on str and container values (`ExprKind::ObjOp`). Sequences are
/// `str`, `list[T]`, `tuple[...]`; the lowering dispatches on the argument types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjOp {
    /// `len(x)` of a str or container.
    Len,
    /// `str(x)` of any supported value.
    Str,
    /// `repr(x)` of any supported value.
    Repr,
    /// `ascii(x)` (the `!a` conversion).
    Ascii,
    /// `format(x, spec)`: `[x, spec: str]`.
    Format,
    /// `a + b` of two sequences of the same type.
    Concat,
    /// `seq * n`: `[seq, n: int]`.
    Repeat,
    /// `n * seq`: `[n: int, seq]` (evaluated in that order).
    RepeatCountFirst,
    /// `seq[i]` with a run-time index: `[seq, i: int]` for a str, a list or a
    /// `tuple[T, ...]`; negative indices count from the end; `IndexError`.
    Index,
    /// `t[i]` for a fixed tuple and a constant index already in range (and
    /// made non-negative): `[t]`.
    TupleField(u32),
    /// `seq[start:stop:step]`: `[seq, start, stop, step]`, each bound an `int`
    /// or the `None` constant when omitted.
    Slice,
    /// `item in container` (`[item, container]`), giving a `bool`.
    Contains,
    /// `xs.append(x)`: `[xs, x]`.
    ListAppend,
    /// `xs.pop()` / `xs.pop(i)`: `[xs]` or `[xs, i: int]`.
    ListPop,
    /// `xs.extend(ys)` for a list `ys` of the same type: `[xs, ys]`.
    ListExtend,
    /// `xs.insert(i, x)`: `[xs, i: int, x]`.
    ListInsert,
    /// `list(range(start, stop, step))`: `[start, stop, step]`, all `int`s;
    /// or the elements of a range object: `[r]` (`range_value.rs`).
    ListFromRange,
    /// `list(xs)` / `xs.copy()` of a list: `[xs]`.
    ListCopy,
    /// `list(t)` of a `tuple[T, ...]` (or a fixed tuple of one field type): `[t]`.
    TupleToList,
    /// `int(s)` / `int(s, base)` of a str: `[s]` or `[s, base: int]`;
    /// `ValueError` as CPython.
    ParseInt,
    /// `float(s)` of a str: `[s]`; `ValueError` as CPython.
    ParseFloat,
    /// An operation on a dict (see [`DictOp`]).
    Dict(DictOp),
    /// An operation on a set (see [`SetOp`]).
    Set(SetOp),
    /// More list operations and builtins over lists (see [`SeqOp`]).
    Seq(SeqOp),
    /// `heapq` and `bisect` functions on lists (see [`HeapBisectOp`]).
    HeapBisect(HeapBisectOp),
    /// An operation on a `collections.deque` (see [`DequeOp`]).
    Deque(DequeOp),
    /// An operation on a `range` object (see [`RangeOp`]).
    Range(RangeOp),
    /// `defaultdict`/`Counter` construction and methods (see [`DictFlavorOp`]).
    DictFlavor(DictFlavorOp),
    /// A str method or a builtin on str/int that gives or takes a str (see
    /// [`StrOp`] for the operands).
    StrOp(StrOp),
    /// `divmod(a, b)`: two `int`s or two `float`s, giving `tuple[T, T]`.
    Divmod,
    /// `pow(base, exp, mod)`: three `int`s.
    PowMod,
    /// `Class(*args)` for an exception class: a new exception object;
    /// `args` may have any types.
    ExcNew(ExcClass),
    /// `e.args` of an exception object: a new reference to its args tuple,
    /// typed by `exception_args.rs` from every place the program makes one.
    ExcArgs,
    /// `BaseException.__init__(e, *args)` (a `super().__init__(...)` that
    /// reaches it): the first operand is the exception, whose `args` become
    /// the others. Gives `None`.
    ExcInit,
    /// `BaseException.__str__(e)` (`super().__str__()`): the text of `e`'s
    /// args, ignoring any `__str__` of its class.
    ExcBaseStr,
    /// `isinstance(e, C)` of an exception `e`: `[e, class id: int const]`.
    ExcIsInstance,
    /// `type(x).__name__` of an exception or an instance: `[x]`.
    TypeName,
    /// The run-time type code (`taipan_abi::type_code`) of a union value
    /// `[x]` (`union.rs`): an `int`.
    TypeCode,
    /// An operation on an `Iterable`/`Collection`/`Sequence` value (see [`AbstractOp`]).
    Abstract(AbstractOp),
}

/// Which value a parameter receives.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgSlot {
    /// The call's argument at this index (into `args`).
    Arg(usize),
    /// The parameter's default.
    Default(Const),
}

/// A conversion between types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// Int → float promotion (an int stored where a float is declared stays
    /// an int where the place can hold one: `num_places.rs`).
    IntToFloat,
    /// `float(x)` of a float: its value as a float, even when the place it
    /// comes from holds an int (`num_places.rs`).
    ToFloat,
    /// `None` stored where a `T | None` goes: the null object.
    NoneToNull,
    /// An `int`/`float`/`bool` stored where an `int | None` / `float | None` /
    /// `bool | None` of the same number type goes: a new box holding it.
    Box,
    /// An `int` stored where a `float | None` goes: a new box holding it
    /// converted to float.
    BoxIntAsFloat,
    /// A narrowed `int | None` (`float | None`, `bool | None`) read as its
    /// number: the value in its box, which is never null here.
    Unbox,
    /// A read of an optional attribute narrowed to its value type
    /// (`if self.root is not None: self.root.key`): the same representation,
    /// checked not null, since only the checker's invalidation keeps it so.
    CheckNotNone,
    /// A bool used as an int (`True + 1`, `int(True)`).
    BoolToInt,
    /// `int(float)`: truncation; raises for inf, NaN and out-of-range values.
    FloatToInt,
    /// Truthiness (`bool(x)`): any type → `bool`.
    Truth,
    /// The same pointer seen as another object type: a `str` (or `str |
    /// None`) stored where a union goes, or a union narrowed to its `str`
    /// (`union.rs`): the IR types differ (`Str`, `Obj`), the value does not.
    Reinterpret,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x` on an `int` or a `float`.
    Neg,
    /// `~x` on an `int`.
    Invert,
    /// `not x` on any type (by truthiness), giving a `bool`.
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// `/`: on two `int`s it gives a `float`.
    TrueDiv,
    FloorDiv,
    Mod,
    /// `**`: `int ** int` gives an `int` (the exponent may be negative only at
    /// run time, which raises); `float ** float` gives a `float`.
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    /// `@`: only user classes define it (`__matmul__`); the checker turns
    /// every `@` into a method call, so no `Binary` expression carries it.
    MatMul,
}

impl BinOp {
    /// The operator as Python writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// A comparison. Numbers compare in any mix of types; str, list and tuple
/// values compare with a value of the same type (`==`/`!=` for any of them,
/// ordering lexicographically); `In`/`NotIn` test membership of the left
/// operand in the right one (a substring for a str).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

/// A builtin function, resolved for its argument types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `abs(x)` of an `int` or a `float`.
    Abs,
    /// `round(x)` of a `float`, giving an `int`.
    Round,
    /// `round(x, ndigits)` of a `float` (giving a `float`) or an `int` (giving an `int`).
    RoundDigits,
    /// `min(a, b, ...)` / `max(a, b, ...)`: two or more arguments of the
    /// expression's type; the first minimal / maximal one wins, as in CPython.
    Min,
    Max,
    /// `hash(x)` of a hashable value (`dict_set::is_hashable`), as CPython
    /// computes it (an instance's `__hash__`, or its identity).
    Hash,
    /// `sys.argv`: the program's argument list (`list[str]`), the same list
    /// object on every read, as CPython's.
    SysArgv,
    /// `input(prompt)`: the prompt is a `str` or the None constant (none).
    Input,
    Math(MathFn),
    /// A `random` module function (`random_module.rs`), drawing from the
    /// module's hidden generator; or `random.Random(...)` (`New`, `NewEntropy`).
    Random(RandomFn),
    /// The same function as a method of a `random.Random` value: the
    /// generator is the first argument.
    RandomMethod(RandomFn),
    /// A `time` module function (`time_module.rs`).
    Time(TimeFn),
    /// An `itertools` iterator, built as the list of its elements
    /// (`itertools_module.rs`).
    Itertools(ItertoolsFn),
}

/// An `itertools` function, giving a list. `pools` is a tuple of lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItertoolsFn {
    /// `[pools, repeat: int]`.
    Product,
    /// `[xs, r: int]` (`i64::MIN` for `permutations` without `r`).
    Permutations,
    Combinations,
    CombinationsWithReplacement,
    /// `[xs]` of ints or floats.
    Accumulate,
    /// `[pools]`, every list of the result's element type.
    Chain,
    /// `[xs]`.
    Pairwise,
}

/// A `random` module function; arguments are already converted (ints as
/// `int`, floats as `float`, sequences as lists).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RandomFn {
    /// `random.Random(n)` of an int, a new `Ty::Random`; `NewEntropy` is
    /// `Random()` / `Random(None)`. Module-level only.
    New,
    NewEntropy,
    /// `seed(n)` of an int; `SeedEntropy` is `seed()` / `seed(None)`.
    Seed,
    SeedEntropy,
    Random,
    Getrandbits,
    /// `randrange(stop)`; `Randrange` is `randrange(start, stop, step)`.
    RandrangeStop,
    Randrange,
    Randint,
    /// `uniform(a, b)` of floats; `UniformInt` of two ints.
    Uniform,
    UniformInt,
    Gauss,
    /// `expovariate(lambd)`.
    Expovariate,
    /// `choice(xs)`, `shuffle(xs)`, `sample(xs, k)`, `choices(xs, k=k)` of a list.
    Choice,
    Shuffle,
    Sample,
    Choices,
    /// `choice`, `sample`, `choices` of a `range(start, stop, step)`:
    /// `[start, stop, step]`, then `k`.
    ChoiceRange,
    SampleRange,
    ChoicesRange,
    /// `choices(xs, weights, k=k)`: `[xs, weights, k]`, `weights` a list of
    /// ints or floats.
    ChoicesWeighted,
}

/// A `time` module function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeFn {
    Time,
    TimeNs,
    /// `perf_counter()` and `monotonic()`.
    PerfCounter,
    PerfCounterNs,
    ProcessTime,
    Sleep,
}

/// A `math` module function. Arguments are already converted: `float`
/// parameters receive `float`s, `int` parameters `int`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathFn {
    Sqrt,
    Exp,
    Log,
    /// `log(x, base)`.
    LogBase,
    Log2,
    Log10,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Atan2,
    Hypot,
    Pow,
    Fmod,
    Copysign,
    Degrees,
    Radians,
    Fabs,
    /// `floor`/`ceil`/`trunc` of a `float`, giving an `int`.
    Floor,
    Ceil,
    Trunc,
    Isqrt,
    Gcd,
    Lcm,
    Factorial,
    Comb,
    Perm,
    Expm1,
    Log1p,
    /// The number methods `int.bit_length()`, `int.bit_count()` and
    /// `float.is_integer()`, called like the math functions
    /// (`number_methods.rs`).
    BitLength,
    BitCount,
    IsInteger,
    /// `isclose(a, b, rel_tol, abs_tol)`: four `float`s, giving a `bool`.
    Isclose,
    Isnan,
    Isinf,
    Isfinite,
    /// `prod(xs, start=n)` of a list of ints or bools with an int start
    /// (`[xs, start]`), giving an int; `ProdFloat` of a list of numbers with
    /// a float start, giving a float (`math_sequences.rs`).
    ProdInt,
    ProdFloat,
    /// `fsum(xs)` of a list of numbers (lowering runs a generator operand
    /// element by element).
    Fsum,
    /// `dist(p, q)` of two lists of numbers.
    Dist,
}

/// Str methods and str builtins (`ObjOp::StrOp`). The operands are the
/// receiver (or the builtin's argument), then each parameter in CPython's
/// order; an omitted optional parameter is the `None` constant (lowering
/// passes the runtime's default). `start`/`end`/`count`/`maxsplit`/`width`
/// are `int`s, the others `str`s unless said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrOp {
    /// `s.split(sep, maxsplit)` → `list[str]`; also `Rsplit`.
    Split,
    Rsplit,
    /// `s.splitlines(keepends: bool)` → `list[str]`.
    Splitlines,
    /// `s.partition(sep)` → `tuple[str, str, str]`; also `Rpartition`.
    Partition,
    Rpartition,
    /// `sep.join(items)`: `items` a `list[str]` (the checker makes other
    /// iterables of strs a list first).
    Join,
    /// `s.strip(chars)`, `lstrip`, `rstrip`.
    Strip,
    Lstrip,
    Rstrip,
    /// `s.replace(old, new, count)`.
    Replace,
    /// `s.removeprefix(prefix)`, `s.removesuffix(suffix)`.
    Removeprefix,
    Removesuffix,
    /// `s.find(sub, start, end)` → `int`; also the others of the family.
    Find,
    Rfind,
    Index,
    Rindex,
    Count,
    /// `s.startswith(prefix, start, end)` → `bool`; `prefix` a str or a tuple
    /// of strs (fixed or `tuple[str, ...]`).
    Startswith,
    Endswith,
    Upper,
    Lower,
    Casefold,
    Swapcase,
    Title,
    Capitalize,
    /// The `is...()` predicates → `bool`.
    Isdigit,
    Isdecimal,
    Isnumeric,
    Isalpha,
    Isalnum,
    Isspace,
    Isprintable,
    Isascii,
    Isupper,
    Islower,
    Istitle,
    /// `s.zfill(width)`.
    Zfill,
    /// `s.ljust(width, fillchar)`, `rjust`, `center`.
    Ljust,
    Rjust,
    Center,
    /// `ord(c)` → `int`.
    Ord,
    /// `chr(i: int)`.
    Chr,
    /// `hex(i: int)`, `oct`, `bin`.
    Hex,
    Oct,
    Bin,
}
