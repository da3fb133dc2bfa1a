# A StopIteration escaping a generator's body becomes a RuntimeError (PEP 479).
from typing import Iterator


def first(src: Iterator[int]) -> Iterator[int]:
    yield next(src)
    yield next(src)


def one() -> Iterator[int]:
    yield 1


print(list(first(one())))
