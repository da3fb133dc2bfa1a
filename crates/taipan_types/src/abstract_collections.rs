//! The abstract collection types of `typing` / `collections.abc` as
//! parameter and variable types:
//!
//! ```python
//! def total(xs: Iterable[int]) -> int: ...     # total([1, 2]), total({3}), total(gen())
//! def first(xs: Sequence[int]) -> int: ...     # first([5]), first((6, 7))
//! def show(m: Mapping[str, int]) -> None: ...  # show({'a': 1}), show(Counter(...))
//! ```
//!
//! `Iterable[T]`, `Collection[T]` and `Sequence[T]` are `Ty::Abstract`: the
//! value is a pointer to whichever concrete object was passed, as it is (no
//! copy, no conversion), so a list iterated twice gives its elements twice
//! and `print(xs)` of a tuple prints a tuple. What can be passed is what has
//! the same representation: the elements must be stored as `T` is
//! (`list[int]` is no `Iterable[float]`: its slots hold ints), which
//! [`fits_abstract`] decides. Operations dispatch on the object's tag at run
//! time ([`AbstractOp`], `taipan_lower/src/abstract_collections.rs`,
//! `runtime/src/iterable_ops.rs`); iterating one is iterating `iter(x)`, a
//! fresh iterator object (`Ty::Iterator`) every consumer of generators takes.
//!
//! `Mapping[K, V]` and the mutable variants are the concrete type every value
//! of them is in taipan: `Mapping`/`MutableMapping` a `dict` (of any flavor:
//! defaultdict, Counter, OrderedDict are dicts with a flavor byte, so
//! `m[k]` of a defaultdict still calls its factory, as CPython's `__missing__`
//! does), `MutableSequence` a `list`, `MutableSet`/`AbstractSet` a `set`.

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::class_env::Classes;
use crate::container_expr::obj_op;
use crate::hir::{Expr, ObjOp, Ty};
use crate::types::AbstractKind;

/// An operation on a value of an abstract collection type (`Ty::Abstract`),
/// dispatched on the object's tag at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbstractOp {
    /// `iter(x)`: `[x]`, giving a new iterator object (`Ty::Iterator(T)`):
    /// a generator object returns itself, a container a fresh iterator.
    Iter,
    /// `len(x)`: `[x]` (a `Collection` or `Sequence`).
    Len,
    /// `item in x`: `[item, x]`, giving a `bool`.
    Contains,
    /// `x[i]`: `[x, i: int]` of a `Sequence` (negative `i` counts from the
    /// end; the concrete type's `IndexError`).
    GetItem,
    /// `x[start:stop:step]`: `[x, start, stop, step]` (bounds as for
    /// `ObjOp::Slice`) of a `Sequence`: an object of the same concrete type.
    Slice,
    /// `x.index(item)`: `[x, item]` of a `Sequence` (the `ValueError` of the
    /// concrete type; a str finds substrings).
    Index,
    /// `x.count(item)`: `[x, item]` of a `Sequence`.
    Count,
}

