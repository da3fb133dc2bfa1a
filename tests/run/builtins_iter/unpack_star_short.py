def f(xs: list[str]) -> None:
    a, *b, c, d = xs
    print(a, b, c, d)


f(["w", "x", "y"])
f(["z"])
