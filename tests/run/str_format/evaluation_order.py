# The arguments of str.format are evaluated once each, in source order.

calls: list[str] = []


def arg(tag: str, value: int) -> int:
    calls.append(tag)
    return value


print("{1} {0} {1}".format(arg("a", 1), arg("b", 2)))
print(calls)
print("{y} {x}".format(x=arg("x", 3), y=arg("y", 4)))
print(calls)
print("{}".format(arg("used", 5), arg("unused", 6)))
print(calls)
print("{} and {}".format(arg("p", 7), arg("q", 8)))
print(calls)
