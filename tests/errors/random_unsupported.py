# Rejected: random members taipan does not support, and supported ones with
# arguments it cannot compile faithfully.
import random
from random import betavariate  # error: random.betavariate is not supported yet

r = random.SystemRandom(5)  # error: random.SystemRandom is not supported yet
random.seed("text")  # error: random.seed() of a str is not supported yet
random.seed(1.5)  # error: random.seed() of a float is not supported yet
x = random.randint(1)  # error: randint() missing 1 required positional argument: 'b'
y = random.randrange(1.5)  # error: randrange() argument 'start' must be an int, not float
z = random.choice({1, 2})  # error: choice() argument 'seq' must be a list, tuple, str or range, not set
w = random.choices([1, 2], ["a", "b"])  # error: random.choices() weights must be a list of numbers
f = random.random  # error: random.random as a value is not supported yet
u = random.uniform(1, 2, 3)  # error: uniform() takes 2 positional arguments but 3 were given
g = random.gauss(sd=2.0)  # error: gauss() got an unexpected keyword argument 'sd'
