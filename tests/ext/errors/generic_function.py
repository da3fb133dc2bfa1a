# A public generic function has no one signature Python could call (each
# instantiation is its own compiled function); a private one is fine, and so
# is a public function that uses an instance of it.
from typing import TypeVar

T = TypeVar("T")


def first(xs: list[T]) -> T:  # error: generic function 'first' cannot be exported from an extension module
    return xs[0]


def unused(x: T) -> T:  # error: generic function 'unused' cannot be exported from an extension module
    return x


def _last(xs: list[T]) -> T:
    return xs[-1]


def last_int(xs: list[int]) -> int:
    return _last(xs) + first(xs)
