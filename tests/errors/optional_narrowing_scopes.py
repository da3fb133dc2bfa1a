# Rejected: narrowings of locals that do not hold where the code runs. An
# except clause may start anywhere in the try body; a key lambda's parameter
# is not the enclosing function's local of the same slot.


def handler(x: int | None) -> None:
    x = 5
    try:
        x = None
        x = int("a")
    except ValueError:
        print(x + 1)  # error: the 'int | None' operand may be None here
    finally:
        print(x + 2)  # error: the 'int | None' operand may be None here


def key_lambda(xs: list[int | None], b: int | None) -> None:
    if b is not None:
        print(sorted(xs, key=lambda v: 0 if v is None else v + b))
        print(sorted(xs, key=lambda v: v + 1))  # error: the 'int | None' operand may be None here


handler(1)
key_lambda([3, None, 1], 2)
