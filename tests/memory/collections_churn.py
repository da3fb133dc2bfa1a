# Dicts, sets, comprehensions, key functions and unpacking, built and dropped
# 300,000 times: any leaked object would pass the memory test's limit.


def work(i: int, words: list[str]) -> int:
    d = {"a": i, "b": i + 1}
    d["c"] = 3
    s = {i, i + 1, i + 2}
    s |= {5}
    xs = [x * 2 for x in range(5) if x > 1]
    ys = {k: v for k, v in d.items()}
    zs = sorted(d.items(), key=lambda item: (-item[1], item[0]))
    ws = list(zip(xs, "abc"))
    es = list(enumerate(words))
    t = tuple(s)
    total = sum(xs) + len(ys) + len(zs) + len(ws) + len(es) + len(t)
    for k in d:
        total += len(k)
    for e in s:
        total += e
    del d["a"]
    weights = {"a": i % 3, "bb": 1}
    ranked = sorted(words, key=lambda w: (weights.get(w, 0), w))
    best = max(words, key=lambda w: weights.get(w, -1))
    first, *rest = ranked
    return total + len(first) + len(rest) + len(best) + (1 if any(["", "z"]) else 0)


acc = 0
ws = ["a", "bb", "ccc", "d"]
for i in range(300000):
    acc += work(i, ws)
print(acc)
