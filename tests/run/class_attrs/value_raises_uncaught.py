# A class attribute whose value raises: the exception ends the program at
# the class statement.


def first(xs: list[int]) -> int:
    return xs[0]


print("start")


class Broken:
    EMPTY: list[int] = []
    BAD: int = first([])


print("not reached")
