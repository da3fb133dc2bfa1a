# Rejected: a decorator of a nested function that does not take a function
# (decorated nested functions compile: tests/run/decorators/nested.py).
def trace(f: int) -> int:
    return f


def outer(n: int) -> int:
    @trace  # error: expected int, found Callable[[int], int]
    def inner(m: int) -> int:
        return m + 1

    return n * 2


print(outer(3))
