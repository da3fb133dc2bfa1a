def split_first(xs: list[int]) -> tuple[int, list[int]]:
    first, *rest = xs
    return first, rest


def main() -> None:
    print(split_first([1, 2, 3]), split_first([7]))
    a, b = [10, 20]
    print(a, b)
    *init, last = [1, 2, 3, 4]
    print(init, last)
    x, *mid, y = (1, 2, 3, 4, 5)
    print(x, mid, y)
    p, *q, r = (1, 2)
    print(p, q, r)
    c1, c2, c3 = "abc"
    print(c3, c2, c1)
    t: tuple[float, ...] = (1.5, 2.5)
    u, v = t
    print(u + v)
    head, *tail = ["only"]
    print(head, tail)
    rows = [[1, 2], [3, 4]]
    for left, right in rows:
        print(left * right)
    n, *others = [True, False, True]
    print(n, others)


main()
