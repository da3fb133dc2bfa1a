# Generic functions: each instantiation (the types a call binds) is its own
# compiled copy, so list[int] and list[str] arguments both work.
from typing import Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def first(xs: list[T]) -> T:
    return xs[0]


def last(xs: list[T]) -> T:
    return xs[-1]


def swap(p: tuple[K, V]) -> tuple[V, K]:
    return (p[1], p[0])


def keys_of(d: dict[K, V]) -> list[K]:
    out: list[K] = []
    for k in d:
        out.append(k)
    return out


def invert(d: dict[K, V]) -> dict[V, K]:
    return {v: k for k, v in d.items()}


def or_default(x: Optional[T], default: T) -> T:
    if x is None:
        return default
    return x


def find(xs: list[T], wanted: T) -> T | None:
    for x in xs:
        if x == wanted:
            return x
    return None


def repeat(x: T, n: int) -> list[T]:
    # Recursion: the instance calls itself.
    if n == 0:
        return []
    return [x] + repeat(x, n - 1)


def all_of(xs: tuple[T, ...]) -> list[T]:
    return list(xs)


def identity(x: T) -> T:
    return x


print(first([1, 2, 3]), first(["a", "b"]), first([[1], [2]]))
print(last([1.5, 2.5]), last([(1, "x"), (2, "y")]))
print(swap((1, "x")), swap(("y", [2.0])))
print(keys_of({"a": 1, "b": 2}), keys_of({3: [1]}))
no_keys: dict[str, float] = {}
print(keys_of(no_keys))
print(invert({"a": 1, "b": 2}))
print(or_default(None, 3), or_default(4, 3), or_default("s", "t"), or_default(None, "u"))
print(find([1, 2, 3], 2), find([1, 2, 3], 7), find(["p"], "p"))
print(repeat(2.5, 3), repeat("ab", 0), repeat(True, 2))
print(all_of((1, 2, 3)), all_of(("x",)))
print(identity(True), identity(-0.0), identity("é"))
empty: list[int] = []
print(repeat(empty, 2))
# Errors inside an instance are the usual Python exceptions.
try:
    print(first(empty))
except IndexError as e:
    print("IndexError:", e)
print(last(["only"]))
ints: list[int] = []
print(last(ints))
