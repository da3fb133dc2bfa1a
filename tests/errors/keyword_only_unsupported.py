# Rejected: keyword-only parameters where taipan calls by position only, or cannot yet.
from functools import lru_cache
from typing import Callable


def scaled(x: int, *, factor: int) -> int:
    return x * factor


@lru_cache(maxsize=None)  # error: functools caches on functions with keyword-only parameters are not supported yet
def cached(n: int, *, bias: int = 0) -> int:
    return n + bias


def outer(n: int) -> int:
    def inner(x: int, *, k: int = 1) -> int:  # error: keyword-only parameters of nested functions are not supported yet
        return x + k

    return n


f: Callable[[int], int] = scaled  # error: 'scaled' as a value is called with positional arguments only, so its required keyword-only parameter 'factor' would be missing
print(sorted([1, 2], key=scaled))  # error: 'scaled' as a key function is called with positional arguments only
print(outer(1), cached(2))
