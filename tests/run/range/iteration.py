# Ranges held in variables, iterated by for, comprehensions, generator
# expressions and the builtins and itertools functions that take iterables.
import itertools
import random

r = range(1, 10, 2)
down = range(5, -5, -2)
empty = range(3, 3)

for i in r:
    print(i, end=" ")
print()
for i in down:
    print(i, end=" ")
else:
    print("| done")
for i in empty:
    print("never")
else:
    print("empty loop")

# The loop walks the range it started with, even if the variable changes.
walk = range(3)
for i in walk:
    walk = range(100)
    print(i, len(walk))

print([x * x for x in r], {x % 3 for x in r}, {x: -x for x in down})
print(sum(x for x in r if x > 3), list(x + 1 for x in empty))
print(list(r), tuple(down), set(range(4)), sorted(down), sorted(r, reverse=True))
print(sum(r), min(r), max(down), min(empty, default=-1), any(range(1)), all(range(1, 3)))
print(list(enumerate(down)), list(enumerate(r, 10)), list(zip(r, down, "abc")))
print(list(reversed(r)), list(reversed(empty)), list(map(lambda x: x * 2, r)))
print(list(filter(lambda x: x % 3 == 0, r)))
print(list(itertools.permutations(range(3))), list(itertools.combinations(r, 2))[:4])
print(list(itertools.product(range(2), range(2))))
print(max(r, key=lambda x: -x), sorted(down, key=lambda x: x * x))
print(dict(zip(range(3), "xyz")), list(range(3)) + list(r))

random.seed(12)
print(random.choice(r), random.sample(down, 3), random.choice(range(100)))
rng = random.Random(4)
print(rng.choice(r), rng.sample(r, 2))

# Nested loops over stored ranges.
rows = range(3)
cols = range(2, 0, -1)
print([(i, j) for i in rows for j in cols])
total = 0
for i in rows:
    for j in cols:
        total += i * j
print(total)

# A range returned by an expression, iterated in place.
def evens(n: int) -> range:
    return range(0, n, 2)


for x in evens(7):
    print(x, end=" ")
print()
print([x for x in evens(9)[::-1]], sum(evens(11)))
