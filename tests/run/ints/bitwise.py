# Bitwise & | ^ ~ on two's-complement ints, including negatives.


def show(a: int, b: int) -> None:
    print(a & b, a | b, a ^ b, ~a, ~b)


show(12, 10)
show(-12, 10)
show(12, -10)
show(-12, -10)
show(0, -1)
show(9223372036854775807, -9223372036854775807 - 1)
show(255, 256)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 == 2)
x = 0b1011
x &= 0b0110
print(x)
x |= 0x70
print(x)
x ^= 0o17
print(x)
