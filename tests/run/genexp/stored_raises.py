# An exception raised while computing an element surfaces at the consumer;
# one raised by the first iterable, when the generator is made.
def div_all(xs: list[int], d: int) -> list[int]:
    g = (x // d for x in xs)
    print("made")
    try:
        return list(g)
    except ZeroDivisionError as e:
        print("caught", e)
        return []


def first_fails() -> None:
    d: dict[str, list[int]] = {}
    try:
        g = (x for x in d["missing"])
        print("not reached", list(g))
    except KeyError as e:
        print("at creation", repr(e))


print(div_all([4, 6], 2))
print(div_all([4, 6], 0))
first_fails()
g = (10 // x for x in [5, 2, 0, 1])
print(next(g))
print(next(g))
print(next(g))
