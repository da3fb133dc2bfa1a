def f(d: dict[int, str]) -> str:
    return d[-5]


print(f({1: "a"}))
