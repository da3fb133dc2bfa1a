from enum import Enum
import enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    @property
    def mass(self) -> float:
        return self.value[0]

    def surface_gravity(self) -> float:
        mass, radius = self.value
        return 6.673e-11 * mass / (radius * radius)


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"
    CLUBS = "c"
    PIKES = "s"


class Ratio(enum.Enum):
    HALF = 0.5
    THIRD = 0.3333
    ZERO = 0.0
    NEG_ZERO = -0.0


class Flag(Enum):
    ON = True
    OFF = False


class Token(enum.Enum):
    NUMBER = -7
    PLUS = enum.auto()
    MINUS = enum.auto()
    NAME = 20
    END = enum.auto()


print(Planet.EARTH, repr(Planet.MERCURY), Planet.EARTH.mass)
print(f"{Planet.EARTH.surface_gravity():.2f}")
print(Planet((5.976e24, 6.37814e6)))
print(list(Suit), Suit.PIKES, Suit("h"), Suit["PIKES"].value)
print([s.value for s in Suit], [s.name for s in Suit])
print(Ratio.NEG_ZERO, Ratio(0.5), Ratio(0), list(Ratio))
print(Flag.ON, Flag(False), Flag.ON.value, repr(Flag.OFF))
print(list(Token), Token.NAME.value)
print(f"[{Suit.HEARTS:>14}] [{Suit.HEARTS:<14}] [{Suit.CLUBS!s:^16}] [{Suit.CLUBS!r}]")
print(format(Suit.SPADES, "*^20"), str(Suit.SPADES), "%s" % Suit.SPADES)
print(Suit.HEARTS.value.upper(), Suit.HEARTS.name.lower())
