# itertools.islice with literal bounds.
import itertools
from itertools import islice
from typing import Iterator


def naturals() -> Iterator[int]:
    n = 0
    while True:
        print("make", n)
        n += 1
        yield n - 1


print(list(islice(naturals(), 3)))
g = naturals()
print(list(itertools.islice(g, 2, 9, 3)), next(g))
print([c for c in islice("abcdefg", 1, None, 2)], list(islice([1, 2, 3], 10)), list(islice(range(100), 95, None)))
print(sum(islice(naturals(), 0, 4)), list(islice([5, 6], 0)))
for x in islice(naturals(), 1, 3):
    print("got", x)
