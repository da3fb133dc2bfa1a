xs = ["a", "b"]
print(xs.index("b"))
print(xs.index("c"))
