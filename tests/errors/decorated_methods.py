# Rejected: decorators of the module on methods whose parameters the
# decorated method could not keep, on static and class methods, on __init__,
# and decorators whose types do not fit the method.
from typing import Callable


def deco(f: Callable[["C", int], int]) -> Callable[["C", int], int]:
    return f


def plain(f: Callable[["C"], None]) -> Callable[["C"], None]:
    return f


class C:
    @plain  # error: decorators on __init__ are not supported yet
    def __init__(self) -> None:
        self.x = 1

    @deco  # error: decorated methods with default parameter values are not supported yet
    def with_default(self, n: int = 1) -> int:
        return n

    @staticmethod
    @deco  # error: decorators of the module on static methods, class methods, properties or abstract methods are not supported yet
    def static(n: int) -> int:
        return n

    @deco  # error: decorated methods with parameters other than plain positional ones are not supported yet
    def keyword_only(self, *, n: int) -> int:
        return n

    @deco  # error: expected Callable[[C, int], int], found Callable[[C, str], int]
    def wrong(self, s: str) -> int:
        return len(s)

    @deco
    def fine(self, n: int) -> int:
        return n


print(C().fine(x=1))  # error: unexpected keyword argument 'x'
