# The int rules of CPython apply to ints held in float places: integer
# division by zero has the int message.


def floor_div(a: float, b: float) -> float:
    return a // b


def modulo(a: float, b: float) -> float:
    return a % b


def power(a: float, b: float) -> float:
    return a ** b


def attempt(a: float, b: float) -> None:
    try:
        print(floor_div(a, b))
    except ZeroDivisionError as e:
        print("//", e)
    try:
        print(modulo(a, b))
    except ZeroDivisionError as e:
        print("%", e)
    try:
        print(power(a - 1, -1))
    except ZeroDivisionError as e:
        print("**", e)


attempt(1, 0)
attempt(1.5, 0)
attempt(1, 0.0)
print(modulo(7, 0.5))
