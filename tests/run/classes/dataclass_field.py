# dataclasses.field(): default_factory makes a fresh value per instance,
# default= is a plain default; both with inheritance and keywords.
from dataclasses import dataclass, field


def make_scores() -> dict[str, int]:
    print("make_scores called")
    return {"start": 0}


@dataclass
class Item:
    name: str
    price: float = field(default=1.5)
    tags: list[str] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    scores: dict[str, int] = field(default_factory=make_scores)
    history: list[float] = field(default_factory=lambda: [0.0, 1.0])


@dataclass
class Base:
    name: str
    tags: list[str] = field(default_factory=list)


@dataclass
class Tool(Base):
    weight: float = 0.0
    parts: list["Item"] = field(default_factory=list)


a = Item("apple")
b = Item("pear", 2.0)
a.tags.append("fruit")
a.seen.add(3)
a.scores["x"] = 1
a.history.append(2.0)
print(a)
print(b)
print(a.tags is b.tags, a.history is b.history, len(b.tags), len(b.history))
c = Item("fig", tags=["dried"], scores={})
print(c)
print(c == Item("fig", 1.5, ["dried"], set(), {}, [0.0, 1.0]))
t = Tool("hammer", weight=2.5)
t.parts.append(Item("head"))
print(t)
print(Tool("saw").parts, t.tags, Tool("saw") == Tool("saw"))

counts: dict[str, list[Item]] = {}
for word in ["a", "b", "a"]:
    counts.setdefault(word, []).append(Item(word))
print({k: len(v) for k, v in counts.items()})
