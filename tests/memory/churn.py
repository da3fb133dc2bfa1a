# Builds and drops millions of short-lived strs, lists and tuples. With every
# temporary released as soon as it is dead, this runs in constant memory
# (crates/taipan/tests/memory.rs runs it under a small address-space limit).
def churn(n: int) -> int:
    total = 0
    for i in range(n):
        s = "item" + str(i)
        t = s * 2
        xs = [i, i + 1, i + 2]
        ys = xs + [len(t)]
        m = [[1.0, 2.0], [3.0]]
        row = m[0]
        p = (s, xs, 1.5)
        a, b, c = p
        total += len(ys) + len(a) + len(b) + len(f"{i:>4}{s!r}") + len(row)
        if s and t != s:
            total += 1
        total += len(xs[1:]) + len(s[::-1]) + (1 if "7" in s else 0)
    return total


print(churn(3_000_000))
