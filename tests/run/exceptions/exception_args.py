# `e.args`: typed from every place the program makes an exception of the
# class (and the runtime's own errors, whose only argument is their message).


def parse(s: str) -> int:
    if s == "":
        raise ValueError("empty input")
    return int(s)


def first(xs: list[int]) -> int:
    return xs[0]


for text in ["12", "", "x1", "-3"]:
    try:
        print(parse(text))
    except ValueError as e:
        # Both a raised ValueError("...") and the runtime's int() error.
        print("args:", e.args, len(e.args), repr(e.args[0]), e.args[-1] == str(e))

try:
    print(first([]))
except IndexError as e:
    print(e.args, e.args[0].upper())

try:
    print(10 // (len("ab") - 2))
except ZeroDivisionError as e:
    a = e.args
    print(a, a == ("integer division or modulo by zero",), a[0][:7])

try:
    print(1.5 / 0.0)
except ArithmeticError as e:
    print(e.args)


class PortError(Exception):
    pass


class PortClosed(PortError):
    pass


def connect(port: int) -> str:
    if port < 0:
        raise PortError("bad port", port)
    if port == 0:
        raise PortClosed("closed", 0)
    return f"ok {port}"


for port in [80, -1, 0]:
    try:
        print(connect(port))
    except PortError as e:
        reason, number = e.args
        print(reason, number + 1, e.args, str(e))

saved: list[PortError] = [PortClosed("stored", 7), PortError("other", -2)]
total = 0
for s in saved:
    total += s.args[1]
    print(s.args[0], s.args)
print(total)

made = ValueError("made, not raised")
print(made.args, made.args[0].split(", "))
empties = [ValueError(""), ValueError("b")]
print([x.args for x in empties], [len(x.args[0]) for x in empties], [str(x) for x in empties])
raise PortClosed("uncaught", 3)
