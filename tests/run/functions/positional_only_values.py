# Positional-only parameters in cached, decorated and nested functions and
# in function values (which are always called by position).
from functools import lru_cache
from typing import Callable


@lru_cache(maxsize=None)
def fib(n: int, /) -> int:
    print("fib", n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def logged(f: Callable[[int, int], int]) -> Callable[[int, int], int]:
    def wrapper(a: int, b: int) -> int:
        print("call", a, b)
        return f(a, b)

    return wrapper


@logged
def sub(a: int, b: int, /) -> int:
    return a - b


def compose(n: int) -> list[int]:
    def step(x: int, /) -> int:
        return x * 2 + n

    return [step(i) for i in range(-2, 3)]


def ratio(num: float, den: float = 2.0, /) -> float:
    return num / den


def pick(f: Callable[[float, float], float], a: float, b: float) -> float:
    return f(a, b)


print(fib(10))
print(fib(11))
print(sub(5, 7), sub(-1, -1))
print(compose(0), compose(-3))
print(pick(ratio, 1.0, 4.0), ratio(3.0))
print(sorted([-3, 1, -2], key=abs))
