# Dataclass equality in a hierarchy: CPython's generated __eq__ compares only
# instances of the very same class (else NotImplemented, then identity), so
# a base instance never equals a subclass instance, even with equal fields.
from dataclasses import dataclass


@dataclass
class A:
    x: int


@dataclass
class B(A):
    y: int = 0


@dataclass
class C(B):
    z: str = "z"


@dataclass
class Solo:
    x: int


a = A(1)
b = B(1, 2)
b0 = B(1)
c = C(1, 2)
print(a, b, b0, c)
print(a == b, b == a, a != b, b != a)
print(a == A(1), a != A(1), b == B(1, 2), b == B(1, 3), b0 == B(1, 0))
print(b == c, c == b, c == C(1, 2, "z"), c == C(1, 2, "w"))
print(a == a, b == b, Solo(1) == Solo(1), Solo(1) == Solo(2))

xs: list[A] = [a, b, c]
print(xs)
print(b in xs, A(1) in xs, B(1, 2) in xs, C(1, 2) in xs, B(9) in xs)
print(xs.index(B(1, 2)), xs.index(C(1, 2)), xs.count(A(1)), xs.count(B(1)))
ys: list[A] = [A(1), B(1, 2), C(1, 2)]
zs: list[A] = [A(1), A(1), A(1)]
print(xs == ys, xs == zs, xs != zs, [b] == [B(1, 2)])
try:
    print(xs.index(A(5)))
except ValueError as e:
    print("ValueError:", e)


def same(p: A, q: A) -> bool:
    return p == q


print(same(a, A(1)), same(a, b), same(b, B(1, 2)), same(c, b))

# Optional operands: None equals only None.
o1: B | None = B(1, 2)
o2: B | None = None
o3: B | None = B(1, 2)
print(o1 == o2, o1 != o2, o1 == o3, o2 is None)
o2 = C(1, 2)
print(o1 == o2, o2 == o1)
