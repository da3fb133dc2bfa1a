# `len(x)` through `__len__`, truthiness through `__bool__` (else `__len__`)
# in `if`, `while`, `not`, `and`/`or` conditions and `bool(x)`.


class Bag:
    def __init__(self) -> None:
        self.items: list[int] = []

    def add(self, x: int) -> None:
        self.items.append(x)

    def __len__(self) -> int:
        return len(self.items)


class Switch:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        print("bool called")
        return self.on

    def __len__(self) -> int:
        return 42


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __bool__(self) -> bool:
        return self.n > 0


class Always:
    pass


class Broken:
    def __len__(self) -> int:
        return -1


bag = Bag()
print(len(bag), bool(bag), not bag)
if not bag:
    print("empty bag is false")
bag.add(3)
bag.add(4)
print(len(bag), bool(bag))
if bag:
    print("bag with", len(bag), "items is true")

s = Switch(False)
print(len(s), bool(s))
if s or Switch(True):
    print("one of them is on")
if s and Switch(True):
    print("unreachable")
print(not s)

cd = Countdown(3)
while cd:
    print("tick", cd.n)
    cd.n = cd.n - 1
print("liftoff" if not cd else "still counting")
print(bool(Always()), not Always())
evens = [n for n in range(6) if Countdown(n % 2)]
print(evens)



try:
    print(len(Broken()))
except ValueError as e:
    print("ValueError:", e)
b = Broken()
if b:
    print("never")
