# Values joined with None: conditional expressions, list displays without an
# annotation, tuples, comparisons written either way round, and an optional
# str compared with a str on either side.


def label(n: int) -> str | None:
    return "even" if n % 2 == 0 else None


def maybe_len(s: str | None) -> int | None:
    return len(s) if s is not None else None


def main() -> None:
    xs = [1, None, 3]
    ys = [None, "a"]
    print(xs, ys, len(xs), xs[1] is None, ys[1] == "a", "a" == ys[1], ys[0] == "a")
    zs = [[1], None]
    print(zs)
    for n in range(4):
        s = label(n)
        print(n, s, "even" == s, s != "even", maybe_len(s), maybe_len(s) == 4)
    words = ["x", "", "abc"]
    lens = [maybe_len(w) if w else None for w in words]
    print(lens)
    pair = (label(2), maybe_len(None))
    print(pair, pair[0], pair[1])
    k: int | None = 5 if len(words) > 2 else None
    print(k)
    j = None if len(words) > 2 else 5
    print(j)
    v: float | None = None
    for x in [0.5, 2.5, 1.0]:
        if v is None or x > v:
            v = x
    print(v)


main()
