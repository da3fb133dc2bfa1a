# pop() from an empty list raises IndexError.
xs: list[str] = ["only"]
print(xs.pop(), xs)
xs.pop()
