//! The value types of the language ([`Ty`]), shared by the checker, the HIR and
//! lowering.
//!
//! `Ty` is `Copy`, so the checker can pass types around freely and match on
//! them (`Ty::List(&Ty::Float)`): the element types of containers are interned
//! `&'static` references. Interning (one leaked allocation per distinct type,
//! for the life of the process) keeps memory bounded by the number of distinct
//! types a compilation mentions, which is small.

use std::collections::HashSet;
use std::fmt;
use std::sync::{Mutex, OnceLock};

pub use taipan_abi::ExcKind;

/// Which abstract collection type a `Ty::Abstract` is: what it accepts and
/// which operations it has (`abstract_collections.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbstractKind {
    /// Iteration only; accepts iterators too.
    Iterable,
    /// Iteration, `len`, `in`: any container.
    Collection,
    /// A `Collection` with indexing and slicing: list, tuple, str, deque.
    Sequence,
}

impl AbstractKind {
    pub fn name(self) -> &'static str {
        match self {
            AbstractKind::Iterable => "Iterable",
            AbstractKind::Collection => "Collection",
            AbstractKind::Sequence => "Sequence",
        }
    }
}

/// A user class: its id (the index of the class in `hir::Module::classes`
/// and in the program's class table) and its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClassId {
    pub index: u32,
    pub name: &'static str,
}

impl ClassId {
    /// A class id with its name interned (leaked once per distinct name).
    pub fn new(index: u32, name: &str) -> ClassId {
        ClassId { index, name: intern_name(name) }
    }
}

