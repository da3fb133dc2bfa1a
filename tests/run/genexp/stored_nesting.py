# Stored generator expressions nested in lambdas, nested generator functions,
# generator functions, and as iterables of other generators.
from typing import Callable, Iterator


def in_lambda(xs: list[int]) -> list[int]:
    f: Callable[[int], Iterator[int]] = lambda k: (x * k for x in xs)
    return list(f(3))


def in_nested_gen(xs: list[int]) -> Iterator[int]:
    def inner() -> Iterator[int]:
        g = (x + 1 for x in xs)
        yield from g
    return inner()


def gen_param(xs: list[int]) -> Iterator[int]:
    g = (x * 2 for x in xs)
    for v in g:
        yield v


def with_key(rows: list[list[int]]) -> list[list[int]]:
    g = (sorted(r, key=lambda v: -v) for r in rows)
    return list(g)


print(in_lambda([1, 2]))
print(list(in_nested_gen([1, 2])))
print(list(gen_param([1, 2])))
print(with_key([[1, 3, 2]]))
t = tuple(x for x in (y for y in "ab"))
print(t)
gg = ((a, b) for a in range(2) for b in (x for x in "pq"))
print(list(gg))

# map(), filter() and zip(*rows) are generator expressions: stored too.
rows = [[1, 2, 3], [4, 5, 6]]
columns = zip(*rows)
print(next(columns), list(columns))
pairs = [(1, 2), (3, 4)]
firsts, seconds = zip(*pairs)
print(firsts, seconds)
strs = map(str, [1, 2])
print(list(strs), list(strs))
truthy = filter(None, [0, 1, 2])
print(next(truthy), list(truthy))
