"""Keyword arguments, mixed with positional ones and defaults."""


def add(a: int, b: int) -> int:
    return a - b


def mix(a: int, b: float = 0.5, c: bool = True, name: str = "x") -> str:
    return f"{name}: {a} {b} {c}"


def three(first: str, second: str, third: str) -> str:
    return first + second + third


def none() -> int:
    return 7
