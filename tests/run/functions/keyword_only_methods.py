# Keyword-only parameters of methods: `__init__`, instance methods,
# static methods and classmethods; a dataclass-style class; defaults that
# are objects (evaluated once, shared between calls).


class Point:
    def __init__(self, *, x: int = 0, y: int = 0) -> None:
        self.x = x
        self.y = y

    def moved(self, dx: int, *, dy: int = 0) -> "Point":
        return Point(x=self.x + dx, y=self.y + dy)

    def __repr__(self) -> str:
        return f"Point(x={self.x}, y={self.y})"

    @staticmethod
    def origin(*, shift: int = 0) -> "Point":
        return Point(x=shift, y=shift)

    @classmethod
    def diagonal(cls, n: int, *, negative: bool = False) -> "Point":
        v = -n if negative else n
        return cls(x=v, y=v)

    @classmethod
    def make(cls, x: int = 3, *, y: int = 4) -> "Point":
        # (`cls` is not a parameter of the call: the defaults are x's and y's.)
        return cls(x=x, y=y)


class Config:
    """A dataclass-style class: every field by keyword."""

    def __init__(self, name: str, *, verbose: bool = False, level: int, tags: list[str] = []) -> None:
        self.name = name
        self.verbose = verbose
        self.level = level
        self.tags = tags

    def describe(self) -> str:
        return f"{self.name}: verbose={self.verbose} level={self.level} tags={self.tags}"


class Greeter:
    def __init__(self, greeting: str) -> None:
        self.greeting = greeting

    def greet(self, name: str, /, *, punctuation: str = "!") -> str:
        return self.greeting + " " + name + punctuation


def collect(item: int, *, into: list[int] = []) -> list[int]:
    into.append(item)
    return into


p = Point()
print(p)
print(Point(y=2))
print(Point(x=-1, y=-2).moved(3))
print(p.moved(1, dy=-5))
print(Point.origin())
print(Point.origin(shift=7))
print(Point.diagonal(4))
print(Point.diagonal(4, negative=True))
print(Point.diagonal(n=2, negative=False))
print(Point.make(), Point.make(-1), Point.make(y=0))

a = Config("a", level=1)
print(a.describe())
b = Config(level=3, name="b", verbose=True)
print(b.describe())
a.tags.append("shared")
print(Config("c", level=0).describe())
print(Config("d", level=2, tags=["own"]).describe())

g = Greeter("hi")
print(g.greet("ann"))
print(g.greet("cy", punctuation="?"))

print(collect(1))
print(collect(2))
print(collect(3, into=[]))
print(collect(4))
