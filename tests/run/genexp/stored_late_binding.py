# A stored generator expression reads the variables around it when it
# computes each element, not when it is made (they are captured, as in
# CPython), but its first iterable when it is made.
from typing import Iterator


def shifted(xs: list[int]) -> list[int]:
    k = 1
    g = (x + k for x in xs)
    k = 100
    return list(g)


def per_step(xs: list[int]) -> list[int]:
    k = 0
    g = (x * k for x in xs)
    out = []
    for step in range(len(xs)):
        k = step + 1
        out.append(next(g))
    return out


def loop_var() -> list[list[int]]:
    gens: list[Iterator[int]] = []
    for i in range(3):
        gens.append((i * j for j in range(2)))
    return [list(gen) for gen in gens]


def made_in_method() -> None:
    class_like = Scale(3)
    g = class_like.scaled([1, 2])
    class_like.factor = 10
    print(list(g))


class Scale:
    def __init__(self, factor: int) -> None:
        self.factor = factor

    def scaled(self, xs: list[int]) -> Iterator[int]:
        return (x * self.factor for x in xs)


print(shifted([1, 2]))
print(per_step([1, 1, 1]))
print(loop_var())
made_in_method()

n = 2
module_gen = (x ** n for x in [1, 2, 3])
n = 3
print(list(module_gen))
