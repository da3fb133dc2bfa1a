def count_words(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def main() -> None:
    d = {"a": 1, "b": 2, "c": 3}
    print(d, len(d))
    print(d["b"], "a" in d, "z" in d, "z" not in d)
    d["d"] = 4
    d["a"] = 10
    print(d)
    del d["b"]
    print(d, len(d))
    d["b"] = 20  # re-inserted at the end
    print(d)
    print(d.get("a", -1), d.get("zz", -1))
    print(d.setdefault("a", 99), d.setdefault("e", 5), d)
    print(d.pop("e"), d.pop("nope", -7), d)
    print(d.popitem(), d)
    other = {"x": 100, "a": 0}
    d.update(other)
    print(d)
    c = d.copy()
    c["new"] = 1
    print(len(d), len(c), d == c, d != c, d == d.copy())
    empty: dict[str, int] = {}
    print(empty, len(empty), empty == {})
    print(count_words("the cat and the hat and the bat".split()))
    for k in d:
        print(k, d[k])
    for k, v in d.items():
        print(k, "->", v)
    for v in d.values():
        print(v)
    for k in d.keys():
        print(k)
    print(list(d), list(d.keys()), list(d.values()), list(d.items()))
    d.clear()
    print(d, bool(d))
    if not d:
        print("empty")


main()

# dicts with other key and value types, at module level
squares = {1: 1.0, 2: 4.0, -3: 9.0}
squares[10] = 100.0
print(squares, squares[-3])
nested: dict[str, list[tuple[int, float]]] = {"p": [(1, 2.5)], "q": []}
nested["q"].append((3, 4.5))
print(nested)
pairs = dict([("one", 1), ("two", 2)])
print(pairs)
flags = {True: "yes", False: "no"}
print(flags[1 == 1], repr(flags))
tk = {(1, 2): "a", (3, 4): "b"}
print(tk[(3, 4)], (1, 2) in tk)
fk = {1.5: 1, 2.0: 2}
print(fk[2], fk)
