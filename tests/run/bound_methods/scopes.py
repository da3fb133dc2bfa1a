# Bound methods made in generator functions, returned from functions, in
# comprehensions and lambdas, and of receivers that are expressions.

from typing import Callable, Iterator


class Acc:
    def __init__(self) -> None:
        self.n = 0

    def add(self, k: int) -> int:
        self.n += k
        return self.n


def gen(xs: list[int]) -> Iterator[int]:
    a = Acc()
    f = a.add
    for x in xs:
        yield f(x)


def outer() -> Callable[[int], int]:
    a = Acc()
    return a.add


def main() -> None:
    print(list(gen([1, 2, 3])))
    g = outer()
    print(g(5), g(6))
    accs = [Acc(), Acc()]
    fs = [a.add for a in accs]
    print([f(2) for f in fs], [f(3) for f in fs])
    h: Callable[[int], Callable[[int], int]] = lambda k: accs[k].add
    print(h(0)(10), h(1)(1))
    x = "abc"
    u = x.upper
    del x
    print(u())
    d: dict[int, list[int]] = {1: [1]}
    app = d[1].append
    app(7)
    print(d)


main()
