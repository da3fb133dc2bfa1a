# Small functions that cannot raise are inlined: `dot` (float ops and field
# reads) and `Vec.__init__` (field stores), then `scaled`, which only called
# the constructor. `ratio` can raise (division) and `depth` is recursive: both
# stay calls. Inlined locals are nulled after each pass through the body.
from __future__ import annotations


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def dot(self, other: Vec) -> float:
        return self.x * other.x + self.y * other.y

    def scaled(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k)


def ratio(a: float, b: float) -> float:
    return a / b


def depth(n: int) -> int:
    return 0 if n <= 0 else 1 + depth(n - 1)


def norm2(v: Vec) -> float:
    w = v.scaled(2.0)
    return w.dot(v) + ratio(1.0, 2.0) + float(depth(2))


print(norm2(Vec(3.0, 4.0)))
