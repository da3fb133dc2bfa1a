s = {"a", "b"}
s.remove("a")
print(len(s))
s.remove("zz")
