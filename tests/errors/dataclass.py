# Rejected: assigning a field of a frozen dataclass (CPython raises
# FrozenInstanceError at run time), and the dataclass definitions CPython
# rejects when the class is created, or that taipan does not support yet.
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def move(self, dx: int) -> None:
        self.x = self.x + dx  # error: cannot assign to field 'x': 'Point' is a frozen dataclass


@dataclass
class Bag:
    items: list[int] = []  # error: mutable default <class 'list'> for field items is not allowed: use default_factory


@dataclass
class Order:
    a: int = 1
    b: int  # error: non-default argument 'b' follows default argument


@dataclass(order=True)  # error: Cannot overwrite attribute __lt__ in class Ranked
class Ranked:
    r: int

    def __lt__(self, other: "Ranked") -> bool:
        return self.r < other.r


class Child(Point):  # error: a plain class subclassing a frozen dataclass is not supported yet
    pass


@dataclass(slots=True)  # error: dataclass option 'slots' is not supported yet
class Slotted:
    v: int


print(dataclass)  # error: dataclasses.dataclass can only be used as a class decorator
p = Point(1)
p.y = 5  # error: cannot assign to field 'y': 'Point' is a frozen dataclass
