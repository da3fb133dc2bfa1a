# @dataclass(order=True): < <= > >= compare the fields as tuples (the first
# field that differs decides); frozen=True instances are only built.
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tag: str = ""


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


@dataclass(frozen=True)
class Config:
    name: str
    retries: int = 3
    ratio: float = 0.5


@dataclass(order=True)
class Hand:
    best: Card
    count: int


@dataclass(eq=False)
class Token:
    text: str


@dataclass(order=True)
class Reading:
    value: float


@dataclass(repr=False)
class Secret:
    value: int


a = Version(3, 11)
b = Version(3, 9, "rc1")
c = Version(3, 11, "")
print(a < b, a <= b, a > b, a >= b)
print(a < c, a <= c, a > c, a >= c, a == c)
print(Version(3, 11, "a") < Version(3, 11, "b"), Version(4) > Version(3, 99))
best = a
for v in [Version(1), Version(3, 12), Version(3, 12, "x"), Version(2, 50)]:
    if v > best:
        best = v
print(best)

k1 = Card(10, "hearts")
k2 = Card(10, "spades")
print(k1 < k2, k2 < k1, k1 == Card(10, "hearts"), k1 <= k1)
print(k1)
print(Hand(k1, 2) < Hand(k2, 1), Hand(k2, 1) < Hand(k2, 2), Hand(k1, 2) == Hand(Card(10, "hearts"), 2))

cfg = Config("svc")
print(cfg, Config("svc", retries=5, ratio=1.0))
print(cfg == Config("svc", 3, 0.5), cfg.retries * 2)

t1 = Token("x")
t2 = Token("x")
print(t1 == t2, t1 == t1, t1)
s = Secret(42)
print(s.value, s == Secret(42), s == Secret(41))
same_version = Version(1)
same_version.minor = 2
print(same_version <= same_version, same_version < same_version)


r = Reading(float("nan"))
print(r <= r, r >= r, r < r, r == r, r <= Reading(float("nan")))
