# A simulation that keeps its generators in fields: annotated in the class
# body, inferred from __init__, optional, passed in, and a module-level one
# that functions read.
import random
from random import Random
from typing import Optional

WORLD = random.Random(2024)


class Walker:
    rng: random.Random

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.x = 0
        self.steps = 0

    def step(self) -> int:
        self.steps += 1
        self.x += self.rng.choice([-1, 1])
        return self.x


class Market:
    def __init__(self, seed: int, shared: Optional[Random] = None) -> None:
        self.prices = Random(seed)
        self.shared = shared
        self.first = self.prices.random()
        self.tick = self.prices.randint(1, 10)

    def quote(self) -> float:
        noise = self.shared.gauss(0.0, 0.1) if self.shared is not None else 0.0
        return round(100.0 + self.prices.uniform(-1.0, 1.0) + noise, 6)


def world_event() -> int:
    return WORLD.randrange(1000)


def run(rng: random.Random, n: int) -> list[int]:
    out: list[int] = []
    for _ in range(n):
        out.append(rng.randint(0, 9))
    return out


def fresh(seed: int) -> random.Random:
    return random.Random(seed)


walkers = [Walker(s) for s in range(3)]
for _ in range(5):
    print([w.step() for w in walkers])
print([w.steps for w in walkers], walkers[0].rng.random())

shared = random.Random(77)
m1 = Market(1, shared)
m2 = Market(2)
print(m1.first, m1.tick, m2.first, m2.tick)
print([m1.quote() for _ in range(3)], [m2.quote() for _ in range(3)])

print([world_event() for _ in range(4)])
print(run(fresh(5), 8), run(walkers[1].rng, 4))

# Replacing a field's generator releases the old one.
w = walkers[2]
for s in range(50):
    w.rng = Random(s)
print(w.step(), w.rng.random())
m2.shared = shared
print(m2.quote(), m2.shared is shared)
