# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# `while lo < hi: lo += 1; hi -= 1` needs no checks inside the loop; the
# subtraction after it (hi - lo with lo = MAX, hi = MIN) still overflows.
MAX = 9223372036854775807
MIN = -MAX - 1


def swaps(lo: int, hi: int) -> int:
    steps = 0
    while lo < hi:
        lo += 1
        hi -= 1
        steps += 1
    return steps


def gap(lo: int, hi: int) -> int:
    while lo < hi:
        lo += 1
    return hi - lo


print(swaps(MAX - 4, MAX), swaps(MIN, MIN + 5), gap(MIN, MIN + 3))
print(gap(MAX, MIN))
