from typing import Callable


def _twice(f: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(f(x))


@_twice
def inc(x: int) -> int:  # error: decorated function 'inc' cannot be exported from an extension module yet
    return x + 1


@_twice
def _private(x: int) -> int:
    return x
