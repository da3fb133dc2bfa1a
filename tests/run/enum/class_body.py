from __future__ import annotations

from enum import Enum, IntEnum


def opposite_name(s: Suit) -> str:
    return s.partner().name


class Suit(Enum):
    CLUBS = 1
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 4

    def __str__(self) -> str:
        return self.name.title()

    def __lt__(self, other: Suit) -> bool:
        return self.value < other.value

    def partner(self) -> Suit:
        return Suit((self.value + 1) % 4 + 1)

    @property
    def red(self) -> bool:
        return self in (Suit.DIAMONDS, Suit.HEARTS)

    @classmethod
    def parse(cls, letter: str) -> Suit:
        for s in cls:
            if s.name[0] == letter.upper():
                return s
        return cls["CLUBS"]


class Rank(IntEnum):
    TWO = 2
    TEN = 10
    ACE = 14

    def __repr__(self) -> str:
        return "Rank(" + str(self.value) + ")"


print(Suit.HEARTS, repr(Suit.HEARTS), f"{Suit.SPADES}|{Suit.SPADES:>8}|", str(Suit.CLUBS))
print(sorted([Suit.SPADES, Suit.CLUBS, Suit.HEARTS]), Suit.CLUBS < Suit.SPADES)
print(max(Suit), min(list(Suit)))
print([opposite_name(s) for s in Suit])
print([s.red for s in Suit], Suit.parse("h"), Suit.parse("x"))
print(list(reversed(Suit)), [r for r in reversed(list(Rank))])
print(Rank.ACE, repr(Rank.TEN), [Rank.TWO, Rank.ACE], Rank.ACE - Rank.TEN)
hand = [(Rank.ACE, Suit.SPADES), (Rank.TWO, Suit.HEARTS), (Rank.TEN, Suit.HEARTS)]
hand.sort()
print(hand)
print(sorted(hand, key=lambda card: (card[1].value, -card[0])))
