# Rejected: groupby() calls whose key cannot be typed, or whose arguments
# CPython would refuse.
from itertools import groupby

xs = [1, 2, 2]
pairs = groupby(xs, lambda a, b: a)  # error: a key function must take exactly one argument
nones = groupby(xs, lambda a: print(a))  # error: a groupby() key function must return a value
lengths = groupby(xs, len)  # error: object of type 'int' has no len()
nothing = groupby()  # error: groupby() takes an iterable and optionally key= (0 arguments given)
three = groupby(xs, None, 3)  # error: groupby() takes an iterable and optionally key= (3 arguments given)
number = groupby(5)  # error: 'int' object is not iterable
other = groupby(xs, keyfunc=abs)  # error: 'keyfunc' is an invalid keyword argument for groupby()
twice = groupby(xs, iterable=xs)  # error: argument for groupby() given by name ('iterable') and position (1)
