# Arguments are evaluated left to right, keyword arguments in the order written, before the call.


def v(label: int) -> int:
    print("arg", label)
    return label


def combine(a: int, b: int, c: int = 100) -> int:
    print("combine", a, b, c)
    return a * 100 + b * 10 + c


print(combine(v(1), v(2), v(3)))
print(combine(c=v(3), a=v(1), b=v(2)))
print(combine(v(4), c=v(6), b=v(5)))
print(combine(combine(v(1), v(2)), v(3)))
print(v(1) + v(2) * v(3))
print(v(7), v(8) * 2, v(9), sep=", ")
