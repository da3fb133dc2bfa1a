# Every local a generator needs after a yield is kept across it: parameters
# yielded at once, values computed just before a yield, loop state of nested
# loops left by break/continue, caught exceptions, values assigned in one
# branch and read after later yields.
from typing import Iterator


def echo(x: int, s: str, f: float, b: bool, xs: list[int]) -> Iterator[str]:
    yield str(x)
    yield s
    yield str(f)
    yield str(b)
    yield str(xs)
    yield s + str(x) + str(f) + str(b) + str(xs)


def first_param(s: str) -> Iterator[str]:
    yield s


def computed(n: int) -> Iterator[int]:
    a = n * 2
    b = a + 1
    yield a
    yield b
    c = a + b
    yield c
    yield a + b + c


def grid(rows: int, cols: int) -> Iterator[tuple[int, int]]:
    for r in range(rows):
        if r == 1:
            continue
        for c in range(cols):
            if c > r + 1:
                break
            yield (r, c)
        else:
            yield (r, -1)
    yield (-1, -1)


def branches(xs: list[int]) -> Iterator[str]:
    label = "start"
    for x in xs:
        if x > 0:
            label = "pos" + str(x)
            yield "set " + label
        elif x < 0:
            yield "neg, keeps " + label
        else:
            yield "zero"
            label = "zeroed"
    yield "end " + label


def errors(keys: list[str]) -> Iterator[str]:
    d = {"a": 1}
    for k in keys:
        try:
            yield k + "=" + str(d[k])
        except KeyError as e:
            yield "missing " + str(e)
            yield "still " + str(e) + " " + k
    yield "done"


def while_else(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1
    else:
        yield -i


print(list(echo(3, "s", 1.5, True, [1, 2])))
print(list(first_param("only")), list(first_param("")))
print(list(computed(5)))
print(list(grid(4, 4)))
print(list(branches([1, -1, 0, -2, 3])))
print(list(errors(["a", "b", "a"])))
print(list(while_else(3)), list(while_else(0)))
