# Rejected: a ClassVar declared without a value (taipan's class attributes
# always have one), and one in a NamedTuple (CPython's TypeError).
from dataclasses import dataclass
from typing import ClassVar, NamedTuple


class Registry:
    size: ClassVar[int]  # error: a ClassVar without a value is not supported


@dataclass
class Entry:
    key: str
    total: ClassVar[int]  # error: a ClassVar without a value is not supported


class Row(NamedTuple):
    a: int
    limit: ClassVar[int] = 3  # error: ClassVar is not valid in a NamedTuple


print(Entry("a"), Registry(), Row(1))
