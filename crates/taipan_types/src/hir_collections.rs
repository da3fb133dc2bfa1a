//! HIR nodes for dicts, sets, comprehensions and the list operations and
//! builtins over iterables (re-exported by `hir`). Operand lists are written
//! `[a, b]` as in `ObjOp`'s docs.

use crate::hir::{Expr, FuncId, Target, Ty};

/// Operations on `dict[K, V]` values (`ObjOp::Dict`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictOp {
    /// `d[k]`: `[d, k]`; `KeyError` with the key's repr.
    GetItem,
    /// `d.get(k, default)`: `[d, k, default]`.
    Get,
    /// `d.setdefault(k, default)`: `[d, k, default]`.
    SetDefault,
    /// `d.pop(k)`: `[d, k]`; `KeyError`.
    Pop,
    /// `d.pop(k, default)`: `[d, k, default]`.
    PopDefault,
    /// `d.popitem()`: `[d]`, giving `tuple[K, V]`; `KeyError` when empty.
    PopItem,
    /// `d.update(other)` with a dict of the same type: `[d, other]`.
    Update,
    /// `d.clear()`: `[d]`.
    Clear,
    /// `d.copy()`, `dict(d)`: `[d]`.
    Copy,
    /// `list(d)`, `d.keys()`: `[d]`, giving a `list[K]`. As the iterable of a
    /// `for` or a comprehension, lowering iterates the dict itself instead.
    Keys,
    /// `d.values()`: `[d]`, giving a `list[V]` (same rule).
    Values,
    /// `d.items()`: `[d]`, giving a `list[tuple[K, V]]` (same rule).
    Items,
    /// `del d[k]`: `[d, k]`; `KeyError`.
    DelItem,
}

/// Operations on `set[T]` values (`ObjOp::Set`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetOp {
    /// `s.add(x)`: `[s, x]`.
    Add,
    /// `s.discard(x)`: `[s, x]`.
    Discard,
    /// `s.remove(x)`: `[s, x]`; `KeyError`.
    Remove,
    /// `s.pop()`: `[s]`; `KeyError: 'pop from an empty set'`.
    Pop,
    /// `s.clear()`: `[s]`.
    Clear,
    /// `s.copy()`, `set(s)`: `[s]`.
    Copy,
    /// `set(xs)` of a `list[T]`: `[xs]` (elements added in order, as CPython).
    FromList,
    /// `set(d)` of a `dict[T, V]`: `[d]`.
    FromDict,
    /// `list(s)`: `[s]`, in iteration order.
    ToList,
    /// `a | b`, `a & b`, `a - b`, `a ^ b` (and the named methods) of two sets
    /// of the same type: `[a, b]`, giving a new set.
    Algebra(SetAlgebra),
    /// `a |= b` etc.: `[a, b]`; updates `a` in place and gives `a`.
    InPlace(SetAlgebra),
    /// `s.update(xs)` / `s.union(xs)` / `s.intersection(xs)` /
    /// `s.difference(xs)` with a `list[T]` `xs`: `[s, xs]` (the list's
    /// elements are visited in order, as CPython does for a non-set
    /// argument, which decides the result's table layout).
    UpdateList,
    UnionList,
    IntersectionList,
    DifferenceList,
    /// `a.issubset(b)` / `a <= b`: `[a, b]`, sets of the same type.
    IsSubset,
    /// `a.issuperset(b)`: `[a, b]`.
    IsSuperset,
    /// `a.isdisjoint(b)`: `[a, b]`.
    IsDisjoint,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetAlgebra {
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
}

