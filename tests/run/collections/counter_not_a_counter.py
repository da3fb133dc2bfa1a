# Counter methods on a plain dict[str, int] raise CPython's AttributeError.
d: dict[str, int] = {"a": 1}
print(d)
print(d.most_common())
