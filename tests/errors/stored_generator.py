# Rejected: stored generator expressions taipan cannot make exactly as
# CPython does, and itertools iterators with arguments it does not take.
import itertools
from typing import Iterator


def total(g: Iterator[int]) -> int:
    t = 0
    for x in g:
        t += x
    return t


def steps(xs: list[int], s: int) -> Iterator[int]:
    return (i for i in range(0, 10, s))  # error: a range() step that is not a nonzero constant


def backwards(xs: list[int]) -> Iterator[int]:
    return (x for x in reversed(xs))  # error: reversed() of a list as the first iterable of a stored generator expression


def sum(g: Iterator[int]) -> int:
    return total(g)


def shadowed(xs: list[int]) -> int:
    k = 1
    r = sum(x + k for x in xs)  # error: this generator expression reads 'k', which this function assigns
    k = 2
    return r + k


def in_generator(xs: list[int]) -> Iterator[Iterator[int]]:
    k = 0
    for x in xs:
        k += x
        yield (y * k for y in xs)  # error: closures over variables of generator functions ('k') are not supported yet


def per_row(xs: list[int], ys: list[int]) -> None:
    gens = [(x * y for y in ys) for x in xs]  # error: closures over comprehension variables ('x') are not supported yet


def needs_list(xs: list[int]) -> None:
    print(xs)


needs_list(x for x in [1])  # error: expected list[int]
c = itertools.count(1, 0.5)  # error: count() of an int start and a float step is not supported
g = (x for x in [1, 2])
print(3 in g)  # error:
print(len(g))  # error: object of type 'generator' has no len()
