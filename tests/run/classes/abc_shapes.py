# Abstract base classes: abstract methods with placeholder bodies (`...`,
# `pass`, a docstring), concrete subclasses, dispatch through a list of the
# abstract type, abstract properties and static methods.
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float:
        """The length of the boundary."""

    @property
    @abstractmethod
    def corners(self) -> int:
        pass

    @abstractmethod
    def scale(self, k: float) -> None: ...

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f} corners={self.corners}"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    def perimeter(self) -> float:
        return 2 * math.pi * self.r

    @property
    def corners(self) -> int:
        return 0

    def scale(self, k: float) -> None:
        super().scale(k)          # runs the abstract body: returns None
        self.r *= k


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)

    @property
    def corners(self) -> int:
        return 4

    def scale(self, k: float) -> None:
        self.w *= k
        self.h *= k


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"

    def perimeter(self) -> float:
        return 4 * self.w


def total_area(shapes: list[Shape]) -> float:
    total = 0.0
    for s in shapes:
        total += s.area()
    return total


shapes: list[Shape] = [Circle(1.0), Rect(2.0, 3.0), Square(1.5), Circle(0.0)]
for s in shapes:
    print(s.describe())
print(round(total_area(shapes), 6))
for s in shapes:
    s.scale(-2.0)
print([round(s.area(), 3) for s in shapes], [s.corners for s in shapes])
empty: list[Shape] = []
print(total_area(empty))
biggest = shapes[0]
for s in shapes[1:]:
    if s.perimeter() > biggest.perimeter():
        biggest = s
print(biggest.name, isinstance(biggest, Rect), isinstance(shapes[-1], Circle))