/// The type an annotation `member[args]` of `typing`/`collections.abc`
/// stands for, when `member` is one of this file's types: `Some(None)` after
/// reporting an error; `None` when `member` is not one of them.
pub(crate) fn annotation(
    member: &str,
    args: &ast::Expr,
    span: Span,
    resolve: &mut dyn FnMut(&ast::Expr, &mut Vec<Diagnostic>) -> Option<Ty>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Option<Ty>> {
    let arity = match member {
        "Iterable" | "Collection" | "Sequence" | "MutableSequence" | "MutableSet" | "AbstractSet" => 1,
        "Mapping" | "MutableMapping" => 2,
        _ => return None,
    };
    let args: Vec<&ast::Expr> = match args {
        ast::Expr::Tuple(t) => t.elts.iter().collect(),
        one => vec![one],
    };
    if args.len() != arity {
        let plural = if arity == 1 { "" } else { "s" };
        diags.push(Diagnostic::error(span, format!("'{member}' expects {arity} type argument{plural}, got {}", args.len())));
        return Some(None);
    }
    let resolved: Vec<Option<Ty>> = args.iter().map(|a| resolve(a, diags)).collect();
    let Some(tys) = resolved.into_iter().collect::<Option<Vec<Ty>>>() else { return Some(None) };
    Some(Some(match member {
        "Iterable" => Ty::abstract_of(AbstractKind::Iterable, tys[0]),
        "Collection" => Ty::abstract_of(AbstractKind::Collection, tys[0]),
        "Sequence" => Ty::abstract_of(AbstractKind::Sequence, tys[0]),
        "MutableSequence" => Ty::list(tys[0]),
        "MutableSet" | "AbstractSet" => Ty::set(tys[0]),
        _ => Ty::dict(tys[0], tys[1]),
    }))
}

/// How one of this file's types is written with its arguments, for the
/// message rejecting it without them.
pub(crate) fn example_args(member: &str) -> Option<&'static str> {
    match member {
        "Iterable" => Some("Iterable[int]"),
        "Collection" => Some("Collection[int]"),
        "Sequence" => Some("Sequence[int]"),
        "MutableSequence" => Some("MutableSequence[int]"),
        "MutableSet" => Some("MutableSet[int]"),
        "AbstractSet" => Some("AbstractSet[int]"),
        "Mapping" => Some("Mapping[str, int]"),
        "MutableMapping" => Some("MutableMapping[str, int]"),
        _ => None,
    }
}

/// The names `from collections.abc import ...` may bring in as types (they
/// mean the same as `typing`'s).
pub(crate) fn is_abc_type_name(member: &str) -> bool {
    matches!(
        member,
        "Iterable" | "Collection" | "Sequence" | "Mapping" | "MutableSequence" | "MutableMapping" | "MutableSet" | "Set"
    )
}

/// A generator function annotated `-> Iterable[T]` returns a generator
/// object, an iterator: its return type is `Iterator[T]`.
pub(crate) fn generator_return(def: &ast::StmtFunctionDef, ret: Ty) -> Ty {
    match ret {
        Ty::Abstract(AbstractKind::Iterable, elem) if crate::generator_fn::is_generator(&def.body) => Ty::iterator(*elem),
        other => other,
    }
}

/// Whether a value of type `from` is, as it is, a value of type `to` when
/// `to` is (or holds, behind `| None`) an abstract collection type: the
/// object is one the abstract type accepts, and its elements are stored as
/// `to`'s elements are ([`same_repr`]).
pub(crate) fn fits_abstract(classes: &Classes, from: Ty, to: Ty) -> bool {
    let (kind, want) = match to {
        Ty::Abstract(kind, want) => (kind, *want),
        // `T | None`: a value of `T` or of `T | None` (None is null either way).
        Ty::Optional(inner @ Ty::Abstract(..)) => return fits_abstract(classes, from.without_none(), *inner),
        _ => return false,
    };
    let elem = |e: Ty| same_repr(classes, e, want);
    match from {
        Ty::List(e) | Ty::TupleOf(e) | Ty::Deque(e) => elem(*e),
        Ty::Tuple(fields) => fields.iter().all(|f| elem(*f)),
        Ty::Str => want == Ty::Str,
        Ty::Range => want == Ty::Int,
        Ty::Set(e) => kind != AbstractKind::Sequence && elem(*e),
        Ty::Dict(k, _) => kind != AbstractKind::Sequence && elem(*k),
        Ty::Iterator(e) => kind == AbstractKind::Iterable && elem(*e),
        Ty::Abstract(from_kind, e) => abstract_fits(from_kind, kind) && elem(*e),
        _ => false,
    }
}

