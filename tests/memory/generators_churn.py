# 1,000,000 times, generator objects made and dropped before they finish, holding
# strs, lists and instances in their suspended frames; others run to the
# end, raise, or are zipped, and list iterators are dropped half way: a
# leak of any frame or of what it holds would pass the memory limit.
from typing import Iterator


class Cell:
    def __init__(self, v: int) -> None:
        self.v = v


def words(n: int, tag: str) -> Iterator[str]:
    parts = [tag, str(n)]
    cell = Cell(n)
    for i in range(n):
        yield "-".join(parts) + str(i + cell.v)


def failing(n: int) -> Iterator[int]:
    yield n
    raise ValueError("stop")


def count(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


total = 0
for k in range(1000000):
    g = words(k % 7 + 2, "w")
    total += len(next(g))
    if k % 3 == 0:
        total += len(next(g))
    for s in words(2, "x"):
        total += len(s)
    try:
        for v in failing(k):
            total += v % 5
    except ValueError:
        total += 1
    for a, b in zip(count(3), words(1, "z")):
        total += a + len(b)
    it = iter(["p", "q" * (k % 4)])
    total += len(next(it))
print(total)
