# A module global narrowed from `int | None` to int in the module body is
# read unboxed like a local: a load of the global, then field.get 0.
def find(xs: list[int], t: int) -> int | None:
    for i in range(len(xs)):
        if xs[i] == t:
            return i
    return None


r = find([4, 5], 5)
if r is not None:
    print(r + 1)
