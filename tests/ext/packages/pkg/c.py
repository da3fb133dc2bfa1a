"""pkg.c: a submodule whose file name another package's module shares."""

SCALE = 10


def f(x: int) -> int:
    return x * SCALE


def where() -> str:
    return __name__
