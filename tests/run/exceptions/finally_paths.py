# `finally` runs on every way out: normal end, return, break, continue, exception.
def ret(n: int) -> int:
    try:
        if n > 0:
            return n * 10
        print("no early return")
    finally:
        print("finally of ret", n)
    return -1


print(ret(2))
print(ret(0))


def return_value_is_kept(n: int) -> int:
    x = n
    try:
        return x
    finally:
        x = 99
        print("x changed to", x)


print(return_value_is_kept(5))


def finally_overrides() -> str:
    try:
        return "from try"
    finally:
        return "from finally"


print(finally_overrides())


def finally_swallows() -> str:
    for i in range(3):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"


print(finally_swallows())

total = 0
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        total += i
    finally:
        print("finally in loop", i)
print("total", total)

i = 0
while True:
    i += 1
    try:
        try:
            if i % 2 == 0:
                raise KeyError(i)
            print("odd", i)
        finally:
            print("inner finally", i)
    except KeyError as e:
        print("caught key", e)
        if i >= 4:
            break
    finally:
        print("outer finally", i)
print("done at", i)


def nested_returns(k: int) -> str:
    log: list[str] = []
    try:
        try:
            if k == 0:
                return "early"
            log.append("inner body")
        finally:
            log.append("inner finally")
            print("log so far", log)
        log.append("after inner")
    finally:
        log.append("outer finally")
        print("log at end", log)
    return "late"


print(nested_returns(0))
print(nested_returns(1))
