# next() of an exhausted generator raises StopIteration.
from typing import Iterator


def one() -> Iterator[int]:
    yield 1


g = one()
print(next(g))
print(next(g))
