//! HIR nodes for the `heapq` and `bisect` modules' functions on lists and
//! for `collections.deque` (re-exported by `hir`; checked in
//! `container_modules.rs` and `deque_type.rs`, lowered in
//! `taipan_lower/src/heap_bisect.rs` and `deque.rs`). Operand lists are
//! written `[a, b]` as in `ObjOp`'s docs.

use crate::hir_collections::KeyFn;

/// `ObjOp::HeapBisect`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeapBisectOp {
    /// `heappush(heap, x)`: `[heap, x]`.
    HeapPush,
    /// `heappop(heap)`: `[heap]`, giving the element;
    /// `IndexError: index out of range` when empty.
    HeapPop,
    /// `heapreplace(heap, x)`: `[heap, x]`, giving the popped element.
    HeapReplace,
    /// `heappushpop(heap, x)`: `[heap, x]`, giving the popped element.
    HeapPushPop,
    /// `heapify(xs)`: `[xs]`.
    Heapify,
    /// `nsmallest(n, xs)` / `nlargest(n, xs)`: `[n: int, xs]` (`xs` a list),
    /// giving a new list: `sorted(xs)[:n]` / `sorted(xs, reverse=True)[:n]`,
    /// which is what CPython documents them to equal (ties in input order).
    NSmallest,
    NLargest,
    /// The same with `key=f`: `[n, xs, env]` (see [`KeyFn`]).
    NSmallestKey(KeyFn),
    NLargestKey(KeyFn),
    /// `bisect_left(xs, x, lo, hi)` (`right` false) / `bisect_right`:
    /// `[xs, x, lo: int, hi: int]`, `hi` -1 for `None` (as CPython's
    /// `_bisect`, where an explicit -1 also means `len(xs)`), giving an `int`.
    Bisect { right: bool },
    /// `insort_left` / `insort_right`: the same operands, giving `None`.
    Insort { right: bool },
}

/// Operations on `deque[T]` values (`ObjOp::Deque`). A deque's layout starts
/// as a list's, so `len`, `in`, `==`/orderings and iteration need no op of
/// their own (lowering treats the deque as a list there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DequeOp {
    /// `deque(xs, maxlen)`: `[xs, maxlen]`, `xs` a list of the elements (or
    /// the `None` constant for none), `maxlen` an `int` or the `None` constant.
    New,
    /// `d.append(x)` / `d.appendleft(x)`: `[d, x]`.
    Append { left: bool },
    /// `d.extend(xs)` / `d.extendleft(xs)`: `[d, xs]`, `xs` a list or a deque
    /// of the same element type.
    Extend { left: bool },
    /// `d.pop()` / `d.popleft()`: `[d]`; `IndexError: pop from an empty deque`.
    Pop { left: bool },
    /// `d.clear()`, `d.reverse()`: `[d]`.
    Clear,
    Reverse,
    /// `d.rotate(n)`: `[d, n: int]`.
    Rotate,
    /// `d[i]`: `[d, i: int]`; `IndexError: deque index out of range`.
    GetItem,
    /// `d.count(x)`, `d.remove(x)`, `d.index(x)`: `[d, x]`.
    Count,
    Remove,
    Index,
    /// `d.insert(i, x)`: `[d, i: int, x]`.
    Insert,
    /// `d.copy()`: `[d]`.
    Copy,
    /// `d.maxlen`: `[d]`, an `int | None`.
    Maxlen,
}

/// The factory of a `defaultdict` (what a missing key's value is made by).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultFactory {
    Int,
    Float,
    Str,
    Bool,
    List,
    Set,
    Dict,
}

/// `defaultdict`, `Counter` and `OrderedDict` (`ObjOp::DictFlavor`):
/// statically dicts (`defaultdict[K, V]` and `OrderedDict[K, V]` are
/// `dict[K, V]`, `Counter[K]` is `dict[K, int]`),
/// made with a flavor the runtime's dict operations honour
/// (`taipan_abi::DictFlavor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictFlavorOp {
    /// `defaultdict(factory)`: `[]`, an empty dict of the expression's type.
    NewDefault(DefaultFactory),
    /// `Counter()` / `Counter(xs)`: `[]` or `[xs]` (a list of the keys to count).
    NewCounter,
    /// `Counter(mapping)`: `[d]`, a dict of the same type (its counts).
    CounterFromDict,
    /// `OrderedDict()` / `OrderedDict(pairs or mapping)`: `[]` or `[d]`, a
    /// fresh plain dict of the expression's type holding the items.
    NewOrdered,
    /// `d.move_to_end(key, last)`: `[d, key, last: int]` (0 or 1).
    MoveToEnd,
    /// `d.popitem(last)` given an argument: `[d, last: int]`, giving
    /// `tuple[K, V]`; `positional` when `last` was passed by position
    /// (CPython's `TypeError` for other dicts says which).
    PopItemLast { positional: bool },
    /// `d.copy()`: `[d]`; a defaultdict or Counter stays one.
    Copy,
    /// `c.update(xs)` / `c.subtract(xs)` with a list of keys: `[c, xs]`.
    AddElements { subtract: bool },
    /// `c.subtract(mapping)`: `[c, d]`.
    SubtractMapping,
    /// `c.most_common()` / `c.most_common(n)`: `[c]` or `[c, n: int]`,
    /// giving `list[tuple[K, int]]`.
    MostCommon,
    /// `c.elements()` where it is iterated: `[c]`, giving `list[K]`.
    Elements,
    /// `c.total()`: `[c]`.
    Total,
    /// `a + b`, `a - b`, `a | b`, `a & b` of two dicts of one type: `[a, b]`.
    /// Counters combine counts (CPython's `Counter.__add__` & co); `|` of
    /// other dicts merges them (`dict.__or__`, `defaultdict.__or__`); the
    /// rest raise CPython's `TypeError`.
    Binary(DictBinary),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictBinary {
    Add = 0,
    Sub = 1,
    Or = 2,
    And = 3,
}
