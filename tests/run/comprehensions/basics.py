def evens(n: int) -> list[int]:
    return [i for i in range(n) if i % 2 == 0]


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print([x * x for x in xs])
    print([x for x in xs if x > 2 if x < 9])
    print([(x, y) for x in range(3) for y in range(x)])
    print([c + "!" for c in "abc"])
    print({x % 3 for x in xs})
    print({x: x * x for x in xs})
    d = {"a": 1, "b": 2, "c": 3}
    print({v: k for k, v in d.items()})
    print([k for k in d if d[k] > 1])
    print(sorted([v * 10 for v in d.values()]))
    pairs = [(1, "one"), (2, "two")]
    print([s * n for n, s in pairs])
    print([[i * j for j in range(3)] for i in range(3)])
    x = 100
    print([x for x in range(3)], x)
    print(evens(9), evens(0))
    nothing: list[int] = []
    empty = [y for y in nothing if y > 0]
    print(empty)
    floats: list[float] = [i / 2 for i in range(3)]
    print(floats)
    words = ["apple", "bob", "kayak", "level", "python"]
    print([w + "!" for w in words if w == w[::-1]])
    grid = [[1, 2], [3, 4], [5]]
    print([v for row in grid for v in row])
    print(sum([v for row in grid for v in row]))
    print({(a, b): a + b for a in range(2) for b in range(2)})


main()
# At module level the loop variables stay inside the comprehension too.
i = -1
print([i * 2 for i in range(4)], i)
print([t[0] for t in [(1, 2), (3, 4)]])
nested = [(i, [j for j in range(i)]) for i in range(4)]
print(nested)
