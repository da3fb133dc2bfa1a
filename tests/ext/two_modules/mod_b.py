"""Module B: the same names as module A, different values."""

BASE = 20
print("importing mod_b")


def value(n: int) -> int:
    return BASE * n


def name_len() -> int:
    return 2


def fail(n: int) -> int:
    assert n < 0, "b failed"
    return n
