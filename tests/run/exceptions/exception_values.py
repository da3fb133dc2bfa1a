# Exception objects as values: str, repr, print, in containers, raised later.
e1 = ValueError("bad value")
e2 = KeyError("k")
e3 = RuntimeError()
e4 = TypeError("two", 2)
print(e1, e2, e3, e4)
print(str(e1), str(e2), str(e3), str(e4))
print(repr(e1), repr(e2), repr(e3), repr(e4))
print(f"{e1} / {e2!r}")
errs: list[Exception] = [e1, ValueError("other")]
print(errs)
print(len(errs))

caught: list[ArithmeticError] = []
for d in [1, 0, 2, 0]:
    try:
        print(10 // d)
    except ZeroDivisionError as z:
        caught.append(z)
print(len(caught), caught)


def pick(i: int) -> LookupError:
    if i == 0:
        return KeyError("zero")
    return IndexError("index " + str(i))


for i in range(3):
    try:
        raise pick(i)
    except KeyError as k:
        print("KeyError", k)
    except IndexError as x:
        print("IndexError", x)

kept = ValueError("raised twice")
for attempt in range(2):
    try:
        raise kept
    except ValueError as v:
        print(attempt, v)
