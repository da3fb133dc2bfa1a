# groupby's groups share the underlying iterator: a group not consumed is
# skipped, a group kept past the next step is exhausted, a partly
# consumed group's rest is skipped.
from itertools import groupby

# Groups kept past the next step of the outer iterator are exhausted.
groups = [g for k, g in groupby("aabbbc")]
print([list(g) for g in groups])
print([list(g) for k, g in list(groupby([1, 1, 2]))])

# The outer iterator used by hand.
gb = groupby([1, 1, 2, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
k, g2 = next(gb)
print(k, list(g2), list(g))
k, g3 = next(gb)
print(k, list(g3), list(g3))

# A partly consumed group: the outer iterator skips the rest.
for letter, letters in groupby("aaabbbbcd"):
    first = next(letters)
    print(letter, first)

# Keys never looked at: the groups are skipped without being read.
print([k for k, _ in groupby([1, 1, 1, 2, 2, 3, 3, 3, 3])])

# A group read after it ended, before the next step.
it = groupby([7, 7, 8])
k, g = next(it)
print(list(g), list(g))
k, g = next(it)
print(k, list(g))
print(next(it, None) is None)

# The input is evaluated at the call, but read lazily.
xs = [1, 1, 2]
lazy = groupby(xs)
xs.append(2)
xs.append(3)
print([(k, len(list(g))) for k, g in lazy])

# Nested groupby.
rows = ["a1", "a1", "a2", "b1", "b1"]
for letter, grp in groupby(rows, key=lambda r: r[0]):
    print(letter, [(d, len(list(sub))) for d, sub in groupby(grp, key=lambda r: r[1])])

# Key calls: once per element, in order, as CPython.
calls: list[int] = []


def key_of(n: int) -> int:
    calls.append(n)
    return n // 2


print([k for k, g in groupby([0, 1, 2, 3, 4], key_of)])
print(calls)
