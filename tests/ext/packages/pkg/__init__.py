"""A compiled package."""

VERSION = "1.0"


def where() -> str:
    return __name__
