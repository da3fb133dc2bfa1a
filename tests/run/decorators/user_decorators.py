# compare-traceback
# Decorators that are functions of the module: applied bottom-up as CPython
# applies them (f = deco(f)); the body's own calls go through the wrapper.
from typing import Callable

def memo(f: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}
    def wrapper(n: int) -> int:
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper

def traced(f: Callable[[int, int], int]) -> Callable[[int, int], int]:
    def inner(a: int, b: int) -> int:
        r = f(a, b)
        print(f"call({a}, {b}) = {r}")
        return r
    return inner

def repeat(times: int) -> Callable[[Callable[[int, int], int]], Callable[[int, int], int]]:
    def deco(f: Callable[[int, int], int]) -> Callable[[int, int], int]:
        def run(a: int, b: int) -> int:
            total = 0
            for _ in range(times):
                total += f(a, b)
            return total
        return run
    return deco

@memo
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@traced
def add(a: int, b: int) -> int:
    return a + b

@traced
@repeat(3)
def mul(a: int, b: int) -> int:
    return a * b

@memo
def checked(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2

def main() -> None:
    print(fib(80), add(2, 3), mul(4, 5))
    print(checked(4), checked(4))
    try:
        checked(-1)
    except ValueError as e:
        print("caught", e)

main()
print(fib(10))
checked(-2)
