# bisect on sorted lists: left/right on runs of equal elements, lo/hi
# bounds (positional and by name), insort keeping the list sorted.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

xs = [1, 2, 2, 2, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 8, 13, 14]:
    print(x, bisect_left(xs, x), bisect_right(xs, x), bisect.bisect(xs, x))
print(bisect_left(xs, 2, 2), bisect_left(xs, 2, 0, 2), bisect_right(xs, 8, hi=5), bisect_left(xs, 8, lo=6))
print(bisect_left(xs, 8, 0, None), bisect_right(xs, 2, 0, -1), bisect_left(xs, 100, 3, -5))
empty: list[int] = []
print(bisect_left(empty, 3), bisect_right(empty, 3))

fs = [0.5, 1.5, 1.5, 3.0]
print(bisect_left(fs, 1.5), bisect_right(fs, 1.5), bisect_left(fs, 2))
words = ["apple", "kiwi", "mango", "pear"]
print(bisect_left(words, "lemon"), bisect_right(words, "kiwi"))

ys: list[int] = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(ys, v)
print(ys)
insort_left(ys, 5)
insort_right(ys, 0, 0, 3)
bisect.insort_left(ys, 7, lo=4)
print(ys)

pairs: list[tuple[int, str]] = []
for p in [(3, "c"), (1, "a"), (3, "a"), (2, "z")]:
    bisect.insort(pairs, p)
print(pairs)


def grade(score: int) -> str:
    breakpoints = [60, 70, 80, 90]
    return "FDCBA"[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
