# a < f() < c evaluates the middle operand once, and a false link skips the rest of the chain.


def f(v: int) -> int:
    print("f", v)
    return v


def g(v: float) -> float:
    print("g", v)
    return v


print(1 < f(2) < 3)
print(1 < f(5) < 3)
print(5 < f(0) < f(1))
print(f(1) < f(2) < f(3) < f(4))
print(f(4) < f(3) < f(2) < f(1))
print(0 <= f(0) == 0 != f(9))
print(1.0 < g(1.5) <= 2.0, 0 < g(0.5) < 1, 0.0 < f(1) < 1.5)
x = 5
if 0 < x <= 10:
    print("in range")
if not 0 < x < 3:
    print("out of range")
print(1 < 2 > 0, 3 >= 3 <= 3, 1 == 1 < 2)
