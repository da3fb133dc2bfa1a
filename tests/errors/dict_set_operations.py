d = {"a": 1}
v = d.keys()  # error: dict views as values are not supported yet
x = d.get("a") + 1  # error: the 'int | None' operand may be None here
bad = {[1]: 2}  # error: unhashable type: 'list'
e = {}  # error: cannot infer the type of an empty dict
s = {1, 2}
s.add("x")  # error: argument 1 of set.add() has type str, expected int
d[1] = 2  # error: a key of type int never matches in a dict[str, int]
print(d["a"] + s)  # error: unsupported operand
print(s | {"a"})  # error: unsupported operand types for |: set[int] and set[str]
print(d < d)  # error: '<' not supported between instances of 'dict' and 'dict'
del s[0]  # error: 'set' object doesn't support item deletion
print([x for x in 5])  # error: 'int' object is not iterable
e = enumerate([1])  # error: enumerate() as a value is not supported yet
