# Rejected: key=d.get over elements that need not be keys of d (d.get may
# return None, which cannot be ordered).
scores = {"a": 1}
names = ["a", "b"]
print(max(names, key=scores.get))  # error: is supported only over the keys of
