# A range loop whose body calls user code through a builtin (`hash` runs
# `__hash__`), which shrinks the list the loop indexes: the checked loop must
# run, so CPython's IndexError is raised rather than a read past the end.
class Shrinker:
    def __init__(self, xs: list[int]) -> None:
        self.xs = xs

    def __hash__(self) -> int:
        self.xs.pop()
        return 1


def total(xs: list[int], s: Shrinker) -> int:
    t = 0
    for i in range(len(xs)):
        t += xs[i] + hash(s)
    return t


items = [1, 2, 3, 4]
try:
    print(total(items, Shrinker(items)))
except IndexError as e:
    print("IndexError:", e)
print(items)
