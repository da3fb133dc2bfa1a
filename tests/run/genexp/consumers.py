# Generator expressions consumed by the builtins that read every element.


def squares_total(xs: list[int]) -> int:
    return sum(x * x for x in xs)


def main() -> None:
    xs = [3, -1, 4, 1, -5, 9, 2, 6]
    words = ["pear", "fig", "banana", "kiwi", ""]
    print(squares_total(xs), squares_total([]))
    print(sum(x for x in xs if x > 0), sum((x for x in xs), 10), sum((x for x in xs), start=-100))
    print(max(len(w) for w in words), min(len(w) for w in words))
    print(max(x for x in xs if x < 0), min(-x for x in xs))
    print(min((x for x in xs if x > 100), default=0), max((w for w in words if w), default="none"))
    print(min((x for x in xs if x > 1), default=-1))
    print(sorted(x for x in xs if x), sorted((w for w in words), reverse=True))
    print(sorted((x * 2 for x in xs), key=lambda v: abs(v)))
    print(list(x + 1 for x in xs), list(c for c in "abc"), list(x for x in xs if x > 50))
    print(tuple(x for x in xs[:3]), tuple(w.upper() for w in words if len(w) == 4), tuple(x for x in xs if x > 50))
    print(set(x % 3 for x in xs), set(x for x in xs if x > 50))
    print(dict((w, len(w)) for w in words if w), dict((i, i * i) for i in range(4)))
    print(",".join(str(x) for x in xs), "-".join(w for w in words if "a" in w), repr("".join(c for c in "")))
    print(" ".join(w[::-1] for w in words))
    # Nested clauses, tuple targets, closures over locals.
    grid = [[1, 2, 3], [4, 5], [], [6]]
    print(sum(v for row in grid for v in row), sum(v for row in grid if len(row) > 1 for v in row if v % 2))
    ys = [10, 20, 30]
    print(sum(a * b for a, b in zip(xs, ys)), list((i, w) for i, w in enumerate(words) if w))
    k = 3
    print(list(x * k for x in range(k)), max(x - k for x in xs))
    # Over dicts, their views, strs, ranges and sets.
    d = {"a": 1, "b": 2, "c": 3}
    print(sum(v for v in d.values()), list(k2 + str(v) for k2, v in d.items()), sorted(k2 for k2 in d))
    print(sum(1 for c in "hello world" if c in "lo"), list(c.upper() for c in "héllo"))
    print(sum(i for i in range(10, 0, -3)), sorted(x * 10 for x in {3, 1, 2}))
    # Nested generators.
    print(sum(sum(v for v in row) for row in grid), max(min((v for v in row), default=99) for row in grid))
    print(list(y * 2 for y in (x + 1 for x in xs if x > 0) if y > 2))
    # Floats add in the same order as CPython.
    fs = [0.1, 0.2, 0.3, 1e16, -1e16, 0.7]
    print(sum(f for f in fs), sum((f * 3 for f in fs), 0.5), sum(x / 7 for x in range(10)))
    print(sum(f for f in fs if f < 1), sum((x for x in xs), 0.25), sum(b for b in [True, False, True]))
    # Collections: extend and update add each element as it is made.
    out: list[int] = [1, 2]
    out.extend(len(out) + x for x in range(3))
    print(out)
    nothing: list[int] = []
    out.extend(x for x in nothing)
    print(out)
    seen = {1, 2}
    seen.update(x * 2 for x in range(4))
    print(sorted(seen), seen.union(x for x in [7, 8]), seen.intersection(x for x in range(3)))
    print(seen.difference(x for x in range(3)), seen.issubset(x for x in range(100)))
    print(seen.symmetric_difference(x for x in [1, 100]))


main()
# At module level, the variables stay inside the generator too.
x = "outer"
print(sum(x for x in range(5)), x)
print(max(len(w) for w in ["a", "bbb", "cc"]))
