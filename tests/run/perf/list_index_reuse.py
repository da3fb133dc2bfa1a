# A list element read and written in one statement (`b[i] -= x`) is checked
# once; the check must be redone whenever the list or the index may have
# changed in between, and negative indices must reach the same element.
def bump(xs: list[float], i: int, d: float) -> None:
    xs[i] -= d
    xs[i] += 2.0 * d
    xs[-1] += d


def shrink_between(xs: list[int]) -> int:
    total = xs[-1]
    xs.pop()
    total += xs[-1]
    return total


def index_moves(xs: list[int]) -> int:
    i = 0
    s = xs[i]
    i = len(xs) - 1
    s += xs[i]
    xs[i] = s
    return xs[i]


body = [1.0, 2.0, 3.0]
bump(body, 0, 0.5)
bump(body, -2, 0.25)
print(body)
print(shrink_between([1, 2, 3]), index_moves([5, 6, 7]))
try:
    bump(body, 3, 1.0)
except IndexError as e:
    print("IndexError:", e)
print(body)
short = [1]
print(shrink_between([4, 5]))
print(shrink_between(short))
