# Generic helpers as typed code written elsewhere uses them: grouping by a key
# function, generator functions over list[T], Iterable[list[T]], a predicate
# over Iterable[T], and a generic class holding a Callable[[K], V].
from typing import Callable, Generic, Iterable, Iterator, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def group_by(items: Iterable[V], key: Callable[[V], K]) -> dict[K, list[V]]:
    out: dict[K, list[V]] = {}
    for item in items:
        k = key(item)
        if k not in out:
            out[k] = []
        out[k].append(item)
    return out


def chunks(xs: list[T], n: int) -> Iterator[list[T]]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def flatten(xss: Iterable[list[T]]) -> list[T]:
    return [x for xs in xss for x in xs]


def find_first(xs: Iterable[T], pred: Callable[[T], bool]) -> Optional[T]:
    for x in xs:
        if pred(x):
            return x
    return None


class Cache(Generic[K, V]):
    def __init__(self, compute: Callable[[K], V]) -> None:
        self.compute = compute
        self.store: dict[K, V] = {}
        self.misses = 0

    def get(self, k: K) -> V:
        if k not in self.store:
            self.misses += 1
            self.store[k] = self.compute(k)
        return self.store[k]


def square(n: int) -> int:
    return n * n


words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(group_by(words, lambda w: w[0]))
print(group_by(range(10), lambda n: n % 3))
print(list(chunks([1, 2, 3, 4, 5], 2)), list(chunks(words, 4)))
print(flatten(chunks(list(range(7)), 3)))
print(find_first(words, lambda w: len(w) > 6), find_first([1, 3], lambda n: n % 2 == 0))
c = Cache(square)
print(c.get(4), c.get(4), c.get(5), c.misses)
c2: Cache[str, int] = Cache(len)
print(c2.get("abc"))