/// Whether every value of abstract kind `from` is one of kind `to`.
fn abstract_fits(from: AbstractKind, to: AbstractKind) -> bool {
    match to {
        AbstractKind::Iterable => true,
        AbstractKind::Collection => from != AbstractKind::Iterable,
        AbstractKind::Sequence => from == AbstractKind::Sequence,
    }
}

/// The conversion a value of type `from` that [`fits_abstract`] needs: a
/// `str` is the same pointer in another IR type (`Str`, not `Obj`).
pub(crate) fn conversion_into(from: Ty) -> Option<crate::hir::Conversion> {
    (from.without_none() == Ty::Str).then_some(crate::hir::Conversion::Reinterpret)
}

/// Whether an element of type `from` is stored as one of type `to` and is
/// one: equal types, or pointers to objects that fit as they are (an
/// instance of a subclass, an abstract collection of fitting elements, an
/// object where its optional is expected). Numbers must match exactly: an
/// int slot is no float slot, and a `list[bool]` holds bytes.
fn same_repr(classes: &Classes, from: Ty, to: Ty) -> bool {
    from == to
        || (from.is_object()
            && to.is_object()
            && !matches!(to, Ty::Optional(inner) if inner.is_number())
            && (crate::class_expr::fits_as_is(classes, from, to) || fits_abstract(classes, from, to)))
}

/// The message for a value that does not fit an abstract collection type:
/// why, when the container is the right one but its elements are stored
/// otherwise.
pub(crate) fn mismatch_hint(from: Ty, to: Ty) -> String {
    let Ty::Abstract(_, want) = to.without_none() else { return String::new() };
    let found = match from {
        Ty::List(e) | Ty::TupleOf(e) | Ty::Deque(e) | Ty::Set(e) | Ty::Dict(e, _) | Ty::Iterator(e) | Ty::Abstract(_, e) => *e,
        _ => return String::new(),
    };
    if found.is_number() && want.without_none().is_number() && found != *want {
        return format!(
            " (taipan stores {found} elements unboxed and does not convert them to {want} here: \
             build a container of {want} values, e.g. [{want}(x) for x in xs])"
        );
    }
    String::new()
}

impl Checker<'_, '_> {
    /// An iterated value of an abstract collection type: `iter(x)`, a fresh
    /// iterator object (what CPython's `for` asks for too), which every
    /// consumer of iterables takes. Other values are returned as they are.
    pub(crate) fn iterate_abstract(&mut self, value: Expr) -> Expr {
        let elem = match value.ty {
            Ty::Abstract(_, elem) => *elem,
            _ => return value,
        };
        let span = value.span;
        obj_op(ObjOp::Abstract(AbstractOp::Iter), vec![value], Ty::iterator(elem), span)
    }
}

/// `a list[int]`, `an Iterable[int]`.
fn with_article(ty: Ty) -> String {
    let name = ty.to_string();
    let article = if name.starts_with(['I', 'i', 'o', 'O', 'E', 'A', 'U']) { "an" } else { "a" };
    format!("{article} {name}")
}

/// What `kind` lacks for an operation that needs a `Collection` (`len`,
/// `in`) or a `Sequence` (indexing): the message rejecting it.
fn missing_operation(ty: Ty, what: &str, needs: AbstractKind) -> String {
    let elem = match ty {
        Ty::Abstract(_, e) => *e,
        _ => Ty::Unknown,
    };
    let why = match needs {
        AbstractKind::Sequence => "only a Sequence has it",
        _ => "it may be an iterator",
    };
    format!("{what} of {} is not supported ({why}): annotate it {}[{elem}]", with_article(ty), needs.name())
}

