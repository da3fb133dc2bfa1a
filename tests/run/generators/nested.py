# Generators consuming generators, recursion, and `yield from`.
from typing import Iterator


class Tree:
    def __init__(self, value: int, left: "Tree | None", right: "Tree | None") -> None:
        self.value = value
        self.left = left
        self.right = right

    def walk(self) -> Iterator[int]:
        left = self.left
        if left is not None:
            yield from left.walk()
        yield self.value
        right = self.right
        if right is not None:
            yield from right.walk()


def count(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def squares(src: Iterator[int]) -> Iterator[int]:
    for x in src:
        yield x * x


def evens(src: Iterator[int]) -> Iterator[int]:
    for x in src:
        if x % 2 == 0:
            yield x


def take(n: int, src: Iterator[int]) -> Iterator[int]:
    if n <= 0:
        return
    for x in src:
        yield x
        n -= 1
        if n == 0:
            return


def naturals() -> Iterator[int]:
    n = 0
    while True:
        yield n
        n += 1


def chain(a: list[int], b: Iterator[int], c: str) -> Iterator[str]:
    yield from (str(x) for x in a)
    for x in b:
        yield str(x)
    yield from c
    yield from [s for s in c.upper()]


def countdown(n: int) -> Iterator[int]:
    if n < 0:
        return
    yield n
    yield from countdown(n - 1)


def flatten(xss: list[list[int]]) -> Iterator[int]:
    for xs in xss:
        yield from xs


t = Tree(4, Tree(2, Tree(1, None, None), Tree(3, None, None)), Tree(6, None, Tree(7, None, None)))
print(list(t.walk()))
print(sum(t.walk()), max(t.walk()))
print(list(squares(evens(count(10)))))
print(list(take(5, squares(naturals()))))
print(list(take(0, naturals())), list(take(3, count(1))))
print(list(chain([1, 2], count(2), "ab")))
print(list(countdown(5)))
print(list(flatten([[1], [], [2, 3]])))
print(list(zip(take(3, naturals()), squares(count(10)))))
