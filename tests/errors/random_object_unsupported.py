# Rejected: random.Random objects with seeds taipan cannot compile
# faithfully, methods it does not support, and uses CPython allows but
# taipan does not support.
import random
from random import Random

a = random.Random("text")  # error: random.Random() of a str is not supported yet
b = Random(1.5)  # error: random.Random() of a float is not supported yet
c = random.Random(1, 2)  # error: random.Random() takes one argument
r = random.Random(1)
d = r.betavariate(1.0, 2.0)  # error: 'Random' object method 'betavariate' is not supported yet
e = r.random  # error: Random.random as a value is not supported yet
r.seed(2.5)  # error: Random.seed() of a float is not supported yet
f = r.randint(1)  # error: randint() missing 1 required positional argument: 'b'
g = r.getstate()  # error: 'Random' object method 'getstate' is not supported yet
i = r < r  # error: '<' not supported between instances of 'Random' and 'Random'
k = r.choice({1, 2})  # error: choice() argument 'seq' must be a list, tuple, str or range, not set
