"""Importing this module raises: its body divides by zero."""

print("importing failing")


def ratio(n: int) -> int:
    return 10 // n


LIMIT = ratio(0)
