# Rejected: a decorated function defined inside another function (nested
# functions themselves compile: tests/run/closures).
def trace(f: int) -> int:
    return f


def outer(n: int) -> int:
    @trace  # error: decorators are not supported yet
    def inner(m: int) -> int:
        return m + 1

    return n * 2


print(outer(3))
