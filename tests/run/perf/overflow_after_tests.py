# Overflow checks that a preceding comparison makes unnecessary are dropped
# (taipan_ir/src/int_ranges.rs); the ones it does not cover must still raise,
# at the boundary of the 64-bit range.
MAX = 9223372036854775807
MIN = -MAX - 1


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def below(n: int) -> int:
    # n - 1 is safe after the test; n + 1 is not.
    if n > 0:
        return n - 1
    return n + 1


def above(n: int) -> int:
    if n < 0:
        return n + 1
    return n + 1


def swaps(lo: int, hi: int) -> int:
    steps = 0
    while lo < hi:
        lo += 1
        hi -= 1
        steps += 1
    return steps * 1000 + (hi - lo)


def counter_plus(start: int, stop: int, extra: int) -> int:
    total = 0
    for i in range(start, stop):
        total = i + extra
    return total


def guarded_sum(a: int, b: int) -> int:
    if 0 <= a < 100 and 0 <= b < 100:
        return a + b
    return a - b


for n in range(12):
    print(fib(n), end=" ")
print()
print(below(MAX), below(1), below(MIN + 1))
print(above(MIN), above(-1), above(0))
print(swaps(0, 9), swaps(MAX - 4, MAX), swaps(MIN, MIN + 5), swaps(5, 5), swaps(7, 2))
print(counter_plus(MAX - 3, MAX, 1), counter_plus(MIN + 1, MIN + 3, -1), counter_plus(5, 3, MAX))
print(guarded_sum(99, 99), guarded_sum(MIN + 1, 0), guarded_sum(MAX, 0))