/// A value type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    None,
    Str,
    /// `list[T]`.
    List(&'static Ty),
    /// `tuple[A, B, ...]`: a fixed number of fields, each with its own type
    /// (`tuple[()]`, the empty tuple, has none).
    Tuple(&'static [Ty]),
    /// `tuple[T, ...]`: any number of fields of one type.
    TupleOf(&'static Ty),
    /// `dict[K, V]`.
    Dict(&'static Ty, &'static Ty),
    /// `set[T]`.
    Set(&'static Ty),
    /// `collections.deque[T]` (`deque_type.rs`).
    Deque(&'static Ty),
    /// An exception object of an exception class (or a subclass of it:
    /// `except (KeyError, IndexError) as e` gives `e` the type `LookupError`).
    Exception(ExcClass),
    /// An instance of a user class (or of one of its subclasses).
    Instance(ClassId),
    /// `T | None` (`Optional[T]`): `None` is the null pointer. For an object
    /// type `T` (instances, str, containers) a value converts between `T` and
    /// `T | None` as it is; for `int`, `float` and `bool` the other values are
    /// boxes (`Conversion::Box`/`Unbox`, see `optional_scalar.rs`).
    Optional(&'static Ty),
    /// `A | B | ...` of two or more members that can be told apart at run
    /// time (`union.rs`), none of them None (a nullable union is the
    /// `Optional` of one), in a canonical order (so equal unions are equal
    /// types). One pointer: numbers are boxed, the other members are their
    /// own objects; `taipan_abi::type_code` tells them apart.
    Union(&'static [Ty]),
    /// `Iterator[T]` (also written `Iterable[T]`, `Generator[T, None, None]`):
    /// a generator object, what calling a generator function gives
    /// (`generator_fn.rs`); iterating it resumes the function.
    Iterator(&'static Ty),
    /// `Iterable[T]`, `Collection[T]` or `Sequence[T]` (from `typing` or
    /// `collections.abc`): a pointer to whichever concrete object was passed
    /// (a list, tuple, str, set, dict, deque or, for `Iterable`, an
    /// iterator); the runtime dispatches on its tag (`abstract_collections.rs`).
    Abstract(AbstractKind, &'static Ty),
    /// `object`: only the `other` parameter of `__eq__`/`__ne__`
    /// (`special_methods.rs`). An instance of any user class (or None, the
    /// null pointer), usable only through `isinstance` narrowing and `is`.
    Object,
    /// A function value (`Callable[[A, B], R]`): a closure object
    /// (`closures.rs`), called through its code pointer.
    Callable(&'static CallableSig),
    /// A `random.Random` generator (`random_module.rs`): a runtime object
    /// holding its own Mersenne Twister.
    Random,
    /// A `range` object (`range_value.rs`): immutable start, stop and step.
    /// Not a list of its ints as far as `iter_elem` goes: where a range is
    /// iterated, the checker turns it into its elements explicitly.
    Range,
    /// The type of an expression that already has an error. Only appears in
    /// the HIR of rejected programs, so lowering never sees it.
    Unknown,
}

impl Ty {
    pub fn list(elem: Ty) -> Ty {
        Ty::List(intern_one(elem))
    }

    pub fn tuple(fields: &[Ty]) -> Ty {
        Ty::Tuple(intern_slice(fields))
    }

    pub fn tuple_of(elem: Ty) -> Ty {
        Ty::TupleOf(intern_one(elem))
    }

    pub fn dict(key: Ty, value: Ty) -> Ty {
        Ty::Dict(intern_one(key), intern_one(value))
    }

    pub fn set(elem: Ty) -> Ty {
        Ty::Set(intern_one(elem))
    }

    pub fn deque(elem: Ty) -> Ty {
        Ty::Deque(intern_one(elem))
    }

    pub fn iterator(elem: Ty) -> Ty {
        Ty::Iterator(intern_one(elem))
    }

    pub fn abstract_of(kind: AbstractKind, elem: Ty) -> Ty {
        Ty::Abstract(kind, intern_one(elem))
    }

    pub fn optional(inner: Ty) -> Ty {
        Ty::Optional(intern_one(inner))
    }

    pub fn callable(params: &[Ty], ret: Ty) -> Ty {
        Ty::Callable(intern_sig(CallableSig { params: intern_slice(params), ret }))
    }

    /// Whether a value of this type is or holds a function value, which
    /// CPython prints by address and compares by identity: taipan rejects
    /// printing and comparing them (`closures.rs`).
    pub fn has_callable(self) -> bool {
        match self {
            Ty::Callable(_) => true,
            Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e) | Ty::Deque(e) | Ty::Optional(e) | Ty::Abstract(_, e) => e.has_callable(),
            Ty::Tuple(fields) | Ty::Union(fields) => fields.iter().any(|f| f.has_callable()),
            Ty::Dict(k, v) => k.has_callable() || v.has_callable(),
            _ => false,
        }
    }

    /// The type an `Optional` stands for when it is not None (itself otherwise).
    pub fn without_none(self) -> Ty {
        match self {
            Ty::Optional(inner) => *inner,
            other => other,
        }
    }

    /// The name of the type of a value, as CPython's messages print it
    /// (`NoneType`, `list`).
    pub fn python_name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::None => "NoneType",
            Ty::Str => "str",
            Ty::List(_) => "list",
            Ty::Tuple(_) | Ty::TupleOf(_) => "tuple",
            Ty::Dict(..) => "dict",
            Ty::Set(_) => "set",
            Ty::Deque(_) => "deque",
            Ty::Exception(class) => class.name(),
            Ty::Instance(class) => class.name,
            // What the value is when the message matters: `None` slipped through.
            Ty::Optional(_) => "NoneType",
            // (Its members', as messages about an un-narrowed union show it.)
            Ty::Union(_) => intern_name(&self.to_string()),
            Ty::Iterator(_) => "generator",
            // The object's own type names it at run time; messages about the
            // static type name the abstract one.
            Ty::Abstract(kind, _) => kind.name(),
            Ty::Object => "object",
            Ty::Callable(_) => "function",
            Ty::Random => "Random",
            Ty::Range => "range",
            Ty::Unknown => "<unknown>",
        }
    }

    /// `int | None`, `float | None` or `bool | None`: an optional whose
    /// values are boxed.
    pub fn is_optional_number(self) -> bool {
        matches!(self, Ty::Optional(inner) if inner.is_number())
    }

    /// `int`, `float` or `bool`.
    pub fn is_number(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
    }

    /// Whether values of this type are refcounted heap objects.
    pub fn is_object(self) -> bool {
        matches!(
            self,
            Ty::Str | Ty::List(_) | Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Deque(_) | Ty::Exception(_)
                | Ty::Instance(_)
                | Ty::Optional(_)
                | Ty::Union(_)
                | Ty::Iterator(_)
                | Ty::Abstract(..)
                | Ty::Object
                | Ty::Callable(_)
                | Ty::Random
                | Ty::Range
        )
    }

    /// Whether the type (or an element type inside it) is still unknown.
    pub fn has_unknown(self) -> bool {
        match self {
            Ty::Unknown => true,
            Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e) | Ty::Deque(e) | Ty::Iterator(e) | Ty::Abstract(_, e) => e.has_unknown(),
            Ty::Tuple(fields) | Ty::Union(fields) => fields.iter().any(|f| f.has_unknown()),
            Ty::Dict(k, v) => k.has_unknown() || v.has_unknown(),
            Ty::Callable(sig) => sig.params.iter().any(|p| p.has_unknown()) || sig.ret.has_unknown(),
            _ => false,
        }
    }

    /// The type a `for` loop over a value of this type binds, and `x in` tests:
    /// the elements of a list, set, `tuple[T, ...]`; the keys of a dict; the
    /// characters of a str. `None` for types that are not iterable (or fixed
    /// tuples of mixed types).
    pub fn iter_elem(self) -> Option<Ty> {
        match self {
            Ty::Str => Some(Ty::Str),
            Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e) | Ty::Deque(e) | Ty::Iterator(e) => Some(*e),
            Ty::Dict(k, _) => Some(*k),
            Ty::Tuple(fields) => match fields.split_first() {
                Some((first, rest)) if rest.iter().all(|f| f == first) => Some(*first),
                _ => None,
            },
            _ => None,
        }
    }
}

impl fmt::Display for Ty {
    /// As written in annotations and shown in messages: `int`, `None`,
    /// `list[int]`, `tuple[int, str]`, `tuple[int, ...]`, `dict[str, list[float]]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int => f.write_str("int"),
            Ty::Float => f.write_str("float"),
            Ty::Bool => f.write_str("bool"),
            Ty::None => f.write_str("None"),
            Ty::Str => f.write_str("str"),
            Ty::List(e) => write!(f, "list[{e}]"),
            Ty::Tuple([]) => f.write_str("tuple[()]"),
            Ty::Tuple(fields) => {
                f.write_str("tuple[")?;
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{field}")?;
                }
                f.write_str("]")
            }
            Ty::TupleOf(e) => write!(f, "tuple[{e}, ...]"),
            Ty::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Ty::Set(e) => write!(f, "set[{e}]"),
            Ty::Deque(e) => write!(f, "deque[{e}]"),
            Ty::Exception(class) => f.write_str(class.name()),
            Ty::Instance(class) => f.write_str(class.name),
            Ty::Optional(inner) => write!(f, "{inner} | None"),
            Ty::Union(members) => {
                for (i, m) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" | ")?;
                    }
                    write!(f, "{m}")?;
                }
                Ok(())
            }
            Ty::Iterator(e) => write!(f, "Iterator[{e}]"),
            Ty::Abstract(kind, e) => write!(f, "{}[{e}]", kind.name()),
            Ty::Object => f.write_str("object"),
            Ty::Callable(sig) => {
                f.write_str("Callable[[")?;
                for (i, p) in sig.params.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{p}")?;
                }
                write!(f, "], {}]", sig.ret)
            }
            Ty::Random => f.write_str("random.Random"),
            Ty::Range => f.write_str("range"),
            Ty::Unknown => f.write_str("<unknown>"),
        }
    }
}

