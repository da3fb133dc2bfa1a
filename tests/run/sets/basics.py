def main() -> None:
    s = {3, 1, 2}
    print(s, len(s), 2 in s, 5 in s, 5 not in s)
    s.add(10)
    s.add(1)
    s.discard(3)
    s.discard(42)
    print(s)
    s.remove(10)
    print(s, sorted(s))
    t = {2, 5, 7}
    print(s | t, s & t, s - t, t - s, s ^ t)
    print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
    print(s.union([9, 8]), s.issubset({1, 2, 3}), {1}.issubset(s), s.issuperset({1}), s.isdisjoint(t), s.isdisjoint({100}))
    print(s == {1, 2}, s != {1, 2}, s < {1, 2, 3}, s <= {1, 2}, s > {1}, s >= {1, 2, 3})
    u = s
    u |= {40, 50}
    print(s, u)
    u -= {40}
    u &= {1, 2, 50}
    u ^= {2, 60}
    print(s)
    s.update([7, 8, 9])
    print(s)
    empty: set[int] = set()
    print(empty, len(empty), bool(empty), set([3, 3, 1]))
    c = s.copy()
    c.clear()
    print(c, s)
    for x in {5, 4, 3}:
        print(x)
    total = 0
    for x in s:
        total += x
    print(total)
    print(s.pop(), s)


main()
strs = {"only"}
print(strs, "only" in strs)
floats = {1.5, 2.5}
print(1.5 in floats, 2 in {2.0})
tups = {(1, 2), (1, 2), (3, 4)}
print(len(tups), (3, 4) in tups)
print(set({"a": 1, "b": 2}) == {"a", "b"})
