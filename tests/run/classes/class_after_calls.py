# Classes defined after module-level code that calls functions, when none
# of the code that runs before their definition uses them.


class Shape:
    def area(self) -> float:
        return 0.0


def describe(s: Shape) -> str:
    return f"{type(s).__name__} with area {s.area():.2f}"


print(describe(Shape()))


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


sq = Square(3.0)
print(describe(sq))


class Registry:
    def __init__(self) -> None:
        self.items: list[Shape] = []

    def add(self, s: Shape) -> "Registry":
        self.items.append(s)
        return self


def total(r: Registry) -> float:
    return sum(s.area() for s in r.items)


r = Registry().add(sq).add(Square(1.5))
print(total(r), len(r.items))
