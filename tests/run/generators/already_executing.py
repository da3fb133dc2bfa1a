# A generator that asks itself for its next element.
from typing import Iterator


def selfish() -> Iterator[int]:
    yield 1
    yield next(it)


it = selfish()
print(next(it))
print(next(it))
