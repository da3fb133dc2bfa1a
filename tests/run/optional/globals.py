# Optional module globals: reassigned at module level, copied to a local to
# be narrowed in functions, compared with None and values.
LIMIT: int | None = None
NAME: str | None = "n"
count: int | None = 0
count = None
count = 4


def over(x: int) -> bool:
    lim = LIMIT
    if lim is None:
        return False
    return x > lim


def name() -> str:
    n = NAME
    return n if n is not None else "?"


print(over(5), name(), count, LIMIT, NAME, LIMIT == None, NAME == "n")
