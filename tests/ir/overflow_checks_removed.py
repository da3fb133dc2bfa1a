# Integer ranges (taipan_ir/src/int_ranges.rs): after `if n < 2: return n`,
# n >= 2, so `n - 1` and `n - 2` cannot overflow and are unchecked; the sum of
# the two calls stays checked. In `while lo < hi`, `lo + 1` and `hi - 1` are
# unchecked; `steps + 1` is not (nothing bounds it).
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def swaps(lo: int, hi: int) -> int:
    steps = 0
    while lo < hi:
        lo += 1
        hi -= 1
        steps += 1
    return steps


print(fib(10), swaps(0, 10))
