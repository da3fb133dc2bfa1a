# __iter__ written as a generator: the class is iterable everywhere.
from typing import Iterator


class Bag:
    def __init__(self) -> None:
        self.items: list[int] = []

    def add(self, x: int) -> None:
        self.items.append(x)

    def __iter__(self) -> Iterator[int]:
        for x in self.items:
            if x >= 0:
                yield x


class Countdown:
    def __init__(self, start: int) -> None:
        self.start = start

    def __iter__(self) -> Iterator[int]:
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Reversed(Countdown):
    def __iter__(self) -> Iterator[int]:
        for i in range(1, self.start + 1):
            yield i


b = Bag()
for v in [3, -1, 5, 0]:
    b.add(v)
for v in b:
    print("bag", v)
print(sum(b), sorted(b), [x + 1 for x in b], list(b), max(b))
b.add(9)
print(list(b), 9 in list(b))
it = iter(b)
print(next(it), next(it), list(it), next(it, -1))

c = Countdown(3)
print(list(c), list(c))
for x, y in zip(c, Countdown(2)):
    print(x, y)
items: list[Countdown] = [Countdown(2), Reversed(3)]
for cd in items:
    print(list(cd))
