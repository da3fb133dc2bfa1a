counts = {"a": 1}
counts["a"] += 5
print(counts)
counts["b"] += 1
