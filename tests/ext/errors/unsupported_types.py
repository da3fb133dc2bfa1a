from collections import deque


def f(d: deque[int]) -> int:  # error: parameter 'd' of exported function 'f' has type deque[int], which cannot be passed from Python yet
    return 0


def g(xs: list[set[int | None]]) -> int:  # error: parameter 'xs' of exported function 'g' has type list[set[int | None]], which cannot be passed from Python yet
    return 0


def h(n: int) -> deque[int]:  # error: exported function 'h' returns deque[int], which cannot be returned to Python yet
    return deque([n])


def _private(d: deque[int]) -> int:
    return 0


def ok(xs: list[tuple[int, str, None]], s: str = "a\tb", d: dict[str, set[int]] | None = None) -> tuple[float, ...]:
    return (1.0,)
