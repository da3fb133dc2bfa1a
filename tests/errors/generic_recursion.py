# Rejected: a generic function that calls itself at an ever larger type
# (polymorphic recursion) would need endless instantiations.
from typing import TypeVar

T = TypeVar("T")


def depth(x: T, n: int) -> int:  # error: generic 'depth' needs more than 200 instantiations or type arguments nested more than 8 deep
    if n == 0:
        return 0
    return 1 + depth([x], n - 1)


print(depth(1, 3))
