# @dataclass(order=True) in a class hierarchy: fields compared as tuples
# only between instances of the very same class.
from dataclasses import dataclass


@dataclass(order=True)
class Card:
    rank: int
    suit: str = "s"


@dataclass(order=True)
class Trump(Card):
    bonus: int = 0


@dataclass
class Plain(Card):      # no order=True: inherits Card's methods
    note: str = ""


def lt(a: Card, b: Card) -> str:
    try:
        return str(a < b)
    except TypeError as e:
        return f"TypeError: {e}"


def ge(a: Card, b: Card) -> str:
    try:
        return str(a >= b)
    except TypeError as e:
        return f"TypeError: {e}"


c1, c2 = Card(2), Card(3, "h")
t1, t2 = Trump(2, "s", 5), Trump(2, "s", 1)
p1, p2 = Plain(4, "d", "x"), Plain(4, "d", "a")
print(lt(c1, c2), lt(c2, c1), ge(c1, c1), lt(t2, t1), ge(t1, t2))
print(lt(c1, t1), lt(t1, c1), ge(c1, t1), ge(t1, c2))
print(lt(p1, p2), ge(p1, p2), lt(p2, p1), lt(p1, c1), lt(c1, p1), lt(p1, t1))
print(t1 < t2, t1 >= t2, c1 <= c2, p1 <= p2, p1 == p2)
cards: list[Card] = [Card(5), Card(1, "c"), Card(1, "a")]
print(sorted(cards), max(cards), min(cards))
trumps = [Trump(3), Trump(1, "s", 9), Trump(1, "s", 2)]
print(sorted(trumps), max(trumps))
mixed: list[Card] = [Card(1), Trump(0)]
try:
    print(sorted(mixed))
except TypeError as e:
    print("TypeError:", e)
