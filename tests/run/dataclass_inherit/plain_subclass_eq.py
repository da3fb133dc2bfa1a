# A plain class subclassing a dataclass inherits its fields and __init__;
# its repr and == are CPython's for its own class.
from dataclasses import dataclass


@dataclass
class Base:
    name: str
    size: int = 1


class Named(Base):
    def label(self) -> str:
        return f"{self.name}:{self.size}"


n = Named("a", 2)
print(n, n.label(), n == Named("a", 2), n == Base("a", 2), Base("a", 2) == n)
items: list[Base] = [Base("a", 2), n]
print(items, items.count(Base("a", 2)), items.index(Named("a", 2)))
