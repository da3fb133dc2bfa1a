"""Module docstring.

Over several lines."""


def add(a: int, b: int = 2) -> int:
    """Add two numbers.

    The second defaults to 2."""
    return a + b


def undocumented(x: float, flag: bool = False, scale: float = -1.5) -> float:
    return x * scale if flag else x


def no_params() -> bool:
    """Takes nothing."""
    return True


def _hidden(x: int) -> int:
    return x
