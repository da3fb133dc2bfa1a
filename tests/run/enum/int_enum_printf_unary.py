# IntEnum members in printf formatting and unary operators: their int.
from enum import IntEnum


class P(IntEnum):
    LOW = 1
    HIGH = 2


print("%d" % P.HIGH, abs(P.LOW))
print("%s %r %5.1f %x" % (P.LOW, P.HIGH, P.HIGH, P.HIGH), -P.HIGH, +P.LOW, ~P.LOW, abs(-P.HIGH))
