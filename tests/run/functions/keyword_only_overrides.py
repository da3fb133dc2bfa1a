# A method call dispatched to an override binds the arguments as the
# override would: an argument left out gets the override's own default.


class Shape:
    def describe(self, *, prefix: str = "shape", scale: float = 1) -> str:
        return f"{prefix}: {self.area() * scale}"

    def area(self) -> float:
        return 0.0

    def label(self, text: str = "?", width: int | None = None) -> str:
        return text if width is None else text.ljust(width, ".")


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def describe(self, *, prefix: str = "square", scale: float = 2) -> str:
        return f"{prefix}! {self.area() * scale}"

    def area(self) -> float:
        return self.side * self.side

    def label(self, text: str = "sq", width: int | None = 6) -> str:
        return "[" + super().label(text, width) + "]"


class Unit(Square):
    def __init__(self) -> None:
        super().__init__(1.0)


shapes: list[Shape] = [Shape(), Square(3.0), Unit()]
for s in shapes:
    print(s.describe())
    print(s.describe(prefix="p"))
    print(s.describe(scale=0.5))
    print(s.label(), s.label("x"), s.label(width=3), s.label("y", None))
