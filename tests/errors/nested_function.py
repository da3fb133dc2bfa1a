# Rejected: a function defined inside another function.
def outer(n: int) -> int:
    def inner(m: int) -> int:  # error: nested functions are not supported yet
        return m + 1

    return n * 2


print(outer(3))
