# choice / shuffle / sample / choices on lists of several element kinds.
import random
from random import choice, sample, shuffle

random.seed(2024)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print([choice(words) for _ in range(10)])
print([random.choice([1.5, 2.5, -0.0]) for _ in range(5)])
print([random.choice([True, False]) for _ in range(8)])

xs = list(range(20))
shuffle(xs)
print(xs)
ys: list[str] = []
random.shuffle(ys)
one = ["x"]
random.shuffle(one)
print(ys, one)
pairs = [(i, str(i)) for i in range(6)]
random.shuffle(pairs)
print(pairs)

# sample: the small-population branch (pool) and the large one (set of indices).
print(sample(words, 3))
print(sample(words, 5))
print(sample(words, 0))
big = list(range(1000))
print(random.sample(big, 10))
print(random.sample(big, 30))
mid = list(range(40))
print(random.sample(mid, 6), random.sample(mid, 40)[:5])
print(words)

print(random.choices(words, k=6))
print(random.choices(words))
print(random.choices([1, 2, 3], k=0), random.choices(big, k=4))

# Weighted choices: cumulative weights and bisect, as CPython.
print(random.choices(words, [5, 1, 1, 1, 10], k=8))
print(random.choices(words, weights=[0.5, 0.25, 0.0, 2.0, 1.0], k=5))
print(random.choices(["p", "q"], [True, True], k=3))
for bad in [[0, 0, 0, 0, 0], [1, 2]]:
    try:
        print(random.choices(words, bad, k=2))
    except ValueError as e:
        print("ValueError:", e)
inf_weights = [1.0, float("inf"), 1.0, 1.0, 1.0]
try:
    print(random.choices(words, inf_weights))
except ValueError as e:
    print("ValueError:", e)
