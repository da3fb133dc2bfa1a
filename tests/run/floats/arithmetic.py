# Float + - * / and int/float mixing in both operand orders.


def show(a: float, b: float) -> None:
    print(a + b, a - b, a * b, a / b)


show(1.5, 0.25)
show(-1.5, 0.25)
show(1e308, 1e308)
show(1e-308, 1e10)
show(0.1, 3.0)
show(7.0, -2.0)
i = 3
f = 0.5
print(i + f, f + i, i - f, f - i, i * f, f * i, i / f, f / i)
print(1 + 2.0, 2.0 + 1, 10 - 0.5, 3 * 0.1, 1 / 4.0, 1.0 / 4)
print(2 ** 53 + 1.0, 9007199254740993 + 0.0, 9223372036854775807 * 1.0)
print(1e308 * 10.0, -1e308 * 10.0, 1e-320 / 1e10, 5e-324 / 2.0)
print(0.1 + 0.7, 0.7 + 0.1 == 0.8, 0.5 + 0.25 == 0.75)
g = 2.5
g += 1
print(g)
g -= 0.75
print(g)
g *= 4
print(g)
g /= 3
print(g)
