from typing import Callable


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


def make_scaler(factor: float) -> Callable[[float], float]:
    return lambda x: x * factor


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


add3 = make_adder(3)
add10 = make_adder(-10)
print(add3(4), add10(4), make_adder(0)(0))
print(make_scaler(2.5)(4.0), make_scaler(-1.0)(0.0))
inc_then_double = compose(lambda x: x * 2, make_adder(1))
print(inc_then_double(5), compose(add3, add10)(100))
adders = [make_adder(i) for i in range(5)]
print([a(100) for a in adders])
