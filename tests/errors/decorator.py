# Decorators: a function of the module is applied as CPython applies it
# (`f = deco(f)`), so its types must fit; any other decorator is rejected.
from typing import Callable


def identity(n: int) -> int:
    return n


def twice(f: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(f(x))


ident = twice


@identity  # error: expected int, found Callable[[], int]
def seven() -> int:
    return 7


@ident  # error: decorators are not supported yet
def eight(x: int) -> int:
    return 8


print("never runs")
