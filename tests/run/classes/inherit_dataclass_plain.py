# A plain class subclassing a dataclass: it inherits the generated __init__,
# and CPython's inherited __repr__/__eq__ name and compare the instance's own
# class; a dataclass subclassing such a class starts from the same fields.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float = 0.0

    def total(self, n: int) -> float:
        return self.price * n


class Discounted(Item):
    def total(self, n: int) -> float:
        return super().total(n) * 0.5


class Tagged(Item):
    def __init__(self, name: str, tag: str) -> None:
        super().__init__(name, 1.0)
        self.tag = tag            # not a dataclass field: not in the repr


class Shown(Item):
    def __repr__(self) -> str:
        return f"<{self.name}>"


@dataclass
class Bundle(Discounted):
    count: int = 2


d = Discounted("pen", 3.0)
t = Tagged("cup", "kitchen")
print(d, t, Shown("hat"), Bundle("box"), Bundle("box", 1.0, 5))
print(t == Tagged("cup", "other"), t == Tagged("mug", "cup"), Shown("a") == Shown("a", 0.0), Shown("a") != Shown("b"))
items: list[Item] = [Item("a", 2.0), d, t, Shown("s", 1.0), Bundle("b", 4.0)]
print([round(i.total(3), 2) for i in items], [str(i) for i in items])
b = Bundle("b", 4.0)
print(b == Bundle("b", 4.0, 2), b != Bundle("b", 4.0, 3), repr(b), t.tag)
