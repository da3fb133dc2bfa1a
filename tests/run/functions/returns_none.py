# Functions returning None: omitted -> None, bare return, early return, and printing the None result.


def greet(times: int):
    for _ in range(times):
        print("hello")


def early(n: int) -> None:
    if n < 0:
        print("negative, returning early")
        return
    print("non-negative", n)


def first_square_above(limit: int) -> int:
    i = 0
    while True:
        if i * i > limit:
            return i
        i += 1


def nothing() -> None:
    pass


greet(2)
early(-1)
early(4)
print(first_square_above(50))
print(nothing())
print(greet(0))
print(None)
print(None, 1, None, sep="|")
r = nothing()
print(r)
