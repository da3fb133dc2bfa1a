from typing import Callable


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def step() -> int:
        nonlocal count
        count += 1
        return count
    return step


def accumulate(xs: list[int]) -> int:
    total = 0

    def add(x: int) -> None:
        nonlocal total
        total = total + x
    for x in xs:
        add(x)
    return total


def watcher() -> None:
    x = 1
    get = lambda: x
    print(get())
    x = 2
    print(get())
    x += 40
    print(get())


c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(), c2())
print(accumulate([1, 2, 3, 4]), accumulate([]), accumulate([-5]))
watcher()


def shared_state() -> tuple[int, int]:
    n = 0

    def inc() -> None:
        nonlocal n
        n += 1

    def get() -> int:
        return n
    inc()
    inc()
    first = get()
    inc()
    return first, get()


print(shared_state())
