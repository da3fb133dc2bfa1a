# Code nested in a generic function (lambdas, nested functions, generator
# expressions, generator functions) is compiled once per instance too.
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")


def sort_by_text_len(xs: list[T]) -> list[T]:
    return sorted(xs, key=lambda x: len(str(x)))


def twice(x: T) -> list[T]:
    f: Callable[[T], list[T]] = lambda y: [y, y]
    return f(x)


def truthy(xs: list[T]) -> list[T]:
    return list(x for x in xs if x)


def through_inner(x: T) -> T:
    def inner(y: T) -> T:
        return y

    return inner(x)


def every_other(xs: list[T]) -> Iterator[T]:
    for i, x in enumerate(xs):
        if i % 2 == 0:
            yield x


def counter(start: T) -> Callable[[], list[T]]:
    seen: list[T] = []

    def add() -> list[T]:
        seen.append(start)
        return seen

    return add


print(sort_by_text_len([100, 2, 30]), sort_by_text_len(["ccc", "a", "bb"]))
print(twice(1), twice("a"), twice([1.5]))
print(truthy([0, 1, 2]), truthy(["", "a"]), truthy([[], [0]]))
print(through_inner(3), through_inner("s"), through_inner((1, "t")))
print(list(every_other([1, 2, 3, 4, 5])), list(every_other(["a", "b"])))
g = every_other([9.5])
print(next(g))
c = counter("x")
c()
print(c())
d = counter(7)
print(d(), d())
