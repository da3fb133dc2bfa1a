from collections import deque
from typing import Sequence


class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, P):
            return NotImplemented
        if self.x < 0:
            raise ValueError("negative")
        return self.x == other.x


def where(xs: Sequence[int], x: int) -> str:
    try:
        return f"{xs.index(x)} {xs.count(x)}"
    except ValueError as e:
        return f"ValueError: {e}"


for x in [2, 5]:
    print(where([1, 2, 2], x), where((2, 1, 2), x), where(deque([2]), x), where(range(0, 10, 2), x))


def sub(s: Sequence[str], x: str) -> str:
    try:
        return f"{s.index(x)} {s.count(x)}"
    except ValueError as e:
        return f"ValueError: {e}"


print(sub("banana", "an"), sub("banana", "x"), sub(["an", "b"], "b"), sub(("a",), "an"))


def rev(xs: Sequence[int]) -> list[int]:
    return list(reversed(xs))


print(rev([1, 2, 3]), rev((4, 5)), rev(range(3)), rev(deque([7, 8])))


def unpack(xs: Sequence[int]) -> int:
    a, b = xs
    return a * 10 + b


print(unpack([1, 2]), unpack((3, 4)), unpack(range(5, 7)))


def find(ps: Sequence[P], p: P) -> int:
    return ps.index(p) + ps.count(p)


print(find([P(1), P(2)], P(2)), find((P(3),), P(3)))
try:
    print(find((P(3), P(-1)), P(-1)))
except ValueError as e:
    print("ValueError", e)
try:
    unpack([1, 2, 3])
except ValueError as e:
    print("ValueError", e)
print(unpack((1,)))
