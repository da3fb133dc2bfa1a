# A handler that re-raises: the exception leaves the program as it came.
def divide(a: int, b: int) -> int:
    return a // b


def careful(a: int, b: int) -> int:
    try:
        return divide(a, b)
    except ZeroDivisionError:
        print("cleaning up after", a, b)
        raise


print(careful(7, 2))
print(careful(1, 0))
