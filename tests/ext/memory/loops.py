def add(a: int, b: int) -> int:
    return a + b


def scale(x: float, factor: float) -> float:
    return x * factor


def fails(n: int) -> int:
    return n // 0


def weigh(d: dict[str, list[float]], tags: set[str], limit: int | None = None) -> dict[str, float]:
    out: dict[str, float] = {}
    for k, vs in d.items():
        if k in tags and (limit is None or len(vs) <= limit):
            t = 0.0
            for v in vs:
                t += v
            out[k] = t
    return out
