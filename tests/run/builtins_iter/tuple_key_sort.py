# Sorting by tuple keys: the runtime decodes keys whose columns each hold one
# ordered kind (int/bool, NaN-free float, str) once and compares them directly;
# every other shape of key goes through the generic comparison. Both must
# give CPython's order, stable, also with reverse=True.
counts = {"pear": 3, "fig": 1, "apple": 3, "kiwi": 2, "date": 1, "": 3, "é": 2, "e": 2, "z": 0}
print(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
print(sorted(counts.items(), key=lambda item: (item[1], item[0]), reverse=True))
# ties on the whole key keep input order (stability), forwards and reversed
rows = [("b", 1, 0.5), ("a", 1, 0.5), ("c", 0, 2.0), ("d", 1, -0.0), ("e", 1, 0.0)]
print(sorted(rows, key=lambda r: (r[1], r[2])))
print(sorted(rows, key=lambda r: (r[1], r[2]), reverse=True))
# bools and ints order together (True == 1)
flags = [(True, "x"), (False, "y"), (True, "a")]
print(sorted(flags, key=lambda f: (f[0], f[1])))
# non-ASCII strs order by code point, prefixes first
words = ["ab", "a", "ä", "b", "aé", "", "Z", "z"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (w, len(w))))
# a NaN in a float column: the generic path (same comparisons as before)
nan = float("nan")
print(sorted([(2, 2.0), (0, nan), (1, 0.5)], key=lambda p: (p[0], p[1])))
print(sorted([3, 1, 2], key=lambda n: (n % 2, -n)))
# nested tuples take the generic path
print(sorted([(1, (2, "b")), (1, (2, "a")), (0, (9, "z"))], key=lambda p: (p[0], p[1])))
# empty and one-element lists
empty: list[tuple[str, int]] = []
print(sorted(empty, key=lambda item: (-item[1], item[0])))
print(sorted([("only", 1)], key=lambda item: (-item[1], item[0])))
# big ints near the i64 edges compare exactly
big = [(9223372036854775807, "a"), (-9223372036854775807, "b"), (0, "c")]
print(sorted(big, key=lambda p: (p[0], p[1])))
print(sorted(big, key=lambda p: (-p[0], p[1])))
