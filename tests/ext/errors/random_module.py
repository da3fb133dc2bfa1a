# Rejected in an extension module: the generator would not be the importing
# interpreter's `random` (a Python caller's random.seed() would not reach it).
import random


def roll() -> int:
    return random.randint(1, 6)  # error: random.randint is not supported in extension modules yet
