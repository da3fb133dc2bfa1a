# Chained comparisons between instances: each link through the classes'
# comparison methods, middle operands evaluated once, the chain stopping at
# the first false link.
from dataclasses import dataclass
from functools import total_ordering


@dataclass(order=True)
class V:
    x: int


@total_ordering
class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other: "Version") -> bool:
        print(f"  {self.major}.{self.minor} < {other.major}.{other.minor}?")
        return (self.major, self.minor) < (other.major, other.minor)


def make(label: str, major: int, minor: int) -> Version:
    print(f"  make {label}")
    return Version(major, minor)


a, b, c = V(1), V(2), V(3)
print(a < b < c, a < c < b, a <= a == a, c > b > a >= a)
print(V(1) < V(2) <= V(2) < V(5) != V(6))

print("in range:")
print(make("lo", 1, 0) <= make("mid", 1, 5) < make("hi", 2, 0))
print("short circuit:")
print(make("lo", 3, 0) < make("mid", 1, 5) < make("hi", 2, 0))
low, high = Version(1, 0), Version(2, 0)
versions = [Version(0, 9), Version(1, 2), Version(2, 0)]
print([low <= v < high for v in versions])
