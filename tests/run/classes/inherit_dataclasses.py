# Dataclass inheritance: a dataclass subclassing a dataclass (base fields
# first, a redeclared field keeps its place, generated __init__/__repr__/__eq__
# over all fields), frozen hierarchies, and a dataclass implementing an ABC.
from abc import ABC, abstractmethod
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float = 0.0

    def norm1(self) -> float:
        return abs(self.x) + abs(self.y)


@dataclass
class Point3(Point):
    z: float = 0.0

    def norm1(self) -> float:
        return super().norm1() + abs(self.z)


@dataclass
class Labeled(Point3):
    y: float = -1.0          # redeclared: keeps its place, new default
    label: str = "?"


@dataclass(frozen=True)
class Key:
    kind: str
    n: int = 0


@dataclass(frozen=True)
class RangeKey(Key):
    stop: int = 10


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    def describe(self) -> str:
        return f"{self!r} has area {self.area()}"


@dataclass
class Rect(Shape):
    w: float
    h: float

    def area(self) -> float:
        return self.w * self.h


@dataclass
class Square(Rect):
    name: str = "square"


@dataclass
class Defaults(Point):
    y: float                 # no default here: inherits Point's (CPython reads the class attribute)
    x: float


@dataclass
class Empty:
    pass


@dataclass
class Child(Empty):
    v: int = 1


p = Point(1.5)
q = Point3(1.0, -2.0, 3.0)
r = Labeled(0.5, label="origin-ish")
print(p, q, r)
print(Point3(1.0), Point3(z=2.0, x=1.0), Labeled(1.0, 2.0, 3.0, "a"), Labeled(y=5.0, x=0.0))
print(r == Labeled(0.5, -1.0, 0.0, "origin-ish"), r != Labeled(0.5, -1.0, 0.0, "origin-ish"), r == Labeled(0.5))
pts: list[Point] = [p, q, r, Point3(-1.0, -1.0, -1.0)]
print([pt.norm1() for pt in pts])
print(isinstance(pts[2], Point3), isinstance(pts[1], Labeled), pts[2].x, pts[1].y)
k = RangeKey("r", 1)
print(k, k == RangeKey("r", 1, 10), k == RangeKey("r", 1, 11), k.stop - k.n, repr(Key("k")))
keys: list[Key] = [k, Key("plain", 2)]
print([str(key) for key in keys])
shapes: list[Shape] = [Rect(2.0, 3.0), Square(2.0, 2.0)]
for s in shapes:
    print(s.describe())
print(Square(1.0, 1.0) == Square(1.0, 1.0, "square"), Square(1.0, 1.0) == Square(1.0, 1.0, "sq"))
a: Square | None = Square(1.0, 2.0)
b: Square | None = None
c = Square(1.0, 2.0)
print(a == b, a != b, a == c, Defaults(4.0), Defaults(1.0, 2.0) == Defaults(1.0, 2.0))
print(Child(), Child(3) == Child(3), Empty())
