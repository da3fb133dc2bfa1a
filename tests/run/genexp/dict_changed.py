d = {"a": 1, "b": 2}
print(sum(v for v in d.values()), any(k == "b" for k in d))
for k in (k + "!" for k in d):
    print(k)
    d[k] = 0
