# The pyperformance nqueens benchmark: a stored range iterated by
# itertools.permutations and by generator expressions inside set().
import itertools
from typing import Iterator


def permutations_of(n: int) -> Iterator[tuple[int, ...]]:
    cols = range(n)
    for vec in itertools.permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def n_queens(queen_count: int) -> list[tuple[int, ...]]:
    return list(permutations_of(queen_count))


for n in range(1, 8):
    solutions = n_queens(n)
    print(n, len(solutions), solutions[:2])
