# Rejected: unbound methods that a subclass overrides (CPython calls the
# named class's code), builtins with no Callable type expected, and str
# methods whose arguments the value cannot supply; calls through the class
# with no instance of it first.
class Shape:
    def area(self) -> int:
        return 0


class Square(Shape):
    def __init__(self, side: int) -> None:
        self.side = side

    def area(self) -> int:
        return self.side * self.side


area = Shape.area  # error: 'Shape.area' as a value, which a subclass overrides, is not supported yet
size = len  # error: builtin functions as values are not supported yet
count = str.count  # error: str.count() missing required argument 'sub'
print(Shape.area(5))  # error: calling Shape.area() with a first argument of type int is not supported
print(Shape.area())  # error: Shape.area() missing 1 required positional argument: 'self'
print(str.upper())  # error: unbound method str.upper() needs an argument
