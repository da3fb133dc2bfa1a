# Optional targets of tuple unpacking (assignments and for loops), tuples of
# optionals returned and stored in lists.
def pair() -> tuple[int | None, str | None]:
    return (1, None)


def main() -> None:
    a: int | None = None
    b: str | None = "x"
    a, b = 5, None
    print(a, b)
    c, d = pair()
    print(c, d)
    for e, f in [pair(), pair()]:
        print(e, f)
    g: float | None = None
    g = 3
    print(g == 3)
    h = [pair()]
    print(h)


main()
