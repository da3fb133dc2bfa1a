# Rejected: assignment expressions taipan cannot compile faithfully, and the
# ones Python itself rejects.


def f(xs: list[int]) -> int:
    n = 0
    if n + (n := len(xs)) > 2:  # error: 'n' is read earlier in this statement than the assignment expression that binds it
        return n
    ys = [x for x in xs if (x := x + 1) > 0]  # error: assignment expression cannot rebind comprehension iteration variable 'x'
    zs = [y for y in [(w := 1)]]  # error: assignment expression cannot be used in a comprehension iterable expression
    a = 1
    b = 2
    print((a := b) + (b := 3))  # error: 'b' is read earlier in this statement than the assignment expression that binds it
    return len(ys) + len(zs)


print(f([1]))
