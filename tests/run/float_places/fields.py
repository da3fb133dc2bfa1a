# Instance fields, dataclass fields, overriding methods and module globals
# declared `float` keep the ints stored in them.
from dataclasses import dataclass


class Account:
    def __init__(self, owner: str, balance: float = 0) -> None:
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: float) -> None:
        self.balance += amount

    def __str__(self) -> str:
        return f"{self.owner}: {self.balance}"


@dataclass
class Point:
    x: float
    y: float

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y


@dataclass(frozen=True)
class Size:
    w: float
    h: float = 1


class Shape:
    def area(self) -> float:
        return 0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


def total_area(shapes: list[Shape]) -> float:
    t: float = 0
    for s in shapes:
        t += s.area()
    return t


RATE: float = 2
limit: float = 10
limit = limit - 1
ratio: float = 3
ratio = ratio / 2

a = Account("ann", 100)
print(a, a.balance, f"balance={a.balance}")
a.deposit(50)
print(a)
a.deposit(0.25)
print(a)
b = Account("bob")
print(b, b.balance + 1)

p = Point(3, 4)
print(p, p.x, p.norm2(), p == Point(3.0, 4.0))
q = Point(1.5, 2)
print(q, q.norm2())
print(Size(2), Size(2, 3.5), hash(Size(2)) == hash(Size(2.0)))

print(Square(3).area(), Shape().area(), Circle(1).area())
print(total_area([Square(2), Square(3)]), total_area([Square(2), Circle(1)]), total_area([]))
print(RATE, RATE * 2, RATE / 4, RATE ** 3, limit, ratio)
