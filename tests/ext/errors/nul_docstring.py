def f(x: int) -> int:  # error: the docstring of an exported function cannot contain a NUL character
    "has a \0 inside"
    return x


def _private(x: int) -> int:
    "private functions are not exported: \0 is fine here"
    return x
