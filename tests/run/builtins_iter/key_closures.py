def most_common(d: dict[str, int]) -> str:
    return max(d, key=lambda k: d[k])


def rank(words: list[str], weights: dict[str, int], bonus: int) -> list[str]:
    return sorted(words, key=lambda w: (weights.get(w, 0) + bonus * len(w), w))


def by_distance(points: list[tuple[int, int]], cx: int, cy: int) -> list[tuple[int, int]]:
    ordered = points.copy()
    ordered.sort(key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2, reverse=True)
    return ordered


def nearest(xs: list[int], target: int) -> int:
    return min(xs, key=lambda x: abs(x - target))


counts = {"a": 3, "b": 7, "c": 5}
print(most_common(counts))
print(rank(["bb", "a", "ccc"], {"a": 10}, 2))
print(by_distance([(0, 0), (3, 4), (1, 1), (-2, 0)], 1, 1))
print(nearest([10, 3, 7, 12], 8), nearest([1, 5], 3))
print([sorted([3, 1, 2], key=lambda v: v * k) for k in [1, -1]])
