# Decorated generator methods, and a subclass decorating an override of a plain
# method: dispatch through the base class reaches the wrapper.
from typing import Callable, Iterator


def doubled_items(f: Callable[["Bag"], Iterator[int]]) -> Callable[["Bag"], Iterator[int]]:
    def wrapper(b: "Bag") -> Iterator[int]:
        for x in f(b):
            yield x
            yield x
    return wrapper


def shout(f: Callable[["Loud"], str]) -> Callable[["Loud"], str]:
    def wrapper(x: "Loud") -> str:
        return f(x).upper() + "!"
    return wrapper


class Bag:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    @doubled_items
    def each(self) -> Iterator[int]:
        for i in self.items:
            yield i

    def describe(self) -> str:
        return "bag"


class Loud(Bag):
    @shout
    def describe(self) -> str:
        return "loud " + super().describe()


print(list(Bag([1, 2]).each()), sum(Loud([3]).each()))
bags: list[Bag] = [Bag([]), Loud([1])]
print([b.describe() for b in bags])
