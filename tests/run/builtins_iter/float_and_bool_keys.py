# key= functions over float elements and giving float or bool keys: the runtime
# calls them with 8-byte slots, so floats cross as their bits.
xs = [2.5, -1.0, 3.25, 0.0, -0.0, 1e300, -7.5]
print(sorted(xs, key=lambda x: abs(x)))
print(sorted(xs, key=lambda x: -x))
print(max(xs, key=lambda x: x * x), min(xs, key=lambda x: x * x))
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=lambda w: len(w) / 2.0))
print(sorted(words, key=lambda w: w.startswith("b")))
print(sorted([3, 1, 2], key=lambda n: n % 2 == 0, reverse=True))
flags = [True, False, True]
print(sorted(flags, key=lambda f: not f))
pairs = [(1.5, "a"), (0.5, "b"), (1.5, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
weights = {"x": 0.25, "y": 2.0, "z": -1.0}
print(max(weights, key=lambda k: weights[k]), min(weights, key=lambda k: weights[k]))
print(sorted(weights.items(), key=lambda kv: kv[1]))


def scaled(x: float) -> float:
    return x * 0.5


print(sorted(xs, key=scaled))
nan_free = sorted([0.1 + 0.2, 0.3, 0.30000000000000004], key=lambda v: v)
print(nan_free)
