# Decorators on nested functions: the local name holds the decorated
# function value; decorators may be functions of the module or local ones.
import functools
from typing import Callable


def add_one(f: Callable[[int], int]) -> Callable[[int], int]:
    @functools.wraps(f)
    def g(x: int) -> int:
        return f(x) + 1
    return g


def outer(n: int) -> int:
    def scale(k: int) -> Callable[[Callable[[int], int]], Callable[[int], int]]:
        def deco(f: Callable[[int], int]) -> Callable[[int], int]:
            return lambda x: f(x) * k
        return deco

    @add_one
    @scale(n)
    def base(x: int) -> int:
        return x + n

    print(base(1), base(2))
    return base(3)


print(outer(10))


def counting() -> list[int]:
    calls: list[int] = []

    def record(f: Callable[[int], int]) -> Callable[[int], int]:
        def wrapper(x: int) -> int:
            calls.append(x)
            return f(x)
        return wrapper

    for i in range(3):
        @record
        def square(x: int) -> int:
            return x * x
        print(i, square(i + 1))
    return calls


print(counting())


class Shop:
    def __init__(self) -> None:
        self.prices = [3, 5]

    def total(self, tax: int) -> int:
        @add_one
        def with_tax(p: int) -> int:
            return p + tax
        return sum(with_tax(p) for p in self.prices)


print(Shop().total(2))
