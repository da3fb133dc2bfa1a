# `x or []` with an optional x: the empty display takes x's type (fields too).
from typing import Optional


class Stack:
    def __init__(self, items: Optional[list[int]] = None) -> None:
        self.items = items or []

    def push(self, x: int) -> None:
        self.items.append(x)


def tags(t: Optional[dict[str, int]] = None) -> dict[str, int]:
    d = t or {}
    d["n"] = d.get("n", 0) + 1
    return d


shared: list[int] = []
s = Stack()
s.push(3)
s2 = Stack([1, 2])
s2.push(4)
s3 = Stack(shared)
s3.push(9)
print(s.items, s2.items, s3.items, shared)
base = {"n": 5}
print(tags(), tags(base), base, tags({}))
names: Optional[set[str]] = None
print(sorted(names or set()))
