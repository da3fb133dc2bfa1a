# Functions with keyword-only parameters used as values: decorated by a
# function of the module, passed where a Callable goes, and bound methods.
# A function value is called by position: its keyword-only parameters get
# their defaults (a stored default object is the shared one).
from typing import Callable


def traced(f: Callable[[int], int]) -> Callable[[int], int]:
    def wrapper(n: int) -> int:
        result = f(n)
        print(f"f({n}) = {result}")
        return result

    return wrapper


@traced
def triple(n: int, *, factor: int = 3) -> int:
    return n * factor


def apply(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]


def shifted(x: int, *, by: int = 100) -> int:
    return x + by


def remember(x: int, *, seen: list[int] = []) -> int:
    seen.append(x)
    return len(seen)


class Counter:
    def __init__(self) -> None:
        self.total = 0

    def add(self, n: int, *, times: int = 1) -> int:
        self.total += n * times
        return self.total


print(triple(2))
print(triple(-5))
print(apply(shifted, [1, -2, 0]))
print(shifted(1, by=1))
r = remember
print(r(1), r(2), remember(3), remember(4, seen=[]), r(5))
c = Counter()
add = c.add
print(add(2), add(3), c.add(4, times=10), add(1))
print(sorted([3, -1, 2], key=shifted))
