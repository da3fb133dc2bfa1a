# Optional containers (None is a null pointer for every object type),
# identity with `is`, and `==` between instances (identity: no __eq__).
from __future__ import annotations


def find(rows: list[list[int]], first: int) -> list[int] | None:
    for r in rows:
        if r and r[0] == first:
            return r
    return None


def first_even(xs: list[int] | None) -> int:
    if not xs:
        return -1
    for x in xs:
        if x % 2 == 0:
            return x
    return -1


def size(d: dict[str, int] | None) -> int:
    if d is None:
        return -1
    return len(d)


class Box:
    def __init__(self, v: int) -> None:
        self.v = v


def main() -> None:
    rows = [[1, 2], [], [3, 4, 5]]
    hit = find(rows, 3)
    miss = find(rows, 9)
    print(hit, miss, f"{hit}/{miss}", repr(hit), repr(miss), str(miss))
    if hit is not None:
        hit.append(6)
    print(rows, hit is rows[2], first_even(hit), first_even(miss), first_even([]))
    empty: list[int] | None = []
    print("truthy" if empty else "falsy", empty is None, first_even(None))
    print(size(None), size({"a": 1}))
    maybe: list[int] | None = None
    print(maybe)
    maybe = [1, 2]
    maybe.append(3)
    print(maybe, len(maybe))
    grid: list[list[int] | None] = [[1], None, [2, 3]]
    print(grid, [first_even(g) for g in grid])
    a = Box(1)
    b = Box(1)
    c = a
    print(a is b, a is c, a is not b, a == b, a == c, a != b)
    slot: Box | None = None
    print(slot is a, slot is None)
    slot = a
    print(slot is a, slot == c, slot.v)


main()
