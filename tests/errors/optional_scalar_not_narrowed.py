# Rejected: an optional number or str used where the value is needed, without
# a None test first (as mypy); orderings with an optional; `if x:` narrows
# only its true branch (0 is falsy too).


def add(x: int | None, y: int) -> int:
    return x + y  # error: unsupported operand types for +: 'int | None' and 'int': the 'int | None' operand may be None here


def neg(x: float | None) -> float:
    return -x  # error: bad operand type for unary -: the 'float | None' operand may be None here


def less(x: int | None) -> bool:
    return x < 3  # error: '<' not supported between 'int | None' and 'int': the 'int | None' operand may be None here


def take(n: int) -> int:
    return n


def pass_on(x: int | None) -> int:
    return take(x)  # error: expected int, found int | None: the value may be None here


def falsy_branch(x: int | None) -> int:
    if x:
        return x
    return x * 2  # error: the 'int | None' operand may be None here


def upper(s: str | None) -> str:
    return s.upper()  # error: 's' may be None here (str | None)


def never_equal(x: int | None) -> bool:
    return x == "3"  # error: '==' between a int | None and a str is not supported (their values are never equal)


def wrong_box(x: float) -> int | None:
    return x  # error: expected int | None, found float


print(add(1, 2), neg(1.0), less(1), pass_on(2), falsy_branch(0), upper("a"), never_equal(3), wrong_box(1.0))
