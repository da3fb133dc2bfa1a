# Errors raised by container operations and inside comprehensions are caught;
# a missing key is the argument of its KeyError.
def parse_all(words: list[str]) -> list[int]:
    try:
        return [int(w) * 2 for w in words]
    except ValueError as e:
        print("bad word:", e)
        return []


print(parse_all(["1", "2", "3"]))
print(parse_all(["1", "x", "3"]))
d = {"a": 1, "b": 2}
for k in ["a", "z", "b"]:
    try:
        print(k, d[k])
    except KeyError as e:
        print("missing", e, repr(e))
squares = {n: n * n for n in range(5)}
try:
    total = sum([squares[n] for n in range(10)])
except KeyError as e:
    print("no square for", e)
s = {1, 2}
try:
    s.remove(5)
except KeyError as e:
    print("set remove", e)
try:
    print([10 // x for x in [5, 2, 0, 1]])
except ZeroDivisionError:
    print("division in comprehension")
grid = {(0, 1): "a"}
for key in [(0, 1), (2, 3)]:
    try:
        print(grid[key])
    except KeyError as e:
        print("no cell", e, repr(e))
ids = {1: 10}
try:
    ids.pop(7)
except LookupError as e:
    print("pop:", repr(e))
