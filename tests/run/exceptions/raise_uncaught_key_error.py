# KeyError shows the repr of its argument.
def lookup(key: str) -> int:
    raise KeyError(key)


print(lookup("missing"))
