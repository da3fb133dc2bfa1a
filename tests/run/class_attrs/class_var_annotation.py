# typing.ClassVar: class attributes declared with a type, in plain classes
# and dataclasses (where they are not fields).
from dataclasses import dataclass, field
from typing import ClassVar


class Counter:
    count: ClassVar[int] = 0
    label: ClassVar[str] = "counter"
    ratio: ClassVar[float] = 1.5
    seen: ClassVar[list[str]] = []

    def __init__(self, name: str) -> None:
        Counter.count += 1
        self.id = Counter.count
        self.name = name
        self.seen.append(name)

    def describe(self) -> str:
        return f"{self.label} {self.id}/{self.count} {self.ratio}"


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.id, a.describe(), b.describe())
print(Counter.seen, a.seen is b.seen, Counter.ratio)
Counter.label = "ctr"
print(a.describe())


@dataclass
class Item:
    name: str
    qty: int = 1
    made: ClassVar[int] = 0
    registry: ClassVar[dict[str, int]] = {}
    unit = "pcs"
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        Item.made += 1
        Item.registry[self.name] = self.qty


i = Item("bolt")
j = Item("nut", 5, ["m4"])
print(i, j)
print(Item.made, i.made, Item.registry, j.unit)
print(i == Item("bolt"), Item.made)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    scheme: ClassVar[str] = "semver"

    def show(self) -> str:
        return f"{self.scheme}:{self.major}.{self.minor}"


vs = sorted([Version(3, 11), Version(2), Version(3, 9)])
print(vs, vs[0].show(), Version.scheme, Version(1) < Version(1, 1))
print(hash(Version(1, 2)) == hash(Version(1, 2)))


@dataclass
class Base:
    x: int
    kind: ClassVar[str] = "base"


@dataclass
class Derived(Base):
    y: int = 0


d = Derived(1, 2)
print(d, d.kind, Derived.kind, Base.kind)

# A bare ClassVar takes its value's type.
class Config:
    DEBUG: ClassVar = False
    LEVEL: ClassVar = 3


print(Config.DEBUG, Config.LEVEL + 1)
