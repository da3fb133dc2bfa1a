# A read after del raises UnboundLocalError, uncaught.


def f() -> int:
    total = 5
    print("before", total)
    del total
    return total + 1


print(f())
