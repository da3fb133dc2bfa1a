# Optional values as text: printf-style `%s`/`%r` (one value or a tuple),
# exception arguments, str() of an exception holding an optional.


def f(x: int | None, s: str | None) -> None:
    print("%s|%r|%s" % (x, x, s))
    print("%5s|%s" % (s, x), "[%s]" % s, "<%r>" % x)
    try:
        raise ValueError(x)
    except ValueError as e:
        print(str(e), repr(e))
    try:
        raise KeyError(s)
    except KeyError as e:
        print(str(e), repr(e))


f(3, None)
f(None, "q")
f(0, "")
