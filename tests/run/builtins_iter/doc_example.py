# The example of docs/language.md, "Dicts, sets, comprehensions and builtins over iterables".
counts: dict[str, int] = {}
for w in "the cat and the hat".split():
    counts[w] = counts.get(w, 0) + 1
for word, n in counts.items():
    print(word, n)
del counts["the"]
print(counts, list(counts.values()), "cat" in counts)

seen = {3, 1, 2}
seen |= {10}
none: set[int] = set()
print(seen & {1, 10}, sorted(seen), none)

squares = {x: x * x for x in range(5) if x % 2 == 0}
pairs = [(i, c) for i, c in enumerate("ab", start=1)]
flat = [v for row in [[1, 2], [3]] for v in row]
print(squares, pairs, flat, dict(pairs), tuple(flat))
print(sum(flat), sum([0.5, 0.25], 1.0), min(flat), max(flat, default=0))
print(any([0, 3]), all([x > 9 for x in flat]))
print(list(zip([1, 2, 3], "ab")), list(reversed([1, 2, 3])))
xs = [5, 3, 8, 3]
xs.remove(3); xs.sort(reverse=True); del xs[0]; xs[0:1] = [7, 7]
print(xs, xs.index(7), xs.count(7))
