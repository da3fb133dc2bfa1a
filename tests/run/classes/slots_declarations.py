# __slots__ declarations: accepted, and the layout is the same as without.
from dataclasses import dataclass


class P:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y


class P3(P):
    __slots__ = ["z"]

    def __init__(self, x: float, y: float, z: float) -> None:
        super().__init__(x, y)
        self.z = z


class Loose(P):                 # no __slots__: instances have a __dict__
    def __init__(self) -> None:
        super().__init__(0.0, 0.0)
        self.extra = "free"


class Open:
    __slots__ = ("a", "__dict__")

    def __init__(self) -> None:
        self.a = 1
        self.b = 2


@dataclass
class Cell:
    __slots__ = ("row", "col")
    row: int
    col: int


class Empty:
    __slots__ = ()
    KIND = "empty"


p = P3(1.0, 2.0, 3.0)
p.z += 1.0
print(p.x, p.y, p.z, p.norm2(), Loose().extra, Open().b, Cell(1, 2), Empty.KIND, Empty().KIND)
