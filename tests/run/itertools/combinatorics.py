# The combinatoric iterators in for loops, comprehensions and consumers:
# same elements in the same order as CPython.
import itertools
from itertools import combinations, combinations_with_replacement, permutations, product

xs = [1, 2, 3, 4]
none: list[int] = []
words = ["a", "b", "c"]

for a, b in product(xs, words):
    print(a, b, end="; ")
print()
print(list(product([1, 2], repeat=3)))
print([p for p in product(words, [True, False], [0.5])])
print(list(product(xs, none)), list(product()), list(product(xs, repeat=0)))
print(len(list(product(range(3), "xy", repeat=2))))

for p in permutations(words):
    print("".join(p), end=" ")
print()
print(list(permutations(xs, 2)))
print(list(permutations(xs, 0)), list(permutations(xs, 5)), list(permutations(none, 0)))
print(sum(1 for _ in permutations(range(6))))

print(list(combinations(xs, 2)))
print([a * b * c for a, b, c in combinations(range(1, 7), 3)])
print(list(combinations(xs, 0)), list(combinations(xs, 5)), list(combinations(none, 0)))
print(list(combinations_with_replacement(words, 2)))
print(list(itertools.combinations_with_replacement(none, 2)), list(combinations_with_replacement([7], 3)))
print(sorted(c for c in combinations("dcba", 2)))

total = 0
for i, (m, n) in enumerate(itertools.combinations(xs, r=2)):
    total += i * m * n
print(total)


def best_pair(values: list[float]) -> tuple[float, float]:
    best = (0.0, 0.0)
    for a, b in combinations(values, 2):
        if a * b > best[0] * best[1]:
            best = (a, b)
    return best


print(best_pair([1.5, -2.0, 3.25, 0.5, -4.0]))
print(max(permutations([3, 1, 2])), min(product([2, 1], ["b", "a"])))
