# `<` between instances of classes with subclasses: the run-time classes
# pick the method, with CPython's reflected-operand rules.
log: list[str] = []


def show(result: bool) -> None:
    print(result, log)
    log.clear()


class Shape:
    def __init__(self, name: str, size: float) -> None:
        self.name = name
        self.size = size

    def area(self) -> float:
        return self.size

    def __lt__(self, other: "Shape") -> bool:
        log.append(f"Shape.__lt__({self.name}, {other.name})")
        return self.area() < other.area()

    def __gt__(self, other: "Shape") -> bool:
        log.append(f"Shape.__gt__({self.name}, {other.name})")
        return self.area() > other.area()

    def __repr__(self) -> str:
        return f"<{self.name}>"


class Square(Shape):
    def area(self) -> float:
        return self.size * self.size


class Circle(Shape):
    def area(self) -> float:
        return 3.0 * self.size * self.size

    def __gt__(self, other: "Shape") -> bool:
        log.append(f"Circle.__gt__({self.name}, {other.name})")
        return self.area() > other.area()

    def __lt__(self, other: "Shape") -> bool:
        log.append(f"Circle.__lt__({self.name}, {other.name})")
        return self.area() < other.area()


def smaller(a: Shape, b: Shape) -> bool:
    return a < b


s = Shape("s", 5.0)
q = Square("q", 2.0)
c = Circle("c", 1.0)
show(smaller(s, q))      # Square is a proper subclass: its (inherited) __gt__ first
show(smaller(q, s))      # Square inherits Shape.__lt__
show(smaller(s, c))      # Circle is a proper subclass overriding __gt__: reflected first
show(smaller(c, s))      # Circle.__lt__
show(smaller(q, c))      # Circle is not a subclass of Square: Square's __lt__ first
shapes: list[Shape] = [s, q, c]
show(s > c)
show(c > q)
show(q < s)
print(sorted(shapes), min(shapes), max(shapes), sorted(shapes, reverse=True))
log.clear()


class Version:
    def __init__(self, n: int) -> None:
        self.n = n

    def __lt__(self, other: "Version") -> bool:
        return self.n < other.n


class Tagged(Version):
    pass


def check(a: Version, b: Version) -> None:
    print(a < b, b > a)


check(Version(1), Tagged(2))
check(Tagged(3), Version(2))
show(smaller(s, s))
