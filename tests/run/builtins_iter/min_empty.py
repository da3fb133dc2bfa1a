xs: list[int] = []
print(max(xs))
