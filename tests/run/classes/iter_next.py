# A class that is its own iterator (__iter__ returns self, __next__ raises
# StopIteration at the end) in for loops: break/continue/else, nested loops,
# exceptions from the body and from __next__, subclasses overriding __next__.
from typing import Iterator


class Countdown:
    def __init__(self, start: int) -> None:
        self.n = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Evens(Countdown):
    def __next__(self) -> int:
        while True:
            v = super().__next__()
            if v % 2 == 0:
                return v


class Pairs:
    """Walks two lists side by side."""

    def __init__(self, a: list[str], b: list[int]) -> None:
        self.a = a
        self.b = b
        self.i = 0

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return self

    def __next__(self) -> tuple[str, int]:
        if self.i >= len(self.a) or self.i >= len(self.b):
            raise StopIteration("done")
        self.i += 1
        return self.a[self.i - 1], self.b[self.i - 1]


class Faulty:
    def __init__(self) -> None:
        self.k = 0

    def __iter__(self) -> "Faulty":
        return self

    def __next__(self) -> float:
        self.k += 1
        if self.k == 3:
            raise ValueError("third element is bad")
        return 1.0 / self.k


def total(c: Countdown) -> int:
    t = 0
    for x in c:
        t += x
    else:
        t += 1000
    return t


for x in Countdown(3):
    print(x, end=" ")
print()
print(total(Countdown(4)), total(Countdown(0)), total(Evens(9)))
for x in Countdown(10):
    if x % 3 == 0:
        continue
    if x < 4:
        break
    print("x", x)
else:
    print("no break")
c = Countdown(2)
for x in c:
    for y in Countdown(x):
        print((x, y), end=" ")
print()
for x in c:
    print("exhausted iterators yield nothing", x)
else:
    print("else runs", c.n)
for name, n in Pairs(["a", "b", "c"], [1, 2]):
    print(name * n)
try:
    for f in Faulty():
        print(f)
except ValueError as e:
    print("caught", e)
try:
    for x in Countdown(3):
        if x == 2:
            raise StopIteration("from the body")
        print("body", x)
except StopIteration as e:
    print("not swallowed:", e)
its: list[Countdown] = [Countdown(2), Evens(5)]
for it in its:
    for v in it:
        print(v, end=";")
print()
