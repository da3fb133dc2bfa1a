# Tuples: displays, constant indexing, unpacking (nested, in for targets), swaps,
# multiple return values, comparisons, repr.
def divmod_pos(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def min_max(xs: list[float]) -> tuple[float, float]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


def fib_pair(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


q, r = divmod_pos(17, 5)
print(q, r, divmod_pos(-7, 2))
lo, hi = min_max([2.5, -1.0, 9.25, 0.0])
print(lo, hi, fib_pair(10), fib_pair(0))
t = (1, "two", 3.0, True)
print(t, t[0], t[1], t[-1], t[-4], len(t), t[1:3], t[::-1], t[5:])
point = ((1, 2), "p")
(x, y), name = point
print(x, y, name, point[0][1])
x, y = y, x
print(x, y)
pairs = [(1, "a"), (2, "b"), (3, "c")]
for n, s in pairs:
    print(n, s, end="; ")
print()
for p in pairs:
    print(p[0] * 2, p, end=" ")
print()
print((), (1,), ("a",), (1, 2) == (1, 2), (1, 2) < (1, 3), (2,) > (1, 5), (1, "a") != (1, "b"))
print(2 in (1, 2, 3), 5 not in (1, 2, 3), "b" in ("a", "b"))
nums: tuple[int, ...] = (5, 6, 7)
total = 0
for v in nums:
    total += v
print(nums, total, nums[1], nums[-1], len(nums), list(nums), nums + (8,), (0,) * 3)
i = 2
print(nums[i], nums[i - 3])
