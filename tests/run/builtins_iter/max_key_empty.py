xs: list[str] = []
print(max(xs, key=lambda s: len(s)))
