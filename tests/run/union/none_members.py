# Nullable unions (`int | str | None`, `Optional[Union[...]]`): None is
# null; `is None` / `is not None`, truthiness and isinstance narrow them.
from typing import Optional, Union


def show(x: int | str | None) -> str:
    if x is None:
        return "nothing"
    if isinstance(x, int):
        return f"number {x + 1}"
    return f"text {x.upper()}"


def first(xs: list[Optional[Union[int, str]]]) -> Optional[Union[int, str]]:
    for x in xs:
        if x is not None:
            return x
    return None


def truth(x: int | str | None) -> str:
    if x:
        return "true"
    return "false"


print(show(None), show(1), show("a"))
print(first([None, None, 3]), first([None, "s"]), first([]), first([None]))
samples: list[int | str | None] = [None, 0, 1, "", "x"]
print([truth(v) for v in samples])
vals: list[int | float | None] = [1, None, 2.5]
print(vals, vals[1] is None, vals[0] is not None, None in vals, vals == [1, None, 2.5])
total = 0.0
for v in vals:
    if isinstance(v, int):
        total += v
    elif v is not None:
        total += v * 2
print(total)
m: dict[str, int | str | None] = {"a": None, "b": 2}
print(m, m["a"] is None, m.get("b"), m.get("c"))
w: int | str | None = None
print(w == None, w != 0, w is None)
w = "now"
print(w, w == "now", len(w))
w = 3
print(w * 2)
maybe = first([None, 7])
print(maybe == 7, maybe == 7.0, maybe == "7", str(maybe), repr(maybe), f"<{maybe}>")
if isinstance(maybe, int):
    print("int", maybe - 1)
else:
    print("not int", maybe)
