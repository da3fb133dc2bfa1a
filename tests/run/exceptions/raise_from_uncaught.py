# `raise X from Y`: the last line is X's.
def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse " + repr(s)) from e


print(parse("12"))
print(parse("x1"))
