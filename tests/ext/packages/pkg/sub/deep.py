"""pkg.sub.deep: two levels down, under a namespace package."""


def f(x: int) -> int:
    return -x


def where() -> str:
    return __name__
