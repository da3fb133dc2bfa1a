# Reference counting for a small list function: the display and the str
# temporaries are released at the end of their statements, the parameter is
# borrowed, and the returned list's reference moves to the caller.
def labels(xs: list[int]) -> list[str]:
    out: list[str] = []
    for x in xs:
        out.append("n" + str(x))
    return out


print(labels([1, 2]))
