# int / 0: ZeroDivisionError: division by zero.


def ratio(a: int, b: int) -> float:
    return a / b


print(ratio(1, 4))
print(ratio(0, 0))
