# A list index out of range raises IndexError with CPython's message.
def get(xs: list[int], i: int) -> int:
    return xs[i]


values = [10, 20, 30]
print(get(values, -3), get(values, 2))
print(get(values, 3))
