# enumerate walks its iterable lazily: appending in the loop is seen.
xs = [1, 2]
for i, x in enumerate(xs):
    if x < 4:
        xs.append(x + 2)
    print(i, x)
print(xs)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items(), start=-1):
    print(i, k, v)
for n, c in enumerate("hé"):
    print(n, c)
for n, f in enumerate([0.5, 1.5]):
    print(n, f)
for n, r in enumerate(range(10, 0, -4), 100):
    print(n, r)
print([i * x for i, x in enumerate([5, 6, 7])], {c: i for i, c in enumerate("abca")})
