# Rejected: functools members and cache forms taipan does not support.
import functools
from functools import lru_cache, partial  # error: functools.partial is not supported yet


class Grid:
    def __init__(self, n: int) -> None:
        self.n = n

    @lru_cache(maxsize=None)  # error: functools caches on methods are not supported yet
    def paths(self, r: int) -> int:
        return r


@lru_cache(maxsize=10 + 1)  # error: lru_cache(maxsize=...) must be an int literal or None
def f(n: int) -> int:
    return n


@functools.cache()  # error: functools.cache takes no arguments; write @cache
def g(n: int) -> int:
    return n


@functools.lru_cache(None)  # error: a cached function's parameters need annotations ('n')
def k(n) -> int:  # error:
    return 1


x = functools.lru_cache(f)  # error: functools.lru_cache can only be used as a decorator
