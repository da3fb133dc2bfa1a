from collections import deque
from typing import Iterable, Iterator


def total(xs: Iterable[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def twice(xs: Iterable[int]) -> tuple[int, int]:
    # A container is iterated afresh each time; an iterator only once.
    a = sum(xs)
    b = 0
    for x in xs:
        b += 1
    return a, b


def gen(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * 10


def words(xs: Iterable[str]) -> str:
    return "-".join([x for x in xs])


print(total([1, 2, 3]))
print(total((4, 5)))
print(total({6, 7}))
print(total({8: "a", 9: "b"}))
print(total(deque([10, 11])))
print(total(gen(3)))
print(total([]))
print(total(()))
print(twice([1, 2, 3]))
print(twice((1, 2)))
print(twice(gen(4)))
print(twice({5: 1}))
it = iter([1, 2, 3])
next(it)
print(twice(it))
print(words("abc"))
print(words(["x", "yz"]))
print(words(("p",)))
print(words({"k": 1, "l": 2}))
print(words("héllo"))


def stats(xs: Iterable[float]) -> str:
    return f"{min(xs)} {max(xs)} {sorted(xs)} {list(xs)}"


print(stats([2.5, 1.0, 3.0]))
print(stats((0.5,)))


def pairs(xs: Iterable[tuple[int, str]]) -> list[str]:
    return [f"{n}{s}" for n, s in xs]


print(pairs([(1, "a"), (2, "b")]))
print(pairs({(3, "c")}))
print(pairs({(4, "d"): 0.5}))

ys: Iterable[int] = [7, 8]
print(total(ys))
ys = (9,)
print(total(ys))
print(any(x > 8 for x in ys), all(x > 8 for x in ys))
print(list(enumerate(ys)))
print(total([x for x in range(4)]))
