"""Argument and result conversions of every scalar type."""


def add(a: int, b: int) -> int:
    return a + b


def scale(x: float, factor: float = 2.0) -> float:
    return x * factor


def area(w: float, h: float = 1) -> float:
    """An int argument stays an int, as in CPython."""
    return w * h


def half(n: int) -> float:
    return n / 2


def both(flag: bool, other: bool) -> bool:
    return flag and not other


def is_positive(x: float) -> bool:
    return x > 0


def as_int(flag: bool) -> int:
    return 1 if flag else 0


def answer() -> int:
    return 42


def nothing(n: int) -> None:
    n = n + 1


def mix(a: int, b: float = 0.5, c: bool = True, d: int = -3) -> float:
    if c:
        return a + b + d
    return a - b - d
