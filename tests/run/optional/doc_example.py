# The example of docs/language.md, "Optional values".


def find(xs: list[int], target: int) -> int | None:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def scale(x: int, factor: int | None = None) -> int:
    return x * (1 if factor is None else factor)


def main() -> None:
    r = find([4, 0, 7], 7)
    if r is not None:
        print(r + 1)                 # 3: narrowed to int
    print(r, find([], 1), r == 2)    # 2 None True (== with a value or None is allowed)
    ages = {"ann": 31, "bob": 0}
    b = ages.get("bob")              # int | None
    print("yes" if b else "no")      # no: 0 is false, like None
    xs = [1, None, 3]                # list[int | None]
    print(xs, None in xs, xs.count(None), scale(2), scale(2, 3))


main()
