# itertools.groupby: consecutive runs, keys from lambdas, functions,
# itemgetter, builtins and unbound methods; groups used as iterables.
import itertools
import operator
from itertools import groupby
from typing import Callable, Iterator


def run_lengths(s: str) -> list[tuple[str, int]]:
    return [(k, len(list(g))) for k, g in groupby(s)]


def parity(n: int) -> bool:
    return n % 2 == 0


def evens_first(xs: list[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 0:
            yield x
    for x in xs:
        if x % 2 != 0:
            yield x


words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in itertools.groupby(words, key=lambda w: w[0]):
    print(k, list(g))

# Run-length encoding, sorted first and not.
print(run_lengths("aaabccddddde"))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(run_lengths("x"))
print(run_lengths(""))

# No key: the elements themselves; groups of one.
print([k for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([list(g) for k, g in groupby([5, 6, 7])])
print([list(g) for k, g in groupby([4, 4, 4, 4])])

# An empty iterable gives no group.
empty: list[int] = []
for k2, g2 in groupby(empty):
    print("never", k2, list(g2))
print(list(groupby(empty)) == [])

# Keys: a named function (positional), operator.itemgetter, len, str.lower, abs.
for even, nums in groupby([2, 4, 1, 3, 6, 8, 8], parity):
    print(even, sum(nums))
pairs = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
print([(k, sum(v for _, v in g)) for k, g in groupby(pairs, key=operator.itemgetter(0))])
print({k: [v for _, v in g] for k, g in groupby(pairs, operator.itemgetter(0))})
print([(k, list(g)) for k, g in groupby(["aa", "b", "cc", "dd", "e"], key=len)])
print([(k, list(g)) for k, g in groupby(["Ab", "aB", "ab", "x", "X"], key=str.lower)])
print([(k, list(g)) for k, g in groupby([-1, 1, -1, 2, -2, 3], key=abs)])
print([(k, list(g)) for k, g in groupby([1, 2, 3], key=None)])

# A key function value, and a lambda reading a local.
by_tens: Callable[[int], int] = lambda n: n // 10
print([(k, list(g)) for k, g in groupby([1, 5, 12, 19, 31, 4], by_tens)])


def grouped_by(xs: list[int], width: int) -> list[list[int]]:
    return [list(g) for _, g in groupby(xs, key=lambda n: n // width)]


print(grouped_by([0, 1, 2, 3, 4, 5, 9, 10], 3))

# Tuple and float keys.
points = [(0, 0, "a"), (0, 0, "b"), (0, 1, "c"), (1, 1, "d")]
for (x, y), grp in groupby(points, key=lambda p: (p[0], p[1])):
    print(x, y, [p[2] for p in grp])
print([(k, len(list(g))) for k, g in groupby([0.5, 0.5, 1.0, -0.0, 0.0])])

# Other iterables: a generator, a dict, a string, enumerate, a generator expression.
print([(k, list(g)) for k, g in groupby(evens_first([1, 2, 3, 4, 6]), parity)])
d = {"x": 1, "y": 1, "z": 2}
print([(k, list(g)) for k, g in groupby(d, key=lambda name: d[name])])
print([(k, list(g)) for k, g in groupby(enumerate("aab"), key=lambda p: p[1])])
print([(k, list(g)) for k, g in groupby((n * n for n in range(-3, 4)), key=lambda n: n > 3)])

# A group as an iterable: for loop, sum, max, sorted, in.
for big, run in groupby([3, 3, 1, 2, 2, 2], key=lambda n: n > 2):
    total = 0
    for n in run:
        total += n
    print(big, total)
for small, run in groupby([3, 1, 2, 7], key=lambda n: n < 5):
    print(small, sorted(run), sorted(run))

# Arguments by keyword.
print([(k, list(g)) for k, g in groupby(iterable=[1, 2, 4], key=lambda n: n % 2)])
print([k for k, _ in groupby(key=None, iterable="aab")])
