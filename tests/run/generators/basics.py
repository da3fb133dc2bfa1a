# Generator functions: lazy, resumable, each call a fresh generator object.
from typing import Iterator


def count(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def empty() -> Iterator[int]:
    return
    yield 0


def nothing_left(n: int) -> Iterator[int]:
    if n < 0:
        return
    for i in range(n, 0, -1):
        if i == 2:
            return
        yield i


def negative_steps() -> Iterator[int]:
    for i in range(-1, -10, -3):
        yield i
    yield -0


# Fibonacci with break: the generator never ends by itself.
for f in fib():
    if f > 60:
        break
    print(f, end=" ")
print()

print(list(count(4)), list(count(0)), list(count(-3)))
print(list(empty()), list(nothing_left(5)), list(nothing_left(-1)))
print(list(negative_steps()))

# next() with and without a default; a generator stored and resumed later.
g = count(3)
print(next(g))
later = g
print(next(later))
print(next(g, -1), next(g, -1), next(later, -2))
o = next(count(0), None)
print(o)
if o is None:
    print("empty count gives None")

# Two generators from one function are independent.
a = count(3)
b = count(3)
print(next(a), next(a), next(b), next(a), next(b))

# A generator is iterable once: a second loop sees nothing.
once = count(2)
for x in once:
    print("first pass", x)
for x in once:
    print("second pass", x)
print("done", next(once, 100))

# iter() of a generator is the generator itself.
it = iter(count(3))
print(next(it), list(it))


def gen_of_gen(n: int) -> Iterator[int]:
    inner = count(n)
    yield 100
    for x in inner:
        yield x * 10


print(list(gen_of_gen(3)))

# Generators in containers and passed to functions.
def total(src: Iterator[int]) -> int:
    t = 0
    for x in src:
        t += x
    return t


def make(n: int) -> Iterator[int]:
    return count(n)


gens = [count(2), count(3), make(4)]
print([total(gen) for gen in gens])
print(total(make(0)))
