import collections
from collections import Counter
from collections import defaultdict as dd
from typing import OrderedDict


def f(d: dd[str, int]) -> int:  # error: parameter 'd' of exported function 'f' is annotated with defaultdict, which cannot cross into Python
    return 0


def g(n: int) -> list[Counter[str]]:  # error: exported function 'g' returns a Counter, which cannot cross into Python
    return []


def h(c: collections.Counter[str] | None, ok: dict[str, int]) -> int:  # error: parameter 'c' of exported function 'h' is annotated with Counter
    return 0


def k(o: OrderedDict[str, int]) -> int:  # error: parameter 'o' of exported function 'k' is annotated with OrderedDict
    return 0


def _private(d: dd[str, int]) -> int:
    return 0


def plain(d: dict[str, int]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    counts["x"] += 1
    return d
