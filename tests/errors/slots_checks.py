# Rejected: what CPython rejects about __slots__, at class creation
# (ValueError) or at the assignment (AttributeError).
from dataclasses import dataclass


class P:
    __slots__ = ("x",)

    def __init__(self, x: int) -> None:
        self.x = x
        self.y = 0  # error: 'P' object has no attribute 'y' (its __slots__ do not list it)


class Q(P):
    __slots__ = ("z",)

    def __init__(self) -> None:
        super().__init__(1)
        self.z = 2
        self.w = 3  # error: 'Q' object has no attribute 'w'


class R:
    __slots__ = ("k", "size")
    k = 5  # error: 'k' in __slots__ conflicts with class variable

    def size(self) -> int:  # error: 'size' in __slots__ conflicts with class variable
        return 1


@dataclass
class D:
    __slots__ = ("a",)
    a: int = 0  # error: 'a' in __slots__ conflicts with class variable


print(P(1).x, Q().z, R.k, D())
