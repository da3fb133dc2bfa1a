# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# ** overflowing: powers of 3 up to 3**39 fit, 3**40 does not.


def power(base: int, exp: int) -> int:
    return base ** exp


for e in range(36, 45):
    print(e, power(3, e))
