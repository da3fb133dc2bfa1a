# Insertion order, deletes and re-inserts, many keys (resizes).
d: dict[int, int] = {}
for i in range(100):
    d[i * 7 % 31] = i
print(list(d.keys())[:10], len(d))
for i in range(0, 31, 2):
    del d[i]
print(list(d.items()))
d[0] = -1
d[5] = -5
print(d)
s = {"b": 1, "a": 2}
s["c"] = 3
del s["b"]
s["b"] = 4
print(s, list(s))
words = ["x", "y", "x", "z", "y", "x"]
freq: dict[str, int] = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print({"k": (1, "two"), "j": (3, "four")})
print({"quote's": "a\nb"})
