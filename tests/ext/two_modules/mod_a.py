"""Module A."""

BASE = 10
print("importing mod_a")


def value(n: int) -> int:
    return BASE + n


def name_len() -> int:
    return 1


def fail(n: int) -> int:
    return n // 0
