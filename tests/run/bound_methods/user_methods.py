# Bound methods of user classes as values: virtual dispatch, the receiver
# read once, stored in lists and dicts, passed as keys and callbacks.
from typing import Callable


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self, prefix: str) -> str:
        return prefix + self.name


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Square(Shape):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side

    def describe(self, prefix: str) -> str:
        return prefix + "[" + self.name + "]"


class Counter:
    def __init__(self) -> None:
        self.total = 0
        self.events: list[str] = []

    def on_a(self, n: int) -> None:
        self.total += n
        self.events.append("a" + str(n))

    def on_b(self, n: int) -> None:
        self.total -= n
        self.events.append("b" + str(n))

    def score(self, x: int) -> int:
        return (x * 7) % 5 - self.total

    def callbacks(self) -> list[Callable[[int], None]]:
        return [self.on_a, self.on_b, self.on_a]

    def ranked(self, xs: list[int]) -> list[int]:
        return sorted(xs, key=self.score)

    def add(self, a: int, b: int = 10) -> int:
        return self.total + a + b


def apply_all(fs: list[Callable[[int], None]], n: int) -> None:
    for f in fs:
        f(n)


def call_twice(f: Callable[[], float]) -> float:
    return f() + f()


def main() -> None:
    # Virtual dispatch through the static type Shape.
    s: Shape = Circle(2.0)
    f = s.area
    print(f())
    print(call_twice(s.area))
    s = Square(3.0)
    print(f())  # still the circle: the receiver was bound when read
    g = s.area
    print(g(), f())
    d = s.describe
    print(d("it is "))
    shapes: list[Shape] = [Circle(1.0), Square(2.0), Shape("blob")]
    areas = [sh.area for sh in shapes]
    print([a() for a in areas])
    describers: dict[str, Callable[[str], str]] = {sh.name: sh.describe for sh in shapes}
    for k in describers:
        print(k, describers[k]("> "))

    # Callbacks stored in a list, calling methods that mutate the receiver.
    c = Counter()
    apply_all(c.callbacks(), 5)
    print(c.total, c.events)
    handlers: dict[str, Callable[[int], None]] = {"a": c.on_a, "b": c.on_b}
    handlers["b"](2)
    handlers["a"](10)
    print(c.total, c.events)

    # As a key function.
    print(c.ranked([5, 3, 9, 1, 12, 0, -4]))
    print(sorted([4, 2, 8, 6], key=c.score, reverse=True))
    print(max([4, 2, 8, 6], key=c.score), min([4, 2, 8, 6], key=c.score))

    # A method with a default: the calls decide how many arguments it takes.
    adder = c.add
    print(adder(1))
    add2: Callable[[int, int], int] = c.add
    print(add2(1, 2))

    # The receiver expression is evaluated once, when the attribute is read.
    made: list[int] = []

    def make() -> Counter:
        made.append(1)
        return Counter()

    h = make().on_a
    h(1)
    h(2)
    print(len(made))


main()
