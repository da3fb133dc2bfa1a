# Int ** with non-negative exponents stays int; a negative constant exponent gives a float.
print(2 ** 10, 3 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print((-2) ** 3, (-2) ** 4, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** 62, 3 ** 39, (-2) ** 63, 7 ** 22)
print(10 ** 18, -(10 ** 18))
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** -2, 1 ** -5, 3 ** -1)


def ipow(base: int, exp: int) -> int:
    return base ** exp


n = 0
while n < 6:
    print(ipow(3, n), ipow(-3, n), ipow(0, n), ipow(1, n))
    n += 1

b = 5
b **= 3
print(b)
