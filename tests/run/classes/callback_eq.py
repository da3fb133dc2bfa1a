# `in`, list.index/count/remove and == of lists, tuples and dicts call the
# elements' __eq__ (stored element first, as CPython does); identity still
# wins first; an __eq__ that is always False; dataclass __eq__ with None.
from dataclasses import dataclass


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __eq__(self, other: "Money") -> bool:
        print("eq", self.cents, other.cents)
        return self.cents == other.cents

    def __repr__(self) -> str:
        return f"${self.cents}"


class Never:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "Never") -> bool:
        return False

    def __repr__(self) -> str:
        return f"Never({self.v})"


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


class Strict:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "Strict") -> bool:
        if other.v < 0:
            raise ValueError(f"negative {other.v}")
        return self.v == other.v

    def __repr__(self) -> str:
        return f"Strict({self.v})"


@dataclass
class Pair:
    a: int
    b: str


wallet = [Money(5), Money(10), Money(5)]
print(Money(10) in wallet)
print(Money(7) not in wallet)
print(wallet.index(Money(5)), wallet.count(Money(5)))
wallet.remove(Money(10))
print(wallet)
print((Money(1), Money(2)) == (Money(1), Money(2)))
print([Money(1)] == [Money(2)], [Money(1)] != [Money(1)])
print({"a": Money(3)} == {"a": Money(3)})
print(Money(4) in (Money(4), Money(5)))
try:
    wallet.remove(Money(99))
except ValueError as e:
    print("ValueError:", e)
try:
    print(wallet.index(Money(42)))
except ValueError as e:
    print("ValueError:", e)

n = Never(1)
ns = [n, Never(2)]
print(n in ns, Never(1) in ns, ns.count(n), ns.index(n))
print(ns == ns, [n] == [n], [Never(1)] == [Never(1)])
ns.remove(n)
print(ns)

p = Plain(1)
plains = [p, Plain(1)]
print(p in plains, Plain(1) in plains, plains.count(p))

ss = [Strict(1), Strict(2)]
print(Strict(2) in ss)
try:
    print(Strict(-1) in ss)
except ValueError as e:
    print("ValueError:", e)
try:
    print(ss == [Strict(1), Strict(-5)])
except ValueError as e:
    print("ValueError:", e)
print(len(ss))

pairs: list[Pair | None] = [None, Pair(1, "x"), None]
print(Pair(1, "x") in pairs, Pair(2, "x") in pairs, pairs.count(None))
print(pairs.index(Pair(1, "x")), pairs == [None, Pair(1, "x"), None])
print([Pair(1, "a"), Pair(2, "b")] == [Pair(1, "a"), Pair(2, "b")])
