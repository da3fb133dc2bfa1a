# 3,000,000 iterations box numbers into optionals (variables, fields, list
# elements, dict values, defaults), unbox them, compare and print them to
# strs: any leaked box (24 bytes) or str would pass the memory limit.


class Slot:
    def __init__(self, value: int | None = None) -> None:
        self.value = value
        self.label: str | None = None


def pick(i: int, fallback: float | None = 0.5) -> int | None:
    if i % 3 == 0:
        return None
    return i


def weight(f: float | None = 0.5) -> float:
    return 0.0 if f is None else f


def main() -> None:
    total = 0
    table = {"a": 1, "b": 2}
    names = {"x": "ex"}
    slot = Slot()
    for i in range(3_000_000):
        v = pick(i)
        if v is not None:
            total += v % 7
        slot.value = v
        slot.label = "s" if v else None
        got = slot.value
        if got:
            total += 1
        xs: list[int | None] = [v, None, i]
        if xs[2] == i and xs[1] is None:
            total += 2
        d = table.get("a" if i % 2 == 0 else "c")
        if d is not None:
            total += d
        n = names.get("x" if i % 5 == 0 else "y")
        if n == "ex":
            total += 3
        text = f"{v}{d!r}{n}"
        total += len(text) + len(str(slot.value)) + int(weight() * 2) + int(weight(None))
        w: float | None = 1.5 if i % 4 == 0 else None
        if w is not None and w > 1.0:
            total += 1
    print(total)


main()
