# A variable the `try` statement assigns is not narrowed after it.
from typing import Optional


def parse(s: str) -> Optional[int]:
    return int(s) if s.isdigit() else None


def f(s: str) -> int:
    n = parse(s)
    if n is None:
        return 0
    try:
        n = parse(s + "x")
    except ValueError:
        pass
    return n + 1  # error: the 'int | None' operand may be None here
