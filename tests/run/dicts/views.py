d = {"a": 1, "b": 2}
print("a" in d.keys(), "z" not in d.keys(), 2 in d.values(), ("b", 2) in d.items(), ("b", 3) in d.items())
print(3 in range(5), 7 in range(0, 10, 3), -1 in range(-5, 0), 9 in range(10, 0, -1))
print(sorted(d.values(), reverse=True), sum(d.values()), max(d.values()), min(d.keys()))
print(set(d.keys()) == {"a", "b"}, tuple(d.items()), dict(d.items()), len(list(d.values())))
print([k * v for k, v in d.items()], {v for v in d.values()})
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for k, n in zip(d.keys(), d.values()):
    print(k, n)
for k in reversed(d.keys()):
    print(k)
