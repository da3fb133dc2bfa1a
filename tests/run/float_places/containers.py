# Ints stored in containers declared to hold floats stay ints, as in
# CPython: lists, dicts, tuples, sets, comprehensions, and the values read
# back out of them.
scores: list[float] = [90, 85.5, 77]
print(scores, scores[0], scores[-1] + 1, scores[1] * 2)
scores.append(100)
scores.insert(0, 60.5)
scores[1] = 91
print(scores, len(scores), 91 in scores, scores.index(100))
print(sorted(scores), max(scores), min(scores), sum(scores))
print(sorted(scores, reverse=True)[:2], scores.count(91))
for s in scores:
    print(s, end=" ")
print()
total: float = 0
for s in scores:
    total += s
print(total, total / len(scores))

prices: dict[str, float] = {"apple": 1, "pear": 2.5}
prices["melon"] = 4
prices["pear"] += 1
print(prices, prices["apple"], prices.get("kiwi", 0), prices.get("melon", 0.5))
for name, price in prices.items():
    print(name, price, price * 2)
print(list(prices.values()), sum(prices.values()))

point: tuple[float, float] = (3, 4.5)
x, y = point
print(point, x, y, point[0] + 1)


def bounds(xs: list[float]) -> tuple[float, float]:
    return min(xs), max(xs)


print(bounds([3, 1.5, 2]), bounds([7]))
doubled: list[float] = [v * 2 for v in [1.0, 2.5]]
doubled.append(3)
print(doubled)
squares: dict[int, float] = {i: i * i for i in range(4)}
print(squares)
weights: set[float] = {1, 2.5}
print(sorted(weights), 1 in weights)
matrix: list[list[float]] = [[1, 0], [0, 1.5]]
print(matrix, matrix[1][1] * 2, [row[0] for row in matrix])
empty: list[float] = []
ints_only: list[float] = [1, 2]
print(empty, sum(empty), sum(empty, 0.5), len(empty), sum(ints_only), sum(ints_only, 0.5))
# Key functions receive the elements as they are.
mixed: list[float] = [3, 1.5, 2, -4]
print(sorted(mixed, key=lambda v: -v), sorted(mixed, key=abs), max(mixed, key=lambda v: v * v))
mixed.sort(key=lambda v: (v > 0, v))
print(mixed, min(mixed, key=lambda v: abs(v - 2)))
