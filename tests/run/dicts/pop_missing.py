d = {"q": 1.5}
print(d.pop("q"))
d.pop("q")
