# Narrowing in loops: a variable reassigned in the loop body is not narrowed
# at the loop head; `while x is not None` narrows inside the body; optional
# values swapped and accumulated; `best` patterns.


def best(xs: list[int]) -> int | None:
    best: int | None = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best


def first_negative(xs: list[float]) -> float | None:
    for x in xs:
        if x < 0:
            return x
    return None


def collatz_steps(n: int, limit: int | None = None) -> int | None:
    steps = 0
    cur: int | None = n
    while cur is not None and cur != 1:
        if limit is not None and steps >= limit:
            return None
        cur = cur // 2 if cur % 2 == 0 else 3 * cur + 1
        steps += 1
    return steps


def longest(words: list[str]) -> str | None:
    found: str | None = None
    for w in words:
        if found is None or len(w) > len(found):
            found = w
    return found


def main() -> None:
    print(best([3, 9, 2]), best([]), best([-4, -8]), best([0]))
    print(first_negative([1.0, -2.5, -3.0]), first_negative([]), first_negative([0.0]))
    print(collatz_steps(6), collatz_steps(27, 10), collatz_steps(1), collatz_steps(27))
    print(longest(["a", "abc", "ab"]), longest([]), repr(longest([""])))
    prev: int | None = None
    for i in range(5):
        if prev is not None:
            print(i, prev, i - prev)
        prev = i * i
    acc: list[int | None] = []
    for i in range(4):
        acc.append(i if i % 2 == 0 else None)
    print(acc)
    k = 0
    v: int | None = 10
    while v:
        k += 1
        v = v - 3 if v > 3 else None
    print(k, v)


main()
