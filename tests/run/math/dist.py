# math.dist: the Euclidean distance of two points given as lists, tuples,
# ranges or generators of numbers, with CPython's vector_norm digits.
import math
import random
from math import dist

origin: list[float] = []
print(dist([0, 0], [3, 4]), dist((1.5, 2.5, 3.5), (0.0, 0.0, 0.0)), dist(origin, origin), dist([1], [4.5]))
print(dist([1e-320, 0.0], [0.0, 3e-320]), dist([1e308, 1e308], [-1e308, -1e308]), dist([5e-324, 5e-324], [0.0, 0.0]))
print(dist([float("inf"), float("nan")], [1.0, 2.0]), dist([float("nan"), 1.0], [0.0, 1.0]), dist([-0.0], [0.0]))
print(dist(range(3), range(3, 6)), dist([True, False], [False, True]), dist((x * 0.1 for x in range(4)), [1, 2, 3, 4]))
print(dist([2 ** 60, 1], [0, 0]), math.dist([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), dist([1e-200, 1e-200], [0.0, 0.0]))

# Tuples whose fields mix ints, floats and bools are read field by field.
point = (1, 2.5, True)
print(dist((0, 0.5), (3, 4.5)), dist(point, (0.0, 0.0, 0.0)), dist(point, [1, 2, 3]), dist((), ()))


def attempt(p: list[float], q: list[float]) -> None:
    try:
        print(dist(p, q))
    except ValueError as e:
        print("ValueError:", e)


attempt([1.0, 2.0], [1.0])
attempt([], [0.5])
attempt([1.0], [1.0])

# Random points of 0 to 12 dimensions over wide scales, against CPython.
rng = random.Random(5)
results: list[float] = []
for trial in range(400):
    n = rng.randint(0, 12)
    scale = 10.0 ** rng.randint(-310, 300)
    p = [rng.gauss(0.0, 1.0) * scale for _ in range(n)]
    q = [rng.uniform(-1.0, 1.0) * scale for _ in range(n)]
    results.append(dist(p, q))
print(results[:130])
print(results[130:260])
print(results[260:])
print(dist([1.0, 2.0], [3.0]))
