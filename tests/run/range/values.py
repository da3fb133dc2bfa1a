# range objects as values: construction, repr/str, len, indexing (negative
# indices), slicing (a range, CPython's normalisation), attributes,
# index/count, ==, truthiness; empty and negative-step ranges.
r = range(1, 10, 2)
e = range(0)
down = range(10, -10, -3)
print(r, str(r), repr(r), f"{r}|{e}|{down}")
print(range(3), range(-2, 2), range(5, 1), range(5, 1, -1), range(0, 10, 1))
print(len(r), len(e), len(down), len(range(5, 1)), len(range(-5, 5, 4)))
print(r[0], r[1], r[-1], r[-5], down[0], down[-1], down[3])
print(r.start, r.stop, r.step, e.start, e.stop, e.step, down.step)

# Slices are ranges.
print(range(10)[::-1], range(10)[2:8:2], range(10)[-3:], range(10)[:-3])
print(range(10)[::-3], range(10)[100:200], range(10)[-100:3], range(0, 20, 3)[-2:])
print(down[1:100], down[::2], down[::-2], down[-2:-100:-1])
print(e[::-1], range(5, 1)[::-1], range(0, 1)[::-1], r[1:-1], r[5:], r[::-1][::-1])
s = r[1:3]
print(s, s.start, s.stop, s.step, list(s))

# Membership, index, count.
print(5 in r, 4 in r, 4 not in r, 11 in r, -1 in r, 1 in e, -8 in down, -9 in down)
print(True in range(2), False in range(1, 3))
print(r.index(1), r.index(9), down.index(-8), r.count(7), r.count(8), e.count(0))

# == compares the sequences of values.
print(range(0) == range(2, 1), range(0, 3) == range(0, 3, 1), range(0, 3, 5) == range(0, 1))
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 10, 2), r != range(1, 10, 2))
print(r == r, range(3) != range(4), range(1) != range(1, 2))

# Truthiness.
print(bool(e), bool(r), bool(range(5, 1)), bool(range(5, 1, -1)), not e)
if r:
    print("r has values")
if not range(3, 3):
    print("empty")
print(e or r, r and e)

# Hashes agree for equal ranges.
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(4)) == hash(range(0, 4, 1)))
seen = {range(0, 10, 2): "evens", range(1, 10, 2): "odds"}
print(seen[range(0, 9, 2)], seen[range(1, 11, 2)], range(0, 10, 2) in seen)

# Bounds near the ends of 64-bit ints.
big = range(-9223372036854775807 - 1, 9223372036854775807)
print(big, big[0], big[-1], 0 in big, big.index(-9223372036854775807 + 4), bool(big))
print(len(range(10**18, -10**18, -7)), range(10**18, -10**18, -7)[-1])
