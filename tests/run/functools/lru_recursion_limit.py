# CPython's lru_cache wrapper counts against the recursion limit as a frame
# of its own: memoized recursion fails at half the depth of plain recursion.
from functools import cache


@cache
def shallow(n: int) -> int:
    return 0 if n == 0 else shallow(n - 1) + 1


@cache
def deep(n: int) -> int:
    return 0 if n == 0 else deep(n - 1) + 1


print(shallow(498))
print(deep(499))