impl Checker<'_, '_> {
    /// The value an unpacking assignment (`a, b = x`) unpacks: for a
    /// `Collection`/`Sequence` `x`, the list of its elements, which gives
    /// CPython's `ValueError`s for a wrong count (an `Iterable` might be an
    /// endless iterator, which CPython stops reading one element too far).
    pub(crate) fn abstract_elements(&mut self, value: Expr) -> Expr {
        match value.ty {
            Ty::Abstract(AbstractKind::Iterable, elem) => {
                let msg = format!(
                    "unpacking {} is not supported (it may be an endless iterator): annotate it Collection[{elem}]",
                    with_article(value.ty)
                );
                self.unsupported(value.span, &msg)
            }
            Ty::Abstract(..) => {
                let iterator = self.iterate_abstract(value);
                self.as_list(iterator)
            }
            _ => value,
        }
    }

    /// `x.name(args)` of an abstract collection: `index` and `count` of a
    /// `Sequence`, the only methods these types have.
    pub(crate) fn abstract_method(&mut self, value: Expr, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let Ty::Abstract(kind, elem) = value.ty else { return Self::error_expr(span) };
        let op = match name {
            "index" => AbstractOp::Index,
            "count" => AbstractOp::Count,
            _ => {
                let msg = format!("{} has no method '{name}'", with_article(value.ty));
                return self.reject_call(call, span, msg);
            }
        };
        if kind != AbstractKind::Sequence {
            let msg = missing_operation(value.ty, &format!("{name}()"), AbstractKind::Sequence);
            return self.reject_call(call, span, msg);
        }
        let qualified = format!("{}.{name}", kind.name());
        let Some(args) = self.method_args(call, span, &qualified, &[Some(*elem)], 1) else {
            return Self::error_expr(span);
        };
        let mut all = vec![value];
        all.extend(args);
        obj_op(ObjOp::Abstract(op), all, Ty::Int, span)
    }

    /// `len(x)` of an abstract collection.
    pub(crate) fn abstract_len(&mut self, value: Expr, span: Span) -> Expr {
        if let Ty::Abstract(AbstractKind::Iterable, _) = value.ty {
            let msg = missing_operation(value.ty, "len()", AbstractKind::Collection);
            return self.unsupported(value.span, &msg);
        }
        obj_op(ObjOp::Abstract(AbstractOp::Len), vec![value], Ty::Int, span)
    }

    /// `item in x` (`negated`: `not in`) of an abstract collection `x`.
    pub(crate) fn abstract_contains(&mut self, item: Expr, container: Expr, negated: bool, span: Span) -> Expr {
        let Ty::Abstract(kind, elem) = container.ty else { return Self::error_expr(span) };
        if kind == AbstractKind::Iterable {
            let what = if negated { "'not in'" } else { "'in'" };
            let msg = missing_operation(container.ty, what, AbstractKind::Collection);
            return self.unsupported(span, &msg);
        }
        let item = self.membership_operand(item, Ty::list(*elem));
        let fits = item.ty == *elem
            || crate::class_expr::fits_as_is(&self.env.classes, item.ty, *elem)
            || fits_abstract(&self.env.classes, item.ty, *elem);
        if !fits {
            let msg = format!("'in' of a {} in a {} is not supported (the types never match)", item.ty, container.ty);
            return self.unsupported(span, &msg);
        }
        let contains = obj_op(ObjOp::Abstract(AbstractOp::Contains), vec![item, container], Ty::Bool, span);
        if negated {
            let kind = crate::hir::ExprKind::Unary { op: crate::hir::UnaryOp::Not, arg: Box::new(contains) };
            return Expr { kind, ty: Ty::Bool, span };
        }
        contains
    }

    /// `x[i]` of an abstract collection.
    pub(crate) fn abstract_subscript(&mut self, value: Expr, index: Expr, span: Span) -> Expr {
        let Ty::Abstract(kind, elem) = value.ty else { return Self::error_expr(span) };
        if kind != AbstractKind::Sequence {
            let msg = missing_operation(value.ty, "indexing", AbstractKind::Sequence);
            return self.unsupported(span, &msg);
        }
        let index = match index.ty {
            Ty::Int => index,
            Ty::Bool => crate::expr::to_int(index),
            other => {
                let msg = format!("sequence indices must be integers or slices, not {}", other.python_name());
                return self.unsupported(index.span, &msg);
            }
        };
        obj_op(ObjOp::Abstract(AbstractOp::GetItem), vec![value, index], *elem, span)
    }

