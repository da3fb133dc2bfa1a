# Reading a local before its assignment on this path: UnboundLocalError.


def pick(flag: bool) -> int:
    if flag:
        value = 10
    return value


print(pick(True))
print(pick(False))
