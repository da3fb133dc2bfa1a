# Module and function docstrings (one-line, multi-line, docstring-only body) are accepted and ignored.
"""A module docstring."""


def area(w: float, h: float) -> float:
    """Return the area of a w by h rectangle."""
    return w * h


def triple(n: int) -> int:
    """
    Multi-line docstring.

    It spans several lines.
    """
    return 3 * n


def empty() -> None:
    """Only a docstring, no other statement."""


print(area(2.5, 4.0), triple(7))
empty()
print("done")
