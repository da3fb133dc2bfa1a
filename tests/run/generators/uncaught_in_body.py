# An exception raised in the body propagates out of the loop that resumed it.
from typing import Iterator


def items(d: dict[str, int], keys: list[str]) -> Iterator[int]:
    for k in keys:
        yield d[k]


for v in items({"a": 1}, ["a", "b"]):
    print(v)
