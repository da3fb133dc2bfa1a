# str/repr/f-strings of exceptions whose args are not strs, a list display
# mixing exception classes (typed by their common base), and a format spec
# an exception does not take (TypeError, uncaught).
class Mine(LookupError):
    pass


for e in [ValueError(3), ValueError(1.5), ValueError(None), ValueError(True), KeyError(4), KeyError((1, "a")), ValueError([1, 2]), Mine(), Mine("m", 2), IndexError("")]:
    print(str(e), repr(e), f"[{e}]", f"{e!r}")
e = ValueError("pad")
print(f"{e:>10}")
