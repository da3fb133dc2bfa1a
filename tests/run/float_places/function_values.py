# Ints passed to and returned from function values (closures, lambdas,
# functions used as values, decorated functions) where float is declared
# stay ints, as in CPython.
from typing import Callable, Iterator


def make_multiplier(k: float) -> Callable[[float], float]:
    def mul(x: float) -> float:
        return x * k
    return mul


def make_adder(n: float) -> Callable[[float], float]:
    return lambda x: x + n


def area(w: float, h: float) -> float:
    return w * h


def twice(f: Callable[[float], float], x: float) -> float:
    return f(f(x))




def traced(f: Callable[[float], float]) -> Callable[[float], float]:
    def wrapper(x: float) -> float:
        return f(x) + 0
    return wrapper


@traced
def sq(x: float) -> float:
    return x * x


double = make_multiplier(2)
print(double(3), double(1.5), make_adder(1)(2), make_adder(0.5)(2))
f = area
print(f(3, 2), f(2.5, 2), twice(double, 3), twice(make_adder(1), 0.5))
ops: list[Callable[[float], float]] = [double, make_adder(10), lambda v: -v]
print([op(4) for op in ops])
print(sq(3), sq(1.5), sorted([3, 1.5, 2], key=lambda v: -v))
scale: Callable[[float, float], float] = lambda a, b: a * b
print(scale(2, 3), scale(2, 0.5))
