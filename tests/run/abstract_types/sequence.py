from collections import deque
from typing import Sequence


def describe(xs: Sequence[int]) -> str:
    n = len(xs)
    if n == 0:
        return "empty"
    return f"n={n} first={xs[0]} last={xs[-1]} mid={xs[n // 2]} has3={3 in xs} no7={7 not in xs}"


def show(xs: Sequence[int]) -> None:
    print(xs, xs[1:], xs[::-1], xs[-2:], xs[5:9], str(xs), repr(xs))


def sum_twice(xs: Sequence[int]) -> int:
    return sum(xs) + sum(x for x in xs)


print(describe([1, 2, 3, 4]))
print(describe((3, 5)))
print(describe(deque([9, 8, 7])))
print(describe(range(2, 12, 3)))
print(describe([]))
print(describe(()))
show([1, 2, 3])
show((4, 5, 6))
show(range(10, 0, -2))
show(())
print(sum_twice([1, 2, 3]), sum_twice((10,)), sum_twice(range(5)))


def letters(s: Sequence[str]) -> str:
    return f"{len(s)} {s[0]} {s[-1]} {s[1:3]!r} {'b' in s} {'bc' in s} {[c for c in s]}"


print(letters("abcd"))
print(letters(["a", "bc", "d"]))
print(letters(("bc", "z")))
print(letters("héllo"))


def grid_sum(rows: Sequence[Sequence[float]]) -> float:
    t = 0.0
    for row in rows:
        for x in row:
            t += x
    return t


print(grid_sum([[1.0, 2.0], [3.5]]))
print(grid_sum([(1.5, 2.5), (3.0, 0.25)]))
print(grid_sum(((1.0,), [2.0, 4.0])) if False else grid_sum([[0.5]]))
print(grid_sum([]))


class Point:
    def __init__(self, x: int) -> None:
        self.x = x

    def __repr__(self) -> str:
        return f"P({self.x})"


class Point3(Point):
    pass


def xs_of(ps: Sequence[Point]) -> list[int]:
    return [p.x for p in ps]


print(xs_of([Point(1), Point(2)]))
print(xs_of((Point3(5),)))
pts: list[Point3] = [Point3(7)]
print(xs_of(pts), pts)

sv: Sequence[int] = (1, 2, 3)
print(sv, len(sv), sv[1])
sv = [4]
print(sv)
print(sv == sv)


empty_deque: deque[int] = deque()


def truth(xs: Sequence[int]) -> str:
    return "yes" if xs else "no"


print(truth([]), truth([0]), truth(()), truth((1,)), truth(range(0)), truth(range(3, 4)), truth(empty_deque))
print(sv != [4], sv == (4,), sv == [4])
t3: tuple[int, int, int] = (1, 2, 3)
print(describe(t3), t3 == sv)
