# Range loops that index lists with the loop variable. When the lists are
# long enough and the body cannot change a length, taipan runs a copy of the
# loop without bounds checks; every other case takes the checked loop. Both
# must behave exactly as CPython.


def axpy(a: float, xs: list[float], ys: list[float]) -> None:
    for i in range(len(xs)):
        ys[i] += a * xs[i]


def dot(xs: list[float], ys: list[float], n: int) -> float:
    total = 0.0
    for i in range(n):
        total += xs[i] * ys[i]
    return total


def scale(x: float) -> float:
    return x * 0.5


def halves(xs: list[float]) -> list[float]:
    out = [0.0] * len(xs)
    for i in range(len(xs)):
        out[i] = scale(xs[i])      # a call that cannot change a length
    return out


def grow(xs: list[int]) -> int:
    xs.append(len(xs))
    return len(xs)


def growing(xs: list[int], n: int) -> int:
    total = 0
    for i in range(n):
        total += xs[i] + grow(xs)  # the list grows: checked loop
    return total


def strided(flags: list[bool], step: int) -> int:
    count = 0
    for j in range(0, len(flags), step):
        if flags[j]:
            count += 1
        flags[j] = not flags[j]
    return count


def from_end(xs: list[int]) -> list[int]:
    out: list[int] = []
    for i in range(-len(xs), 0):   # negative indices: the checked loop
        out.append(xs[i])
    return out


def rebinds(xs: list[int]) -> int:
    total = 0
    for i in range(len(xs)):
        i = i * 2                   # the variable is reassigned: checked loop
        if i < len(xs):
            total += xs[i]
    return total


def aliased(xs: list[int]) -> list[int]:
    ys = xs
    for i in range(len(xs)):
        ys[i] = xs[i] * 10 + i
    return xs


def nested(m: list[list[int]]) -> int:
    total = 0
    for i in range(len(m)):
        row = m[i]
        for j in range(len(row)):
            total += row[j] * (i + 1)
    return total


def first_negative(xs: list[int]) -> int:
    for i in range(len(xs)):
        if xs[i] < 0:
            break
    else:
        return -1
    return i


xs = [1.0, 2.0, 3.0]
ys = [10.0, 20.0, 30.0]
axpy(2.0, xs, ys)
print(ys)
print(dot(xs, ys, 3))
print(halves([1.0, 3.0, -5.0]))
print(halves([]))
print(growing([1, 2], 3))
print(strided([True, False, True, True, False], 2))
print(strided([True, False, True, True, False], 1))
print(from_end([4, 5, 6]))
print(rebinds([1, 2, 3, 4, 5]))
print(aliased([1, 2, 3]))
print(nested([[1, 2], [3], [], [4, 5, 6]]))
print(first_negative([3, 1, -2, 5]), first_negative([1, 2]), first_negative([]))
print(dot(xs, ys, 0))
try:
    print(dot(xs, [1.0], 3))        # too short: the checked loop raises
except IndexError as e:
    print("IndexError:", e)
try:
    strided([True, False], 0)
except ValueError as e:
    print("ValueError:", e)
print(dot(xs, ys, 4))               # uncaught: IndexError after the last element
