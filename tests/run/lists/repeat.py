# list * n for every element kind: unboxed bools, ints and floats, shared
# objects (aliasing, as in CPython), empty lists and non-positive counts.
flags = [True, False] * 3
print(flags, len(flags))
ints = [7] * 5
print(ints)
floats = [0.5, -0.0] * 2
print(floats)
words = ["a", "bc"] * 3
print(words)
print([1, 2] * 0, [1, 2] * -4, len([3] * 0))
empty: list[int] = []
print(empty * 1000000)
rows = [[0.0] * 2] * 3
rows[0][1] = 9.5
print(rows)
big = [1, 2, 3] * 100000
print(len(big), big[-1], big[299998])
ints2 = ints * 2
ints2[0] = 1
print(ints, ints2)
