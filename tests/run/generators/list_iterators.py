# iter() of a list (also of a str or tuple) is an iterator object: next()
# advances it, it sees appends made before it is exhausted, and it stays
# exhausted once it is.
from typing import Iterator

xs = [1, 2, 3]
it = iter(xs)
print(next(it))
xs.append(4)
print(list(it))
print(next(it, -1))
xs.append(5)
print(next(it, -2))
words = iter("abc")
print(next(words), list(words))
t = iter((1.5, 2.5))
print(next(t), next(t), next(t, 0.0))
e: list[str] = []
print(next(iter(e), "empty"))


def pairs(src: Iterator[int]) -> Iterator[tuple[int, int]]:
    for a in src:
        b = next(src, -1)
        yield (a, b)


print(list(pairs(iter([1, 2, 3, 4, 5]))))
none: list[int] = []
print(list(pairs(iter(none))))
names = ["x", "y"]
for i, n in zip(iter([7, 8, 9]), iter(names)):
    print(i, n)
bools = iter([True, False])
print(next(bools), next(bools), next(bools, None))
nested = iter([[1], [2, 3]])
for inner in nested:
    inner.append(0)
    print(inner)
shrinking = [1, 2, 3, 4]
for x in iter(shrinking):
    print("shrinking", x)
    shrinking.pop()
try:
    print(next(iter(e)))
except StopIteration:
    print("stop")
