# The container example of docs/language.md.
def stats(xs: list[float]) -> tuple[float, float]:
    lo = hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return lo, hi


lo, hi = stats([2.5, -1.0, 9.25])
m = [[0.0] * 3, [0.0] * 3]
row = m[0]
row[1] = 1.5
print(f"{lo:.2f} {hi:>8.3f} {m!r} {lo=}")