fn intern_name(name: &str) -> &'static str {
    static TABLE: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut table = TABLE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = table.get(name) {
        return found;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    table.insert(leaked);
    leaked
}

/// An exception class: a built-in one, or a user class deriving from one
/// (`class InsufficientFunds(ValueError): pass`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExcClass {
    Builtin(ExcKind),
    /// Leaked once per class a compilation defines, so `Ty` stays `Copy` and
    /// a class knows its name and base without a table.
    User(&'static UserExc),
}

/// A user exception class. `index` numbers them in definition order.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct UserExc {
    pub index: u32,
    pub name: &'static str,
    pub base: ExcClass,
    /// Its declaration index among the module's classes (`class_env`), which
    /// knows its fields and methods: an exception class is also a class.
    pub decl: u32,
}

impl ExcClass {
    pub fn name(self) -> &'static str {
        match self {
            ExcClass::Builtin(kind) => kind.name(),
            ExcClass::User(user) => user.name,
        }
    }

    /// The direct base class (`None` for `BaseException`).
    pub fn base(self) -> Option<ExcClass> {
        match self {
            ExcClass::Builtin(kind) => kind.base().map(ExcClass::Builtin),
            ExcClass::User(user) => Some(user.base),
        }
    }

    /// True when `self` is `other` or a subclass of it.
    pub fn is_subclass_of(self, other: ExcClass) -> bool {
        let mut class = Some(self);
        while let Some(c) = class {
            if c == other {
                return true;
            }
            class = c.base();
        }
        false
    }

    /// The id the runtime knows the class by: the `ExcKind` of a built-in
    /// class, then user classes after the last `ExcKind`.
    pub fn runtime_id(self) -> i64 {
        match self {
            ExcClass::Builtin(kind) => kind as i64,
            ExcClass::User(user) => (ExcKind::ALL.len() as u32 + user.index) as i64,
        }
    }
}

