# Rejected: a classmethod without `cls`, and rebinding `cls` (it names the class).
class Shape:
    def __init__(self, sides: int) -> None:
        self.sides = sides

    @classmethod
    def triangle() -> "Shape":  # error: classmethod 'Shape.triangle' needs a 'cls' parameter
        return Shape(3)

    @classmethod
    def square(cls) -> "Shape":
        cls = Shape  # error: cannot assign to 'cls'
        return Shape(4)


print(Shape.square().sides)
