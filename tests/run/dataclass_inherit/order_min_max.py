# min/max and single comparisons in an order=True dataclass hierarchy.
from dataclasses import dataclass


@dataclass(order=True)
class A:
    x: int


@dataclass(order=True)
class B(A):
    y: int = 0


def pick(p: A, q: A) -> A:
    return max(p, q)


a1, a2 = A(1), A(2)
b1, b2 = B(1, 1), B(1, 2)
print(pick(a1, a2), pick(b2, b1), a1 < a2, b1 <= b2, max(b1, b2), min(a2, a1))
xs: list[A] = [A(3), A(1)]
print(sorted(xs), A(1) in xs, xs.index(A(3)))
try:
    pick(a1, b1)
except TypeError as e:
    print(e)
