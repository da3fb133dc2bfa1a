# reduce() of an empty iterable without an initial value raises CPython's
# TypeError: caught inside an expression, then uncaught.
import operator
from functools import reduce


def safe_product(values: list[int]) -> str:
    try:
        return f"product {reduce(operator.mul, values)}"
    except TypeError as e:
        return f"error: {e}"


print(safe_product([2, 3]), safe_product([]))
empty: list[str] = []
print(reduce(lambda a, b: a + b, empty, "start"))
print("before")
print(len(reduce(lambda a, b: a + b, (w for w in empty))))
print("never")
