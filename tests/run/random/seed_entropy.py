# Without a seed (or with seed()/seed(None)) the draws come from OS entropy:
# only their ranges can be compared.
import random
from random import randint as ri

xs = [ri(1, 3) for _ in range(100)]
print(min(xs) >= 1, max(xs) <= 3)
random.seed()
print(0.0 <= random.random() < 1.0)
random.seed(None)
print(0 <= random.randrange(5) < 5)
random.seed(7)
a = random.random()
random.seed(7)
print(a == random.random())
