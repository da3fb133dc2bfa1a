# An uncaught KeyError whose key is a union value: the message shows the
# boxed int as CPython shows the int.
counts: dict[int | str, int] = {"a": 1, 2: 2}
print(counts["a"], counts[2])
key: int | str = 3
print(counts[key])
