# Generators of instances: special methods run in CPython's order relative
# to the elements (set() hashes each element as it is made, any() asks
# __bool__ element by element).


class Key:
    def __init__(self, n: int) -> None:
        self.n = n

    def __hash__(self) -> int:
        print("  hash", self.n)
        return self.n % 3

    def __eq__(self, other: "Key") -> bool:
        return self.n == other.n

    def __repr__(self) -> str:
        return f"Key({self.n})"


class Flag:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        print("  bool", self.on)
        return self.on


def make(n: int) -> Key:
    print("  make", n)
    return Key(n)


def flag(on: bool) -> Flag:
    print("  flag", on)
    return Flag(on)


def main() -> None:
    keys = set(make(n) for n in [1, 2, 1, 4])
    print(len(keys), Key(4) in keys)
    print(any(flag(b) for b in [False, True, False]))
    print(all(flag(b) for b in [True, False, True]))
    print(sorted(make(n).n for n in [3, 1]))
    d = dict((make(n), n * 10) for n in [5, 6])
    print(d)
    for k in (make(n) for n in [7, 8]):
        print("body", k)


main()
