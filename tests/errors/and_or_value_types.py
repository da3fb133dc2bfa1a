# The value of 'and'/'or' whose operands have different types: CPython
# gives the operand that decides, so its type is only known at run time.
# (As a condition, any operand types are fine.)


def label(n: int | None, name: str) -> None:
    v = (n is None) and "none"  # error: operands of 'and' have different types: bool and str
    w = 3 or 2.5  # error: operands of 'or' have different types: int and float
    if (n is None) and name:
        print("fine as a condition")
