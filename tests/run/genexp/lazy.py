# any/all stop at the first deciding element, and a for loop over a
# generator computes each element just before its body runs.


def noisy(x: int) -> int:
    print("  compute", x)
    return x


def truthy(s: str) -> str:
    print("  look at", repr(s))
    return s


def first_negative(xs: list[int]) -> int:
    for v in (noisy(x) for x in xs):
        if v < 0:
            return v
    return 0


def main() -> None:
    xs = [5, 0, 2]
    print(any(10 // x > 1 for x in xs))
    print(all(10 // x > 3 for x in [5, 0]), any(10 // x < 0 for x in [5, 2]))
    print(any(noisy(x) > 2 for x in [1, 2, 3, 4, 5]))
    print(all(noisy(x) < 3 for x in [1, 2, 3, 4, 5]))
    print(any(noisy(x) > 10 for x in [1, 2]), all(noisy(x) > 0 for x in [1, 2]))
    empty: list[int] = []
    print(any(x for x in empty), all(x for x in empty))
    print(any(truthy(s) for s in ["", "", "x", "y"]), all(truthy(s) for s in ["a", "", "b"]))
    print(any(len(w) > 3 for w in ["ab", "abcd"]), all(w for w in ["a", ""]))
    print(any(noisy(a * b) == 6 for a in range(1, 4) for b in range(1, 4) if a != b))
    print(any(f > 0.5 for f in [0.1, 0.9]), all([x for x in row] for row in [[1], [], [2]]))
    for v in (noisy(x) * 10 for x in [1, 2, 3, 4]):
        print("body", v)
        if v >= 20:
            break
    else:
        print("not reached")
    for v in (noisy(x) for x in [7, 8]):
        print("body", v)
    else:
        print("else runs")
    for v in (noisy(x) for x in [1, 2, 3, 4] if x % 2 == 0):
        if v == 2:
            continue
        print("after continue", v)
    for a, b in ((x, x * x) for x in range(3)):
        print(a, b)
    print(first_negative([3, -4, 5]), first_negative([]))
    total = 0
    for row in ([noisy(x) for x in r] for r in [[1, 2], [3]]):
        total += sum(row)
    print(total)
    # Nested: the outer consumer's work runs between the inner elements.
    print([noisy(y) for y in (noisy(x) + 100 for x in [1, 2])])
    print(sum(noisy(y) for y in (noisy(x) * 2 for x in [1, 2, 3]) if y > 2))
    for w in (s.upper() for s in (t + "!" for t in ["a", "b", "c"])):
        print(w)
        if w == "B!":
            break
    # Break out of nested clauses, repeatedly (each run starts afresh).
    for attempt in range(3):
        for p in (noisy(i * 10 + j) for i in range(3) for j in range(3)):
            if p >= attempt * 10 + 1:
                break
        print("attempt", attempt, p)


main()
# At module level.
count = 0
for n in (len(s) for s in ["ab", "cde", "f"] if s != "cde"):
    count += n
print(count, any(c.isdigit() for c in "ab1"), all(c.isalpha() for c in "ab1"))


def numbered(lines: list[str]) -> None:
    # enumerate() of a generator is lazy too.
    for i, line in enumerate(truthy(l.strip()) for l in lines):
        print(i, line)
        if not line:
            break
    for i, c in enumerate((noisy(len(l)) for l in lines if l), start=10):
        print(i, c)
    print([(i, w) for i, w in enumerate(noisy(n) for n in [7, 8])])
    print(sum(i * w for i, w in enumerate(noisy(n) for n in [7, 8])))


numbered([" a ", "b", "  ", "c"])
