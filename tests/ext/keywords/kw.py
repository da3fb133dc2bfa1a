"""Keyword arguments, mixed with positional ones and defaults."""


def add(a: int, b: int) -> int:
    return a - b


def mix(a: int, b: float = 0.5, c: bool = True, name: str = "x") -> str:
    return f"{name}: {a} {b} {c}"


def three(first: str, second: str, third: str) -> str:
    return first + second + third


def none() -> int:
    return 7


def connect(host: str, *, timeout: float = 1.0, retries: int = 3) -> str:
    return f"{host} timeout={timeout} retries={retries}"


def lookup(*, key: str) -> int:
    return len(key)


def clamp(x: int, lo: int = 0, /, hi: int = 10) -> int:
    return max(lo, min(x, hi))


def pair(a: int, b: int, /) -> int:
    return a - b


def both(a: int, /, b: int, *, k: str, t: bool = False) -> str:
    return f"{a} {b} {k} {t}"
