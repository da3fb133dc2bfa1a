"""dict and set arguments and results, converted by copy."""

from collections import Counter, defaultdict


def total(d: dict[str, int]) -> int:
    t = 0
    for k in d:
        t += d[k]
    return t


def keys_in_order(d: dict[str, int]) -> list[str]:
    out: list[str] = []
    for k in d:
        out.append(k)
    return out


def identity(d: dict[str, float]) -> dict[str, float]:
    return d


def invert(d: dict[str, int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for k, v in d.items():
        out[v] = k
    return out


def counts(words: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out


def group(pairs: list[tuple[str, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for k, v in pairs:
        if k not in out:
            out[k] = []
        out[k].append(v)
    return out


def sizes(d: dict[str, list[int]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k, v in d.items():
        out[k] = len(v)
    return out


def nested(n: int) -> dict[str, dict[int, list[float]]]:
    out: dict[str, dict[int, list[float]]] = {}
    for i in range(n):
        inner: dict[int, list[float]] = {}
        for j in range(i):
            inner[j] = [j / 2, float(i)]
        out["k" + str(i)] = inner
    return out


def row_sums(rows: list[dict[str, float]]) -> list[float]:
    out: list[float] = []
    for row in rows:
        t = 0.0
        for v in row.values():
            t += v
        out.append(t)
    return out


def grid(cells: dict[tuple[int, int], str]) -> list[str]:
    out: list[str] = []
    for (x, y), c in cells.items():
        out.append(f"{x},{y}={c}")
    return out


def by_flag(d: dict[bool, float]) -> float:
    return d.get(True, 0.0) - d.get(False, 0.0)


def scaled(d: dict[float, float], k: float) -> dict[float, float]:
    out: dict[float, float] = {}
    for key, v in d.items():
        out[key * k] = v * k
    return out


def mutate(d: dict[str, int]) -> dict[str, int]:
    d["new"] = 1
    del d["a"]
    return d


def set_size(s: set[int]) -> int:
    return len(s)


def set_sum(s: set[float]) -> float:
    t = 0.0
    for x in s:
        t += x
    return t


def set_identity(s: set[int]) -> set[int]:
    return s


def evens(n: int) -> set[int]:
    out: set[int] = set()
    for i in range(n):
        out.add(i * 2 % 7)
    return out


def words(text: str) -> set[str]:
    return set(text.split())


def points(n: int) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for i in range(n):
        out.add((i, i * i))
    return out


def contains_point(s: set[tuple[int, int]], x: int, y: int) -> bool:
    return (x, y) in s


def union_all(sets: list[set[str]]) -> list[str]:
    out: set[str] = set()
    for s in sets:
        out |= s
    return sorted(out)


def tags(d: dict[str, set[str]]) -> list[str]:
    out: list[str] = []
    for k, v in d.items():
        out.append(k + ":" + ",".join(sorted(v)))
    return out


def empty_dict() -> dict[str, int]:
    return {}


def empty_set() -> set[float]:
    return set()


def big(n: int) -> dict[int, int]:
    out: dict[int, int] = {}
    for i in range(n):
        out[(i * 7919) % n] = i
    return out


def big_total(d: dict[int, int]) -> int:
    t = 0
    for k, v in d.items():
        t += k * v
    return t


def tally(words: list[str]) -> dict[str, int]:
    c: Counter[str] = Counter()
    for w in words:
        c[w] += 1
    return c


def grouped(pairs: list[tuple[str, int]]) -> list[dict[str, list[int]]]:
    g: defaultdict[str, list[int]] = defaultdict(list)
    for k, v in pairs:
        g[k].append(v)
    return [g]
