# A format spec applied to None raises CPython's TypeError (uncaught).


def show(x: int | None) -> str:
    return f"[{x:>4}]"


print(show(12))
print(show(None))
