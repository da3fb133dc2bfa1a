# Rejected: what taipan does not compile about function values.
from typing import Callable


def inc(x: int) -> int:
    return x + 1


untyped = lambda x: x + 1  # error: the parameter types of this lambda are unknown
print(inc)  # error: printing function values is not supported
f: Callable[[int], int] = inc
g: Callable[[int], int] = lambda x: x - 1
print(f == g)  # error: comparing function values is not supported
print(f is g)  # error: 'is' between function values is not supported
print(f(x=1))  # error: keyword arguments in calls of function values are not supported
print(f(1, 2))  # error: takes 1 argument, but 2 were given
h: Callable[[int], int] = lambda a, b: a  # error: found a lambda with 2 parameter(s)
fs: list[Callable[[], int]] = [lambda: i for i in range(3)]  # error: closures over comprehension variables ('i')
anything: Callable[..., int] = inc  # error: Callable[..., R] is not supported


def early() -> int:
    get: Callable[[], int] = lambda: later  # error: 'later' is captured by a nested function before it is assigned
    later = 1
    return get()


def defaults() -> None:
    def inner(x: int = 1) -> int:  # error: default values of nested functions are not supported yet
        return x


def handler() -> None:
    try:
        pass
    except ValueError as e:
        show: Callable[[], str] = lambda: str(e)  # error: closures over names bound by 'except ... as' ('e')


nonlocal_outside = 0


def top() -> None:
    nonlocal nonlocal_outside  # error: no binding for nonlocal 'nonlocal_outside' found


early_value: Callable[[int], int] = defined_later  # error: name 'defined_later' is not defined (its 'def' comes later)


def defined_later(x: int) -> int:
    return x


def recursive_in_loop() -> int:
    total = 0
    for i in range(3):
        def rec(k: int) -> int:  # error: nested function 'rec' calls itself, so it must be defined once
            return 0 if k <= 0 else rec(k - 1) + i
        total += rec(2)
    return total


def missing_nonlocal() -> None:
    def g() -> None:  # error: no binding for nonlocal 'zz' found
        nonlocal zz
        zz = 1
    g()
