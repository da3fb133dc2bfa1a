# Rejected: a decorator on a generic function (a cache or a wrapper would
# need one function value for every instantiation).
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")


@lru_cache  # error: decorators on generic function 'same' are not supported yet
def same(x: T) -> T:
    return x


print(same(1))
