# `if x is None: raise ...` at module level is an early exit: what follows is
# narrowed. Here the global is None, so the raise ends the program.


def find(xs: list[int], t: int) -> int | None:
    for i, x in enumerate(xs):
        if x == t:
            return i
    return None


hit = find([1, 2, 3], 3)
if hit is None:
    raise LookupError("3 not found")
print("hit", hit * 2)
miss = find([1, 2, 3], 4)
if miss is None:
    raise LookupError("4 not found: " + str(miss))
print("unreachable", miss + 1)