/// More list operations and builtins over lists (`ObjOp::Seq`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqOp {
    /// `xs.remove(x)`: `[xs, x]`; `ValueError: list.remove(x): x not in list`.
    ListRemove,
    /// `xs.index(x)`: `[xs, x]`; `ValueError`.
    ListIndex,
    /// `xs.count(x)`: `[xs, x]`.
    ListCount,
    /// `xs.clear()`: `[xs]`.
    ListClear,
    /// `xs.reverse()`: `[xs]`.
    ListReverse,
    /// `del xs[i]`: `[xs, i]`; `IndexError: list assignment index out of range`.
    ListDelItem,
    /// `del xs[a:b:c]`: `[xs, a, b, c]` (bounds as in `ObjOp::Slice`).
    ListDelSlice,
    /// `xs[a:b:c] = ys`: `[xs, a, b, c, ys]`, `ys` a list of the same type.
    ListSetSlice,
    /// `xs.sort(reverse=r)`: `[xs, r: bool]`; stable.
    ListSort,
    /// `xs.sort(key=f, reverse=r)`: `[xs, r: bool, env]`; stable, each key
    /// computed once. `env` is the key function's (see [`KeyFn`]).
    ListSortKey(KeyFn),
    /// `sorted(xs, key=f, reverse=r)` of a list (copied first): `[xs, r, env]`.
    SortedKey(KeyFn),
    /// `min(xs, key=f)` / `max(xs, key=f)`: `[xs, env]`; `ValueError` when
    /// empty. With `default=d`: `[xs, env, d]`, `d` when empty. `xs` may be a
    /// generator expression, run element by element with the key computed
    /// after each element (lowering's `min_max_key.rs`).
    MinKey(KeyFn),
    MaxKey(KeyFn),
    /// `sorted(xs, reverse=r)` of a list (copied first): `[xs, r: bool]`.
    Sorted,
    /// `sum(xs, start)` of a `list[int]`/`list[bool]` with an `int` start:
    /// `[xs, start]`; `OverflowError` as `int` arithmetic.
    SumInt,
    /// `sum(xs, start)` with a `float` result: `[xs, start: float]`.
    SumFloat,
    /// `min(xs)` / `max(xs)` of a list: `[xs]`; `ValueError` when empty.
    Min,
    Max,
    /// `xs += ys` on a list: extends `xs` in place with a list `ys` of the
    /// same type (other names for `xs` see it) and gives `xs`: `[xs, ys]`.
    ExtendInPlace,
    /// `xs *= n` on a list: repeats it in place and gives it: `[xs, n: int]`.
    RepeatInPlace,
    /// `tuple(xs)` of a list, giving a `tuple[T, ...]`: `[xs]`.
    ListToTuple,
    /// `min(xs, default=d)` / `max(...)` of a list: `[xs, d]`.
    MinDefault,
    MaxDefault,
    /// `reversed(xs)` of a list, as a reversed copy: `[xs]`.
    Reversed,
    /// The elements of any iterable (a str, a set, a tuple...) as a new
    /// list: `[iterable]`.
    Collect,
    /// `enumerate(xs, start)` as a list of `(index, element)` tuples:
    /// `[iterable, start: int]`.
    Enumerate,
    /// `zip(a, b, ...)` of lists and generator objects (advanced in turn,
    /// lazily where it is iterated), as a list of tuples as long as the
    /// shortest: `[a, b, ...]`.
    Zip,
    /// `iter(xs)` of a list: `[xs]`; a generator object yielding its
    /// elements, reading the list at each step.
    ListIter,
    /// `any(xs)` / `all(xs)` of any iterable, by truthiness, stopping at the
    /// first element that decides: `[iterable]`.
    Any,
    All,
    /// `next(generator)` / `next(generator, default)`: `[generator]` or
    /// `[generator, default]`, both of the expression's type; the first
    /// element, else the default, else `StopIteration`.
    Next,
}

/// `[element for ... if ...]`, `{element for ...}`, `{element: value for ...}`,
/// `(element for ...)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub kind: ComprehensionKind,
    /// The `for` and `if` clauses, outermost first.
    pub clauses: Vec<ComprehensionClause>,
    /// The element (the key, for a dict comprehension).
    pub element: Expr,
    /// The value of a dict comprehension.
    pub value: Option<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    /// A generator expression, typed `list[T]`. The checker accepts one only
    /// where it is consumed at once (`generator.rs`): as a value it is the
    /// list of its elements (for consumers that read them all before any
    /// other code runs); `for` loops, comprehension clauses, `any`/`all`,
    /// `list.extend` and `set.update` run its clauses around their own work
    /// instead, element by element, as CPython's lazy generator does.
    Generator,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ComprehensionClause {
    /// `for target in iter`: the target's names are locals of the
    /// comprehension (Python 3 scoping); `iter` is any iterable the `for`
    /// statement accepts.
    For { target: Target, iter: Expr },
    /// `if cond`: `cond` may have any type (its truthiness decides).
    If(Expr),
}

/// A key function passed to `sort`, `sorted`, `min` or `max`: a module
/// function taking `(env, x: T)` and returning the key. The op's `env`
/// operand is the `None` constant (passed as null) or a tuple of the
/// enclosing scope's variables the function reads (its first parameter's type).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyFn {
    pub func: FuncId,
    /// The key's type.
    pub ty: Ty,
}
