# Displays and conditional expressions of instances of different classes: their nearest common base.
import math


class Shape:
    def area(self) -> float:
        return 0.0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.area():.2f})"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s)


shapes = [Circle(1.0), Rect(2.0, 3.0), Square(1.5)]
print(shapes, sum(s.area() for s in shapes))
rects = [Square(2.0), Rect(1.0, 1.0)]
print(rects, max(rects, key=lambda r: r.w).area())
by_name = {"c": Circle(0.5), "s": Square(3.0)}
print(by_name, sorted(by_name.values(), key=lambda s: s.area()))
pair = (Circle(1.0), Square(1.0))
print(pair[0].area() > pair[1].area())
flag = len(shapes) > 2
chosen = Circle(2.0) if flag else Square(2.0)
print(chosen.area())
best = shapes[0]
for s in shapes:
    if s.area() > best.area():
        best = s
print(best)
