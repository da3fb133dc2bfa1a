# The builtins and comprehensions that take a generator object.
from typing import Iterator


def count(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def words(text: str) -> Iterator[str]:
    for w in text.split():
        yield w


def pairs(n: int) -> Iterator[tuple[str, int]]:
    for i in range(n):
        yield (chr(ord("a") + i), i * i)


def floats(n: int) -> Iterator[float]:
    for i in range(n):
        yield i / 2


print(list(count(5)), tuple(count(3)), tuple(count(0)))
print(sum(count(101)), sum(count(0)), sum(count(4), 10), sum(floats(4)))
print(min(count(7)), max(count(7)), max(words("pear fig apple")))
print(min(count(0), default=-1), max(words(""), default="none"))
print(sorted(words("b c a")), sorted(count(4), reverse=True))
print(sorted(words("bb a ccc"), key=lambda w: len(w)))
print(any(count(0)), any(count(2)), all(count(0)), all(count(2)))
print(any(x > 3 for x in count(10)), all(x < 3 for x in count(10)))
print(sorted(set(words("a b a c b"))), dict(pairs(3)))
print(",".join(words("x y z")), "".join(words("")))
print([x * x for x in count(5) if x % 2 == 1])
print({w: len(w) for w in words("one three")})
print(sorted({x % 3 for x in count(10)}))
print([(i, w) for i, w in enumerate(words("p q"), 1)])
for i, w in enumerate(words("first second")):
    print(i, w)
print(list(zip(count(3), words("a b c d"))))
print(list(zip(count(10), [5, 6])))
print(list(zip([1, 2, 3], count(2), words("x y z"))))
for n, (c, sq) in zip(count(5), pairs(2)):
    print(n, c, sq)
print(sum(x for x in count(5)), list(x + 1 for x in count(3)))
print(len(list(count(1000))))
nested = [[y for y in count(x)] for x in count(4)]
print(nested)
xs: list[int] = [9]
xs += list(count(3))
print(xs)
