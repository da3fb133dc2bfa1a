# isinstance() of exception values (one class or a tuple) with narrowing, and
# type(x).__name__ of exceptions and instances.


class AppError(Exception):
    def __init__(self, code: int, text: str) -> None:
        super().__init__(text)
        self.code = code


class NotFound(AppError):
    pass


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def fail(i: int) -> None:
    if i == 0:
        raise NotFound(404, "no such page")
    if i == 1:
        raise AppError(500, "server")
    if i == 2:
        raise KeyError("k")
    if i == 3:
        raise ZeroDivisionError("zero")
    x = [1][i]
    print(x)


for i in range(5):
    try:
        fail(i)
    except Exception as e:
        print(type(e).__name__, str(e), isinstance(e, AppError), isinstance(e, LookupError),
              isinstance(e, (KeyError, ArithmeticError)), isinstance(e, Exception))
        if isinstance(e, AppError):
            print("  code", e.code)
        if not isinstance(e, NotFound):
            print("  not a NotFound")

errors: list[Exception] = [ValueError("v"), NotFound(1, "n"), IndexError("i")]
print([type(x).__name__ for x in errors])
print(sum(1 for x in errors if isinstance(x, (AppError, ValueError))))

shapes: list[Shape] = [Shape(), Square(2.0)]
for s in shapes:
    print(type(s).__name__, s.area())

try:
    fail(2)
except LookupError as e:
    print(f"{type(e).__name__}: {e}")
