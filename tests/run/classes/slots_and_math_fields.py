# __slots__ is accepted (instances have fixed layouts anyway); fields typed
# from math calls and chained assignments in __init__ (pyperformance's
# `float` benchmark, reduced).
import math
from math import sin, cos, sqrt


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i: float) -> None:
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self) -> str:
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self) -> None:
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other: "Point") -> "Point":
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


class Circle:
    __slots__ = ["r", "area", "steps", "ok"]

    def __init__(self, r: float) -> None:
        self.r = r
        self.area = math.pi * r ** 2
        self.steps = math.ceil(r)
        self.ok = math.isfinite(self.area)


points = [Point(i) for i in range(1000)]
for p in points:
    p.normalize()
best = points[0]
for p in points[1:]:
    best = best.maximize(p)
print(best)
c = Circle(2.5)
print(c.area, c.steps, c.ok)
