# Enum forms taipan does not compile: each is rejected by name.
from enum import Enum, IntEnum, auto
import enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Mixed(Enum):
    A = 1
    B = "b"  # error: enum member values of different types (int and str) are not supported


class Computed(Enum):
    A = 1 + 1  # error: enum member values must be int, str, float, bool or tuple literals, or auto()


class Words(IntEnum):
    A = "a"  # error: IntEnum member values must be ints, not str


class Autos(Enum):
    A = "a"
    B = auto()  # error: auto() in an enum whose values are not ints is not supported


class Hooks(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value: int) -> "Hooks":  # error: defining '_missing_' in an enum class is not supported
        return Hooks.A


class Private(Enum):
    _ignore_ = 1  # error: enum attribute '_ignore_' is not supported


class Shadow(Enum):
    value = 1  # error: an enum member named 'value' would hide the members' 'value' (not supported)


class Deeper(Color):  # error: subclassing enum class 'Color' is not supported
    pass


class Bits(enum.Flag):  # error: enum.Flag classes are not supported yet
    A = 1


Color.RED = Color.GREEN  # error: cannot reassign member 'RED'
Color.RED._value_ = 3  # error: cannot assign '_value_' of enum 'Color': enum members are constants
print(sorted([Color.GREEN, Color.RED]))  # error: sorted() of Color values is not supported (they have no order)
print(Color)  # error: classes as values are not supported yet
Dynamic = Enum("Dynamic", "A B")  # error: enum.Enum can only be used as a base class (the functional API is not supported)


class Huge(Enum):
    A = 9223372036854775807
    B = auto()  # error: auto() would give a value that does not fit in 64 bits
