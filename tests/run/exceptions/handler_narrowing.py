# An `except C as e` clause narrows `e` to C, even when the same name held
# another class's exception in an earlier clause.


class PortError(Exception):
    pass


def describe(e: PortError) -> str:
    return f"port error {e.args[1]}: {e}"


def check(port: int) -> None:
    if port < 0:
        raise PortError("negative", port)
    if port > 65535:
        raise OverflowError("too large")


def probe(port: int) -> str:
    try:
        check(port)
        return "fine"
    except OverflowError as e:
        return "overflow " + e.args[0]
    except PortError as e:
        return describe(e)


for port in [1, -5, 70000]:
    print(probe(port))

errors: list[Exception] = []
for text in ["7", "x", "-1"]:
    try:
        check(int(text))
    except ValueError as e:
        print("value", e.args)
        errors.append(e)
    except PortError as e:
        print("port", e.args, describe(e))
        errors.append(e)
print(len(errors), [str(x) for x in errors])

try:
    check(-2)
except PortError as err:
    kept = err
print(kept.args, describe(kept))
check(-9)
