# any()/all() over instances call __bool__, else __len__ (a negative
# length is a ValueError), through subclasses and optionals; an exception
# in __bool__ propagates.


class Switch:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        print("bool", self.on)
        return self.on


class Bag:
    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n


class Sack(Bag):
    def __bool__(self) -> bool:
        return True


class Plain:
    pass


class Fuse:
    def __init__(self, blown: bool) -> None:
        self.blown = blown

    def __bool__(self) -> bool:
        if self.blown:
            raise RuntimeError("fuse blown")
        return True


switches = [Switch(False), Switch(True), Switch(False)]
print(any(switches))
print(all(switches))
print(any([Switch(False)]), all([Switch(True)]))
empty: list[Switch] = []
print(any(empty), all(empty))
bags: list[Bag] = [Bag(2), Sack(0), Bag(0)]
print(any(bags), all(bags))
print(all(bags[:2]), any([Bag(0)]))
print(any([Plain()]), all([Plain(), Plain()]))
maybe: list[Switch | None] = [None, Switch(True)]
print(any(maybe), all(maybe))
try:
    print(any([Bag(-1)]))
except ValueError as e:
    print("ValueError:", e)
fuses = [Fuse(False), Fuse(True), Fuse(False)]
try:
    print(all(fuses))
except RuntimeError as e:
    print("RuntimeError:", e)
print(any(fuses))
