# Rejected: a call with more positional arguments than the function has parameters.
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2, 3))  # error: takes 2 positional arguments but 3 were given
