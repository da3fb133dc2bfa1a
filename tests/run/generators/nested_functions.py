# Generator functions defined inside functions and methods, reading the
# enclosing function's variables (captured, so later assignments are seen).
from typing import Iterator


def outer(n: int) -> list[int]:
    def inner() -> Iterator[int]:
        for i in range(n):
            yield i * i
    return list(inner())


def late(n: int) -> list[int]:
    k = 1
    def gen(m: int) -> Iterator[int]:
        for i in range(m):
            yield i * k
    g = gen(n)
    k = 10
    return list(g)


def counter_updates() -> None:
    total = 0
    def running(xs: list[int]) -> Iterator[int]:
        nonlocal total
        for x in xs:
            total += x
            yield total
    for t in running([1, 2, 3]):
        print("running", t, total)
    print("final", total)


def make(prefix: str) -> Iterator[str]:
    def labels(count: int) -> Iterator[str]:
        i = 0
        while i < count:
            yield f"{prefix}{i}"
            i += 1
    return labels(3)


def pipeline(xs: list[int]) -> list[int]:
    def evens(src: Iterator[int]) -> Iterator[int]:
        for x in src:
            if x % 2 == 0:
                yield x

    def doubled(src: Iterator[int]) -> Iterator[int]:
        for x in src:
            print("doubling", x)
            yield x * 2

    return list(doubled(evens(iter(xs))))


class Tree:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def upper(self) -> Iterator[str]:
        def walk() -> Iterator[str]:
            for s in self.items:
                print("visit", s)
                yield s.upper()
        return walk()

    def pairs(self) -> list[tuple[int, str]]:
        def numbered(start: int) -> Iterator[tuple[int, str]]:
            n = start
            for s in self.items:
                yield n, s
                n += 1
        return list(numbered(1))


def recursive_walk(depth: int) -> list[int]:
    def walk(d: int) -> Iterator[int]:
        yield d
        if d > 0:
            yield from walk(d - 1)
    return list(walk(depth))


def raising(xs: list[int]) -> Iterator[int]:
    def inv() -> Iterator[int]:
        for x in xs:
            yield 100 // x
    return inv()


print(outer(4))
print(late(3))
counter_updates()
m = make("item")
print(next(m), list(m), next(m, "end"))
print(pipeline([1, 2, 3, 4]))
t = Tree(["a", "b"])
it = t.upper()
print("made")
print(next(it))
print(list(it))
print(t.pairs())
print(recursive_walk(3))
r = raising([5, 0, 1])
print(next(r))
try:
    print(next(r))
except ZeroDivisionError as e:
    print("caught", e)
print(next(r, -1))
