# `assert x is not None` on a None raises AssertionError (uncaught), after
# narrowing worked for the values that were there.


def double(x: int | None) -> int:
    assert x is not None, "x is missing"
    return x * 2


for v in [3, 0, None]:
    print(double(v))
