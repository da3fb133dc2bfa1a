# A comprehension's `if` clause narrows the element and the clauses after it
# (only inside the comprehension); lambdas capturing an optional; generator
# expressions over optionals.


class Box:
    def __init__(self, v: int) -> None:
        self.v = v


def main() -> None:
    xs: list[int | None] = [1, None, 3, 0]
    print([x + 1 for x in xs if x is not None])
    print([x * 10 for x in xs if x])
    print(sum(x for x in xs if x is not None), any(x is None for x in xs))
    print({i: x for i, x in enumerate(xs) if x is not None and x > 0})
    k: int | None = 2
    ys = sorted([3, 1, 2], key=lambda v: v if k is None else -v)
    print(ys)
    names: list[str | None] = ["b", None, "a", ""]
    print(sorted(n for n in names if n), [n.upper() for n in names if n is not None])
    boxes: list[Box | None] = [Box(4), None, Box(-1)]
    print([b.v for b in boxes if b is not None])
    grid: list[list[int | None]] = [[1, None], [None], [2, 3]]
    print([y for row in grid for y in row if y is not None])
    x = 5
    print([x for x in xs if x is not None], x)


main()
