# The examples of docs/language.md's Statements section for loops, del,
# slice assignment and unpacking.
pairs = [(1, 2), (3, 4)]
for i, (a, b) in enumerate(pairs):
    print(i, a + b)
d = {"k": 1, "j": 2}
for k, v in d.items():
    print(k, v)
for x in reversed([1, 2]):
    print(x)
xs = [0, 1, 2, 3, 4]
del xs[0]
del xs[1:3]
print(xs)
del d["k"]
print(d)
xs[0:1] = [9, 9, 9]
print(xs)
first, *rest = xs
print(first, rest)
ys = xs
xs += [5]
xs *= 2
print(ys)
