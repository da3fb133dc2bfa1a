# eq=False / repr=False in a dataclass subclass: the inherited generated
# methods compare and print the instance's own class over the base's fields.
from dataclasses import dataclass


@dataclass
class Base:
    x: int


@dataclass(eq=False)
class NoEq(Base):
    y: int = 0


@dataclass(repr=False)
class NoRepr(Base):
    y: int = 0


@dataclass(eq=False, repr=False)
class Neither(NoEq):
    z: int = 0


class PlainSub(NoRepr):
    pass


a, b = NoEq(1, 2), NoEq(1, 3)
print(a, b, a == b, a != b, a == NoEq(2, 2), a == Base(1), Base(1) == a)
r = NoRepr(5, 6)
print(r, repr(r), [r], r == NoRepr(5, 6), r == NoRepr(5, 7))
n = Neither(1, 2, 3)
print(n, n == Neither(1, 9, 9), n == NoEq(1, 2))
ps = PlainSub(4, 4)
print(ps, ps == PlainSub(4, 4), ps == NoRepr(4, 4))
items: list[Base] = [NoEq(1, 5), Base(1), Neither(1)]
print(NoEq(1, 0) in items, items.index(Base(1)), items.count(Neither(1, 7, 7)))


@dataclass(frozen=True)
class Key:
    k: str


@dataclass(frozen=True, eq=False)
class SubKey(Key):
    extra: int = 0


d = {SubKey("a", 1): 1, Key("a"): 2}
print(d[SubKey("a", 99)], SubKey("a", 1) == SubKey("a", 2), hash(SubKey("a", 1)) == hash(SubKey("a", 2)))
print(hash(SubKey("q")) == hash(Key("q")), len({SubKey("b", 1), SubKey("b", 2)}))
