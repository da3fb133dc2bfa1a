# Generators inside try statements, lambdas, methods, and loops that leave
# early through return, break and finally.


class Basket:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def total_len(self) -> int:
        return sum(len(i) for i in self.items)

    def has(self, prefix: str) -> bool:
        return any(i.startswith(prefix) for i in self.items)


def safe_inverses(xs: list[int]) -> list[float]:
    out: list[float] = []
    try:
        for v in (1 / x for x in xs):
            out.append(v)
    except ZeroDivisionError as e:
        print("stopped:", e, "after", len(out))
    return out


def first_long(words: list[str], n: int) -> str:
    for w in (w.upper() for w in words if len(w) >= n):
        return w
    return "-"


def with_finally(xs: list[int]) -> int:
    seen = 0
    for x in (x * 2 for x in xs):
        try:
            if x > 4:
                break
            seen += x
        finally:
            print("finally", x)
    return seen


def main() -> None:
    b = Basket(["apple", "kiwi", "fig"])
    print(b.total_len(), b.has("ki"), b.has("z"))
    print(safe_inverses([4, 2, 0, 1]), safe_inverses([]))
    print(first_long(["a", "abc", "abcd"], 3), first_long([], 1))
    print(with_finally([1, 2, 3, 4]))
    rows = [[3, 4], [1], [], [2, 2, 2]]
    print(sorted(rows, key=lambda r: sum(v * v for v in r)))
    print(max(rows, key=lambda r: sum(v for v in r if v > 1)))
    try:
        print(all(10 // (x - 3) > 0 for x in [5, 4, 3, 2]))
    except ZeroDivisionError:
        print("caught in all()")
    try:
        print(sum(10 // (x - 3) for x in [5, 4, 3, 2]))
    except ZeroDivisionError:
        print("caught in sum()")
    for i in range(3):
        for v in (x for x in [i, i + 1, i + 2]):
            if v % 2 == 1:
                continue
            print("even", v)
    # Generators over the loop variable of an outer loop, rebuilt each time.
    acc: list[int] = []
    for n in range(4):
        acc.extend(k * n for k in range(n))
    print(acc)
    s = {0}
    for n in range(3):
        s.update(x + n * 10 for x in range(2))
    print(sorted(s))


main()
