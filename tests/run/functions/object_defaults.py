# Defaults that are not constants: evaluated once, when the def runs.
from dataclasses import dataclass


def fib(n: int, memo: dict[int, int] = {}) -> int:
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


def append_to(x: int, into: list[int] = []) -> list[int]:
    into.append(x)
    return into


calls = 0


def stamp() -> int:
    global calls
    calls += 1
    return calls * 10


def tagged(label: str, t: int = stamp()) -> str:
    return f"{label}@{t}"


@dataclass(frozen=True)
class Point:
    x: float
    y: float


ORIGIN = Point(0.0, 0.0)


def dist(p: Point, q: Point = Point(0.0, 0.0)) -> float:
    return ((p.x - q.x) ** 2 + (p.y - q.y) ** 2) ** 0.5


class Counter:
    def __init__(self, seen: set[str] = set()) -> None:
        self.seen = seen

    def add(self, w: str, extra: list[str] = []) -> int:
        self.seen.add(w)
        extra.append(w)
        return len(extra)


print(fib(60))
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(tagged("a"), tagged("b"), calls, tagged("c", 5))
print(dist(Point(3.0, 4.0)), dist(Point(1.0, 1.0), Point(1.0, 2.0)))
c1, c2 = Counter(), Counter()
c1.add("x")
print(sorted(c2.seen), c1.add("y"), c2.add("z"), Counter({"own"}).seen)
