"""Exceptions raised in compiled code reach Python as the same exceptions."""
import math

calls = 0


def div(a: int, b: int) -> int:
    return a // b


def mod(a: int, b: int) -> int:
    return a % b


def fdiv(a: float, b: float) -> float:
    return a / b


def root(x: float) -> float:
    return math.sqrt(x)


def checked(n: int) -> int:
    assert n >= 0, "n must not be negative"
    return n * 2


def plain_assert(n: int) -> int:
    assert n != 3
    return n


def inner(n: int) -> int:
    return 100 // n


def outer(n: int) -> int:
    return inner(n) + 1


def depth(n: int) -> int:
    if n == 0:
        return 0
    return depth(n - 1) + 1


def square(n: int) -> int:
    return n * n


class Limit(ValueError):
    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.n = n

    def __str__(self) -> str:
        return f"limit exceeded: {self.n} > 10"


def limited(n: int) -> int:
    if n > 10:
        raise Limit(n)
    return n
