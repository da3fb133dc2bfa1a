# min/max of several non-number arguments: compared as CPython compares them.
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int


class Shape:
    def __init__(self, area: float) -> None:
        self.area = area

    def __lt__(self, other: "Shape") -> bool:
        return self.area < other.area

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.area})"


class Square(Shape):
    pass


class Circle(Shape):
    pass


print(max("pear", "apple", "zoo"), min("b", "a"), max((1, "b"), (1, "a")), min([3, 1], [2, 9]))
print(max(Version(1, 2), Version(1, 10), Version(0, 99)), min(Version(2, 0), Version(2, 0)))
a, b = Square(4.0), Circle(3.5)
print(max(a, b), min(a, b), max(Square(1.0), Square(1.0)) is not None)
