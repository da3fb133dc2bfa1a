# Special methods the runtime calls back (containers' repr, `in`, sorting,
# dict keys, caught exceptions inside them) run 500,000 times: a leak of the
# elements they hold, the strs they return or the keys they compare would
# pass the memory limit (crates/taipan/tests/memory.rs).
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Key:
    a: int
    name: str


class Tag:
    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return "<" + self.text + ">"

    def __eq__(self, other: "Tag") -> bool:
        if other.text == "bad":
            raise ValueError("bad tag")
        return self.text == other.text

    def __hash__(self) -> int:
        return len(self.text)


def churn(n: int) -> int:
    total = 0
    for i in range(n):
        keys = [Key(i % 7, "k" + str(i)), Key(i % 3, "x"), Key(1, "y")]
        total += len(repr(sorted(keys))) + (1 if Key(1, "y") in keys else 0)
        d = {k: j for j, k in enumerate(keys)}
        total += d[Key(1, "y")] + len(str(d))
        tags = [Tag("a" + str(i % 5)), Tag("b")]
        total += tags.count(Tag("b")) + len(str(tags)) + len({t: 1 for t in tags})
        try:
            total += 1 if Tag("bad") in tags else 0
        except ValueError:
            total += 2
        total += max(keys).a + min(keys).a
    return total


print(churn(500_000))
