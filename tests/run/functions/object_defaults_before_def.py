# A call before the def of a function with a stored default: NameError first.
def early() -> int:
    return late()


try:
    print(early())
except NameError as e:
    print("NameError:", e)


def late(xs: list[int] = [1, 2]) -> int:
    xs.append(len(xs))
    return len(xs)


print(early(), early(), late([]))
