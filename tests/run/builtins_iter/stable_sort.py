# sort stability: equal elements keep their order (tuples compare by first field only when it differs)
rows = [(3, "c"), (1, "a"), (3, "a"), (2, "b"), (1, "b")]
print(sorted(rows))
xs = [5, -1, 3, -1, 0, 5]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
fs = [2.5, -0.0, 0.0, 1e300, -1e300]
print(sorted(fs), sorted(fs, reverse=True))
ss = ["b", "B", "a", "A", "é", ""]
ss.sort()
print(ss)
nested = [[2, 1], [1], [], [1, 0]]
nested.sort()
print(nested)
