# Int // and % round toward negative infinity; % takes the sign of the divisor.


def show(a: int, b: int) -> None:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)


def show_extreme(a: int, b: int) -> None:
    # q * b can leave 64 bits here, so only the quotient and remainder are shown.
    print(a, b, a // b, a % b)


show(7, 2)
show(-7, 2)
show(7, -2)
show(-7, -2)
show(6, 3)
show(-6, 3)
show(6, -3)
show(0, 5)
show(0, -5)
show(1, 10)
show(-1, 10)
show(1, -10)
show(-1, -10)
show_extreme(9223372036854775807, 2)
show_extreme(-9223372036854775807 - 1, 2)
show_extreme(-9223372036854775807 - 1, 3)
show_extreme(-9223372036854775807 - 1, 9223372036854775807)
show_extreme(9223372036854775807, -9223372036854775807 - 1)
show_extreme(-9223372036854775807 - 1, -9223372036854775807 - 1)
# The one case where % does not overflow even though // would.
print((-9223372036854775807 - 1) % -1)
print(-7 // 2 * 2, -(7 // 2), -7 % 3 + 1)
