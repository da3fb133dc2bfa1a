# Keyword arguments and defaults of generic functions, a generic called before
# its def, Sequence[T] of a str, deque[T], and a generic class whose methods
# call a generic function.
from collections import deque
from typing import Generic, Optional, Sequence, TypeVar

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


def run() -> None:
    print(get({"a": 1}, "a"), get({"a": 1}, "b"), get({1: "x"}, 2, "dflt"))


def get(d: dict[K, V], k: K, default: Optional[V] = None) -> Optional[V]:
    if k in d:
        return d[k]
    return default


def middle(xs: Sequence[T]) -> T:
    return xs[len(xs) // 2]


def rotate(d: deque[T]) -> deque[T]:
    d.rotate(1)
    return d


class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self.data: dict[K, V] = {}

    def put(self, k: K, v: V) -> None:
        self.data[k] = v

    def lookup(self, k: K) -> Optional[V]:
        return get(self.data, k)


run()
print(middle("abcde"), middle([1, 2, 3]), middle((1.5, 2.5)))
print(rotate(deque([1, 2, 3])))
print(get(d={"z": 0}, k="z"))
r: Registry[str, list[int]] = Registry()
r.put("a", [1])
print(r.lookup("a"), r.lookup("b"))
