# Tuple assignment to variables that already have types: the types guide the
# values, so empty containers and None fit.
from typing import Optional


def justify(words: list[str], width: int) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    n = 0
    for w in words:
        if n + len(w) + len(cur) > width:
            lines.append(" ".join(cur).ljust(width) + "|")
            cur, n = [], 0
        cur.append(w)
        n += len(w)
    lines.append(" ".join(cur).ljust(width) + "|")
    return lines


def scan(xs: list[int]) -> tuple[Optional[int], dict[str, int]]:
    best: Optional[int] = 0
    seen: dict[str, int] = {"x": 1}
    best, seen = None, {}
    for x in xs:
        if best is None or x > best:
            best = x
        seen[str(x)] = seen.get(str(x), 0) + 1
    return best, seen


print(justify("the quick brown fox jumps over the lazy dog".split(), 12))
print(scan([3, 1, 3]), scan([]))
total = 0.0
total, count = 1.5, 2
print(total, count)
