# Exceptions inside generators reach the consumer that resumed them; a
# generator that raised is finished.
from typing import Iterator


def risky(n: int) -> Iterator[int]:
    for i in range(n):
        if i == 2:
            raise ValueError("bad element " + str(i))
        yield i


def divide(xs: list[int]) -> Iterator[int]:
    for x in xs:
        yield 100 // x


def handled(n: int) -> Iterator[str]:
    for i in range(n):
        try:
            if i % 2 == 1:
                raise KeyError(i)
            yield "ok " + str(i)
        except KeyError as e:
            yield "caught " + str(e)
        else:
            yield "else " + str(i)


def stop_inside() -> Iterator[int]:
    yield 1
    raise StopIteration


def nothing() -> Iterator[int]:
    return
    yield 0


def next_of_empty() -> Iterator[int]:
    yield 1
    yield next(nothing())


try:
    for v in risky(5):
        print("v", v)
except ValueError as e:
    print("caught:", e)

r = risky(5)
print(next(r), next(r))
try:
    next(r)
except ValueError as e:
    print("raised at the third", e)
print("finished:", next(r, -1), list(r))

try:
    print(list(divide([5, 1, 0, 2])))
except ZeroDivisionError as e:
    print("division:", e)

d = divide([4, 0, 5])
print(next(d))
try:
    print(next(d))
except ZeroDivisionError:
    print("zero")
print(list(d))

print(list(handled(4)))

try:
    for x in stop_inside():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    print(list(next_of_empty()))
except RuntimeError as e:
    print("RuntimeError:", e)

# An exception in the consumer's body leaves the generator suspended.
g = risky(2)
try:
    for v in g:
        raise IndexError("consumer " + str(v))
except IndexError as e:
    print(e)
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration caught")
