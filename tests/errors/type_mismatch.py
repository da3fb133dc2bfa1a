# Rejected: a float where an int is required (annotated variable, argument, return value).
def half(n: int) -> int:
    return n / 2  # error: expected int, found float


count: int = 2.5  # error: expected int, found float
print(half(4.0))  # error: expected int, found float
