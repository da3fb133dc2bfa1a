# Float // and % follow the sign of the divisor, including the awkward tiny and signed-zero cases.


def show(a: float, b: float) -> None:
    print(a, b, a // b, a % b)


show(7.5, 2.0)
show(-7.5, 2.0)
show(7.5, -2.0)
show(-7.5, -2.0)
show(6.0, 3.0)
show(-6.0, 3.0)
show(6.0, -3.0)
show(0.0, 5.0)
show(-0.0, 5.0)
show(0.0, -5.0)
show(-0.0, -5.0)
show(-1e-20, 1.0)
show(1e-20, -1.0)
show(5.0, 0.5)
show(5.0, -0.5)
show(0.3, 0.1)
show(1e300, 1e-300)
show(1.0, 3.0)
print(7 // 2.5, 7 % 2.5, -7 // 2.5, -7 % 2.5, 7.5 // 2, 7.5 % -2, -7.5 % 2)
print(5 % 1.5, -5 % 1.5, 5 // 1.5, -5 // 1.5)
h = 10.0
h //= 3
print(h)
h %= 2.5
print(h)
