# Rejected: a function assigning a module global.
x = 0


def bump() -> None:
    global x
    x = x + 1  # error: cannot assign to global 'x': module globals are frozen after import


bump()
print(x)