/// The signature of a function value: `Callable[[params...], ret]`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct CallableSig {
    pub params: &'static [Ty],
    pub ret: Ty,
}

fn intern_sig(sig: CallableSig) -> &'static CallableSig {
    static TABLE: OnceLock<Mutex<HashSet<&'static CallableSig>>> = OnceLock::new();
    let mut table = TABLE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = table.get(&sig) {
        return found;
    }
    let leaked: &'static CallableSig = Box::leak(Box::new(sig));
    table.insert(leaked);
    leaked
}

fn intern_one(ty: Ty) -> &'static Ty {
    static TABLE: OnceLock<Mutex<HashSet<&'static Ty>>> = OnceLock::new();
    let mut table = TABLE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = table.get(&ty) {
        return found;
    }
    let leaked: &'static Ty = Box::leak(Box::new(ty));
    table.insert(leaked);
    leaked
}

pub(crate) fn intern_slice(tys: &[Ty]) -> &'static [Ty] {
    static TABLE: OnceLock<Mutex<HashSet<&'static [Ty]>>> = OnceLock::new();
    let mut table = TABLE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = table.get(tys) {
        return found;
    }
    let leaked: &'static [Ty] = Box::leak(tys.to_vec().into_boxed_slice());
    table.insert(leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use super::Ty;

    #[test]
    fn types_print_as_annotations() {
        assert_eq!(Ty::list(Ty::Int).to_string(), "list[int]");
        assert_eq!(Ty::list(Ty::list(Ty::Float)).to_string(), "list[list[float]]");
        assert_eq!(Ty::tuple(&[Ty::Int, Ty::Str]).to_string(), "tuple[int, str]");
        assert_eq!(Ty::tuple(&[]).to_string(), "tuple[()]");
        assert_eq!(Ty::tuple_of(Ty::Int).to_string(), "tuple[int, ...]");
        assert_eq!(Ty::dict(Ty::Str, Ty::list(Ty::Int)).to_string(), "dict[str, list[int]]");
        assert_eq!(Ty::set(Ty::Bool).to_string(), "set[bool]");
    }

    #[test]
    fn interned_types_compare_by_value() {
        assert_eq!(Ty::list(Ty::Int), Ty::list(Ty::Int));
        assert_ne!(Ty::list(Ty::Int), Ty::list(Ty::Float));
        assert!(matches!(Ty::list(Ty::Float), Ty::List(&Ty::Float)));
        assert_eq!(Ty::tuple(&[Ty::Int, Ty::Int]).iter_elem(), Some(Ty::Int));
        assert_eq!(Ty::tuple(&[Ty::Int, Ty::Str]).iter_elem(), None);
    }
}
