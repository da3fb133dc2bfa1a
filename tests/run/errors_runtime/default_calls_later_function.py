# A default evaluated when the def runs calls a function defined later: NameError.
def f(x: int = f2()) -> int:
    return x


def f2() -> int:
    return 1


print(f())
