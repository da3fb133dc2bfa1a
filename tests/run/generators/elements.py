# Generators of every element type, and locals of every type kept across yields.
from typing import Iterator, Optional


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


def points(n: int) -> Iterator[Point]:
    for i in range(n):
        yield Point(i * 0.5, -i * 1.0)


def tuples() -> Iterator[tuple[int, str, bool]]:
    yield (1, "one", True)
    yield (-2, "", False)


def maybe(n: int) -> Iterator[Optional[int]]:
    for i in range(n):
        yield i if i % 2 == 0 else None


def lists(n: int) -> Iterator[list[str]]:
    acc: list[str] = []
    for i in range(n):
        acc.append(str(i))
        yield list(acc)


def bools() -> Iterator[bool]:
    yield True
    yield False
    yield 1 > 2


def floats() -> Iterator[float]:
    yield 1.0
    yield -0.0
    yield 2.5


def locals_kept(n: int, label: str) -> Iterator[str]:
    count = 0
    ratio = 1.5
    flag = False
    names = ["x", "y"]
    table = {"k": 1}
    seen: set[int] = set()
    p = Point(1.0, 2.0)
    best: Optional[str] = None
    for i in range(n):
        count += i
        ratio *= 2
        flag = not flag
        names.append(label + str(i))
        table[str(i)] = i
        seen.add(i % 2)
        best = names[-1]
        yield f"{label} {count} {ratio} {flag} {len(names)} {sorted(table)} {sorted(seen)} {p.x} {best}"
    for k, v in table.items():
        yield f"{k}={v}"


print(list(points(3)))
for p in points(2):
    print(p.x + p.y)
print(list(tuples()))
for n, s, b in tuples():
    print(n, repr(s), b)
print(list(maybe(4)))
for m in maybe(3):
    if m is not None:
        print("value", m + 1)
print(list(lists(3)))
print(list(bools()), list(floats()))
for line in locals_kept(3, "L"):
    print(line)
