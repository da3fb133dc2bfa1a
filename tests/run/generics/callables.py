# Generic functions taking functions, abstract collections, and calling each
# other; int and float arguments for one type variable join to float.
from typing import Callable, Iterable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=float)


def apply(f: Callable[[T], R], x: T) -> R:
    return f(x)


def map_list(f: Callable[[T], R], xs: list[T]) -> list[R]:
    return [f(x) for x in xs]


def largest(xs: Sequence[T], key: Callable[[T], float]) -> T:
    best = xs[0]
    for x in xs:
        if key(x) > key(best):
            best = x
    return best


def total(xs: Iterable[N]) -> N:
    items = list(xs)
    acc = items[0]
    for x in items[1:]:
        acc = acc + x
    return acc


def add(a: N, b: N) -> N:
    return a + b


def halve(x: B) -> float:
    return x / 2


def double(x: int) -> int:
    return 2 * x


def shout(s: str) -> str:
    return s.upper() + "!"


def first_of(xs: list[T]) -> T:
    return xs[0]


def last_of_first(xss: list[list[T]]) -> T:
    # A generic calling a generic: last_of_first[int] needs first_of[list[int]].
    return first_of(xss[-1])


def pairs(xs: list[T]) -> list[tuple[T, T]]:
    return [(a, b) for a in xs for b in xs if a != b]


def compose(f: Callable[[T], T], g: Callable[[T], T], x: T) -> T:
    return g(f(x))


print(apply(double, 4), apply(shout, "hi"))
print(apply(lambda s: s + "?", "why"), apply(lambda n: n * 1.5, 2))
print(map_list(double, [1, 2, 3]), map_list(lambda s: len(s), ["a", "bcd", ""]))
print(map_list(shout, []))
print(largest(["aa", "b", "cccc"], lambda s: len(s)))
print(largest([3, -7, 2], lambda v: abs(v)))
print(largest("hello", lambda c: ord(c)))
print(total([1, 2, 3]), total((1.5, 2.5)), total(range(5)))
print(add(1, 2), add(1, 2.5), add(0.5, 0.25))
print(halve(3), halve(3.0))
print(last_of_first([[1], [2, 3]]), last_of_first([["x"], ["y", "z"]]))
print(pairs([1, 2, 3]), pairs(["a"]))
print(compose(double, double, 5), compose(shout, lambda s: s * 2, "a"))
try:
    no_words: list[str] = []
    largest(no_words, lambda w: len(w) * 1.0)
except IndexError as e:
    print("IndexError:", e)
