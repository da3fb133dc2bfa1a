# Reflected (__radd__ & co), in-place (__iadd__ & co) and unary (__pos__,
# __invert__, __abs__) operator methods, and the bitwise and power ones.
from __future__ import annotations


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other: Vec) -> Vec:
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> Vec:
        print("rmul", k)
        return Vec(self.x * k, self.y * k)

    def __radd__(self, k: float) -> Vec:
        return Vec(self.x + k, self.y + k)

    def __iadd__(self, other: Vec) -> Vec:
        print("iadd")
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self) -> Vec:
        return Vec(-self.x, -self.y)

    def __pos__(self) -> Vec:
        return Vec(self.x, self.y)

    def __abs__(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __pow__(self, n: int) -> Vec:
        return Vec(self.x ** n, self.y ** n)


class Flags:
    def __init__(self, bits: int) -> None:
        self.bits = bits

    def __or__(self, other: Flags) -> Flags:
        return Flags(self.bits | other.bits)

    def __and__(self, other: Flags) -> Flags:
        return Flags(self.bits & other.bits)

    def __xor__(self, other: Flags) -> Flags:
        return Flags(self.bits ^ other.bits)

    def __invert__(self) -> Flags:
        return Flags(~self.bits & 0xFF)

    def __lshift__(self, n: int) -> Flags:
        return Flags(self.bits << n)

    def __repr__(self) -> str:
        return f"Flags({self.bits:#010b})"


def scale() -> float:
    print("left first")
    return 2.0


v = Vec(3.0, 4.0)
w = v
print(scale() * v, 1.5 + v, v * 2.0, abs(v), -v, +v, v ** 2)
v += Vec(1.0, 1.0)
print(v, w, v is w)


class Holder:
    def __init__(self) -> None:
        self.pos = Vec(0.0, 0.0)
        self.items: list[int] = []


h = Holder()
alias = h.items
h.pos += Vec(2.0, 2.0)
h.items += [1, 2]
print(h.pos, alias, h.items is alias)
a = Flags(0b1010)
b = Flags(0b0110)
print(a | b, a & b, a ^ b, ~a, a << 2)
a |= b
print(a)
