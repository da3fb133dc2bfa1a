# Ranges in fields, generator functions (a range local kept across yields),
# enumerate/zip of a field's range, and ranges as set elements and dict keys.
from typing import Iterator


class Holder:
    def __init__(self) -> None:
        self.r = range(2, 8, 2)


def gen(n: int) -> Iterator[int]:
    r = range(n, 0, -1)
    for i in r:
        yield i * 10
    for j in r[::2]:
        yield j


h = Holder()
for x in h.r:
    print(x, end=" ")
print(list(gen(4)))
for i, x in enumerate(h.r):
    print(i, x)
for a, b in zip(h.r, range(3)):
    print(a + b)
rs = [range(2), range(3, 5)]
for q in rs[1]:
    print(q)
print(sorted(set(range(10)[::3])), {range(3): 1}, {range(1, 4, 2)})
