# Single inheritance: inherited fields and methods, overriding, super(),
# dispatch on the run-time class through a base-class reference.


class Shape:
    kind = "shape"

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name}: {self.kind_name()} of area {self.area():.2f}"

    def kind_name(self) -> str:
        return "shape"


class Rect(Shape):
    def __init__(self, name: str, w: float, h: float) -> None:
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def kind_name(self) -> str:
        return "rect"


class Square(Rect):
    def __init__(self, name: str, side: float) -> None:
        super().__init__(name, side, side)

    def kind_name(self) -> str:
        return "square (a " + super().kind_name() + ")"


class Circle(Shape):
    def __init__(self, name: str, r: float) -> None:
        super().__init__(name)
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Blob(Shape):
    pass


def total_area(shapes: list[Shape]) -> float:
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


def main() -> None:
    shapes: list[Shape] = [Rect("r", 2.0, 3.0), Square("s", 2.0), Circle("c", 1.5), Blob("b"), Shape("x")]
    for s in shapes:
        print(s.describe())
    print(total_area(shapes))
    sq = Square("sq", 5.0)
    print(sq.w, sq.h, sq.area(), sq.name, sq.kind)
    r: Rect = sq
    print(r.kind_name(), r.area())
    r = Rect("plain", 1.0, 2.0)
    print(r.kind_name())
    print([isinstance(s, Rect) for s in shapes])
    print([isinstance(s, Square) for s in shapes], [isinstance(s, Shape) for s in shapes])
    circles = 0
    for s in shapes:
        if isinstance(s, Circle):
            circles += 1
    print(circles)


main()
