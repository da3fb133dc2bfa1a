# @dataclass: the generated __init__ (positional and keyword, defaults),
# __repr__ (nested reprs of str, list and dataclass fields) and __eq__.
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: int = 0


@dataclass
class Person:
    name: str
    age: int
    tags: list[str]
    active: bool = True


@dataclass
class Segment:
    start: Point
    end: Point
    label: str = "seg"

    def length2(self) -> float:
        dx = self.end.x - self.start.x
        dy = self.end.y - self.start.y
        return dx * dx + dy * dy


@dataclass
class Empty:
    pass


@dataclass
class Custom:
    v: int

    def __repr__(self) -> str:
        return f"<Custom {self.v}>"


p = Point(1.0, 2)
print(p)
print(Point(2.5))
print(Point(y=-3, x=0.5))
print(repr(p), str(p), f"{p} and {p!r}")
print(p.x, p.y)
print(p == Point(1.0, 2), p == Point(1.0, 3), p != Point(1.0, 2), p != Point(9.0))
q = p
q.y = 7
print(p, p == q)

who = Person("Ann O'Neil", 41, ["a", "b\n"])
print(who)
print(Person('say "hi"', -1, [], active=False))
print(who == Person("Ann O'Neil", 41, ["a", "b\n"]), who == Person("Ann O'Neil", 41, []))

s = Segment(Point(0.0, 0), Point(3.0, 4))
print(s)
print(s.length2())
print(s == Segment(Point(0.0, 0), Point(3.0, 4)), s == Segment(Point(0.0, 0), Point(3.0, 4), "other"))
print(Empty(), Empty() == Empty())
print(Custom(5), Custom(5) == Custom(5), Custom(5) == Custom(6))
points = [Point(float(i), i * i) for i in range(3)]
for pt in points:
    print(pt)
print(Point(float("nan")) == Point(float("nan")))
nan_point = Point(float("nan"))
print(nan_point == nan_point, nan_point != nan_point)
