# The value of 'and'/'or' whose operands have different types is the union
# of their types; where taipan has no such union, it is rejected.
# (As a condition, any operand types are fine.)


def label(n: int | None, ints: list[int], names: list[str]) -> None:
    v = ints or names  # error: operands of 'or' have different types: list[int] and list[str]
    if ints and names:
        print("fine as a condition")
