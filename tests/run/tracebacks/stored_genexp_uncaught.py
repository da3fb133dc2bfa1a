# compare-traceback
# An error inside a stored generator expression, raised where a function
# consumes it: the generator's frame is the last one, as in CPython.
from typing import Iterator


def ratios(xs: list[int]) -> Iterator[int]:
    return (100 // x for x in xs)


def consume(g: Iterator[int]) -> int:
    total = 0
    for v in g:
        total += v
    return total


print(consume(ratios([1, 2])))
print(consume(ratios([4, 0])))
