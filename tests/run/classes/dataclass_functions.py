# dataclasses.asdict / astuple / replace, as CPython's.
from dataclasses import asdict, astuple, dataclass, field, replace
from enum import Enum
from typing import ClassVar, Optional


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Segment:
    start: Point
    end: Point


@dataclass(frozen=True)
class Pair:
    name: str
    other: str = "-"


class Color(Enum):
    RED = 1
    BLUE = 2


@dataclass
class Poly:
    name: str
    points: list[Point]
    weights: dict[str, float] = field(default_factory=dict)
    color: Color = Color.RED
    made: ClassVar[int] = 0
    tags: set[str] = field(default_factory=set)
    label: Optional[str] = None
    shape: tuple[int, str] = (0, "")


p = Point(1, -2)
print(asdict(p), astuple(p))
s = Segment(Point(0, 0), Point(3, 4))
d = asdict(s)
print(d, astuple(s))
d["start"]["x"] = 99                 # a copy: the instance is unchanged
print(s.start.x, d["start"], d == {"start": {"x": 99, "y": 0}, "end": {"x": 3, "y": 4}})
print(asdict(Pair("a")), astuple(Pair("a", "b")))

poly = Poly("tri", [Point(0, 0), Point(1, 0), Point(0, 1)], {"a": 0.5})
t = astuple(poly)
print(t)
print(t[1], t[2], len(t))
t[1].append((9, 9))
print(len(poly.points), poly.points[-1])
ps = [Point(i, i * i) for i in range(3)]
print([asdict(q) for q in ps], [astuple(q) for q in ps])
print(sorted(asdict(ps[2]).items()))

# replace: a new instance through __init__ (and __post_init__).
@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list[int] = field(default_factory=list)
    audit: str = field(default="new", init=False)

    def __post_init__(self) -> None:
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner}")
        self.history.append(self.balance)


a = Account("ann", 10)
a.audit = "checked"
b = replace(a, balance=25)
print(a, b, a.history is b.history)
c = replace(b)
print(c, c == b, c is b)
q = replace(p, y=7)
print(q, p, replace(Pair("k"), other="v"))
order: list[str] = []


def note(tag: str, value: int) -> int:
    order.append(tag)
    return value


print(replace(p, y=note("y", 1), x=note("x", 2)), order)
try:
    replace(a, balance=-1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Stats:
    low: float
    high: float

    def as_row(self) -> tuple[float, float]:
        return astuple(self)

    def describe(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in asdict(self).items())


def make_stats(n: int) -> Stats:
    return Stats(-n / 2, n * 1.5)


st = make_stats(3)
print(st.as_row(), st.describe(), asdict(make_stats(4)), astuple(Stats(0.0, 0.0)))
empty: list[Point] = []
print(asdict(Segment(Point(1, 1), Point(2, 2)))["end"], [asdict(e) for e in empty])
