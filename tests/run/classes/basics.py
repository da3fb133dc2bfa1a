# Classes with typed fields: construction, field reads and writes of every
# kind (int, float, bool, str, list, instance), methods calling methods.


class Counter:
    count: int

    def __init__(self, start: int, label: str) -> None:
        self.count = start
        self.label = label
        self.active = True
        self.history: list[int] = []
        self.scale = 0.5

    def bump(self, by: int = 1) -> int:
        self.history.append(self.count)
        self.count += by
        return self.count

    def bump_twice(self) -> int:
        self.bump()
        return self.bump(10)

    def describe(self) -> str:
        return f"{self.label}={self.count} active={self.active} scale={self.scale}"


class Pair:
    def __init__(self, first: Counter, second: Counter) -> None:
        self.first = first
        self.second = second

    def total(self) -> int:
        return self.first.count + self.second.count


def main() -> None:
    c = Counter(5, "c")
    print(c.count, c.label, c.active, c.history, c.scale)
    print(c.bump(), c.bump(-3), c.bump_twice())
    print(c.history)
    print(c.describe())
    c.active = False
    c.label = c.label + "!"
    c.scale *= 4
    print(c.describe())

    d = Counter(-7, "d")
    pair = Pair(c, d)
    print(pair.total())
    # An alias sees the mutation.
    alias = pair.second
    alias.count = 100
    print(pair.total(), d.count)
    pair.first = Counter(0, "fresh")
    print(pair.total(), pair.first.describe(), c.describe())

    # Instances in containers, containers in instances.
    counters: list[Counter] = []
    for i in range(4):
        counters.append(Counter(i, "n" + str(i)))
    for k in counters:
        k.bump(k.count)
    print([k.count for k in counters])
    by_name = {k.label: k for k in counters}
    print(by_name["n3"].count, len(by_name))
    by_name["n2"].history.append(-1)
    print(counters[2].history, counters[-1].history)


main()
