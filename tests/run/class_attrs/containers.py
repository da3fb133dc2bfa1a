# Class attributes holding objects (lists, dicts, sets, tuples, instances):
# one object per attribute, shared by the class and every instance, so a
# mutation through one is seen through all of them.


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


class Registry:
    items: list[str] = []
    cache: dict[str, int] = {}
    seen: set[int] = set()
    DIRS = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    NAMES = {"a": 1, "b": 2}
    PAIR = (1, "one")
    ORIGIN = Point(0, 0)
    SQUARES = [i * i for i in range(5)]
    LATEST: Point | None = None
    TAG = "reg"

    def __init__(self, name: str) -> None:
        self.name = name
        self.items.append(name)
        self.cache[name] = len(self.items)
        Registry.LATEST = Point(len(name), 0)

    def neighbours(self, r: int, c: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for dr, dc in self.DIRS:
            out.append((r + dr, c + dc))
        return out


class Sub(Registry):
    pass


def count_items() -> int:
    return len(Registry.items)


print(Registry.items, Registry.cache, Registry.LATEST)
a = Registry("alpha")
b = Registry("be")
s = Sub("sub")
print(Registry.items, a.items, b.items, s.items, Sub.items)
print(a.items is b.items, a.cache is Registry.cache, count_items())
print(Registry.cache, s.cache["be"])
Registry.items.append("direct")
print(a.items[-1], s.items[-1], len(b.items))
print(a.neighbours(0, 0), Registry.DIRS[-1], len(Sub.DIRS))
print(Registry.NAMES["b"], a.NAMES, Registry.PAIR, s.PAIR[1])
print(Registry.ORIGIN, s.ORIGIN, a.ORIGIN is b.ORIGIN, Registry.ORIGIN.x)
print(Registry.SQUARES, sum(a.SQUARES), Registry.LATEST)
a.seen.add(3)
Sub.seen.add(4)
print(sorted(Registry.seen), 3 in b.seen)
a.ORIGIN.x = 10
print(Registry.ORIGIN, b.ORIGIN)

# Assigning through the class replaces the object for everyone.
Registry.items = []
Registry.DIRS = [(1, 1)]
print(a.items, s.items, a.neighbours(5, 5))
Registry.items += ["x", "y"]
print(b.items)
empty: dict[str, int] = {}
Registry.cache = empty
print(s.cache, len(a.cache))

# A class attribute in a loop.
total = 0
for dr, dc in Registry.DIRS * 3:
    total += dr + dc
print(total)
for name in Registry.NAMES:
    print(name, Registry.NAMES[name])

# Errors through the shared objects.
try:
    print(Registry.SQUARES[-9])
except IndexError as e:
    print("IndexError:", e)
try:
    print(Registry.NAMES["zz"])
except KeyError as e:
    print("KeyError:", e)
