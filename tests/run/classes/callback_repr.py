# Printing containers of instances calls the elements' __repr__ (never
# __str__), inherited or overridden, and dataclasses' generated one; None
# elements of an optional print as None; nested containers recurse.
from dataclasses import dataclass


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"

    def __str__(self) -> str:
        return f"<{self.x},{self.y}>"


class Point3(Point):
    def __init__(self, x: int, y: int, z: int) -> None:
        super().__init__(x, y)
        self.z = z

    def __repr__(self) -> str:
        return f"Point3({self.x}, {self.y}, {self.z})"


class Named(Point):
    pass


@dataclass
class Item:
    name: str
    qty: int
    tags: list[str]


@dataclass
class Order:
    items: list[Item]
    total: float


class Loud:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        print("repr of", self.n)
        return "Loud" + "!" * self.n


class Broken:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        if self.n < 0:
            raise ValueError(f"cannot show {self.n}")
        return f"Broken({self.n})"


ps: list[Point] = [Point(1, 2), Point3(3, 4, 5), Named(6, 7)]
print(ps)
print(ps[0], str(ps[0]), repr(ps[0]))
print(str(ps), repr(ps))
print(f"{ps} {ps[1]} {ps[1]!r}")
print((ps[0], 1, "a"))
print({"a": ps[0], "b": ps[1]})
no_points: list[Point] = []
print({1: [ps[0]], 2: no_points})
grid: list[list[Point]] = [[Point(0, 0)], [], [Point(1, 1), Point(2, 2)]]
print(grid)
print([[[Point(9, 9)]]])
print({Point(5, 5)})
maybe: list[Point | None] = [None, Point(1, 1), None]
print(maybe)
print(tuple(maybe))
print(Item("pen", 2, ["blue", "cheap"]))
order = Order([Item("pen", 2, []), Item("ink", 1, ["black"])], 12.5)
print(order)
print([order])
print({"orders": [order]})
print([Loud(1), Loud(2)])
ls = [Loud(3)]
text = f"{ls}"
print(text)
empty: list[Point] = []
print(empty, str(empty))
bs = [Broken(1), Broken(-2), Broken(3)]
try:
    print(bs)
except ValueError as e:
    print("ValueError:", e)
try:
    s = str({"k": bs})
    print("not reached", s)
except ValueError as e:
    print("again:", e)
print(bs[0], [bs[2]])
