# A dict comprehension over a dict's items: the items are read in place (no
# list of them is built), each (key, value) tuple is released in its own
# iteration, and the comprehension's variables are released when it ends.
def inverted(d: dict[str, int]) -> dict[int, str]:
    return {v: k for k, v in d.items() if v > 0}


print(inverted({"a": 1, "b": 0}))
