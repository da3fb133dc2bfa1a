"""other.c: in a package with no __init__.py (a namespace package)."""

SCALE = 100


def f(x: int) -> int:
    return x * SCALE


def where() -> str:
    return __name__
