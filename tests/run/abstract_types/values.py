# Abstract collection values stored in fields, captured by closures, nested in
# lists, star-printed, narrowed from Optional, and given to the builtins.
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence


@dataclass
class Bag:
    items: Sequence[int]
    tags: Iterable[str]


def show(*xs: int) -> str:
    return ",".join(str(x) for x in xs)


def use(seq: Sequence[int], words: Sequence[str], maybe: Optional[Sequence[int]]) -> None:
    print("", sum(seq, 0.5), sorted(seq, key=lambda v: -v), max(words, key=len))
    print("".join(words), list(enumerate(seq)), list(zip(seq, words)), dict(zip(words, seq)), set(seq))
    print(*seq)
    for i, x in enumerate(seq):
        print(i, x, end="; ")
    print()
    if maybe is not None:
        print(len(maybe), maybe)
    nested: list[Sequence[int]] = [seq, (9, 8), range(2)]
    print(nested, [len(n) for n in nested])
    b = Bag(seq, words)
    print(b.items, list(b.tags), b)

    def inner() -> int:
        return len(seq) + seq[0]

    print(inner(), f"{seq}|{seq!r}|{words}")


use([3, 1, 2], ("ab", "c"), None)
use((5, 6), "xyz", [1])
