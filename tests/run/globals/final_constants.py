# Module constants (Final-annotated, computed from literals, or plain) used inside functions.
from typing import Final

N: Final = 10
LIMIT = 2 ** 10
SCALE = 1.5 * 2
OFFSET: Final[float] = -0.25
MASK: Final[int] = LIMIT - 1
NEG = -N
ENABLED = True


def scaled(x: float) -> float:
    return x * SCALE + OFFSET


def wrap(v: int) -> int:
    return v & MASK


def sum_to_n() -> int:
    total = 0
    for i in range(N):
        total += i
    return total


print(N, LIMIT, SCALE, OFFSET, MASK, NEG, ENABLED)
print(scaled(1.0), scaled(-2.0), wrap(LIMIT + 5), wrap(-1), sum_to_n())
if ENABLED:
    print("limit squared", LIMIT * LIMIT)
