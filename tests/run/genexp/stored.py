# Generator expressions as values: stored in variables, consumed later,
# lazily, with the first iterable evaluated when the generator is made.
from typing import Iterable, Iterator


def noisy(x: int) -> int:
    print("compute", x)
    return x * x


def source(n: int) -> list[int]:
    print("source", n)
    return list(range(n))


squares = (x * x for x in range(5))
print(sum(squares))
print(sum(squares))  # exhausted: 0

lines = ["  a ", "", " b", "c  "]
g = (line.strip() for line in lines)
for s in g:
    print(repr(s))

words = ["", "", "x", "y"]
it = (w for w in words if w)
first = next(it, "")
print(first, next(it, ""), next(it, ""), next(it, "none"))

# Laziness: nothing is computed until asked for.
lazy = (noisy(x) for x in source(3))
print("made")
print(next(lazy))
print("between")
print(list(lazy))

# The first iterable is evaluated at creation: rebinding it changes nothing.
xs = [1, 2, 3]
early = (x + 1 for x in xs)
xs = [9]
print(list(early))

# ... but the list object is the same: appends are seen.
ys = [1, 2]
seen = (y for y in ys)
ys.append(3)
print(list(seen))


def evens(xs: list[int]) -> Iterator[int]:
    return (x for x in xs if x % 2 == 0)


def total(xs: Iterable[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


print(list(evens([1, 2, 3, 4, 6])))
print(total(x * 10 for x in [1, 2, 3]))
print(total(evens(list(range(10)))))

# Chained generators.
g1 = (x * 2 for x in range(4))
g2 = (y + 1 for y in g1)
g3 = (z for z in g2 if z > 2)
print(list(g3))

# Several clauses and a condition on a later clause.
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
print(list(pairs))

# enumerate / zip / dict views / reversed str as first iterable.
names = ["ann", "bob"]
numbered = (f"{i}:{n}" for i, n in enumerate(names, 1))
print(list(numbered))
zipped = (a * b for a, b in zip([1, 2, 3], [4, 5, 6]))
print(list(zipped))
d = {"a": 1, "b": 2}
items = (f"{k}={v}" for k, v in d.items())
print(", ".join(items))
back = (c.upper() for c in reversed("abc"))
print(list(back))
stepped = (i for i in range(10, 0, -3))
print(list(stepped))

# next() after exhaustion, with and without a default.
short = (c for c in "ab")
print(next(short), next(short), next(short, "?"))
nothing: list[int] = []
empty = (x for x in nothing if x > 0)
print(next(empty, -1))

# zip of a generator with a list, advancing the generator lazily.
counted = (noisy(x) for x in [1, 2, 3])
for a, b in zip(counted, ["p", "q"]):
    print(a, b)

# A generator stored in a field.
class Feed:
    def __init__(self, xs: list[int]) -> None:
        self.items: Iterator[int] = (x * 3 for x in xs)

    def take(self) -> int:
        return next(self.items, 0)


f = Feed([1, 2])
print(f.take(), f.take(), f.take())

# Expected element type from the annotation.
floats: Iterator[float] = (x * 0.5 for x in [1, 2])
print(list(floats))
print(max(x for x in (y * 2 for y in [3, 1, 2])))