    /// `x[start:stop:step]` of an abstract collection (`bounds`: checked
    /// `int`s or `None` constants): an object of `x`'s concrete type, typed
    /// as `x` is.
    pub(crate) fn abstract_slice(&mut self, value: Expr, bounds: Vec<Expr>, span: Span) -> Expr {
        if let Ty::Abstract(AbstractKind::Iterable | AbstractKind::Collection, _) = value.ty {
            let msg = missing_operation(value.ty, "slicing", AbstractKind::Sequence);
            return self.unsupported(span, &msg);
        }
        let ty = value.ty;
        let mut args = vec![value];
        args.extend(bounds);
        obj_op(ObjOp::Abstract(AbstractOp::Slice), args, ty, span)
    }
}

/// Whether `a == b` / `a != b` is accepted because one side is an abstract
/// collection: the other must be an object `==` may find equal (the
/// runtime's `tp_eq_slot` compares by the objects' tags and elements, so a
/// list is never equal to a tuple, and a generator object is equal only to
/// itself, as in CPython).
pub(crate) fn equality_accepted(a: Ty, b: Ty) -> bool {
    let comparable = |t: Ty| {
        matches!(
            t,
            Ty::Abstract(..)
                | Ty::Iterator(_)
                | Ty::Str
                | Ty::List(_)
                | Ty::Tuple(_)
                | Ty::TupleOf(_)
                | Ty::Dict(..)
                | Ty::Set(_)
                | Ty::Deque(_)
                | Ty::Range
        )
    };
    (matches!(a, Ty::Abstract(..)) || matches!(b, Ty::Abstract(..))) && comparable(a) && comparable(b)
}

/// The message rejecting a comparison with an abstract collection operand
/// that [`equality_accepted`] does not accept: an ordering (`<`, ...),
/// which CPython decides by the run-time types, or `==` with a value that
/// is no collection.
pub(crate) fn ordering_rejected(symbol: &str, a: Ty, b: Ty) -> Option<String> {
    if !matches!(a, Ty::Abstract(..)) && !matches!(b, Ty::Abstract(..)) {
        return None;
    }
    if matches!(symbol, "==" | "!=") {
        let msg = "is not supported (their values are never equal)";
        return Some(format!("'{symbol}' between {} and {} {msg}", with_article(a), with_article(b)));
    }
    Some(format!("'{symbol}' between {} and {} is not supported yet (only '==' and '!=' are)", with_article(a), with_article(b)))
}

/// Whether `e` is `iter(x)` of a `Sequence` `x` (`Checker::iterable`'s
/// form of one), which `reversed()` takes: a sequence is reversible.
pub(crate) fn iterates_sequence(e: &Expr) -> bool {
    iterated_kind(e) == Some(AbstractKind::Sequence)
}

/// Whether `e` is `iter(x)` of a `Collection` or `Sequence` `x`: a
/// container, whose elements exist before the consumer runs (no generator
/// computes them between its key calls).
pub(crate) fn iterates_collection(e: &Expr) -> bool {
    matches!(iterated_kind(e), Some(AbstractKind::Collection | AbstractKind::Sequence))
}

/// The kind of `x` when `e` is `iter(x)` of an abstract collection.
fn iterated_kind(e: &Expr) -> Option<AbstractKind> {
    match &e.kind {
        crate::hir::ExprKind::ObjOp { op: ObjOp::Abstract(AbstractOp::Iter), args } => match args.first()?.ty {
            Ty::Abstract(kind, _) => Some(kind),
            _ => None,
        },
        _ => None,
    }
}
