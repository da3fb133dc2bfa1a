# << and >> with positive and negative values and shift counts past the word size.


def show(a: int, n: int) -> None:
    print(a, n, a >> n)


show(1000, 3)
show(-1000, 3)
show(-1, 1)
show(-1, 63)
show(-1, 64)
show(-1, 100)
show(1, 64)
show(5, 70)
show(9223372036854775807, 62)
show(-9223372036854775807 - 1, 63)
print(1 << 0, 1 << 10, 3 << 20, -3 << 20, 1 << 62, -1 << 63)
print(0 << 100, 0 << 63)
print(1 + 2 << 3, 1 << 2 + 3, 256 >> 2 >> 1)
y = 7
y <<= 4
print(y)
y >>= 2
print(y)
