# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# Unary - of the smallest 64-bit int.


def negate(v: int) -> int:
    return -v


m = -9223372036854775807 - 1
print(m, negate(9223372036854775807), negate(0))
print(negate(m))
