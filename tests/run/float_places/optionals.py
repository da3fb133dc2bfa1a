# An int stored in a `float | None` stays an int, narrowed or not.
from typing import Optional


def find(xs: list[float], target: float) -> Optional[float]:
    for x in xs:
        if x >= target:
            return x
    return None


best: Optional[float] = None
best = 3
print(best, best is None)
if best is not None:
    print(best + 1, best * 0.5, best // 2, f"{best:.1f}", str(best))
maybe: float | None = None
for v in [5, 2, 7]:
    if maybe is None or v < maybe:
        maybe = v
print(maybe)
print(find([1.5, 4.0], 2), find([1.5], 2))
pairs: dict[str, Optional[float]] = {"a": None, "b": 2.5}
print(pairs)
mixed: float | str = "a"
mixed = 3
print(mixed)
