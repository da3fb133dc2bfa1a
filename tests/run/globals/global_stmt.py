# `global` statements: functions, methods and nested functions rebind module
# globals; optional globals narrowed in functions that declare them.
from typing import Optional

counter = 0
total: float = 0.0
names: list[str] = []
cache: Optional[dict[str, int]] = None
label = "start"
best: Optional[int] = None


def bump(by: int = 1) -> int:
    global counter
    counter += by
    return counter


def add(x: float) -> None:
    global total
    total = total + x


def get_cache() -> dict[str, int]:
    global cache
    if cache is None:
        cache = {}
    cache["n"] = cache.get("n", 0) + 1
    return cache


def relabel(s: str) -> None:
    global label
    label = label + "/" + s


def reset() -> None:
    global names, counter
    names = ["fresh"]
    counter = 0


def consider(v: int) -> None:
    global best
    if best is None or v > best:
        best = v


def clear_best() -> None:
    global best
    best = None


for i in range(5):
    bump()
bump(10)
print(counter)
add(1.5)
add(2)
print(total)
print(get_cache(), get_cache())
relabel("a")
relabel("b")
print(label)
names.append("x")
reset()
names.append("y")
print(names, counter)
for v in [3, 9, 2]:
    consider(v)
print(best)
if best is not None:
    print(best + 1)
    clear_best()
    print(best)


class Tracker:
    def hit(self) -> None:
        global counter
        counter += 100


t = Tracker()
t.hit()
print(counter)


def outer() -> int:
    def inner() -> None:
        global counter
        counter = -1
    inner()
    return counter


print(outer(), counter)
