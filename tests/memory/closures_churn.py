# 1,000,000 iterations each make closures (by value, over cells, over a
# list, of module functions) and call them: any leak of a closure, a cell or
# a captured object would pass the memory limit.
from typing import Callable


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def step() -> int:
        nonlocal count
        count += 1
        return count
    return step


def tagger(words: list[str]) -> Callable[[str], int]:
    prefix = "w" + str(len(words))
    return lambda s: len(prefix + s) + len(words)


def double(x: int) -> int:
    return 2 * x


def main() -> None:
    total = 0
    for i in range(1000000):
        add = make_adder(i % 7)
        counter = make_counter(i % 3)
        counter()
        f: Callable[[int], int] = double
        tag = tagger(["a", "b"] if i % 2 == 0 else [])
        total += add(1) + counter() + f(i % 5) + tag("xy")
    print(total)


main()
