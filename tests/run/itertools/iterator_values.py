# itertools.count(), repeat() and cycle() as iterator objects.
import itertools
from itertools import count, cycle, repeat


names = ["ann", "bob", "cy"]
print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(count(10, 5), 3)))
print(list(zip(itertools.count(1), names)))
counter = itertools.count()
print(next(counter), next(counter), next(counter))
print([next(counter) for _ in range(3)])
down = count(5, -2)
print(next(down), next(down), next(down), next(down))
halves = count(0.5, 0.25)
print(next(halves), next(halves), next(halves))
for i, name in zip(count(), names):
    print(i, name)
for a, b in zip(count(start=100, step=10), "xy"):
    print(a, b)
print(dict(zip(names, count())))

r = repeat("x", 3)
print(list(r), list(r))
print(list(repeat(7, 0)), list(repeat(7, -1)))
print(list(zip(repeat(0), names)))
forever = itertools.repeat(1.5)
print(next(forever), next(forever))

c = cycle([1, 2, 3])
print([next(c) for _ in range(7)])
letters = itertools.cycle("ab")
print(list(zip(letters, range(5))))
no_names: list[str] = []
empty_cycle = cycle(no_names)
print(next(empty_cycle, "empty"))
print(list(itertools.islice(cycle(x * x for x in range(3)), 7)))


def tagged(items: list[str]) -> list[str]:
    ids = itertools.count(1)
    return [f"{next(ids)}-{s}" for s in items]


print(tagged(names))
