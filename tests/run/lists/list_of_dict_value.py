# list() of a list stored in a dict (or of a generator stored in one) is a
# new list; list() of a dict view is the view's elements.
from typing import Iterator


def ones(n: int) -> Iterator[int]:
    for _ in range(n):
        yield 1


d = {"a": [1]}
x = list(d["a"])
x.append(2)
print(d, x)
print(list(d.keys()), list(d.values()), list(d.items()))
gens = {"g": ones(2)}
print(list(gens["g"]), list(gens["g"]))
