# Rejected: math.prod / fsum / dist arguments taipan cannot compile
# faithfully (or that CPython rejects).
import math
from math import dist, fsum, prod

floats = [1.5, 2.5]
a = prod(floats)  # error: math.prod() of floats with an int start is not supported
b = prod([1, 2], start=True)  # error: math.prod() with a bool start is not supported
c = prod([1, 2], 3)  # error: prod() takes exactly 1 argument (2 given)
d = prod(["a", "b"])  # error: math.prod() of str values is not supported (numbers only)
e = fsum(["x"])  # error: math.fsum() of str values is not supported (numbers only)
f = fsum(floats, start=1.0)  # error: 'start' is an invalid keyword argument for fsum()
g = math.dist([1.0], 2.0)  # error: dist(): 'float' object is not iterable
h = dist([1.0])  # error: dist() takes exactly 2 arguments (1 given)
i = prod([1, 2], start="s")  # error: math.prod() with a str start is not supported
