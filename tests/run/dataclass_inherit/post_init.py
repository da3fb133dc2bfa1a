# __post_init__: the generated __init__ calls it last (also the one a
# dataclass subclass inherits or overrides); it may validate, normalise
# fields, and raise.
from dataclasses import dataclass, field


@dataclass
class Span:
    start: int
    stop: int
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.stop < self.start:
            raise ValueError(f"empty span {self.start}..{self.stop}")
        self.tags.append("checked")


@dataclass
class Named(Span):
    name: str = "?"


@dataclass
class Upper(Named):
    def __post_init__(self) -> None:
        super().__post_init__()
        self.name = self.name.upper()


@dataclass(frozen=True)
class Frozen:
    x: int

    def __post_init__(self) -> None:
        print("frozen post-init", self.x)


print(Span(1, 3), Named(0, 0, name="z"), Upper(2, 5, ["t"], "low"))
f = Frozen(4)
print(f)
try:
    Span(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    Upper(3, 2)
except ValueError as e:
    print("ValueError:", e)
print(Named(9, 9))
s = Span(7, 8)
s.__post_init__()
print(s.tags)
