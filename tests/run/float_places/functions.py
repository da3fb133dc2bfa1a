# An int passed, returned or stored where `float` is declared stays an int,
# as in CPython (PEP 484 lets `float` accept ints; CPython does not convert).


def area(w: float, h: float) -> float:
    return w * h


def scale(x: float, k: float = 3) -> float:
    return x * k


def half(x: float) -> float:
    return x / 2


def floor_div(a: float, b: float) -> float:
    return a // b


def modulo(a: float, b: float) -> float:
    return a % b


def power(a: float, b: float) -> float:
    return a ** b


def clamp(v: float, lo: float = 0, hi: float = 10) -> float:
    return lo if v < lo else hi if v > hi else v


def fact(n: float) -> float:
    return 1 if n <= 1 else n * fact(n - 1)


def zero() -> float:
    return 0


def mean(xs: list[float]) -> float:
    total: float = 0
    for x in xs:
        total += x
    return total / len(xs) if xs else total


print(area(3, 2), area(2.5, 2), area(w=4, h=0.5), area(-3, 7))
print(scale(2), scale(2.0), scale(2, 0.5), scale(k=2, x=5))
print(half(3), half(4), half(0))
print(floor_div(7, 2), floor_div(-7, 2), floor_div(7, -2), floor_div(7.0, 2), floor_div(-7.5, 2))
print(modulo(7, 3), modulo(-7, 3), modulo(7, -3), modulo(7.5, 2), modulo(-0.0, 3))
print(power(2, 10), power(2, -2), power(2.0, 3), power(0, 0), power(-8, 2), power(9, 0.5))
print(clamp(5), clamp(-3), clamp(12), clamp(2.5), clamp(11.5, hi=11))
print(fact(5), fact(5.0), fact(1))
print(zero(), zero() + 1, zero() + 0.5, -zero())
print(mean([]), mean([1.0, 2.0]), mean([1.5]))
print(abs(area(-3, 2)), round(area(3, 3), 1), round(area(1234, 1), -2), round(area(1.25, 1), 1))
print(max(area(1, 2), 1.5), min(area(1, 2), 3.5), max(half(3), area(1, 1)), min(zero(), -0.5))
print(int(area(3, 2)), float(area(3, 2)), bool(zero()), str(area(3, 2)), repr(area(3, 2)))
print(area(3, 2) == 6, area(3, 2) < 6.5, hash(area(3, 2)) == hash(6))
