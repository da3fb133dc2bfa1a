# Rejected: reduce with a function of the wrong shape, keyword arguments, or
# an accumulator whose type the function changes.
import operator
from functools import reduce

xs = [1, 2, 3]
y = reduce(lambda a: a, xs)  # error: the function of reduce() must take exactly two arguments
z = reduce(lambda a, b: a + b, xs, initial=0)  # error: reduce() takes no keyword arguments
print(reduce(lambda a, b: a + b / 2, xs, 0))  # error: expected int, found float
print(reduce(lambda a, b: a + b, xs, "") + "!")  # error: unsupported operand types for +: 'str' and 'int'
print(reduce(operator.itemgetter, xs))  # error: operator.itemgetter is not a function of two arguments
print(reduce(len, xs))  # error: len() takes exactly one argument (2 given)
print(reduce(operator.add))  # error: reduce expected at least 2 arguments, got 1
print(reduce(operator.add, 5))  # error: 'int' object is not iterable


def half(a: int, b: int) -> float:
    return (a + b) / 2


print(reduce(half, xs))  # error: this reduce() function returns float, but the accumulator is int
q = operator.add(1, 2)  # error: operator.add is supported only as the function of functools.reduce()
